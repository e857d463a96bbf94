/**
 * The console warning for a form without a link to the privacy statement: people are asked to
 * consent to it, so it must be one click away. An editor who forgot the URL hears of it here.
 */
import { composedAncestors } from '../base/language.js';
import { warnOnce } from '../base/warn.js';

/**
 * Checks a moment after the form's first render, as a <ccv-config> may upgrade after the form;
 * one whose file has not loaded yet is waited for. `hasUrl()` tells whether the form has a URL
 * now. (A URL that was given but refused has had its own warning.)
 */
export function warnWithoutPrivacyUrl(form: Element, hasUrl: () => boolean): void {
  setTimeout(async () => {
    if (!customElements.get('ccv-config') && [...composedAncestors(form)].some((element) => element.localName === 'ccv-config')) {
      // (For a while: a config whose file never comes brings no link either.)
      await Promise.race([customElements.whenDefined('ccv-config'), new Promise((settled) => setTimeout(settled, 3000))]);
      await new Promise((settled) => setTimeout(settled));
    }
    if (form.isConnected && !hasUrl()) warnOnce('<ccv-casus-form> has no privacy-url: the link to the privacy statement is missing.');
  });
}
