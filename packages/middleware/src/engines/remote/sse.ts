/**
 * Reads a `text/event-stream` body and yields the `data` of each event, joined across lines as
 * the SSE spec says. Comments (`: keep-alive`) and other fields are skipped; the stream ends
 * at `data: [DONE]` or when the body ends.
 *
 * @example
 * for await (const data of sseData(response.body!)) console.log(JSON.parse(data));
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  let data: string[] = [];
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        // A blank line ends the event.
        if (data.length > 0) {
          const payload = data.join('\n');
          data = [];
          if (payload.trim() === '[DONE]') return;
          yield payload;
        }
      } else if (line.startsWith('data:')) {
        data.push(line.slice(line[5] === ' ' ? 6 : 5));
      }
      newline = buffer.search(/\r\n|\r|\n/);
    }
  }
  // Some servers close without the final blank line; the last event still counts.
  if (buffer.startsWith('data:')) data.push(buffer.slice(buffer[5] === ' ' ? 6 : 5));
  const payload = data.join('\n');
  if (payload && payload.trim() !== '[DONE]') yield payload;
}
