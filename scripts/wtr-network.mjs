/**
 * A test-runner plugin that records every request the browser makes for a
 * test page, including from iframes, so privacy tests can assert "zero
 * requests to any other origin" from the outside rather than trusting the
 * page to report on itself.
 *
 * In the browser: executeServerCommand('network-record', 'start'), then
 * executeServerCommand('network-record', 'stop') → the URLs requested.
 */
const recordings = new Map();

export function networkRecorderPlugin() {
  return {
    name: 'network-recorder',
    async executeCommand({ command, payload, session }) {
      if (command !== 'network-record') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('network-record needs a puppeteer-driven browser');
      const page = session.browser.getPage(session.id);
      const previous = recordings.get(session.id);
      if (previous) page.off('request', previous.listener);
      if (payload === 'stop') {
        recordings.delete(session.id);
        return previous?.urls ?? [];
      }
      const urls = [];
      const listener = (request) => urls.push(request.url());
      page.on('request', listener);
      recordings.set(session.id, { urls, listener });
      return true;
    },
  };
}
