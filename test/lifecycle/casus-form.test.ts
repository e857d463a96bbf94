/**
 * <ccv-casus-form> as single-page apps and CMS previews treat it: two forms with drafts, errors and
 * settings changed after input, moves, many forms made and removed.
 * (Pins only: src/casus-form/ is being restructured elsewhere.)
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import '../../src/config/config.js';
import { CcvCasusForm } from '../../src/casus-form/casus-form.js';
import { catchConsole, countUpdates, track } from './track.js';

const q = <T extends HTMLElement = HTMLElement>(form: Element, selector: string) => form.shadowRoot!.querySelector<T>(selector);
const qa = (form: Element, selector: string) => [...form.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
function fill(form: CcvCasusForm, name: string, value: string | boolean): void {
  const control = q<HTMLInputElement>(form, `[name=${name}]`)!;
  if (typeof value === 'boolean') control.checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
const clearDrafts = () => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus')) localStorage.removeItem(key);
  sessionStorage.clear();
};

describe('<ccv-casus-form> lifecycle', () => {
  beforeEach(() => {
    resetWarnings();
    clearDrafts();
  });
  afterEach(clearDrafts);

  it('two forms from one template keep their own drafts when the page renders them again, with ARIA ids in their own roots', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const template = document.createElement('template');
    template.innerHTML = '<ccv-casus-form endpoint="/__test/casus" privacy-url="/p"></ccv-casus-form>';
    wrapper.append(template.content.cloneNode(true), template.content.cloneNode(true));
    let [a, b] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a.updateComplete;
    await b.updateComplete;
    fill(a, 'name', 'Anna');
    fill(b, 'name', 'Bert');
    await aTimeout(700);
    wrapper.replaceChildren();
    wrapper.append(template.content.cloneNode(true), template.content.cloneNode(true));
    [a, b] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a.updateComplete;
    await b.updateComplete;
    expect(q<HTMLInputElement>(a, '[name=name]')!.value).to.equal('Anna');
    expect(q<HTMLInputElement>(b, '[name=name]')!.value).to.equal('Bert');
    // ids unique per root
    for (const form of [a, b]) {
      const ids = qa(form, '[id]').map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const el of qa(form, '[aria-describedby]')) for (const id of el.getAttribute('aria-describedby')!.split(/\s+/).filter(Boolean)) expect(form.shadowRoot!.getElementById(id), id).to.not.be.null;
    }
  });

  it('a block pasted twice: the second form starts empty, and each gets its own draft back when the preview renders both again', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const make = () => Object.assign(document.createElement('ccv-casus-form'), { endpoint: '/__test/casus', privacyUrl: '/privacy' }) as CcvCasusForm;
    const a = make();
    wrapper.append(a);
    await a.updateComplete;
    fill(a, 'name', 'Anna');
    await aTimeout(700);
    // The editor pastes the block again: a second form below.
    const b = make();
    wrapper.append(b);
    await b.updateComplete;
    expect(q<HTMLInputElement>(b, '[name=name]')!.value, 'second form empty').to.equal('');
    // the preview re-renders: both replaced
    wrapper.replaceChildren(make(), make());
    const [a2, b2] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a2.updateComplete;
    await b2.updateComplete;
    expect(q<HTMLInputElement>(a2, '[name=name]')!.value).to.equal('Anna');
    expect(q<HTMLInputElement>(b2, '[name=name]')!.value).to.equal('');
  });

  it('shows its errors in the language of its own lang and of <html lang> as they change, and the heading level as it changes', async () => {
    const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/p"></ccv-casus-form>`);
    Object.assign(form, { shownAt: performance.now() - 10_000, startedAt: performance.now() - 10_000 });
    fill(form, 'email', 'nope');
    q<HTMLButtonElement>(form, '[part=submit-button]')!.click();
    await form.updateComplete;
    const summary = () => q(form, '[part=error-summary]')!;
    const nl = summary().textContent;
    const inline = () => qa(form, '[part=error-message]').map((e) => e.textContent!.trim()).join('|');
    const nlInline = inline();
    form.lang = 'en';
    await form.updateComplete;
    expect(summary().textContent).to.not.equal(nl);
    expect(inline()).to.not.equal(nlInline);
    form.lang = '';
    await form.updateComplete;
    expect(summary().textContent).to.equal(nl);
    expect(inline()).to.equal(nlInline);
    form.setAttribute('heading-level', '4');
    await form.updateComplete;
    expect(summary().querySelector('h4')).to.not.be.null;
    form.removeAttribute('heading-level');
    await form.updateComplete;
    expect(summary().querySelector('h2')).to.not.be.null;
    document.documentElement.lang = 'en';
    await aTimeout(0);
    await form.updateComplete;
    expect(summary().textContent).to.not.equal(nl);
    document.documentElement.lang = 'nl';
  });

  it('keeps no draft while no-draft is on, and keeps one again once it is off', async () => {
    const config = await fixture<HTMLElement>(html`<ccv-config casus-endpoint="/__test/status/500"><ccv-casus-form privacy-url="/p"></ccv-casus-form></ccv-config>`);
    const form = config.querySelector<CcvCasusForm>('ccv-casus-form')!;
    await form.updateComplete;
    fill(form, 'name', 'Anna');
    await aTimeout(700);
    const drafts = () => Object.keys(localStorage).filter((k) => k.startsWith('ccv-casus-draft'));
    expect(drafts().length).to.equal(1);
    form.noDraft = true;
    await form.updateComplete;
    expect(drafts().length).to.equal(0);
    fill(form, 'name', 'Anna B');
    await aTimeout(700);
    expect(drafts().length).to.equal(0);
    form.noDraft = false;
    await form.updateComplete;
    fill(form, 'name', 'Anna C');
    await aTimeout(700);
    expect(drafts().length).to.equal(1);
  });

  it('moved and re-inserted many times, saves its draft once when the page is hidden', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><ccv-casus-form endpoint="/__test/casus" privacy-url="/p"></ccv-casus-form></div>`);
    const form = wrapper.querySelector<CcvCasusForm>('ccv-casus-form')!;
    await form.updateComplete;
    for (let i = 0; i < 3; i += 1) {
      form.remove();
      document.body.append(form);
      await form.updateComplete;
      wrapper.append(form);
      form.replaceWith(form);
    }
    let saves = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) { if (this === localStorage && k.startsWith('ccv-casus-draft')) saves += 1; return set.call(this, k, v); };
    try {
      fill(form, 'name', 'Anna');
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(50);
      expect(saves).to.equal(1);
    } finally {
      Storage.prototype.setItem = set;
    }
  });

  it('made, shown and removed 200 times, leaves no listener or timer behind', async () => {
    const t = track();
    try {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const before = { ...t.listeners() };
      const timers = t.timers();
      for (let i = 0; i < 200; i += 1) {
        const form = document.createElement('ccv-casus-form') as CcvCasusForm;
        form.setAttribute('endpoint', '/__test/casus');
        form.setAttribute('privacy-url', '/p');
        host.append(form);
        await form.updateComplete;
        if (i % 3 === 0) fill(form, 'name', 'X');
        form.remove();
      }
      await aTimeout(20);
      expect(t.listeners()).to.deep.equal(before);
      expect(t.timers(), 'timers').to.be.at.most(timers + 1);
    } finally {
      t.stop();
    }
  });

  it('off the page, hears nothing: online, pagehide and its count timer render nothing and say nothing', async () => {
    const heard = catchConsole();
    try {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/p"></ccv-casus-form>`);
      fill(form, 'description', 'x'.repeat(2100));
      form.remove();
      const updates = countUpdates(form);
      dispatchEvent(new Event('online'));
      dispatchEvent(new Event('pagehide'));
      await aTimeout(2500);
      expect(updates.count).to.equal(0);
      expect(heard.said).to.deep.equal([]);
    } finally {
      heard.restore();
    }
  });
  it('taken off and put back, before or after its count came due, says the count then (as a list says its own)', async () => {
    for (const away of [0, 1500]) {
      const form = await fixture<CcvCasusForm>(html`<ccv-casus-form endpoint="/__test/casus" privacy-url="/p"></ccv-casus-form>`);
      const parent = form.parentElement!;
      fill(form, 'description', 'x'.repeat(2003));
      form.remove();
      await aTimeout(away);
      const live = q(form, '[aria-live=polite]')!;
      expect(live.textContent, 'not while away').to.equal('');
      parent.append(form);
      await waitUntil(() => live.textContent === '3 tekens te veel', `the count is said (away ${away} ms)`, { timeout: 2500 });
      form.remove();
    }
  });

  it('two forms: discarding the draft of one keeps the other’s', async () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus')) localStorage.removeItem(key);
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const make = () => Object.assign(document.createElement('ccv-casus-form'), { endpoint: '/__test/casus', privacyUrl: '/p' }) as CcvCasusForm;
    wrapper.append(make(), make());
    let [a, b] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a.updateComplete; await b.updateComplete;
    for (const [form, name] of [[a, 'Anna'], [b, 'Bert']] as const) {
      const c = q<HTMLInputElement>(form, '[name=name]')!;
      c.value = name;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await aTimeout(700);
    wrapper.replaceChildren(make(), make());
    [a, b] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a.updateComplete; await b.updateComplete;
    expect(q(a, '[part=draft-notice]')).to.not.be.null;
    const discard = q(a, '[part=draft-notice] button') as HTMLButtonElement;
    discard.click();
    await a.updateComplete;
    wrapper.replaceChildren(make(), make());
    [a, b] = wrapper.querySelectorAll<CcvCasusForm>('ccv-casus-form');
    await a.updateComplete; await b.updateComplete;
    expect(q<HTMLInputElement>(a, '[name=name]')!.value).to.equal('');
    expect(q<HTMLInputElement>(b, '[name=name]')!.value).to.equal('Bert');
    for (const key of Object.keys(localStorage)) if (key.startsWith('ccv-casus')) localStorage.removeItem(key);
  });
});
