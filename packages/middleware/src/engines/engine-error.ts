import { isRetryableStatus, retryAfterMs } from '../retry-policy.js';
import type { EngineEvent } from './engine.js';
import { markCutOff, streamText } from './stream-text.js';

/**
 * What the visitor reads when a remote engine cannot answer (endpoint down, rate limited,
 * misconfigured). It promises a human, because an `escalate` event always goes with it.
 *
 * @example
 * res.write(FALLBACK_REPLY);
 */
export const FALLBACK_REPLY = "I'm having trouble answering right now — I can pass this to our team.";

/** Why an engine could not be built from a bot's `model`. @example if (error.code === 'ENGINE_NOT_CONFIGURED') … */
export type EngineErrorCode = 'ENGINE_NOT_CONFIGURED' | 'ENGINE_UNKNOWN_MODEL';

/**
 * Thrown by the engine resolver when a bot's `model` cannot be served: the message says what
 * is missing and how to fix it (for the operator's log); the caller answers the visitor with
 * `fallbackEvents(error.message)` instead of failing the request.
 *
 * @example
 * try { engine = resolve(bot); } catch (e) { if (e instanceof EngineConfigError) events = fallbackEvents(e.message); }
 */
export class EngineConfigError extends Error {
  readonly code: EngineErrorCode;
  /** The bot model that could not be served, e.g. `openai/gpt-4o-mini`. */
  readonly model: string;

  constructor(code: EngineErrorCode, model: string, message: string) {
    super(message);
    this.name = 'EngineConfigError';
    this.code = code;
    this.model = model;
  }
}

/**
 * A remote engine's endpoint failed (HTTP status, network, timeout). The engine does not throw
 * it: it answers with the fallback and hands the error to `onError`, for the operator's log.
 *
 * @example
 * createOpenAIEngine({ model: 'gpt-4o-mini', onError: (e) => logger.warn(e.message) });
 */
export class EngineUpstreamError extends Error {
  /** The HTTP status, when the endpoint answered at all. */
  readonly status?: number;
  /** True for failures worth another attempt: the statuses of `isRetryableStatus` (429, 5xx…) and network errors. */
  readonly retryable: boolean;
  /** How long the endpoint asked us to wait (Retry-After), in ms. */
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    options: { status?: number; retryable: boolean; retryAfterMs?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'EngineUpstreamError';
    this.status = options.status;
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * The error for a remote's non-2xx answer: retryable as the shared retry policy says
 * (`isRetryableStatus`), with the wait the server asked for, and the remote's own words.
 *
 * @example
 * throw statusError(429, 'Rate limit reached for gpt-4o-mini', response.headers);
 */
export function statusError(status: number, detail: string, headers?: Headers): EngineUpstreamError {
  return new EngineUpstreamError(`HTTP ${status}: ${detail}`.slice(0, 300), {
    status,
    retryable: isRetryableStatus(status),
    retryAfterMs: headers && retryAfterMs(headers),
  });
}

/**
 * The events of a failed reply: the fallback text, streamed, then an escalation with `reason`
 * (for the support team, not the visitor). Stops quietly if `signal` is aborted.
 *
 * @example
 * for await (const e of fallbackEvents('OPENAI_API_KEY is not set')) handle(e);
 */
export async function* fallbackEvents(reason: string, signal?: AbortSignal): AsyncGenerator<EngineEvent> {
  yield* streamText(FALLBACK_REPLY, signal);
  if (!signal?.aborted) yield { type: 'escalate', reason };
}

/**
 * The end of a reply the remote broke off after the visitor had read part of it (it is never
 * retried: a second attempt would repeat what they read): the cut-off mark, the fallback as a
 * paragraph of its own, and the escalation with `reason`. Stops quietly if `signal` is aborted.
 *
 * @example
 * yield* cutOffEvents('You can return items within', 'The AI model stopped mid-reply (terminated).');
 */
export async function* cutOffEvents(
  text: string,
  reason: string,
  signal?: AbortSignal,
): AsyncGenerator<EngineEvent> {
  if (signal?.aborted) return;
  yield* markCutOff(text);
  yield* streamText(`\n\n${FALLBACK_REPLY}`, signal);
  if (!signal?.aborted) yield { type: 'escalate', reason };
}
