/**
 * An answer's text, read no further than `limit` characters: `undefined` for a longer one, and
 * the rest is not downloaded. response.text() holds whatever a server sends, however much, until
 * it ends; a server that never ends it filled the visitor's memory until the timeout.
 * Rejects, as response.text() does, when the body is cut off.
 */
export async function readText(response: Response, limit: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  // UTF-8 whatever the headers say, and without a byte order mark: as response.text() decodes.
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
  }
}
