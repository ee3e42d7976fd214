import type { Request, RequestHandler, Router } from 'express';
import type { z } from 'zod';
import { type Authenticate, requireAccount } from './auth.js';
import { type HandlerInput, handle } from './handle.js';

/**
 * Who may call an operation: `apiKey` (the account's server), `session` (a session token for
 * that one conversation, or an API key of its account) or `public` (the widget, no token).
 */
export type OperationAuth = 'apiKey' | 'session' | 'public';

/**
 * One HTTP operation as the API declares it, once: what registers the Express route, what
 * the OpenAPI document describes and what typed clients call. `path` is in OpenAPI form
 * (`/bot/{id}/fetch`), relative to the router's mount point; every `{name}` in it is a key
 * of `params`.
 *
 * @example
 * const fetchBot = defineOperation({ method: 'get', path: '/bot/{id}/fetch', auth: 'apiKey', tag: 'Bots',
 *   summary: 'Fetch a bot', params: IdParams, response: BotSchema });
 */
export interface Operation {
  method: 'get' | 'post';
  path: string;
  auth: OperationAuth;
  /** The OpenAPI tag (one per operation: the resource it acts on). */
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON answer (200). */
  response: z.ZodType;
  /** With `Accept: application/jsonl`, the answer is a stream of these events, one per line. */
  stream?: z.ZodType;
  /** Error codes this operation may answer besides 400 and the auth ones (401, 403). */
  errors?: readonly ('NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS')[];
}

/**
 * Keeps an operation's literal types (its schemas, its `auth`) for the handler's input.
 *
 * @example
 * export const OPERATIONS = { fetchBot: defineOperation({ ... }) };
 */
export function defineOperation<const O extends Operation>(operation: O): O {
  return operation;
}

type Out<S> = S extends z.ZodType ? z.output<S> : unknown;

/** What an operation's handler receives: the validated request, plus the account for `apiKey` operations. */
export type OperationInput<O extends Operation> = HandlerInput<
  Out<O['body']>,
  Out<O['query']>,
  Out<O['params']>
> &
  (O['auth'] extends 'apiKey' ? { accountId: string } : unknown);

/**
 * An operation's handler: returns the JSON answer, or `undefined` after writing the response
 * itself (a jsonl stream).
 */
export type OperationHandler<O extends Operation> = (
  input: OperationInput<O>,
) => Promise<z.input<O['response']> | undefined> | z.input<O['response']> | undefined;

/**
 * The Express form of an operation's path: `/bot/{id}/fetch` → `/bot/:id/fetch`.
 *
 * @example
 * expressPath('/bot/{id}/fetch') // '/bot/:id/fetch'
 */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Registers operations on a router: each gets its method and path from the table, its
 * request validated with the table's schemas (through `handle`, so a bad request is a 400
 * before anything else runs), then — for `apiKey` operations — the caller's account
 * resolved (401 without a valid key) and handed to the handler. `before` runs ahead of all
 * that (rate limits).
 *
 * @example
 * const add = operationRegistrar(router, ctx.authenticate);
 * add(OPERATIONS.fetchBot, ({ params, accountId }) => getBot(accountId, params.id));
 */
export function operationRegistrar(router: Router, authenticate: Authenticate) {
  return <O extends Operation>(
    operation: O,
    handler: OperationHandler<O>,
    before: readonly RequestHandler[] = [],
  ): void => {
    const schemas = { params: operation.params, query: operation.query, body: operation.body };
    const run = handle(schemas, async (input) => {
      const extra =
        operation.auth === 'apiKey'
          ? { accountId: await requireAccount(input.req as Request, authenticate) }
          : {};
      return handler({ ...input, ...extra } as OperationInput<O>);
    });
    router[operation.method](expressPath(operation.path), ...before, run);
  };
}
