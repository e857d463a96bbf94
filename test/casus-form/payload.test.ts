import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { isEmail } from '../../src/base/contact-data.js';
import { checkField, checkPayload, toPayload } from '../../src/casus-form/payload.js';
import { validPayload as valid } from './sample-payload.js';

describe('case payload rules', () => {
  it('accepts a complete case and names every problem', () => {
    expect(checkPayload(valid)).to.deep.equal({});
    expect(checkPayload({})).to.deep.equal({
      name: 'required',
      organisation: 'required',
      role: 'required',
      email: 'required',
      title: 'required',
      description: 'required',
      theme: 'required',
      preferredFormat: 'required',
      privacyConsent: 'consent',
    });
    expect(checkField('email', 'x@y')).to.equal('email');
    expect(checkField('phone', '')).to.be.undefined;
    expect(checkField('phone', '12')).to.equal('phone');
    expect(checkField('theme', 'iets')).to.equal('choice');
    expect(checkField('description', 'x'.repeat(2001))).to.equal('tooLong');
    // Counted as people (and the schema's maxLength) count: an emoji is one character.
    expect(checkField('description', '😀'.repeat(2000))).to.be.undefined;
    expect(checkField('phone', '030 123 45 67 toestel 12'), 'a number with an extension').to.be.undefined;
    expect(checkField('name', '   ')).to.equal('required');
    // Only invisible characters is nothing to read.
    expect(checkField('name', '\u200b\u200b')).to.equal('required');
    expect(checkField('title', ' \u200d ')).to.equal('required');
    expect(checkField('phone', '\u200b')).to.be.undefined;
  });

  it('takes an address or number as pasted from a mail or phone app, without its invisible marks', () => {
    const pasted = { ...valid, email: '\u202asam@gemeente.example\u202c', phone: '\u202a+31 6 1205 6691\u202c' };
    expect(checkPayload(pasted)).to.deep.equal({});
    const payload = toPayload(pasted, 'nl');
    expect(payload.email).to.equal('sam@gemeente.example');
    expect(payload.phone).to.equal('+31 6 1205 6691');
  });

  it('builds the payload with trimmed values, an empty phone as ""', () => {
    expect(toPayload({ ...valid, name: '  Sam  ', phone: ' ' }, 'en')).to.deep.equal({ ...valid, name: 'Sam', phone: '', locale: 'en' });
  });

  it("reads ASCII addresses (checked with a faster pattern) as the schema's Unicode pattern does", async () => {
    const schema = await (await fetch('/schema/casus.schema.json')).json();
    const pattern = new RegExp(schema.properties.email.pattern, 'u');
    // Every printable ASCII character, and more of those that make or break an address.
    const alphabet = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'aZ09@@@...--xnXN_'].filter((c) => c !== ' ');
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    const samples = ['a@b.nl', 'a@b.n', 'a@b.n1', 'a@xn--p1ai.xn--p1ai', 'a@-b.nl', 'a@b-.nl', 'a.@b.nl', '_@b.nl', `${'a'.repeat(64)}@b.nl`, `${'a'.repeat(65)}@b.nl`];
    for (let i = 0; i < 20000; i += 1) samples.push(`${pick(1 + (i % 6))}@${pick(1 + (i % 5))}.${pick(2 + (i % 3))}`, pick(4 + (i % 12)));
    const disagreements = samples.filter((sample) => isEmail(sample) !== pattern.test(sample));
    expect(disagreements).to.deep.equal([]);
    expect(samples.filter((sample) => isEmail(sample)).length, 'valid ones among them too').to.be.greaterThan(100);
  });

  it('agrees with schema/casus.schema.json', async () => {
    const schema = await (await fetch('/schema/casus.schema.json')).json();
    const validator = new Validator(schema, '2020-12', false);
    expect(validator.validate(valid).valid).to.be.true;
    expect(validator.validate({ ...valid, phone: '06 12 056 691' }).valid).to.be.true;
    expect(validator.validate({ ...valid, phone: '' }).valid, 'an empty phone, as the form sends it').to.be.true;
    // Internationalised addresses, which the code accepts too.
    // (The last: 246 characters, 483 UTF-16 units; letters beyond U+FFFF count once, as maxLength counts them.)
    const long = `${'𩸽'.repeat(60)}@${'𠀋'.repeat(60)}.${'𠀋'.repeat(60)}.${'𠀋'.repeat(60)}.jp`;
    for (const email of ['Renée@café.nl', 'jan@mail.ваш.рф', 'INFO@GEMEENTE.XN--P1AI', 'info@उदाहरण.भारत', long]) {
      expect(checkField('email', email), email).to.be.undefined;
      expect(validator.validate({ ...valid, email }).valid, email).to.be.true;
    }
    for (const bad of [{ ...valid, email: 'x@y' }, { ...valid, email: 'a@b.nl?cc=x%40evil.example&x=.nl' }, { ...valid, email: 'jan..p@x.nl' }, { ...valid, theme: 'iets' }, { ...valid, privacyConsent: false }, { ...valid, description: 'x'.repeat(2001) }, { ...valid, website: 'spam' }, { ...valid, name: '\u200b\u200b' }]) {
      expect(validator.validate(bad).valid, JSON.stringify(bad).slice(0, 80)).to.be.false;
    }
    const over = `${long}${'x'.repeat(9)}`;
    expect([isEmail(long), isEmail(over), checkField('email', over), validator.validate({ ...valid, email: over }).valid], '255 characters').to.deep.equal([true, false, 'tooLong', false]);
  });
});
