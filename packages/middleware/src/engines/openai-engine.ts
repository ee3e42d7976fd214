import type { Engine, EngineEvent, EngineInput } from './engine.js';
import { EngineUpstreamError, fallbackEvents } from './engine-error.js';
import {
  handOver,
  handoverReason,
  REQUEST_HUMAN,
  REQUEST_HUMAN_DESCRIPTION,
  REQUEST_HUMAN_PARAMETERS,
} from './remote/handover.js';
import { CompletionAccumulator, httpError } from './remote/openai-stream.js';
import { attemptSignal, backOff, retryAfterMs } from './remote/retry.js';
import { sseData } from './remote/sse.js';
import { systemPrompt } from './remote/system-prompt.js';
import { markCutOff } from './stream-text.js';

/**
 * Options of `createOpenAIEngine`.
 *
 * @example
 * const options: OpenAIEngineOptions = { model: 'gpt-4o-mini', apiKey: process.env.OPENAI_API_KEY };
 */
export interface OpenAIEngineOptions {
  /** The model name sent to the endpoint, e.g. `gpt-4o-mini` (the part after `openai/`). */
  model: string;
  /** The endpoint's base URL, up to and without `/chat/completions`. Defaults to `https://api.openai.com/v1`. */
  baseURL?: string;
  /** Sent as `Authorization: Bearer …`; local endpoints (Ollama, vLLM) may need none. */
  apiKey?: string;
  /** The longest one attempt may take, streaming included, in ms. Defaults to 60000. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx or a network error, before the first token only. Defaults to 2. */
  maxRetries?: number;
  /** The first retry waits up to this long, doubling each time (with jitter). Defaults to 500. */
  retryDelayMs?: number;
  /** Told about every failed attempt, for the operator's log. Defaults to nothing. */
  onError?: (error: EngineUpstreamError) => void;
}

/** Enough history for context; older turns cost tokens and rarely matter to the next reply. */
const HISTORY_TURNS = 40;

/**
 * An engine over any OpenAI-compatible Chat Completions endpoint, through `fetch` and SSE (no
 * SDK). The model may call the `request_human` tool to hand over. When the endpoint fails
 * before the first token the engine retries with backoff, then streams a fallback and an
 * escalation; when it fails mid-reply, the visitor keeps what was already written.
 *
 * @example
 * const engine = createOpenAIEngine({ model: 'gpt-4o-mini', apiKey: process.env.OPENAI_API_KEY });
 * for await (const e of engine.respond({ bot, messages, contact })) …
 */
export function createOpenAIEngine(options: OpenAIEngineOptions): Engine {
  const url = `${(options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const policy = { maxRetries: options.maxRetries ?? 2, baseMs: options.retryDelayMs ?? 500 };
  const tools = [
    {
      type: 'function',
      function: {
        name: REQUEST_HUMAN,
        description: REQUEST_HUMAN_DESCRIPTION,
        parameters: REQUEST_HUMAN_PARAMETERS,
      },
    },
  ];

  return {
    async *respond(input: EngineInput): AsyncGenerator<EngineEvent> {
      const latest = input.messages.findLast((m) => m.type === 'user')?.text ?? '';
      const body = JSON.stringify({
        model: options.model,
        stream: true,
        messages: [
          { role: 'system', content: systemPrompt(input.bot, input.contact, latest) },
          ...input.messages
            .slice(-HISTORY_TURNS)
            .filter((m) => m.text.trim())
            .map((m) => ({ role: m.type === 'user' ? 'user' : 'assistant', content: m.text })),
        ],
        tools,
        tool_choice: 'auto',
      });

      let failure: EngineUpstreamError | undefined;
      for (let attempt = 0; ; attempt++) {
        if (input.signal?.aborted) return;
        const acc = new CompletionAccumulator();
        let text = '';
        // Aborted when this attempt is over, however it ends: closes an abandoned stream.
        const done = new AbortController();
        try {
          const response = await fetch(url, {
            method: 'POST',
            headers,
            body,
            signal: attemptSignal(timeoutMs, input.signal, done.signal),
          });
          if (!response.ok) throw await httpError(response, retryAfterMs(response.headers));
          if (!response.body)
            throw new EngineUpstreamError('The model answered with an empty body', { retryable: true });
          for await (const data of sseData(response.body)) {
            const token = acc.push(data);
            if (token === undefined) continue;
            text += token;
            yield { type: 'token', token };
          }
        } catch (error) {
          if (input.signal?.aborted) return;
          failure = toUpstreamError(error);
          options.onError?.(failure);
          // Once the visitor has read part of a reply, a retry would repeat it: keep it, end it.
          if (text) {
            yield* markCutOff(text);
            return;
          }
          if (acc.toolCalls.size === 0) {
            if (await backOff(failure, attempt, policy, input.signal)) continue;
            break;
          }
          // A tool call arrived whole before the stream broke: honour it below.
        } finally {
          done.abort();
        }
        const handovers = [...acc.toolCalls.values()].filter((call) => call.name === REQUEST_HUMAN);
        if (handovers.length > 0) {
          yield* handOver(text, input.contact, handoverReason(handovers[0]?.arguments), input.signal);
          return;
        }
        // A body that ended without a finish_reason was cut off by a proxy or a crash.
        if (text && !acc.finished) yield* markCutOff(text);
        if (text) return;
        failure = new EngineUpstreamError('The model returned an empty reply', { retryable: false });
        options.onError?.(failure);
        break;
      }
      yield* fallbackEvents(
        `The AI model could not answer (${failure?.message ?? 'unknown error'}).`,
        input.signal,
      );
    },
  };
}

/** Network errors and timeouts are worth a retry; anything else thrown is a bug upstream. */
function toUpstreamError(error: unknown): EngineUpstreamError {
  if (error instanceof EngineUpstreamError) return error;
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError')
    return new EngineUpstreamError('The model timed out', { retryable: false, cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new EngineUpstreamError(`Network error: ${message}`, { retryable: true, cause: error });
}
