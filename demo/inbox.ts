// The inbox lists cases as text only: what arrives is untrusted. Shown cleaned (cleanText): a bidi
// override in a name would show the role, organisation and address after it backwards.
import { cleanText } from '../src/base/text.js';
import { casusFormMessages } from '../src/casus-form/messages.js';

interface StoredCase {
  reference: string;
  receivedAt: string;
  payload: Record<string, unknown>;
}

const list = document.querySelector('#cases')!;
const { themes, formats } = casusFormMessages.nl;
const statusLine = document.querySelector('#status')!;

/**
 * A theme or format by the words the form showed for it (a code the form does not know, as sent),
 * written mid-line after a colon: 'in een kleine leerkring', not 'In een …' (an abbreviation as written: 'APV').
 */
function label(labels: Record<string, string>, code: unknown): string {
  return Object.hasOwn(labels, String(code)) ? labels[String(code)]!.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase()) : String(code);
}

function line(parent: Element, tag: string, text: string): void {
  const node = document.createElement(tag);
  node.textContent = cleanText(text);
  parent.append(node);
}

try {
  const response = await fetch('/api/casus');
  const { cases } = (await response.json()) as { cases: StoredCase[] };
  statusLine.textContent = cases.length ? `${cases.length} ${cases.length === 1 ? 'casus' : 'casussen'} ontvangen.` : 'Nog geen casussen ontvangen.';
  for (const item of cases) {
    const entry = document.createElement('li');
    const p = item.payload;
    line(entry, 'h2', `${item.reference}: ${String(p.title)}`);
    line(entry, 'p', `${new Date(item.receivedAt).toLocaleString('nl-NL')} — ${String(p.name)}, ${String(p.role)}, ${String(p.organisation)} (${String(p.email)}${p.phone ? `, ${String(p.phone)}` : ''})`);
    line(entry, 'p', `Thema: ${label(themes, p.theme)} · bespreking: ${label(formats, p.preferredFormat)} · taal: ${String(p.locale)}`);
    line(entry, 'p', String(p.description));
    // The description's own line breaks, as the person typed them.
    (entry.lastElementChild as HTMLElement).style.whiteSpace = 'pre-line';
    list.append(entry);
  }
} catch {
  statusLine.textContent = 'De casussen konden niet worden geladen.';
}
