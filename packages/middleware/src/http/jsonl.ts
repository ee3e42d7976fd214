import { once } from 'node:events';
import type { Request, Response } from 'express';

/**
 * Whether the client asked for `application/jsonl` (ChatBotKit's streaming form).
 *
 * @example
 * if (wantsJsonl(req)) await writeJsonl(res, events);
 */
export function wantsJsonl(req: Request): boolean {
  return /application\/jsonl/i.test(req.headers.accept ?? '');
}

/**
 * Writes each value as one JSON line, honouring back-pressure, and stops early when the
 * client goes away. Headers are sent with the first line, so an error before it still
 * reaches the error handler as a normal `{ message, code }` response.
 *
 * @example
 * await writeJsonl(res, async function* () { yield { type: 'item', data } });
 */
export async function writeJsonl(res: Response, lines: () => AsyncIterable<unknown>): Promise<void> {
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  for await (const line of lines()) {
    if (closed) break;
    if (!res.headersSent) {
      res.status(200).setHeader('Content-Type', 'application/jsonl; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
    }
    if (!res.write(`${JSON.stringify(line)}\n`)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  if (!res.headersSent) res.status(200).setHeader('Content-Type', 'application/jsonl; charset=utf-8');
  res.end();
}
