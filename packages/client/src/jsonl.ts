/**
 * The values of an `application/jsonl` body, one per line, as they arrive: only
 * `ReadableStream` and `TextDecoder`, so it runs in Node 20 and browsers alike.
 *
 * @example
 * for await (const event of readJsonl<CompleteStreamEvent>(res.body!)) console.log(event.type);
 */
export async function* readJsonl<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffered += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffered.split('\n');
      buffered = done ? '' : (lines.pop() ?? '');
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
      if (done) return;
    }
  } finally {
    // A consumer that stops early (break) releases the connection.
    await reader.cancel().catch(() => {});
  }
}
