import { expect } from '@open-wc/testing';
import { resetWarnings } from '../../src/base/warn.js';
import { pageSizeOf, showOf, timeOf } from '../../src/session-list/attribute-values.js';
import { stubWarn } from '../helpers.js';

describe('session list settings', () => {
  beforeEach(() => resetWarnings());

  it('takes a page size of 1 to 1,000, whole', () => {
    expect(pageSizeOf(1)).to.equal(1);
    expect(pageSizeOf(1000)).to.equal(1000);
    expect(pageSizeOf(12.7)).to.equal(12);
  });

  it('reads a removed page size quietly as 10, a bad one as 10 and a huge one as 1,000, with a warning', () => {
    const warn = stubWarn();
    try {
      expect(pageSizeOf(null)).to.equal(10);
      expect(pageSizeOf(undefined)).to.equal(10);
      expect(warn.calls, 'a removed attribute is no mistake').to.have.length(0);
      expect(pageSizeOf(0, '0')).to.equal(10);
      expect(pageSizeOf(Number.NaN, 'tien')).to.equal(10);
      expect(pageSizeOf(100000, '100000')).to.equal(1000);
      expect(warn.said()).to.include('page-size="tien"').and.include('showing 1000 at a time');
    } finally {
      warn.restore();
    }
  });

  it('reads show as HTML reads keywords, and anything else as all', () => {
    const warn = stubWarn();
    try {
      expect(showOf(' Upcoming ')).to.equal('upcoming');
      expect(showOf('PAST')).to.equal('past');
      expect(showOf(null)).to.equal('all');
      expect(warn.calls, 'none for a known value or none at all').to.have.length(0);
      expect(showOf('future')).to.equal('all');
      expect(warn.said()).to.include('show="future"');
    } finally {
      warn.restore();
    }
  });

  it('reads now as a time, a date alone as the start of that day in Amsterdam, and else the real time', () => {
    expect(timeOf('2026-06-01T12:00:00+02:00')!.toISOString()).to.equal('2026-06-01T10:00:00.000Z');
    expect(timeOf(' 2026-01-15 ')!.toISOString(), 'winter time').to.equal('2026-01-14T23:00:00.000Z');
    const warn = stubWarn();
    try {
      // undefined: the real time, which the list's clock follows.
      expect(timeOf('gisteren')).to.be.undefined;
      expect(timeOf(undefined)).to.be.undefined;
      expect(warn.calls).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});
