import type {
  CompleteResponse,
  CompleteStreamEvent,
  ContactUpdate,
  ConversationEndResponse,
  Message,
  WidgetSession,
  WidgetSessionCreate,
} from '@supportbridge/shared';
import { readJsonl } from '@supportbridge/shared/jsonl';

/**
 * A failed API call. `status` 0 with code `NETWORK` means the request never got an
 * answer (offline, DNS, CORS, aborted).
 *
 * @example
 * if (err instanceof ApiError && err.status === 401) startNewSession();
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a conversation call needs: the conversation and its bearer token. @example { conversationId: 'conv_1', token: 't' } */
export interface SessionRef {
  conversationId: string;
  token: string;
}

/** @example createClient({ api: 'https://x/api/v1', fetch, retryDelay: 500 }) */
export interface ClientOptions {
  api: string;
  fetch: typeof fetch;
  /** First wait before retrying a failed call, doubled each time. Defaults to 500 ms. */
  retryDelay?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function toError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
  return new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.message ?? res.statusText);
}

/**
 * The widget's API client. Calls are retried on network errors, 429 and 5xx (three
 * tries, honouring `Retry-After`), except `complete`: a retry could post the visitor's
 * message twice, so the model decides when to send it again. `complete` streams JSON
 * lines and reports each token.
 *
 * @example
 * const client = createClient({ api: 'https://shop.example/api/v1', fetch });
 * const session = await client.createSession({ botId: 'bot_1' });
 * const reply = await client.complete(session, 'Hi', (token) => show(token));
 */
export function createClient({ api, fetch, retryDelay = 500 }: ClientOptions) {
  /** A POST with `body`, else a GET. `stream`: one try only, and ask for JSON lines. */
  async function request(path: string, token: string, body?: unknown, stream = false): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let res: Response | undefined;
      try {
        res = await fetch(api + path, {
          method: body ? 'POST' : 'GET',
          headers: {
            'Content-Type': 'application/json',
            Accept: stream ? 'application/jsonl' : 'application/json',
            ...(token && { Authorization: `Bearer ${token}` }),
          },
          // JSON.stringify(undefined) is undefined: a GET goes without a body.
          body: JSON.stringify(body),
        });
      } catch {
        // fetch rejects only when there is no answer at all: offline, DNS, CORS.
      }
      if (res?.ok) return res;
      const after = Number(res?.headers.get('Retry-After'));
      if ((res && res.status !== 429 && res.status < 500) || stream || attempt >= 3) {
        throw res ? await toError(res) : new ApiError(0, 'NETWORK', 'No answer from the server');
      }
      await sleep(after > 0 ? Math.min(after * 1000, 10_000) : retryDelay * 2 ** (attempt - 1));
    }
  }
  const json = async <T>(res: Promise<Response>) => (await res).json() as Promise<T>;
  const conv = (s: SessionRef, action: string) =>
    `/conversation/${encodeURIComponent(s.conversationId)}/${action}`;

  return {
    createSession: (body: WidgetSessionCreate) =>
      json<WidgetSession>(request('/widget/session/create', '', body)),

    /** The transcript, and where the conversation stands (completed while the visitor was away?). */
    listMessages: (s: SessionRef) =>
      json<ConversationEndResponse & { items: Message[] }>(
        request(conv(s, 'message/list?take=500'), s.token),
      ),

    contact: (s: SessionRef, body: ContactUpdate) =>
      json<unknown>(request(conv(s, 'contact'), s.token, body)),
    escalate: (s: SessionRef) => json<ConversationEndResponse>(request(conv(s, 'escalate'), s.token, {})),
    end: (s: SessionRef) => json<ConversationEndResponse>(request(conv(s, 'end'), s.token, {})),

    /** Posts the visitor's text; `onToken` sees the reply grow; resolves with the whole reply. */
    async complete(s: SessionRef, text: string, onToken: (token: string) => void): Promise<CompleteResponse> {
      const res = await request(conv(s, 'complete'), s.token, { text }, true);
      // A server (or proxy) that ignores Accept answers plain JSON: show it all at once.
      if (!res.headers.get('Content-Type')?.includes('jsonl')) return res.json() as Promise<CompleteResponse>;
      try {
        for await (const event of readJsonl<CompleteStreamEvent>(res.body!)) {
          if (event.type === 'token') onToken(event.data.token);
          else return event.data;
        }
      } catch {
        // The connection dropped mid-reply.
      }
      throw new ApiError(0, 'NETWORK', 'The reply ended early');
    },
  };
}

/** @example const client: ApiClient = createClient({ api, fetch }); */
export type ApiClient = ReturnType<typeof createClient>;
