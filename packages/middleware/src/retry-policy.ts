/**
 * The one retry policy of the package, shared by the delivery worker (helpdesks, webhooks,
 * mail) and the remote engines and summarizer: which HTTP answers are worth another try, how
 * long a server asked us to wait, and exponential backoff with jitter that never undercuts
 * that wish. Each caller keeps its own budget (a worker may wait an hour, a visitor seconds).
 */

/**
 * A backoff budget: the first retry waits about `baseMs`, each further one twice as long, never
 * more than `capMs`.
 *
 * @example
 * const chat: BackoffPolicy = { baseMs: 500, capMs: 8_000 };
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/**
 * HTTP answers worth another try: request timeout (408), a conflict with a request still in
 * progress (409, Zendesk's and OpenAI's idempotency), too early (425), too many requests (429)
 * and every 5xx. Any other status is the server refusing this request or these credentials:
 * trying again gets the same answer.
 *
 * @example
 * isRetryableStatus(429) // true
 * isRetryableStatus(401) // false
 */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 409 || status === 425 || status === 429;
}

/**
 * How long the server asked us to wait, in ms: OpenAI's `retry-after-ms`, else `Retry-After`
 * as delta-seconds or an HTTP date; undefined when it said nothing readable.
 *
 * @example
 * retryAfterMs(new Headers({ 'retry-after': '2' })) // 2000
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * The delay before retry number `attempt` (1-based): exponential from `baseMs`, capped,
 * with jitter between half and all of it, so callers that failed together (an outage) do
 * not all come back in the same millisecond.
 *
 * @example
 * backoff(3, 2000, 3_600_000) // between 4000 and 8000
 */
export function backoff(attempt: number, baseMs: number, capMs: number): number {
  const full = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  return Math.round(full * (0.5 + Math.random() / 2));
}

/**
 * The wait before retry number `attempt` (1-based): the backoff, or what the server asked for
 * (`Retry-After`) when that is longer, both within the policy's cap.
 *
 * @example
 * retryDelay(1, { baseMs: 500, capMs: 8_000 }, 2_000) // 2000
 */
export function retryDelay(attempt: number, policy: BackoffPolicy, serverWaitMs?: number): number {
  return Math.max(backoff(attempt, policy.baseMs, policy.capMs), Math.min(serverWaitMs ?? 0, policy.capMs));
}
