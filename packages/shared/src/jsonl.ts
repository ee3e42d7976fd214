/**
 * Yields one parsed JSON value per line of an `application/jsonl` body (the streaming form
 * of `complete` and the list endpoints), as it arrives: only `ReadableStream` and
 * `TextDecoder`, so the widget and the client run it in browsers and Node alike; zod-free,
 * imported as `@supportbridge/shared/jsonl`. Lines may be
 * split across chunks (even inside a multi-byte character) and one chunk may carry
 * several lines; blank lines are skipped.
 *
 * @example
 * for await (const event of readJsonl<CompleteStreamEvent>(res.body!)) console.log(event.type);
 */
export async function* readJsonl<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += decoder.decode(value, { stream: !done });
      let end = buffer.indexOf('\n');
      while (end >= 0) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        if (line) yield JSON.parse(line) as T;
        end = buffer.indexOf('\n');
      }
      if (done) break;
    }
    if (buffer.trim()) yield JSON.parse(buffer) as T;
  } finally {
    // Stops the download when the consumer bails out early (error, unmount).
    reader.cancel().catch(() => {});
  }
}
