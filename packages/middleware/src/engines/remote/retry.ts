import { setTimeout as sleep } from 'node:timers/promises';
import type { EngineUpstreamError } from '../engine-error.js';

/** The longest a retry waits: a visitor is watching the typing indicator meanwhile. */
export const MAX_RETRY_DELAY_MS = 8_000;

/**
 * How long to wait before attempt `attempt + 1`: exponential from `baseMs` with full jitter
 * (so a burst of visitors does not retry in lockstep), or what the server asked for.
 *
 * @example
 * retryDelay(1, 500) // somewhere in 0…1000 ms
 */
export function retryDelay(attempt: number, baseMs: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  return Math.round(Math.random() * Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** attempt));
}

/**
 * Reads `Retry-After` (seconds or an HTTP date) or OpenAI's `retry-after-ms`, in ms.
 *
 * @example
 * retryAfterMs(new Headers({ 'retry-after': '2' })) // 2000
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.has('retry-after-ms') && Number.isFinite(ms)) return Math.max(0, ms);
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Waits before the next attempt; false when there should be none: the error is final, the
 * attempts are used up, the server wants a longer pause than a chat can afford, or the
 * visitor went away during the wait.
 *
 * @example
 * if (!(await backOff(error, attempt, { maxRetries: 2, baseMs: 500 }, signal))) break;
 */
export async function backOff(
  error: EngineUpstreamError,
  attempt: number,
  policy: { maxRetries: number; baseMs: number },
  signal?: AbortSignal,
): Promise<boolean> {
  if (!error.retryable || attempt >= policy.maxRetries) return false;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > MAX_RETRY_DELAY_MS) return false;
  try {
    await sleep(retryDelay(attempt, policy.baseMs, error.retryAfterMs), undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/**
 * Combines a per-attempt timeout with other signals: the visitor's, and the engine's own,
 * which it aborts when an attempt is over so an abandoned stream never holds a connection.
 *
 * @example
 * await fetch(url, { signal: attemptSignal(30_000, input.signal, attempt.signal) });
 */
export function attemptSignal(timeoutMs: number, ...signals: (AbortSignal | undefined)[]): AbortSignal {
  return AbortSignal.any([
    AbortSignal.timeout(timeoutMs),
    ...signals.filter((s): s is AbortSignal => Boolean(s)),
  ]);
}
