/**
 * Every Storybook story, as the built Storybook (`storybook-static/`, which `npm test` builds first)
 * shows it: the story renders and its play function finishes without an error, every widget in it
 * draws something, axe finds nothing, and nothing reaches another origin. Stories are the
 * documentation partners read; a story that broke would show them a broken widget.
 * One test file per stories file (`checkStories(title)`), so no file runs long.
 */
import { expect } from '@open-wc/testing';
import { recordRequests, waitUntil } from '../helpers.js';

interface IndexEntry { id: string; type: string; title: string; name: string }
interface StoryRender { phase?: string }
interface Channel { on(event: string, listener: (...args: unknown[]) => void): void; emit(event: string, ...args: unknown[]): void }
interface PreviewWindow extends Window {
  __STORYBOOK_PREVIEW__?: { currentRender?: StoryRender };
  __STORYBOOK_ADDONS_CHANNEL__?: Channel;
  axe?: { run(context: Element, options?: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
}

const index = await fetch('/storybook-static/index.json');
const entries: IndexEntry[] = index.ok ? Object.values((await index.json()).entries as Record<string, IndexEntry>) : [];

/** Every custom element of ours in `root`, inside shadow roots too (a list's videos). */
function widgets(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('ccv-') ? [element] : []),
    ...(element.shadowRoot ? widgets(element.shadowRoot) : []),
  ]);
}

/** What Storybook says went wrong while it rendered and played a story. */
const TROUBLE = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];

const ENDED = ['finished', 'errored', 'aborted'];

/**
 * Opens a story as Storybook's own frame shows it; resolves once Storybook is done with it.
 * `late` (for the harness's own test): start listening only after the story has ended.
 */
export async function openStory(id: string, { late = false } = {}): Promise<{ frame: HTMLIFrameElement; trouble: string[]; status: unknown }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  document.body.append(frame);
  const trouble: string[] = [];
  const phases: string[] = [];
  let status: unknown;
  const view = () => frame.contentWindow as PreviewWindow;
  const phase = () => view().__STORYBOOK_PREVIEW__?.currentRender?.phase ?? '';
  // Storybook's channel exists long before the story's own modules have loaded: listen from then on.
  await waitUntil(() => view()?.__STORYBOOK_ADDONS_CHANNEL__, `Storybook started for ${id}`, { interval: 5, timeout: 20_000 });
  if (late) await waitUntil(() => ENDED.includes(phase()), `story ${id} finished`, { timeout: 20_000 });
  const channel = view().__STORYBOOK_ADDONS_CHANNEL__!;
  for (const event of TROUBLE) channel.on(event, (...args) => trouble.push(`${event}: ${JSON.stringify(args).slice(0, 500)}`));
  channel.on('storyFinished', (detail) => (status = (detail as { status: unknown }).status));
  channel.on('storyRenderPhaseChanged', (detail) => phases.push((detail as { newPhase: string }).newPhase));
  view().addEventListener('error', (event) => trouble.push(`error: ${event.message}`));
  view().addEventListener('unhandledrejection', (event) => trouble.push(`unhandled rejection: ${String(event.reason)}`));
  if (!['', 'preparing', 'loading'].includes(phase())) {
    // The story got going before anyone listened, so what it reported may be lost: let it end,
    // then have Storybook render and play it again from the start, and judge that run.
    await waitUntil(() => ENDED.includes(phase()), `story ${id} finished`, { timeout: 20_000 });
    trouble.length = phases.length = 0;
    status = undefined;
    channel.emit('forceRemount', { storyId: id });
    await waitUntil(() => phases.some((newPhase) => ENDED.includes(newPhase)), `story ${id} finished again`, { timeout: 20_000 });
  } else await waitUntil(() => ENDED.includes(phase()), `story ${id} finished`, { timeout: 20_000 });
  return { frame, trouble, status };
}

/** axe over the story's root, in the story's own frame. */
async function runAxe(frame: HTMLIFrameElement) {
  const view = frame.contentWindow as PreviewWindow;
  if (!view.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    frame.contentDocument!.head.append(script);
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
  }
  return view.axe!.run(frame.contentDocument!.querySelector('#storybook-root')!);
}

/** Checks every story of one stories file, by its title (`Elements/ccv-contact-card`); `least`: how many it has at least. */
export function checkStories(title: string, least: number): void {
  describe(`the stories of ${title}`, function () {
    this.timeout(60_000);
    const stories = entries.filter((entry) => entry.type === 'story' && entry.title === title);
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('are built and found (npm test builds Storybook first)', () => {
      expect(index.ok, '/storybook-static/index.json').to.equal(true);
      expect(stories.length).to.be.at.least(least);
    });

    for (const story of stories) {
      it(`${story.name}: renders, plays, is accessible, stays on this origin`, async () => {
        // axe loads and runs while the recording stays open after the story (it asks only this origin);
        // what it found, or how it failed, is looked at after the checks above it.
        let axed: Awaited<ReturnType<typeof runAxe>> | Error | undefined;
        const { result, thirdParty } = await recordRequests(
          () => openStory(story.id),
          async ({ frame }) => void (axed = await runAxe(frame).catch((error: Error) => error)),
        );
        const { frame, trouble, status } = result;
        const view = frame.contentWindow as PreviewWindow;
        expect(trouble, 'what Storybook reported').to.deep.equal([]);
        expect(view.__STORYBOOK_PREVIEW__!.currentRender!.phase, 'the story rendered and its play function ran').to.equal('finished');
        expect(status, 'the status Storybook gave the story').to.equal('success');
        const root = frame.contentDocument!.querySelector('#storybook-root')!;
        const found = widgets(root);
        expect(found.length, 'widgets in the story').to.be.greaterThan(0);
        for (const widget of found) {
          if (widget.localName === 'ccv-config') continue; // display: contents, it draws nothing of its own
          expect(widget.shadowRoot?.childElementCount, `${widget.localName} drew its content`).to.be.greaterThan(0);
          expect(widget.getBoundingClientRect().height, `${widget.localName} takes room on the page`).to.be.greaterThan(0);
        }
        expect(thirdParty, 'requests to another origin').to.deep.equal([]);
        if (axed instanceof Error) throw axed;
        const { violations } = axed!;
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`), 'axe').to.deep.equal([]);
      });
    }
  });
}
