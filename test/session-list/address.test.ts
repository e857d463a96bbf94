import { expect } from '@open-wc/testing';
import { filterOf, pageAddress, withFilter } from '../../src/session-list/address.js';

describe('session list address', () => {
  describe('filterOf', () => {
    it('reads the topic, year and text a link holds', () => {
      expect(filterOf('?ccv-topic=OSINT&ccv-year=2023&ccv-q=politie%20Utrecht')).to.deep.equal({ topic: 'OSINT', year: 2023, text: 'politie Utrecht' });
      expect(filterOf('?page=3')).to.deep.equal({ topic: undefined, year: undefined, text: undefined });
    });
    it('reads a topic pasted with spaces around it, and no topic of spaces only', () => {
      expect(filterOf('?ccv-topic=%20OSINT+').topic).to.equal('OSINT');
      expect(filterOf('?ccv-topic=++').topic).to.be.undefined;
    });
    it('takes only a whole, positive year', () => {
      for (const year of ['abc', '0', '-2023', '2023.5', '']) expect(filterOf(`?ccv-year=${year}`).year, year).to.be.undefined;
      expect(filterOf('?ccv-year=1999').year).to.equal(1999);
    });
  });

  describe('withFilter', () => {
    it("puts the filters after the page's own parameters, which stay as the page wrote them", () => {
      const url = withFilter('https://gemeente.example/agenda?path=a/b&flag&ccv-topic=APV#s-1', { topic: 'OSINT', year: 2023, text: 'a&b' });
      expect(url.search).to.equal('?path=a/b&flag&ccv-topic=OSINT&ccv-year=2023&ccv-q=a%26b');
      expect(url.hash, 'the fragment stays').to.equal('#s-1');
    });
    it('leaves no filter parameter, nor an empty query, when no filter is chosen', () => {
      expect(withFilter('https://gemeente.example/agenda?ccv-topic=APV&ccv-q=x', {}).href).to.equal('https://gemeente.example/agenda');
      expect(withFilter('https://gemeente.example/agenda?id=4&ccv-year=2020', { text: '' }).search).to.equal('?id=4');
    });
  });

  describe('pageAddress', () => {
    it('drops the fragment, the filters and campaign tags, and keeps what names the page', () => {
      expect(pageAddress('https://gemeente.example/agenda?id=4&ccv-topic=APV&utm_source=mail&gclid=x1&fbclid=y&flag#s-1')).to.equal(
        'https://gemeente.example/agenda?id=4&flag',
      );
    });
    it('knows a tracking tag however its name is written, also one that is not valid percent-encoding', () => {
      expect(pageAddress('https://gemeente.example/?UTM_Campaign=x&utm%5Fmedium=y&mc_eid=z&_ga=1&srsltid=2')).to.equal('https://gemeente.example/');
      expect(pageAddress('https://gemeente.example/?50%-korting=1&utm_%zz=2')).to.equal('https://gemeente.example/?50%-korting=1');
    });
  });
});
