import express from 'express';
import { listenOnLoopback } from './listen.js';

/**
 * What the fake endpoint does with the next request: stream text, stream a `request_human`
 * tool call (arguments in pieces, as OpenAI sends them), fail with a status and OpenAI's
 * error JSON, cut the connection mid-stream, end the stream cleanly but without a
 * `finish_reason` (a proxy cutting it), stop sending after some tokens, or never answer.
 */
export type OpenAIScript =
  | { kind: 'text'; tokens: string[] }
  | { kind: 'tool'; tokens?: string[]; argumentPieces: string[] }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'disconnect'; tokens: string[] }
  | { kind: 'truncate'; tokens: string[] }
  | { kind: 'stall'; tokens: string[] }
  | { kind: 'hang' };

/** A Chat Completions message as the fake received it, tool calls and tool results included. */
export interface RecordedMessage {
  role: string;
  content: string | null;
  tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

/** A request as the fake endpoint received it. */
export interface RecordedRequest {
  authorization?: string;
  /** When it arrived (ms), to measure the waits between retries. */
  at: number;
  body: {
    model: string;
    stream?: boolean;
    messages: RecordedMessage[];
    tools?: { type: string; function: { name: string; parameters: unknown } }[];
    response_format?: unknown;
  };
}

/** A running fake: point an engine at `baseURL`, queue scripts, read `requests`. */
export interface FakeOpenAIServer {
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...scripts: OpenAIScript[]): void;
  close(): Promise<void>;
}

/** Error bodies as api.openai.com returns them. */
const ERRORS: Record<number, object> = {
  401: {
    message: 'Incorrect API key provided: sk-wrong.',
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  },
  429: {
    message:
      'Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1.',
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded',
  },
  500: {
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    param: null,
    code: null,
  },
};

let sequence = 0;

function chunk(model: string, delta: object, finishReason: string | null = null): string {
  const payload = {
    id: `chatcmpl-test${sequence}`,
    object: 'chat.completion.chunk',
    created: 1_764_230_400,
    model,
    system_fingerprint: 'fp_test',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
  };
  return `data: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Starts a local OpenAI-compatible endpoint on 127.0.0.1 (a free port) speaking the real
 * wire format: `chat.completion.chunk` SSE events ending in `data: [DONE]`, or a
 * `chat.completion` object when `stream` is false. With no script queued it answers "OK."
 *
 * @example
 * const fake = await startFakeOpenAIServer();
 * fake.enqueue({ kind: 'status', status: 429 }, { kind: 'text', tokens: ['Hi'] });
 */
export async function startFakeOpenAIServer(): Promise<FakeOpenAIServer> {
  const queue: OpenAIScript[] = [];
  const requests: RecordedRequest[] = [];
  const app = express();
  app.use(express.json({ limit: '5mb' }));
  app.post('/v1/chat/completions', (req, res) => {
    const body = req.body as RecordedRequest['body'];
    requests.push({ authorization: req.get('authorization'), at: Date.now(), body });
    const script = queue.shift() ?? { kind: 'text', tokens: ['OK.'] };
    const model = `${body.model}-2024-07-18`;
    sequence += 1;
    if (script.kind === 'hang') return;
    if (script.kind === 'status') {
      if (script.retryAfter !== undefined) res.set('retry-after', script.retryAfter);
      res.status(script.status).json({ error: ERRORS[script.status] ?? { message: 'Error', type: 'error' } });
      return;
    }
    const tokens = script.tokens ?? [];
    if (body.stream === false) {
      res.json({
        id: `chatcmpl-test${sequence}`,
        object: 'chat.completion',
        created: 1_764_230_400,
        model,
        choices: [
          { index: 0, message: { role: 'assistant', content: tokens.join('') }, finish_reason: 'stop' },
        ],
        usage: { prompt_tokens: 10, completion_tokens: tokens.length, total_tokens: 10 + tokens.length },
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    res.write(chunk(model, { role: 'assistant', content: '', refusal: null }));
    for (const token of tokens) res.write(chunk(model, { content: token }));
    if (script.kind === 'stall') return;
    if (script.kind === 'truncate') {
      res.end();
      return;
    }
    if (script.kind === 'disconnect') {
      // Let the written chunks leave before the socket dies, as a crashing upstream would.
      setTimeout(() => res.socket?.destroy(), 20);
      return;
    }
    if (script.kind === 'tool') {
      const id = `call_test${sequence}`;
      res.write(
        chunk(model, {
          tool_calls: [
            { index: 0, id, type: 'function', function: { name: 'request_human', arguments: '' } },
          ],
        }),
      );
      for (const piece of script.argumentPieces)
        res.write(chunk(model, { tool_calls: [{ index: 0, function: { arguments: piece } }] }));
      res.write(chunk(model, {}, 'tool_calls'));
    } else res.write(chunk(model, {}, 'stop'));
    res.end('data: [DONE]\n\n');
  });
  const listening = await listenOnLoopback(app);
  return {
    baseURL: `${listening.origin}/v1`,
    requests,
    enqueue: (...scripts) => queue.push(...scripts),
    close: listening.close,
  };
}
