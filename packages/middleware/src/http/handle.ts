import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { fromZodError, SupportError } from '../errors.js';
import { checkWellFormed } from './well-formed.js';

/** What a handler receives: the validated parts of the request, and the raw pair. */
export interface HandlerInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  req: Request;
  res: Response;
}

type Schemas<B, Q, P> = { body?: z.ZodType<B>; query?: z.ZodType<Q>; params?: z.ZodType<P> };

/**
 * Wraps a route handler: checks that body, query and params are well-formed text of a sane
 * shape, then validates them with their schemas (a failure is a 400 listing every issue,
 * and the handler never runs), then sends what the
 * handler returns as JSON. A handler that wrote the response itself (a stream) returns
 * `undefined`. Errors go to the router's single error handler.
 *
 * @example
 * router.post('/bot/create', handle({ body: BotCreateSchema }, ({ body }) => bots.create(body)));
 */
export function handle<B = unknown, Q = unknown, P = unknown>(
  schemas: Schemas<B, Q, P>,
  handler: (input: HandlerInput<B, Q, P>) => unknown,
): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      // express.json() leaves a non-JSON body unread (Express 5 leaves `req.body` undefined,
      // Express 4 sets it to {}); taking it as {} would create an empty resource from a form
      // post. A POST with no body at all is {} (ChatBotKit's delete).
      if (hasBody(req) && (req.body === undefined || !req.is(['json', '+json']))) {
        throw new SupportError(
          'BAD_REQUEST',
          'The request body must be JSON (Content-Type: application/json)',
        );
      }
      checkWellFormed(req.params, 'path');
      checkWellFormed(req.query, 'query');
      checkWellFormed(req.body, 'body');
      const body = parse(schemas.body, req.body ?? {}, 'body');
      const query = parse(schemas.query, nestQuery(req.query), 'query');
      const params = parse(schemas.params, req.params, 'path');
      const result = await handler({ body, query, params, req, res });
      if (result !== undefined && !res.headersSent) res.json(result);
    } catch (error) {
      next(error);
    }
  };
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return value as T;
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, where);
  return result.data;
}

/**
 * Express's default ("simple") query parser leaves `meta.team=eu` as a flat key; the API
 * (and ChatBotKit's clients, which send `meta.KEY=VALUE`) mean `{ meta: { team: 'eu' } }`.
 * A repeated key arrives as an array and is left so, for the schema to reject.
 */
function nestQuery(query: Request['query']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    const dot = key.indexOf('.');
    if (dot > 0) {
      const group = key.slice(0, dot);
      const existing = out[group];
      const bucket = existing && typeof existing === 'object' && !Array.isArray(existing) ? existing : {};
      (bucket as Record<string, unknown>)[key.slice(dot + 1)] = value;
      out[group] = bucket;
    } else {
      out[key] = value;
    }
  }
  return out;
}
