import type { NodemailerError } from 'nodemailer';

/**
 * How a failed send should be treated.
 *
 * @example
 * const { permanent, reason } = classifyFailure(error); // permanent: true for "550 5.1.1 No such user"
 */
export interface FailureKind {
  /** The server refused this message for good: retrying would get the same answer. */
  permanent: boolean;
  /** The mail server could not be reached at all: an outage, not this message's fault. */
  unreachable: boolean;
  /** What to record: the server's reply when there is one ("550 5.1.1 No such user"). */
  reason: string;
}

/** Codes of failures to reach or talk to the server at all, before any reply about the message. */
const UNREACHABLE = new Set([
  'ECONNECTION',
  'ESOCKET',
  'ETIMEDOUT',
  'EDNS',
  'ETLS',
  'EPROXY',
  'ECONNREFUSED',
]);
/** Failures of our own configuration (credentials): retried, never blamed on the message. */
const OURS = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2']);

/**
 * Sorts a send error into permanent or transient. A 5xx reply to the message (except
 * 503, a sequencing hiccup) is permanent and recorded with the server's text; 4xx
 * replies, network errors, timeouts and aborts are transient. Authentication failures
 * (535 is a 5xx too) are transient on purpose: bad credentials are an operator's fix,
 * and failing every queued email for them would drop mail that can still go out.
 *
 * @example
 * classifyFailure(Object.assign(new Error('…'), { responseCode: 550, response: '550 5.1.1 No such user' }))
 * // { permanent: true, unreachable: false, reason: '550 5.1.1 No such user' }
 */
export function classifyFailure(error: unknown): FailureKind {
  const err = (error ?? {}) as NodemailerError;
  const code = typeof err.code === 'string' ? err.code : '';
  const replyCode = typeof err.responseCode === 'number' ? err.responseCode : undefined;
  const reply = typeof err.response === 'string' && err.response ? err.response : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const reason = (reply ?? (code ? `${code}: ${message}` : message)).slice(0, 1000);
  if (replyCode !== undefined && !OURS.has(code)) {
    const permanent = err.permanent ?? (replyCode >= 500 && replyCode < 600 && replyCode !== 503);
    return { permanent, unreachable: false, reason };
  }
  const unreachable = UNREACHABLE.has(code) || UNREACHABLE.has(err.originalCode ?? '');
  return { permanent: false, unreachable, reason };
}

/**
 * The delay before retry number `attempt` (1-based): exponential from `baseMs`, capped,
 * with jitter between half and all of it, so rows that failed together (an outage) do
 * not all come back in the same millisecond.
 *
 * @example
 * backoff(3, 2000, 3_600_000) // between 4000 and 8000
 */
export function backoff(attempt: number, baseMs: number, capMs: number): number {
  const full = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(full * (0.5 + Math.random() / 2));
}
