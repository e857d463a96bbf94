import { expect } from '@open-wc/testing';
import { checkedWebUrl, isSameSite, parseWebUrl } from '../../src/base/url.js';
import { resetWarnings } from '../../src/base/warn.js';
import { fastest, stubWarn } from '../helpers.js';

describe('URL checks', () => {
  beforeEach(() => resetWarnings());

  it('accepts http(s) URLs and resolves relative ones against the page', () => {
    expect(parseWebUrl('https://www.hetccv.nl/leerkring')?.href).to.equal('https://www.hetccv.nl/leerkring');
    expect(parseWebUrl('/api/casus')?.href).to.equal(new URL('/api/casus', document.baseURI).href);
    expect(parseWebUrl('  http://localhost:5173/x ')?.protocol).to.equal('http:');
  });

  it('refuses script, data and other schemes, and junk', () => {
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'ftp://x.nl/']) {
      expect(parseWebUrl(bad), bad).to.be.undefined;
    }
    expect(parseWebUrl('https://')).to.be.undefined;
    expect(parseWebUrl('')).to.be.undefined;
    expect(parseWebUrl(null)).to.be.undefined;
  });

  it('warns once about a present but unusable setting, and not about an absent one', () => {
    const warn = stubWarn();
    try {
      expect(checkedWebUrl('javascript:alert(1)', 'privacy-url')).to.be.undefined;
      expect(checkedWebUrl('javascript:alert(1)', 'privacy-url')).to.be.undefined;
      expect(checkedWebUrl(undefined, 'privacy-url')).to.be.undefined;
      expect(checkedWebUrl('/privacy', 'privacy-url')).to.equal(new URL('/privacy', document.baseURI).href);
      expect(warn.calls).to.have.length(1);
      expect(String(warn.calls[0][0])).to.contain('privacy-url');
    } finally {
      warn.restore();
    }
  });

  it("tells an address on the page's own site from one elsewhere", () => {
    const table: [string, string, boolean][] = [
      ['https://www.gemeente.nl/p.jpg', 'www.gemeente.nl', true],
      ['https://media.gemeente.nl/p.jpg', 'www.gemeente.nl', true],
      ['https://gemeente.nl./p.jpg', 'gemeente.nl', true],
      ['https://MEDIA.Gemeente.NL/p.jpg', 'www.gemeente.nl', true],
      ['https://evilgemeente.nl/p.jpg', 'www.gemeente.nl', false],
      ['https://gemeente.nl.example.com/p.jpg', 'www.gemeente.nl', false],
      ['https://i.ytimg.com/vi/x/0.jpg', 'www.gemeente.nl', false],
      ['https://cdn.hetccv.nl/p.jpg', 'www.gemeente.nl', false],
      ['https://other.localhost/p.jpg', 'localhost', true], // (a host under localhost is this machine too)
      ['https://127.0.0.2/p.jpg', '127.0.0.1', false],
      ['https://127.0.0.1/p.jpg', '127.0.0.1', true],
      // Someone else's site on a shared host or under a public suffix is not ours.
      ['https://evil.github.io/p.jpg', 'gemeente.github.io', false],
      ['https://media.gemeente.github.io/p.jpg', 'gemeente.github.io', true],
      ['https://other.co.uk/p.jpg', 'www.council.co.uk', false],
      ['https://cms.gemeente.nl/p.jpg', 'media.gemeente.nl', false],
      ['https://gemeente.nl/p.jpg', 'www.gemeente.nl', true],
      ['https://www.gemeente.nl/p.jpg', 'gemeente.nl', true],
      ['https://media.www.gemeente.nl/p.jpg', 'www.gemeente.nl', true],
      ['https://[::1]/p.jpg', '[::1]', true],
      // www. comes off only where what is left is someone's domain, not a public suffix.
      ['https://evil.gov.uk/p.jpg', 'www.gov.uk', false],
      ['https://gov.uk/p.jpg', 'www.gov.uk', false],
      ['https://assets.www.gov.uk/p.jpg', 'www.gov.uk', true],
      ['https://www.gov.uk/p.jpg', 'www.gov.uk', true],
      ['https://evil.gov.uk/p.jpg', 'gov.uk', false],
      ['https://other.co.uk/p.jpg', 'www.co.uk', false],
      ['https://shop.com.au/p.jpg', 'www.com.au', false],
      ['https://evil.nl/p.jpg', 'www.nl', false],
      ['https://nl/p.jpg', 'www.nl', false],
      ['https://media.council.gov.uk/p.jpg', 'www.council.gov.uk', true],
      ['https://council.gov.uk/p.jpg', 'www.council.gov.uk', true],
      ['https://other.gov.uk/p.jpg', 'www.council.gov.uk', false],
      ['https://gov.uk/p.jpg', 'www.council.gov.uk', false],
      ['https://static.bbc.co.uk/p.jpg', 'WWW.BBC.CO.UK.', true],
      ['https://news.co.uk/p.jpg', 'bbc.co.uk', false],
      ['https://gemeente.nl/p.jpg', 'media.gemeente.nl', false],
    ];
    for (const [address, page, same] of table) expect(isSameSite(new URL(address), page), `${address} on ${page}`).to.equal(same);
  });

  it('tells a host with a long run of dots in it (a hostile photo or poster attribute) at once, and without throwing', async () => {
    // Firefox threw "too much recursion" from the pattern that took the dots off the end, and the card or video with it did not render.
    const address = new URL(`https://media${'.'.repeat(50_000)}gemeente.nl/p.jpg`);
    const { ms, result } = await fastest(100, () => [isSameSite(address, 'www.gemeente.nl'), isSameSite(new URL('https://media.gemeente.nl./p.jpg'), `www${'.'.repeat(50_000)}gemeente.nl`)]);
    expect(ms).to.be.below(100);
    expect(result, 'a host under the site, however odd').to.deep.equal([true, false]);
  });
});
