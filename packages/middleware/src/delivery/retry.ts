import type { NodemailerError } from 'nodemailer';
import { isRetryableStatus } from '../retry-policy.js';
import { HelpdeskError } from './channels/helpdesk-request.js';

/** The worker's backoff is the package's one policy (`src/retry-policy.ts`). @example backoff(3, 2000, 3_600_000) */
export { backoff } from '../retry-policy.js';

/**
 * How a failed send should be treated.
 *
 * @example
 * const { permanent, reason } = classifyFailure(error, false); // permanent: true for "550 5.1.1 No such user"
 */
export interface FailureKind {
  /** The server refused this message for good: retrying would get the same answer. */
  permanent: boolean;
  /** No session with the server could be opened at all: an outage, not this message's fault. */
  unreachable: boolean;
  /** The whole message reached the server, which then failed without a reply: a copy may exist. */
  transmitted: boolean;
  /** What to record: the server's reply when there is one ("550 5.1.1 No such user"). */
  reason: string;
  /** The least wait the server asked for (an HTTP `Retry-After`); the backoff never undercuts it. */
  retryAfterMs?: number;
}

/** Error codes of failures to open a session: no address, no route, refused, no greeting. */
const NO_SESSION_CODES = new Set([
  'EDNS',
  'EPROXY',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** nodemailer's timeouts that fire before a session exists (a socket timeout mid-message is not one). */
const NO_SESSION_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT']);
/** Failures of our own configuration (credentials): retried, never blamed on the message. */
const OURS = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);

/**
 * Sorts a send error by when it happened, which decides what a retry risks:
 * - before a session existed (refused, unknown host, no greeting): the server is
 *   unreachable — an outage that pauses sending and costs the message no attempt;
 * - a reply to the message: a 5xx (except 503, a sequencing hiccup) is permanent and
 *   recorded with the server's text; a 4xx is retried. Authentication failures (535 is a 5xx
 *   too) are retried on purpose: bad credentials are an operator's fix, and failing every
 *   queued email for them would drop mail that can still go out;
 * - anything else in a session (a drop, a timeout, a TLS failure) is an attempt on this
 *   message, and `transmitted` when the whole message had been handed over first — the
 *   server may have taken it, so such tries are capped more tightly;
 * - a `HelpdeskError` (helpdesk APIs, webhooks) follows the HTTP rules of
 *   `classifyHelpdeskFailure`.
 *
 * @param transmitted whether the last byte of the message had gone out (see `observeTransmission`)
 * @example
 * classifyFailure(Object.assign(new Error('…'), { responseCode: 550, response: '550 5.1.1 No such user' }), true)
 * // { permanent: true, unreachable: false, transmitted: false, reason: '550 5.1.1 No such user' }
 */
export function classifyFailure(error: unknown, transmitted: boolean): FailureKind {
  if (error instanceof HelpdeskError) return classifyHelpdeskFailure(error);
  const err = (error ?? {}) as NodemailerError & { timeoutType?: string };
  const code = typeof err.code === 'string' ? err.code : '';
  const replyCode = typeof err.responseCode === 'number' ? err.responseCode : undefined;
  const reply = typeof err.response === 'string' && err.response ? err.response : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const reason = (reply ?? (code ? `${code}: ${message}` : message)).slice(0, 1000);
  if (replyCode !== undefined && !OURS.has(code)) {
    const permanent = err.permanent ?? (replyCode >= 500 && replyCode < 600 && replyCode !== 503);
    return { permanent, unreachable: false, transmitted: false, reason };
  }
  const unreachable =
    !transmitted &&
    (NO_SESSION_CODES.has(code) ||
      NO_SESSION_CODES.has(err.originalCode ?? '') ||
      (code === 'ETIMEDOUT' && NO_SESSION_TIMEOUTS.has(err.timeoutType ?? '')));
  return { permanent: false, unreachable, transmitted: transmitted && !OURS.has(code), reason };
}

/**
 * The HTTP side of the one retry policy (helpdesk APIs and webhooks): no answer at all or a
 * 429 / 5xx / 408 / 409 / 425 is retried, honouring `Retry-After`; any other 4xx is permanent.
 * An unreachable helpdesk never pauses the worker: only this channel is down, and email
 * (and the other helpdesks) must keep flowing. Nothing counts as a transmission: every
 * channel finds what an earlier try created (idempotency key or lookup) before creating.
 */
function classifyHelpdeskFailure(error: HelpdeskError): FailureKind {
  const status = error.status;
  const permanent = status !== undefined && !isRetryableStatus(status);
  return {
    permanent,
    unreachable: false,
    transmitted: false,
    reason: error.message.slice(0, 1000),
    ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
  };
}
