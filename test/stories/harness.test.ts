/** The story harness itself: joining a story late must not lose what Storybook reports. */
import { expect } from '@open-wc/testing';
import { openStory } from './check.js';

const index = await fetch('/storybook-static/index.json');
const entries = index.ok ? Object.values((await index.json()).entries as Record<string, { id: string; type: string; title: string }>) : [];

describe('the stories harness', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('still hears the status of a story that ended before it listened', async () => {
    const story = entries.find((entry) => entry.type === 'story' && entry.title === 'Elements/ccv-contact-card');
    expect(story, 'a contact-card story in the built Storybook').to.not.equal(undefined);
    const { status, trouble } = await openStory(story!.id, { late: true });
    expect(trouble).to.deep.equal([]);
    expect(status, 'the status Storybook gave the story').to.equal('success');
  });
});
