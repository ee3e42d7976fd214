import { setTimeout as sleep } from 'node:timers/promises';
import { retryDelay } from '../../retry-policy.js';
import type { BotTurnAct, EngineEvent, EngineInput } from '../engine.js';
import { cutOffEvents, EngineUpstreamError, fallbackEvents } from '../engine-error.js';
import { handOver } from './handover.js';

/** The longest a retry waits: a visitor is watching the typing indicator meanwhile. */
export const MAX_RETRY_DELAY_MS = 8_000;

/**
 * How one remote is called: its name in messages, the per-attempt timeout and the retry budget.
 *
 * @example
 * const options: AttemptOptions = { label: 'The AI model', timeoutMs: 60_000, maxRetries: 2, retryDelayMs: 500 };
 */
export interface AttemptOptions {
  /** Names the remote in errors and escalations: "The AI model", "ChatBotKit". */
  label: string;
  /** The longest one attempt may take, streaming included, in ms. */
  timeoutMs: number;
  /** Further attempts after a retryable failure (see `isRetryableStatus`), before the first token only. */
  maxRetries: number;
  /** The first retry waits about this long, doubling each time (with jitter), at most `MAX_RETRY_DELAY_MS`. */
  retryDelayMs: number;
  /** Told about every failed attempt, for the operator's log. */
  onError?: (error: EngineUpstreamError) => void;
}

/**
 * One attempt: given the attempt's signal (timeout, visitor gone, attempt over), either stream
 * text pieces and return what the reply did, or return a value at once (a non-streamed call).
 * Throw an `EngineUpstreamError` to say whether a retry is worth it; anything else thrown
 * counts as a network error.
 */
export type Attempt<T> = (signal: AbortSignal) => AsyncGenerator<string, T> | Promise<T>;

/** How the attempts ended: with a value, with a failure, or because the caller's signal aborted. */
export type AttemptOutcome<T> =
  | { kind: 'ok'; value: T; text: string }
  | { kind: 'failed'; error: EngineUpstreamError; text: string }
  | { kind: 'gone'; text: string };

/**
 * The one attempt loop for every remote call (OpenAI-compatible and ChatBotKit engines, the LLM
 * summarizer). It streams the text pieces of the current attempt; a retryable failure before
 * the first piece is retried with the shared backoff, honouring `Retry-After` (a server asking
 * for longer than `MAX_RETRY_DELAY_MS` gets no retry); a failure after a piece never is — the
 * visitor has read it. Each attempt has its own timeout, and its signal is aborted when the
 * attempt is over, however it ends, so an abandoned stream never holds a connection.
 *
 * @example
 * const outcome = yield* attempts((signal) => streamFrom(url, signal), options, input.signal);
 */
export async function* attempts<T>(
  attempt: Attempt<T>,
  options: AttemptOptions,
  signal?: AbortSignal,
): AsyncGenerator<string, AttemptOutcome<T>> {
  for (let number = 1; ; number++) {
    if (signal?.aborted) return { kind: 'gone', text: '' };
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const over = new AbortController();
    let text = '';
    try {
      const running = attempt(AbortSignal.any([timeout, over.signal, ...(signal ? [signal] : [])]));
      if (running instanceof Promise) return { kind: 'ok', value: await running, text };
      for (;;) {
        const step = await running.next();
        if (step.done) return { kind: 'ok', value: step.value, text };
        if (!step.value) continue;
        text += step.value;
        yield step.value;
      }
    } catch (thrown) {
      if (signal?.aborted) return { kind: 'gone', text };
      const error = toUpstreamError(thrown, options, timeout.aborted);
      options.onError?.(error);
      if (text || !(await waitToRetry(error, number, options, signal)))
        return { kind: 'failed', error, text };
    } finally {
      over.abort();
    }
  }
}

/**
 * The attempt loop for a call that streams nothing (the summarizer): resolves with the value
 * of the first attempt that succeeds, or rejects with the last `EngineUpstreamError`.
 *
 * @example
 * const body = await callRemote(async (signal) => (await fetch(url, { signal })).json(), options);
 */
export async function callRemote<T>(
  attempt: Attempt<T>,
  options: AttemptOptions,
  signal?: AbortSignal,
): Promise<T> {
  const run = attempts(attempt, options, signal);
  let step = await run.next();
  while (!step.done) step = await run.next();
  const outcome = step.value;
  if (outcome.kind === 'ok') return outcome.value;
  throw outcome.kind === 'failed'
    ? outcome.error
    : new EngineUpstreamError(`${options.label}: the call was cancelled`, { retryable: false });
}

/**
 * What a remote reply did, returned by an engine's attempt once its stream ended: whether the
 * remote said the reply was complete (a `finish_reason`, a `result`), and the hand-over it
 * asked for, with what to store about it.
 */
export interface RemoteAnswer {
  complete: boolean;
  handover?: { reason: string; act: BotTurnAct };
}

/**
 * A remote engine's reply as engine events, over `attempts`: the tokens as they come; on a
 * hand-over, a hand-over line when the remote wrote nothing, the turn's `act` and an
 * `escalate`; when the remote fails before a token, the fallback reply and an `escalate`; when
 * it breaks off mid-reply (an error, or a stream that ends without saying it is complete), the
 * cut-off mark, the fallback and an `escalate`. Never throws; emits nothing more once the
 * visitor has gone.
 *
 * @example
 * yield* remoteReply(input, { label: 'ChatBotKit', timeoutMs, maxRetries: 2, retryDelayMs: 500 }, call);
 */
export async function* remoteReply(
  input: EngineInput,
  options: AttemptOptions,
  attempt: Attempt<RemoteAnswer>,
): AsyncGenerator<EngineEvent> {
  const signal = input.signal;
  const run = attempts(attempt, options, signal);
  let step = await run.next();
  for (; !step.done; step = await run.next()) yield { type: 'token', token: step.value };
  const outcome = step.value;
  if (outcome.kind === 'gone' || signal?.aborted) return;
  let error: EngineUpstreamError;
  if (outcome.kind === 'failed') error = outcome.error;
  else if (outcome.value.handover) {
    const { reason, act } = outcome.value.handover;
    yield* handOver(outcome.text, input.contact, reason, signal);
    if (!signal?.aborted) yield { type: 'act', act };
    return;
  } else if (outcome.value.complete && outcome.text) return;
  else {
    error = outcome.text
      ? new EngineUpstreamError('The stream ended before the reply was complete', { retryable: false })
      : new EngineUpstreamError('The reply was empty', { retryable: false });
    options.onError?.(error);
  }
  if (outcome.text) {
    yield* cutOffEvents(outcome.text, `${options.label} stopped mid-reply (${error.message}).`, signal);
  } else {
    yield* fallbackEvents(`${options.label} could not answer (${error.message}).`, signal);
  }
}

/** Waits before the next attempt; false when there should be none. */
async function waitToRetry(
  error: EngineUpstreamError,
  attempt: number,
  options: AttemptOptions,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!error.retryable || attempt > options.maxRetries) return false;
  // A server that wants a longer pause than a chat can afford: the fallback answers now.
  if ((error.retryAfterMs ?? 0) > MAX_RETRY_DELAY_MS) return false;
  const policy = { baseMs: options.retryDelayMs, capMs: MAX_RETRY_DELAY_MS };
  try {
    await sleep(retryDelay(attempt, policy, error.retryAfterMs), undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

/** Timeouts are final (another would double the visitor's wait); other throws are network errors. */
function toUpstreamError(thrown: unknown, options: AttemptOptions, timedOut: boolean): EngineUpstreamError {
  if (timedOut) {
    return new EngineUpstreamError(`${options.label} timed out after ${options.timeoutMs} ms`, {
      retryable: false,
      cause: thrown,
    });
  }
  if (thrown instanceof EngineUpstreamError) return thrown;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const code = (thrown as { cause?: { code?: unknown } } | null)?.cause?.code;
  return new EngineUpstreamError(`Network error: ${message}${typeof code === 'string' ? ` (${code})` : ''}`, {
    retryable: true,
    cause: thrown,
  });
}
