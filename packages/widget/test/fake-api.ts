import type { Message } from '@supportbridge/shared';

/** One request the widget made. */
export interface Call {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

interface Conversation {
  messages: Message[];
  contact: Record<string, string>;
  status: 'active' | 'completed';
  endReason?: string;
  /** The team has it: a message now is added to their request, as the middleware does. */
  forwarded?: boolean;
}

const API = 'https://support.example/api/v1';

/**
 * A fake of the SupportBridge API behind `fetch`, answering with real `Response` objects
 * (a streamed jsonl body for `complete`). The middleware itself is tested for real
 * elsewhere; this lets the widget's own logic be driven precisely: go offline, fail the
 * next call with a status, expire a token.
 */
export function fakeApi() {
  const calls: Call[] = [];
  const conversations = new Map<string, Conversation>();
  const failures: { match: string; status: number; code: string }[] = [];
  let count = 0;
  const state = {
    offline: false,
    /** Reply text for `complete`, by the visitor's text. */
    reply: (text: string) => `You said: ${text}`,
    /** `end` to put on the next reply. */
    endNext: undefined as string | undefined,
    expiresIn: 3600_000,
  };

  /** Completes as the middleware does: forwarded when there is an address or a hand-over. */
  function complete(conv: Conversation, reason: string): void {
    conv.status = 'completed';
    conv.endReason = reason;
    conv.forwarded = reason === 'escalated' || !!conv.contact.email;
  }
  /** Where a conversation stands, as `end`, `escalate` and `message/list` say it. */
  const where = (id: string, conv: Conversation) => ({
    id,
    status: conv.status,
    ...(conv.endReason && { endReason: conv.endReason }),
    forwarded: !!conv.forwarded,
    reference: `R${id.slice(5).padStart(4, '0')}`,
  });

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  async function handle(path: string, body: { text: string }, headers: Record<string, string>) {
    const failure = failures.findIndex((f) => path.includes(f.match));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return json(f!.status, { message: `Failed: ${f!.code}`, code: f!.code });
    }
    if (path === '/widget/session/create') {
      const id = `conv_${++count}`;
      conversations.set(id, { messages: [], contact: {}, status: 'active' });
      return json(200, {
        conversationId: id,
        token: `tok_${id}`,
        expiresAt: Date.now() + state.expiresIn,
        bot: { name: 'Ava', greeting: 'Hi, I am Ava.' },
      });
    }
    const m = /^\/conversation\/([^/]+)\/([^?]+)/.exec(path);
    const conv = m ? conversations.get(m[1]!) : undefined;
    if (!m || !conv) return json(404, { message: 'Conversation not found', code: 'NOT_FOUND' });
    if (headers.Authorization !== `Bearer tok_${m[1]}`)
      return json(401, { message: 'Bad token', code: 'UNAUTHORIZED' });
    switch (m[2]) {
      case 'message/list':
        return json(200, { items: conv.messages, ...where(m[1]!, conv) });
      case 'contact':
        Object.assign(conv.contact, body);
        return json(200, { id: m[1], contact: conv.contact });
      case 'escalate':
      case 'end':
        if (conv.status !== 'completed') complete(conv, m[2] === 'end' ? 'ended' : 'escalated');
        return json(200, where(m[1]!, conv));
      case 'complete': {
        const visitor: Message = {
          id: `msg_${++count}`,
          type: 'user',
          text: body.text,
          createdAt: Date.now(),
        };
        conv.messages.push(visitor);
        if (conv.status === 'completed' && conv.forwarded) {
          return json(200, { id: visitor.id, text: '', end: { reason: conv.endReason } });
        }
        conv.status = 'active';
        const text = state.reply(body.text);
        const bot: Message = { id: `msg_${++count}`, type: 'bot', text, createdAt: Date.now() };
        conv.messages.push(bot);
        const end = state.endNext ? { end: { reason: state.endNext } } : {};
        if (state.endNext) complete(conv, state.endNext);
        state.endNext = undefined;
        const lines = [
          ...text.split(/(?<= )/).map((token) => JSON.stringify({ type: 'token', data: { token } })),
          JSON.stringify({ type: 'result', data: { id: bot.id, text, ...end } }),
        ];
        const encoder = new TextEncoder();
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const line of lines) controller.enqueue(encoder.encode(`${line}\n`));
            controller.close();
          },
        });
        return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/jsonl' } });
      }
    }
    return json(404, { message: 'Not found', code: 'NOT_FOUND' });
  }

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const path = url.startsWith(API) ? url.slice(API.length) : url;
    const headers = (init.headers ?? {}) as Record<string, string>;
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const method = init.method ?? 'GET';
    calls.push({ method, path, body, headers });
    if (state.offline) throw new TypeError('Failed to fetch');
    return handle(path, body, headers);
  };

  return {
    api: API,
    fetch: fetch as typeof globalThis.fetch,
    calls,
    conversations,
    state,
    /** The next call whose path contains `match` answers `status` with `code`. */
    failNext(match: string, status: number, code = 'INTERNAL_ERROR'): void {
      failures.push({ match, status, code });
    },
    paths: () => calls.map((c) => `${c.method} ${c.path}`),
  };
}

/** A Storage backed by a Map that records every write. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  const writes: string[] = [];
  const storage = {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key: string) => map.get(key) ?? null,
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
    setItem: (key: string, value: string) => {
      writes.push(key);
      map.set(key, String(value));
    },
  } satisfies Storage;
  return { storage, writes, map };
}

/** Lets pending promises and timers of 0 ms run. */
export const settle = async (times = 5) => {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
