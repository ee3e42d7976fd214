import { describe, expect, it } from 'vitest';
import { readJsonl } from '../src/jsonl.js';

function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function collect(chunks: (string | Uint8Array)[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const value of readJsonl(streamOf(chunks))) out.push(value);
  return out;
}

describe('readJsonl', () => {
  it('yields one value per line when each chunk is one line', async () => {
    expect(await collect(['{"a":1}\n', '{"a":2}\n'])).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('joins a line split across chunks, even mid-string', async () => {
    expect(await collect(['{"type":"tok', 'en","data":{"token":"Hel', 'lo"}}\n'])).toEqual([
      { type: 'token', data: { token: 'Hello' } },
    ]);
  });

  it('splits several lines that arrive in one chunk', async () => {
    expect(await collect(['{"n":1}\n{"n":2}\n{"n":', '3}\n'])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('reassembles a multi-byte character cut between chunks', async () => {
    const bytes = new TextEncoder().encode('{"t":"€ und Grüße"}\n');
    // The euro sign is three bytes; cut inside it.
    expect(await collect([bytes.slice(0, 8), bytes.slice(8)])).toEqual([{ t: '€ und Grüße' }]);
  });

  it('reads a last line without a trailing newline and skips blank lines', async () => {
    expect(await collect(['\n{"a":1}\r\n\n', '  \n{"a":2}'])).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('throws on a line that is not JSON', async () => {
    await expect(collect(['{"a":1}\nnot json\n'])).rejects.toThrow(SyntaxError);
  });
});
