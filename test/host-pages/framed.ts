import { sendMouse } from '@web/test-runner-commands';
import { typedCase } from '../casus-form/sample-payload.js';

/**
 * sandbox.html in a frame, sandboxed or not, driven from the test page by messages (sandbox-probe.js):
 * a sandbox without allow-same-origin gives the page an opaque origin, which the test cannot reach into.
 */
let probes = 0;
/** Runs `probe` in the framed page (its source is posted there) and gives back what it returns. */
export function inFrame<T>(frame: HTMLIFrameElement, probe: (page: Document, ...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T> {
  const id = ++probes;
  return new Promise((resolve, reject) => {
    const answer = ({ data, source }: MessageEvent) => {
      if (source !== frame.contentWindow || data?.id !== id) return;
      removeEventListener('message', answer);
      if ('error' in data) reject(new Error(data.error));
      else resolve(data.result);
    };
    addEventListener('message', answer);
    frame.contentWindow!.postMessage({ probe: String(probe), args, id }, '*');
  });
}

/** Waits in the framed page until `check` holds (its source is posted there too), or says what did not happen. */
export const until = (frame: HTMLIFrameElement, check: (page: Document) => unknown, what: string, timeout = 8000) =>
  inFrame(
    frame,
    async (page, source: string, what: string, timeout: number) => {
      const check = (0, eval)(`(${source})`);
      for (const end = Date.now() + timeout; !check(page); await new Promise((resolve) => setTimeout(resolve, 25))) {
        if (Date.now() > end) throw new Error(`timed out: ${what}`);
      }
    },
    String(check),
    what,
    timeout,
  );

/** sandbox.html in a frame, with `sandbox` where given; `query` goes to the page (see sandbox-probe.js). */
export async function openFramed(sandbox?: string, query = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.inlineSize = '900px';
  frame.style.blockSize = '700px';
  frame.src = `/test/host-pages/sandbox.html${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await until(
    frame,
    (page) => {
      const root = (selector: string) => page.querySelector(selector)?.shadowRoot;
      return root('#first')?.querySelector('[part=accept-button]') && root('ccv-casus-form')?.querySelector('form') && root('ccv-contact-card')?.querySelector('[part~=copy-button]') && root('ccv-session-list')?.querySelector('article');
    },
    'every widget rendered',
  );
  return frame;
}

/**
 * Fills in the sample case (typedCase) in the framed page as a person does: audit/page.ts's fillInCase,
 * imported there (the test server lets a sandboxed page's opaque origin load it).
 */
export const fillInCase = (frame: HTMLIFrameElement) =>
  inFrame(
    frame,
    async (page, values: Record<string, string>) => {
      // (By its whole address: Chromium resolves an import from the probe's script, cross-origin to an opaque page, against about:blank.)
      const { fillInCase } = await import(new URL('/test/audit/page.ts', page.baseURI).href);
      fillInCase(page.querySelector('ccv-casus-form')!, values);
    },
    typedCase,
  );

export const formText = (page: Document) => page.querySelector('ccv-casus-form')!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
export const consoleLog = () => (window as unknown as { __log: string[] }).__log;

/** A real click (the page gets user activation) on `part` in the shadow root of `host` in the framed page. */
export async function pressIn(frame: HTMLIFrameElement, host: string, part: string): Promise<void> {
  const { x, y } = await inFrame(
    frame,
    (page, host: string, part: string) => {
      const target = page.querySelector(host)!.shadowRoot!.querySelector<HTMLElement>(part)!;
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    host,
    part,
  );
  // (Read after the scroll, which may have moved the frame in this page too.)
  const box = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + x), Math.round(box.y + y)] });
}
