// These imports place the modules in the element's bundle, in the order that gave it the smallest
// gzip size (each line tried in each place: 32 B less than sheets first, then the rest by folder;
// gzip finds a repeat only within the last 32 KB). Worth searching again as the modules grow.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../styles/tokens.js';
import { contactCardStyles } from './styles.js';
import { cleanText, foldForSearch, withoutInvisibles } from '../base/text.js';
import { dataUrl } from '../base/content-line.js';
import { warnOnce } from '../base/warn.js';
import { writeJsonLd } from '../base/structured-data.js';
import { selfHostedImageUrl } from '../base/url.js';
import { define } from '../base/define.js';
import { isEmail, phoneHref, toPersonLd, toVCard, type Contact } from './contact.js';
import { type ContactCardMessages, contactCardMessages } from './messages.js';
import { CcvElement } from '../base/ccv-element.js';
import { heading, headingLevel } from '../base/heading.js';

/** An attribute as it is shown: without control or bidi-override characters, trimmed. (A property a script set to a URL or a number, as text.) */
const shown = (value: string | null | undefined) => cleanText(`${value ?? ''}`).trim();
/**
 * An e-mail or phone attribute as shown, without the invisible marks a phone or mail app's copy wraps
 * it in, and without the `mailto:` or `tel:` of a link's href an editor copied: the card links it itself. A mailto's `?subject=…` goes too (the card links the address alone).
 * (One pattern for both: whatever is left is checked as usual, so a `tel:` in `email` stays invalid.)
 */
const unlinked = (value: string | undefined) => withoutInvisibles(shown(value)).replace(/^(?:mailto|tel):([^?]*).*/is, '$1').trim();

type Channel = 'email' | 'phone';

/**
 * The advisor to contact: name, function and organisation, an e-mail link,
 * a phone number shown as written and dialled as E.164, copy buttons, an
 * optional "save contact" vCard, and schema.org `Person` data for search
 * engines. Lays itself out for a narrow sidebar or a wide block.
 *
 * @summary The advisor to contact, reachable in one tap and storable in any address book.
 * @tag ccv-contact-card
 *
 * @csspart base - The card.
 * @csspart photo - The photo.
 * @csspart name - The name heading.
 * @csspart job-title - Function and organisation.
 * @csspart email-link - The e-mail link (or plain text when the address is invalid).
 * @csspart phone-link - The phone link (or plain text when the number is invalid).
 * @csspart copy-button - The copy buttons.
 * @csspart vcard-link - "Save contact".
 * @csspart status - The copy confirmation.
 * @csspart error - Shown when the name is missing.
 *
 * @cssproperty --ccv-contact-card-photo-size - Photo width and height (default 6rem).
 */
export class CcvContactCard extends CcvElement<'contact-card'> {
  static override get properties() {
    return {
      name: {},
      jobTitle: { attribute: 'job-title' },
      organisation: {},
      email: {},
      phone: {},
      photo: {},
      headingLevel: { type: Number, attribute: 'heading-level' },
      vcard: { type: Boolean },
      status: { state: true },
    };
  }

  static override styles = [baseStyles, contactCardStyles];

  protected readonly catalogue = { namespace: 'contact-card' as const, translations: contactCardMessages };

  /** The advisor's full name. Required. */
  name?: string | undefined;

  /** Their function, e.g. "CCV-adviseur". (Not `role`: that is the ARIA attribute.) */
  jobTitle?: string | undefined;

  /** Where they work, e.g. "Centrum voor Criminaliteitspreventie en Veiligheid". */
  organisation?: string | undefined;

  /** Their e-mail address: a mailto: link, or plain text when it is not a valid address. */
  email?: string | undefined;

  /** Any Dutch notation; shown as written, dialled as E.164. */
  phone?: string | undefined;

  /** A photo on the page's own site (https; another host would see every visitor). */
  photo?: string | undefined;

  /** Level of the name heading (2–6, default 2), to fit the page's outline. */
  headingLevel = 2;

  /** Offer a "save contact" vCard download. */
  vcard = false;

  private status = '';

  #contact?: Contact;
  /** A photo that did not load (moved or deleted in the CMS): not shown, rather than an empty circle. */
  #brokenPhoto?: string;
  #statusTimer?: ReturnType<typeof setTimeout>;
  /** Which copy was pressed last: only its answer counts, whichever the clipboard gives first. */
  #copies = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || [...changed.keys()].some((key) => key !== 'status')) this.#contact = this.#check();
    // "Copied" spoke of the address or number then shown: another one (a CMS editing live) makes it stale.
    if (this.hasUpdated && (changed.has('email') || changed.has('phone') || changed.has('name'))) this.languageChanged();
  }

  protected override updated(): void {
    writeJsonLd(this, this.#contact ? toPersonLd(this.#contact) : undefined);
  }

  // (Its JSON-LD is a child of the card: it goes where the card goes, and stays when a page moves it.)
  // Its copy confirmation is emptied with the timer that would take it away (as for a new language):
  // a card moved on the page (a layout that re-parents its sidebar) kept "copied" on show for good.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.languageChanged();
  }

  protected override languageChanged(): void {
    clearTimeout(this.#statusTimer);
    this.status = '';
  }

  readonly #photoFailed = (): void => {
    this.#brokenPhoto = this.#contact?.photo;
    this.#contact = this.#check();
    this.requestUpdate();
  };

  /** Validates the attributes; bad ones are shown as text and reported once. */
  #check(): Contact | undefined {
    const name = shown(this.name);
    if (!name) {
      warnOnce('<ccv-contact-card> needs a name.');
      return undefined;
    }
    const contact: Contact = { name };
    const jobTitle = shown(this.jobTitle);
    const organisation = shown(this.organisation);
    if (jobTitle) contact.jobTitle = jobTitle;
    if (organisation) contact.organisation = organisation;
    const email = unlinked(this.email);
    if (email) {
      if (isEmail(email)) contact.email = email;
      else warnOnce(`<ccv-contact-card email="${email}"> is not an e-mail address; shown as text, not linked.`);
    }
    const phone = unlinked(this.phone);
    if (phone) {
      const tel = phoneHref(phone);
      if (tel) contact.tel = tel;
      else warnOnce(`<ccv-contact-card phone="${phone}"> is not a phone number; shown as text, not linked.`);
    }
    if (shown(this.photo)) {
      const photo = selfHostedImageUrl(this.photo);
      if (!photo) warnOnce(`<ccv-contact-card photo="${this.photo}"> must be an image on this site; not shown.`);
      // (One that did not load is left out of the contact file and the structured data too.)
      else if (photo.href !== this.#brokenPhoto) contact.photo = photo.href;
    }
    return contact;
  }

  async #copy(channel: Channel, text: string): Promise<void> {
    const press = ++this.#copies;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // Handled below, once it is known that no later press came first.
    }
    // A later press tells of itself: this answer came late. Announced, it would name the wrong
    // copy; copied again by the old command, it would overwrite what the later press copied.
    // Taken off the page meanwhile: nothing of its own to select, so the command would copy
    // whatever the page has selected over the visitor's clipboard.
    if (press !== this.#copies || !this.isConnected) return;
    if (!copied) {
      // No Clipboard API (older browsers, http pages) or permission refused:
      // select the text, try the old command, and otherwise leave it selected.
      // (The window's own selection: never null on a page that shows the card.)
      const selection = getSelection()!;
      // What the visitor had selected on the page, given back once copied (left on ours otherwise).
      const before = selection.rangeCount && selection.getRangeAt(0).cloneRange();
      const target = this.renderRoot.querySelector(`[part~=${channel}-link]`);
      if (target) selection.selectAllChildren(target);
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      if (copied) {
        selection.removeAllRanges();
        if (before) selection.addRange(before);
      }
    }
    // Worded now, not when pressed: the page may have switched language while the clipboard answered.
    const t = this.t;
    this.#announce(copied ? (channel === 'email' ? t.copiedEmail : t.copiedPhone) : t.copyManually);
  }

  #announce(message: string): void {
    clearTimeout(this.#statusTimer);
    // Emptied first: the same words again (a second copy) must be a change a screen reader hears.
    this.status = '';
    this.#statusTimer = setTimeout(() => {
      this.status = message;
      this.#statusTimer = setTimeout(() => (this.status = ''), 8000);
    }, 100);
  }

  /**
   * One line of the contact list: the channel's label, and what is shown — linked with its copy
   * button when it checked out, plain text otherwise. (What is copied is what is shown.)
   */
  #row(channel: Channel, label: string, copyLabel: string, text: string, href: string | undefined, named: (action: string) => string): TemplateResult {
    return html`<dt>${label}</dt>
      <dd>
        ${href
          ? html`<a part="${channel}-link" href=${href}>${text}</a>
              <button part="copy-button" class="copy" type="button" aria-label=${named(copyLabel)} @click=${this.on(() => this.#copy(channel, text))}>
                ${copyLabel}
              </button>`
          : html`<span part="${channel}-link">${text}</span>`}
      </dd>`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.currentLanguage;
    const contact = this.#contact;
    if (!contact) {
      return html`<div part="base error" class="error" lang=${lang}><p>${t.missingName}</p></div>`;
    }
    const { photo } = contact;
    const level = headingLevel(this);
    const role = [contact.jobTitle, contact.organisation].filter(Boolean).join(', ');
    const email = unlinked(this.email);
    // As written, but without the invisible marks a phone app's copy wraps it in (also in what is copied).
    const phone = unlinked(this.phone);
    // Accents folded ("Renée Özdemir" → renee-ozdemir.vcf, "Søren Yılmaz" → soren-yilmaz.vcf); anything else that is no letter or digit becomes a dash.
    const plain = foldForSearch(contact.name);
    // Named after the person too (a page may hold several cards), the visible words first (WCAG 2.5.3).
    // In aria-label, not a visually hidden ": name": Chromium gave that its own box, and so a space.
    const named = (action: string) => `${action}: ${contact.name}`;
    const fileName = `${plain.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'contact'}.vcf`;
    return html`<div class="frame"><div><div part="base" class=${photo ? 'card card--photo' : 'card'} lang=${lang}>
      ${photo ? html`<img part="photo" class="photo" src=${photo} alt="" loading="lazy" decoding="async" @error=${this.on(this.#photoFailed)} />` : nothing}
      <div class="body">
        ${heading(level, contact.name, { part: 'name' })}
        ${role ? html`<p part="job-title">${role}</p>` : nothing}
        ${email || phone
          ? html`<dl>
              ${email ? this.#row('email', t.email, t.copyEmail, email, contact.email && `mailto:${contact.email}`, named) : nothing}
              ${phone ? this.#row('phone', t.phone, t.copyPhone, phone, contact.tel, named) : nothing}
            </dl>`
          : nothing}
        ${this.vcard
          ? html`<a
              part="vcard-link"
              class="vcard"
              href=${dataUrl('text/vcard', toVCard(contact))}
              download=${fileName}
              aria-label=${named(t.saveContact)}
              >${t.saveContact}</a
            >`
          : nothing}
        <p part="status" role="status">${this.status}</p>
      </div>
    </div></div></div>`;
  }
}

define('ccv-contact-card', CcvContactCard);

declare global {
  /** This element's wording, for registerMessages() and the messages property. */
  interface CcvMessageCatalogue {
    'contact-card': ContactCardMessages;
  }
  interface HTMLElementTagNameMap {
    'ccv-contact-card': CcvContactCard;
  }
}
