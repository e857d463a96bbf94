/**
 * For stories that show a server's answer without a server: requests whose
 * address contains `part` get `answer`; every other request goes out as
 * usual. Installed once per part, whatever the order stories load in.
 */
const installed = new Set<string>();

export function stubFetch(part: string, answer: (init?: RequestInit) => Promise<Response>): void {
  if (installed.has(part)) return;
  installed.add(part);
  const previous = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (String(input).includes(part) ? answer(init) : previous(input, init));
}
