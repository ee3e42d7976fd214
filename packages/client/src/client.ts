import type * as api from '@supportbridge/shared';
import { readJsonl } from '@supportbridge/shared/jsonl';
import type { z } from 'zod';
import { type OperationId, ROUTES } from './routes.js';

/** What a request of that schema may send (defaults left out). */
type In<S extends z.ZodType> = z.input<S>;
/** A page of a list of `T` items. */
type Page<S extends z.ZodType> = z.output<ReturnType<typeof api.listResponseSchema<S>>>;

/** Options of `createSupportBridgeClient()`. */
export interface SupportBridgeClientOptions {
  /** The API's root, mount point included, e.g. `https://shop.example/api/v1`. */
  baseUrl: string;
  /** An API key (admin operations) or a session token (one conversation's visitor operations). Defaults to none (the widget's public operation). */
  secret?: string;
  /** The `fetch` to use. Defaults to the global one (Node 20+, browsers). */
  fetch?: typeof fetch;
}

/** What a call may carry besides its data. */
export interface CallOptions {
  /** Aborts the request (and a stream being read). */
  signal?: AbortSignal;
}

/**
 * A non-2xx answer, in the API's `{ message, code, issues? }` form; `status` 0 and code
 * `NETWORK` when no answer came at all.
 *
 * @example
 * try { await client.bots.fetch('bot_x') } catch (e) { if (e instanceof SupportBridgeError && e.code === 'NOT_FOUND') … }
 */
export class SupportBridgeError extends Error {
  readonly status: number;
  /** One of the API's error codes (`NOT_FOUND`, …), `NETWORK`, or `HTTP_<status>` for an answer not in the API's form. */
  readonly code: string;
  readonly issues: api.ErrorBody['issues'];

  constructor(
    status: number,
    body: { message?: string; code?: string; issues?: api.ErrorBody['issues'] },
    fallback: string,
  ) {
    super(body.message ?? fallback);
    this.name = 'SupportBridgeError';
    this.status = status;
    this.code = body.code ?? `HTTP_${status}`;
    this.issues = body.issues;
  }
}

interface Request {
  params?: Record<string, string>;
  query?: object;
  body?: unknown;
  stream?: boolean;
  signal?: AbortSignal;
}

/**
 * A typed client of every SupportBridge operation, on `fetch` alone (Node 20+ and browsers):
 * support integrations (with `alias`, `trigger` and `trigger()`, which the ChatBotKit SDK
 * lacks), bots, conversations (with `complete` streamed as jsonl) and the widget's session.
 * Errors are `SupportBridgeError`s.
 *
 * @example
 * const client = createSupportBridgeClient({ baseUrl: 'http://localhost:3000/api/v1', secret: apiKey });
 * const { id } = await client.supportIntegrations.create({ email: 'help@acme.com', alias: 'eu', trigger: 'escalation' });
 * await client.supportIntegrations.trigger('eu', { sample: 5 });
 */
export function createSupportBridgeClient(options: SupportBridgeClientOptions) {
  const root = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(id: OperationId, request: Request): Promise<Response> {
    const [method, template] = ROUTES[id];
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(request.params?.[name] ?? ''),
    );
    let res: Response;
    try {
      res = await doFetch(`${root}${path}${queryString(request.query)}`, {
        method,
        headers: {
          accept: request.stream ? 'application/jsonl' : 'application/json',
          ...(method === 'POST' && { 'content-type': 'application/json' }),
          ...(options.secret && { authorization: `Bearer ${options.secret}` }),
        },
        ...(method === 'POST' && { body: JSON.stringify(request.body ?? {}) }),
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new SupportBridgeError(0, { code: 'NETWORK' }, (error as Error).message);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as Partial<api.ErrorBody>;
      throw new SupportBridgeError(res.status, body, res.statusText);
    }
    return res;
  }

  async function json<T>(id: OperationId, request: Request = {}): Promise<T> {
    return (await (await send(id, request)).json()) as T;
  }

  async function* lines<T>(id: OperationId, request: Request): AsyncGenerator<T> {
    const res = await send(id, { ...request, stream: true });
    if (!res.body) return;
    yield* readJsonl<T>(res.body);
  }

  const at = (id: string) => ({ id });
  const of = (idOrAlias: string) => ({ idOrAlias });

  return {
    supportIntegrations: {
      /** Creates one; `alias` names it for every `idOrAlias` below, `trigger` says what it forwards. */
      create: (body: In<typeof api.SupportIntegrationCreateSchema>, o: CallOptions = {}) =>
        json<api.IdResponse>('createSupportIntegration', { body, ...o }),
      /** One page; pass `cursor` from the last page for the next. `meta` filters `meta.KEY=VALUE`. */
      list: (query: In<typeof api.SupportIntegrationListQuerySchema> = {}, o: CallOptions = {}) =>
        json<Page<typeof api.SupportIntegrationSchema>>('listSupportIntegrations', { query, ...o }),
      /** Every match, streamed as jsonl by the server page after page. */
      async *listAll(query: In<typeof api.SupportIntegrationListQuerySchema> = {}, o: CallOptions = {}) {
        type Line = { type: 'item'; data: api.SupportIntegration };
        for await (const line of lines<Line>('listSupportIntegrations', { query, ...o })) yield line.data;
      },
      fetch: (idOrAlias: string, o: CallOptions = {}) =>
        json<api.SupportIntegration>('fetchSupportIntegration', { params: of(idOrAlias), ...o }),
      /** Omitted fields keep their value; `meta` is merged key by key (`null` removes a key). */
      update: (idOrAlias: string, body: In<typeof api.SupportIntegrationUpdateSchema>, o: CallOptions = {}) =>
        json<api.IdResponse>('updateSupportIntegration', { params: of(idOrAlias), body, ...o }),
      delete: (idOrAlias: string, o: CallOptions = {}) =>
        json<api.IdResponse>('deleteSupportIntegration', { params: of(idOrAlias), ...o }),
      /** Forwards the listed conversations (or the `sample` latest completed) now, whatever the `trigger` rule. */
      trigger: (
        idOrAlias: string,
        body: In<typeof api.SupportIntegrationTriggerSchema> = {},
        o: CallOptions = {},
      ) =>
        json<api.SupportIntegrationTriggerResponse>('triggerSupportIntegration', {
          params: of(idOrAlias),
          body,
          ...o,
        }),
      /** The delivery doctor: each check with a verdict and a fix. */
      test: (idOrAlias: string, o: CallOptions = {}) =>
        json<api.SupportIntegrationTestResponse>('testSupportIntegration', { params: of(idOrAlias), ...o }),
    },
    bots: {
      create: (body: In<typeof api.BotCreateSchema>, o: CallOptions = {}) =>
        json<api.IdResponse>('createBot', { body, ...o }),
      list: (query: In<typeof api.ListQuerySchema> = {}, o: CallOptions = {}) =>
        json<Page<typeof api.BotSchema>>('listBots', { query, ...o }),
      fetch: (id: string, o: CallOptions = {}) => json<api.Bot>('fetchBot', { params: at(id), ...o }),
      update: (id: string, body: In<typeof api.BotUpdateSchema>, o: CallOptions = {}) =>
        json<api.IdResponse>('updateBot', { params: at(id), body, ...o }),
      delete: (id: string, o: CallOptions = {}) =>
        json<api.IdResponse>('deleteBot', { params: at(id), ...o }),
      /** The only answer that carries the secret's value: store it on the host server. */
      createIdentitySecret: (id: string, o: CallOptions = {}) =>
        json<api.IdentitySecretCreated>('createIdentitySecret', { params: at(id), ...o }),
      deleteIdentitySecret: (id: string, secretId: string, o: CallOptions = {}) =>
        json<api.IdResponse>('deleteIdentitySecret', { params: { id, secretId }, ...o }),
    },
    conversations: {
      create: (body: In<typeof api.ConversationCreateSchema>, o: CallOptions = {}) =>
        json<api.IdResponse>('createConversation', { body, ...o }),
      list: (query: In<typeof api.ConversationListQuerySchema> = {}, o: CallOptions = {}) =>
        json<Page<typeof api.ConversationSchema>>('listConversations', { query, ...o }),
      fetch: (id: string, o: CallOptions = {}) =>
        json<api.Conversation>('fetchConversation', { params: at(id), ...o }),
      /** A token for one conversation's visitor operations: give it to a client as `secret`. */
      createSession: (id: string, body: In<typeof api.SessionCreateSchema> = {}, o: CallOptions = {}) =>
        json<api.Session>('createSession', { params: at(id), body, ...o }),
      /** Sends the visitor's message; resolves with the bot's whole reply. */
      complete: (id: string, body: In<typeof api.CompleteRequestSchema>, o: CallOptions = {}) =>
        json<api.CompleteResponse>('completeConversation', { params: at(id), body, ...o }),
      /** Sends the visitor's message; yields `token` events as the reply is written, then one `result`. */
      completeStream: (id: string, body: In<typeof api.CompleteRequestSchema>, o: CallOptions = {}) =>
        lines<api.CompleteStreamEvent>('completeConversation', { params: at(id), body, ...o }),
      listMessages: (id: string, query: In<typeof api.MessageListQuerySchema> = {}, o: CallOptions = {}) =>
        json<api.MessageListResponse>('listMessages', { params: at(id), query, ...o }),
      /** The visitor's name or email; `signature` (hex HMAC-SHA256 of the email) verifies it. */
      updateContact: (id: string, body: In<typeof api.ContactUpdateSchema>, o: CallOptions = {}) =>
        json<api.ContactResponse>('updateContact', { params: at(id), body, ...o }),
      escalate: (id: string, o: CallOptions = {}) =>
        json<api.ConversationEndResponse>('escalateConversation', { params: at(id), ...o }),
      end: (id: string, o: CallOptions = {}) =>
        json<api.ConversationEndResponse>('endConversation', { params: at(id), ...o }),
    },
    widget: {
      /** Opens a chat as the widget does (no secret needed; origin-checked, rate-limited). */
      createSession: (body: In<typeof api.WidgetSessionCreateSchema>, o: CallOptions = {}) =>
        json<api.WidgetSession>('createWidgetSession', { body, ...o }),
    },
    /** The OpenAPI 3.1 document, with the server the router is mounted at. */
    openApiDocument: (o: CallOptions = {}) => json<Record<string, unknown>>('getOpenApiDocument', o),
  };
}

/** The client `createSupportBridgeClient()` returns. */
export type SupportBridgeClient = ReturnType<typeof createSupportBridgeClient>;

/** `?a=1&meta.team=eu`: objects (`meta`) are sent key by key as `name.KEY=VALUE`, as the API reads them. */
function queryString(query: object | undefined): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) search.append(`${name}.${key}`, String(inner));
    } else {
      search.append(name, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
