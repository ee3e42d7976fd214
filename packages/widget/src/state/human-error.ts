import { ApiError } from '../api/client.js';
import type { Strings } from '../strings.js';

/**
 * Turns a failed call into a sentence for the visitor. Server messages are for
 * developers ("text must not be empty"), so they are never shown as is.
 *
 * @example
 * humanError(new ApiError(429, 'TOO_MANY_REQUESTS', 'Slow down'), DEFAULT_STRINGS) // strings.busy
 */
export function humanError(err: unknown, t: Strings): string {
  const status = err instanceof ApiError ? err.status : -1;
  if (status === 0 || (typeof navigator !== 'undefined' && navigator.onLine === false)) return t.offline;
  if (status === 429) return t.busy;
  if (status === 413) return t.tooLong;
  if (status === 403) return t.blocked;
  return t.failed;
}

/**
 * True when the conversation or its token is gone (expired, deleted, completed
 * elsewhere): the cure is a new session, not a retry.
 *
 * @example
 * if (isSessionGone(err)) dropSessionAndStartAgain();
 */
export function isSessionGone(err: unknown): boolean {
  return err instanceof ApiError && [401, 404, 409].includes(err.status);
}
