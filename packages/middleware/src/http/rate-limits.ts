import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SupportError } from '../errors.js';
import { type Authenticate, bearerToken, sha256 } from './auth.js';

/** Requests allowed per minute on the public endpoints. */
export interface RateLimitOptions {
  /** Widget sessions one IP may open per minute. Defaults to 20. */
  sessionsPerMinute: number;
  /** Messages one session may send per minute. Defaults to 30. */
  messagesPerMinute: number;
}

/** The rate-limit middlewares, built once per `supportMiddleware()`. */
export interface RateLimits {
  sessions: RequestHandler;
  messages: RequestHandler;
}

/**
 * Rate limits for the public surface: session creation per IP, messages per session token
 * (callers with an API key are not limited).
 * Answers 429 in the contract's `{ message, code }` form with standard RateLimit headers.
 *
 * @example
 * const limits = createRateLimits({ sessionsPerMinute: 20, messagesPerMinute: 30 });
 */
export function createRateLimits(options: RateLimitOptions, authenticate: Authenticate): RateLimits {
  const tooMany =
    (what: string): RequestHandler =>
    (_req, _res, next) =>
      next(new SupportError('TOO_MANY_REQUESTS', `Too many ${what}; wait a minute and try again`));
  return {
    sessions: rateLimit({
      windowMs: 60_000,
      limit: options.sessionsPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: tooMany('new chats from this address'),
    }),
    messages: rateLimit({
      windowMs: 60_000,
      limit: options.messagesPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Keyed on the token, so visitors behind one NAT do not share a budget. An API key is
      // the site's own server speaking for many visitors: it is not held to one visitor's pace.
      keyGenerator: (req) => `t:${sha256(bearerToken(req) ?? '')}`,
      skip: async (req) => (await authenticate(req)) !== undefined,
      handler: tooMany('messages'),
    }),
  };
}
