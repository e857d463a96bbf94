import { expect, waitUntil } from '@open-wc/testing';
import type { Session } from '../../src/session-list/schema.js';
import { prepareSearch } from '../../src/session-list/search-text.js';

/** Sessions that count how often their search text is read. */
const counted = (count: number) => {
  const reads = new Array<number>(count).fill(0);
  const sessions = reads.map((_, i) => ({
    get haystack() {
      reads[i] += 1;
      return `sessie ${i}`;
    },
  })) as unknown as Session[];
  return { sessions, reads };
};

describe('session list search text', () => {
  it('builds every search text later, while the page is idle, not at once', async () => {
    const { sessions, reads } = counted(2500);
    prepareSearch(sessions, () => true);
    expect(reads.filter(Boolean), 'nothing while the list renders').to.have.length(0);
    // (Idle work runs at the latest a second after it is asked for; a loaded machine can stretch that.)
    await waitUntil(() => reads.every(Boolean), 'all built', { timeout: 12000 });
    expect(reads.every((times) => times === 1), 'each once').to.be.true;
  });

  it('stops when the list no longer wants it (new data, or the list left the page)', async () => {
    const { sessions, reads } = counted(50);
    let asked = 0;
    prepareSearch(sessions, () => (asked += 1) < 0);
    await waitUntil(() => asked > 0, 'asked', { timeout: 12000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads.filter(Boolean)).to.have.length(0);
    expect(asked, 'not asked again').to.equal(1);
  });
});
