import express from 'express';
import { listenOnLoopback } from './listen.js';

/**
 * What the fake ChatBotKit API does with the next `conversation/complete`: stream tokens and a
 * result, call the `request_human` function (an activity message, then an abort naming it),
 * fail with a status and ChatBotKit's `{ message, code }`, cut the connection, stop sending after
 * some tokens, or hang.
 */
export type ChatBotKitScript =
  | { kind: 'text'; tokens: string[] }
  | { kind: 'function'; reason: string }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'disconnect'; tokens: string[] }
  | { kind: 'stall'; tokens: string[] }
  | { kind: 'hang' };

/** A request as the fake received it. */
export interface RecordedCompleteRequest {
  authorization?: string;
  /** When it arrived (ms), to measure the waits between retries. */
  at: number;
  accept?: string;
  body: {
    botId?: string;
    messages: { type: string; text: string }[];
    extensions?: { backstory?: string };
    functions?: { name: string; description: string; parameters: unknown }[];
  };
}

/** A running fake: point the engine's `baseUrl` at `baseUrl`, queue scripts, read `requests`. */
export interface FakeChatBotKitServer {
  baseUrl: string;
  requests: RecordedCompleteRequest[];
  enqueue(...scripts: ChatBotKitScript[]): void;
  close(): Promise<void>;
}

const ERRORS: Record<number, { message: string; code: string }> = {
  401: { message: 'Not authenticated', code: 'NOT_AUTHENTICATED' },
  429: { message: 'Too many requests', code: 'TOO_MANY_REQUESTS' },
  500: { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' },
};

const line = (type: string, data: unknown) => `${JSON.stringify({ type, data })}\n`;

/**
 * Starts a local server on 127.0.0.1 (a free port) answering `POST /api/v1/conversation/complete`
 * in ChatBotKit's `application/jsonl` shapes: `{"type":"token","data":{"token"}}` lines, then
 * `{"type":"result","data":{"text","usage","end"}}`. Requests without `Bearer <secret>` get 401.
 *
 * @example
 * const fake = await startFakeChatBotKitServer('secret');
 * fake.enqueue({ kind: 'text', tokens: ['Hi', '!'] });
 */
export async function startFakeChatBotKitServer(secret: string): Promise<FakeChatBotKitServer> {
  const queue: ChatBotKitScript[] = [];
  const requests: RecordedCompleteRequest[] = [];
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.post('/api/v1/conversation/complete', (req, res) => {
    requests.push({
      authorization: req.get('authorization'),
      at: Date.now(),
      accept: req.get('accept'),
      body: req.body,
    });
    if (req.get('authorization') !== `Bearer ${secret}`) {
      res.status(401).json(ERRORS[401]);
      return;
    }
    const script = queue.shift() ?? { kind: 'text', tokens: ['OK.'] };
    if (script.kind === 'hang') return;
    if (script.kind === 'status') {
      if (script.retryAfter !== undefined) res.set('retry-after', script.retryAfter);
      res.status(script.status).json(ERRORS[script.status] ?? { message: 'Error', code: 'ERROR' });
      return;
    }
    const tokens = script.kind === 'function' ? [] : script.tokens;
    const text = tokens.join('');
    res.writeHead(200, { 'content-type': 'application/jsonl' });
    for (const token of tokens) res.write(line('token', { token }));
    if (script.kind === 'stall') return;
    if (script.kind === 'disconnect') {
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (script.kind === 'function') {
      const fn = { name: 'request_human', arguments: { reason: script.reason } };
      res.write(
        line('message', {
          type: 'activity',
          text: '',
          meta: { activity: { type: 'request', function: fn } },
        }),
      );
      res.write(line('abort', { functionName: 'request_human' }));
      res.end(line('result', { text, usage: { token: 12 }, end: { reason: 'abort' } }));
      return;
    }
    res.end(line('result', { text, usage: { token: 12 }, end: { reason: 'stop' } }));
  });
  const listening = await listenOnLoopback(app);
  return {
    baseUrl: `${listening.origin}`,
    requests,
    enqueue: (...scripts) => queue.push(...scripts),
    close: listening.close,
  };
}
