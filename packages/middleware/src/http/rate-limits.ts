import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SupportError } from '../errors.js';
import { type Authenticate, bearerToken, sha256 } from './auth.js';

/** Requests allowed per minute on what a visitor can reach. */
export interface RateLimitOptions {
  /** Widget sessions one IP may open per minute. Defaults to 20. */
  sessionsPerMinute: number;
  /** Messages one session may send per minute. Defaults to 30. */
  messagesPerMinute: number;
  /** `end`, `escalate` and `contact` calls one session may make per minute. Defaults to 10. */
  actionsPerMinute: number;
  /** `message/list` calls one session may make per minute. Defaults to 60. */
  readsPerMinute: number;
  /** Requests one IP may make per minute to the session-token routes together. Defaults to 300. */
  visitorRequestsPerMinute: number;
  /**
   * `end`, `escalate` and `contact` calls per minute over all sessions of one bot — the
   * budget of the support inboxes it feeds, against many visitors (or many addresses) at
   * once. Defaults to 120.
   */
  handoversPerMinute: number;
}

/** The defaults of `RateLimitOptions`. */
export const DEFAULT_RATE_LIMITS: RateLimitOptions = {
  sessionsPerMinute: 20,
  messagesPerMinute: 30,
  actionsPerMinute: 10,
  readsPerMinute: 60,
  visitorRequestsPerMinute: 300,
  handoversPerMinute: 120,
};

/** The rate-limit middlewares, built once per `supportMiddleware()`. */
export interface RateLimits {
  /** Widget session creation, per IP. */
  sessions: RequestHandler;
  /** Every session-token route, per IP. */
  visitorIp: RequestHandler;
  /** `complete`, per session. */
  messages: RequestHandler;
  /** `message/list`, per session. */
  reads: RequestHandler;
  /** `end`, `escalate`, `contact`, per session. */
  actions: RequestHandler;
  /** `end`, `escalate`, `contact`, per bot of the conversation in the path. */
  handovers: RequestHandler;
}

/**
 * Rate limits for the public surface: session creation per IP; per session, per IP and per
 * bot on everything a session token can do. Callers with an API key (the site's own server,
 * speaking for many visitors) are not limited. A refusal is a 429 in the contract's
 * `{ message, code }` form with `Retry-After` and the standard `RateLimit` headers. Counts are
 * kept in memory, per instance.
 *
 * @param botOf the bot of the request's conversation, for the per-bot budget (undefined if none)
 * @example
 * const limits = createRateLimits(DEFAULT_RATE_LIMITS, authenticate, (req, id) => botIdOf(db, id));
 */
export function createRateLimits(
  options: RateLimitOptions,
  authenticate: Authenticate,
  botOf: (req: Request, conversationId: string) => Promise<string | undefined>,
): RateLimits {
  // Up to three limiters ask per request: the answer is looked up once and kept with it.
  const accounts = new WeakMap<Request, Promise<string | undefined>>();
  const skip = async (req: Request) => {
    const account = accounts.get(req) ?? Promise.resolve(authenticate(req));
    accounts.set(req, account);
    return (await account) !== undefined;
  };
  const byToken = (req: Request) => `t:${sha256(bearerToken(req) ?? '')}`;
  const limiter = (
    limit: number,
    what: string,
    keyGenerator?: (req: Request) => string | Promise<string>,
    perVisitor = true,
  ) =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      ...(keyGenerator && { keyGenerator }),
      ...(perVisitor && { skip }),
      handler: (_req, _res, next) =>
        next(new SupportError('TOO_MANY_REQUESTS', `Too many ${what}; wait a minute and try again`)),
    });
  return {
    sessions: limiter(options.sessionsPerMinute, 'new chats from this address', undefined, false),
    visitorIp: limiter(options.visitorRequestsPerMinute, 'requests from this address'),
    // Keyed on the token, so visitors behind one NAT do not share a budget.
    messages: limiter(options.messagesPerMinute, 'messages', byToken),
    reads: limiter(options.readsPerMinute, 'reads of this chat', byToken),
    actions: limiter(options.actionsPerMinute, 'changes to this chat', byToken),
    handovers: limiter(options.handoversPerMinute, 'hand-overs to this team right now', async (req) => {
      const id = typeof req.params.id === 'string' ? req.params.id : '';
      return `b:${(await botOf(req, id).catch(() => undefined)) ?? '?'}`;
    }),
  };
}
