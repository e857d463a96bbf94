/**
 * The case payload (version 1) and the rules it must meet. One module, no
 * DOM, used by the form and by the playground's reference receiver, so the
 * browser and the server can never disagree about what is valid.
 * schema/casus.schema.json documents the same rules as JSON Schema.
 */
import { isEmail, phoneHref } from '../base/contact-data.js';
import { characterCount, withoutInvisibles } from '../base/text.js';

export const PAYLOAD_VERSION = 1;
export const DESCRIPTION_LIMIT = 2000;

export const THEMES = ['oproepen', 'monitoring', 'bestuurlijk', 'strafrecht', 'onrust', 'evenementen', 'anders'] as const;
export type Theme = (typeof THEMES)[number];
export const FORMATS = ['small', 'xl', 'none'] as const;
export type PreferredFormat = (typeof FORMATS)[number];

export interface CasusPayload {
  version: 1;
  name: string;
  organisation: string;
  role: string;
  email: string;
  /** Empty when not given: every key of the documented payload is always there. */
  phone: string;
  title: string;
  description: string;
  theme: Theme;
  preferredFormat: PreferredFormat;
  privacyConsent: true;
  locale: 'nl' | 'en';
}

/** The form's fields, in form order: each control's `name` is its payload key. */
export const FIELDS = ['name', 'organisation', 'role', 'email', 'phone', 'title', 'description', 'theme', 'preferredFormat', 'privacyConsent'] as const;
export type Field = (typeof FIELDS)[number];

/** Why a field is not valid; each has a message in the form's catalogue. */
export type Problem = 'required' | 'tooLong' | 'email' | 'phone' | 'choice' | 'consent';

/** Longest accepted value per text field. */
export const MAX_LENGTH: Partial<Record<Field, number>> = {
  name: 100,
  organisation: 150,
  role: 100,
  email: 254,
  phone: 40,
  title: 150,
  description: DESCRIPTION_LIMIT,
};

/** Accents composed (NFC): "é" pasted as e and a mark (from a PDF, a Mac file name) is one character, as people see it. */
const text = (value: unknown) => (typeof value === 'string' ? value.trim().normalize('NFC') : '');
/** An address or number pasted from a mail or phone app, without the invisible marks around it. */
const contactText = (value: unknown) => withoutInvisibles(text(value)).trim().normalize('NFC');
/**
 * How long a text field's value is as it is checked and sent: without the spaces and line ends
 * around it. The description's count says this, or it would call a text too long that is not.
 */
export const sentLength = (value: unknown): number => characterCount(text(value));
/** Something to read: not only spaces, zero-width spaces and joiners. */
const VISIBLE = /[^\s\p{Cf}]/u;

/** Checks one field's value; `undefined` when it is fine. */
export function checkField(field: Field, value: unknown): Problem | undefined {
  if (field === 'privacyConsent') return value === true ? undefined : 'consent';
  if (field === 'theme') return THEMES.includes(value as Theme) ? undefined : value ? 'choice' : 'required';
  if (field === 'preferredFormat') return FORMATS.includes(value as PreferredFormat) ? undefined : value ? 'choice' : 'required';
  // From JSON (the receiver): a number or null where text belongs is wrong, also for the optional phone.
  if (value !== undefined && typeof value !== 'string') return field === 'phone' ? 'phone' : 'required';
  const content = field === 'email' || field === 'phone' ? contactText(value) : text(value);
  if (!VISIBLE.test(content)) return field === 'phone' ? undefined : 'required';
  if (characterCount(content) > (MAX_LENGTH[field] ?? Infinity)) return 'tooLong';
  if (field === 'email' && !isEmail(content)) return 'email';
  if (field === 'phone' && !phoneHref(content)) return 'phone';
  return undefined;
}

export type Problems = Partial<Record<Field, Problem>>;

/** Checks every field; an empty object means the payload is valid. */
export function checkPayload(payload: Record<string, unknown>): Problems {
  const problems: Problems = {};
  for (const field of FIELDS) {
    const problem = checkField(field, payload[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** Builds the payload from form values (already checked). */
export function toPayload(values: Record<string, unknown>, locale: 'nl' | 'en'): CasusPayload {
  const payload: CasusPayload = {
    version: PAYLOAD_VERSION,
    name: text(values.name),
    organisation: text(values.organisation),
    role: text(values.role),
    email: contactText(values.email),
    phone: contactText(values.phone),
    title: text(values.title),
    description: text(values.description),
    theme: values.theme as Theme,
    preferredFormat: values.preferredFormat as PreferredFormat,
    privacyConsent: true,
    locale,
  };
  return payload;
}
