import type { Engine, EngineEvent, EngineInput } from './engine.js';
import { EngineUpstreamError, fallbackEvents } from './engine-error.js';
import {
  handOver,
  handoverReason,
  REQUEST_HUMAN,
  REQUEST_HUMAN_DESCRIPTION,
  REQUEST_HUMAN_PARAMETERS,
} from './remote/handover.js';
import { attemptSignal, backOff, retryAfterMs } from './remote/retry.js';
import { contactInstruction } from './remote/system-prompt.js';
import { markCutOff, streamText } from './stream-text.js';

/**
 * Options of `createChatBotKitEngine`.
 *
 * @example
 * const options: ChatBotKitEngineOptions = { botId: 'cbk_bot_1', secret: process.env.CHATBOTKIT_SECRET! };
 */
export interface ChatBotKitEngineOptions {
  /** The ChatBotKit bot that writes the replies (the part after `chatbotkit/`). */
  botId: string;
  /** A ChatBotKit API secret. */
  secret: string;
  /** Defaults to `https://api.chatbotkit.com`. */
  baseUrl?: string;
  /** The longest one attempt may take, streaming included, in ms. Defaults to 60000. */
  timeoutMs?: number;
  /** Further attempts after a 429, a 5xx or a network error, before the first token only. Defaults to 2. */
  maxRetries?: number;
  /** The first retry waits up to this long, doubling each time (with jitter). Defaults to 500. */
  retryDelayMs?: number;
  /** Told about every failed attempt, for the operator's log. Defaults to nothing. */
  onError?: (error: EngineUpstreamError) => void;
}

/** The stream items this engine reads, as `@chatbotkit/sdk` types them. */
type Item =
  | { type: 'token'; data: { token: string } }
  | { type: 'result'; data: { text?: string } }
  | { type: 'error'; data: { message?: string } }
  | { type: 'abort'; data: { functionName?: string; reason?: unknown } }
  | {
      type: 'message';
      data: { type?: string; meta?: { activity?: { function?: { name?: string; arguments?: unknown } } } };
    }
  | { type: string; data?: unknown };

/** Loaded on first use: an account without ChatBotKit bots never pays for the SDK. */
let sdk: Promise<typeof import('@chatbotkit/sdk/conversation/index.js')> | undefined;

/**
 * An engine that delegates replies to a ChatBotKit bot through `@chatbotkit/sdk`
 * (`ConversationClient.complete(null, { botId, messages }).stream()`). The contact instruction
 * and the details already known travel as an extra backstory; a `request_human` function lets
 * the bot hand over. Failures follow the OpenAI engine: retries before the first token, then a
 * fallback and an escalation; a reply cut mid-stream keeps what was written.
 *
 * @example
 * const engine = createChatBotKitEngine({ botId: 'cbk_bot_1', secret: process.env.CHATBOTKIT_SECRET! });
 */
export function createChatBotKitEngine(options: ChatBotKitEngineOptions): Engine {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const policy = { maxRetries: options.maxRetries ?? 2, baseMs: options.retryDelayMs ?? 500 };
  const functions = [
    { name: REQUEST_HUMAN, description: REQUEST_HUMAN_DESCRIPTION, parameters: REQUEST_HUMAN_PARAMETERS },
  ];

  return {
    async *respond(input: EngineInput): AsyncGenerator<EngineEvent> {
      let failure: EngineUpstreamError | undefined;
      for (let attempt = 0; ; attempt++) {
        if (input.signal?.aborted) return;
        let text = '';
        let handover: string | undefined;
        // The SDK hides the HTTP status in its errors; our fetch keeps it for the retry decision.
        let answered: { status: number; retryAfter?: number } | undefined;
        // Aborted when this attempt is over, however it ends: closes an abandoned stream.
        const done = new AbortController();
        try {
          sdk ??= import('@chatbotkit/sdk/conversation/index.js');
          const { ConversationClient } = await sdk.catch((cause) => {
            sdk = undefined;
            throw new EngineUpstreamError('@chatbotkit/sdk is not installed', { retryable: false, cause });
          });
          const client = new ConversationClient({
            secret: options.secret,
            baseUrl: options.baseUrl,
            retries: 0,
            fetchFn: async (url, init) => {
              const response = await fetch(url, {
                method: init?.method,
                headers: init?.headers,
                body: init?.body,
                signal: init?.signal,
              });
              answered = { status: response.status, retryAfter: retryAfterMs(response.headers) };
              return response;
            },
          });
          const stream = client
            .complete(null, {
              botId: options.botId,
              messages: input.messages
                .filter((m) => m.text.trim())
                .map((m) => ({ type: m.type, text: m.text })),
              extensions: { backstory: contactInstruction(input.contact) },
              functions,
            })
            .stream({ abortSignal: attemptSignal(timeoutMs, input.signal, done.signal) });
          for await (const item of stream as AsyncIterable<Item>) {
            if (item.type === 'token') {
              const token = (item as Extract<Item, { type: 'token' }>).data.token;
              if (!token) continue;
              text += token;
              yield { type: 'token', token };
            } else if (item.type === 'message' || item.type === 'abort') {
              handover ??= handoverOf(item);
            } else if (item.type === 'error') {
              const message = (item as Extract<Item, { type: 'error' }>).data.message ?? 'unknown error';
              throw new EngineUpstreamError(`ChatBotKit failed mid-stream: ${message}`, { retryable: true });
            } else if (item.type === 'result' && !text && !handover) {
              // A server that does not stream tokens still sends the whole text in the result.
              text = (item as Extract<Item, { type: 'result' }>).data.text ?? '';
              yield* streamText(text, input.signal);
            }
          }
          if (input.signal?.aborted) return;
        } catch (error) {
          if (input.signal?.aborted) return;
          failure = toUpstreamError(error, answered);
          options.onError?.(failure);
          if (text) {
            yield* markCutOff(text);
            return;
          }
          if (!handover) {
            if (await backOff(failure, attempt, policy, input.signal)) continue;
            break;
          }
        } finally {
          done.abort();
        }
        if (handover) {
          yield* handOver(text, input.contact, handover, input.signal);
          return;
        }
        if (text) return;
        failure = new EngineUpstreamError('ChatBotKit returned an empty reply', { retryable: false });
        options.onError?.(failure);
        break;
      }
      yield* fallbackEvents(
        `The ChatBotKit bot could not answer (${failure?.message ?? 'unknown error'}).`,
        input.signal,
      );
    },
  };
}

/** The handover reason when an item says the bot called `request_human`, else undefined. */
function handoverOf(item: Item): string | undefined {
  if (item.type === 'abort') {
    const data = (item as Extract<Item, { type: 'abort' }>).data;
    return data.functionName === REQUEST_HUMAN ? handoverReason(data.reason) : undefined;
  }
  const data = (item as Extract<Item, { type: 'message' }>).data;
  const fn = data.type === 'activity' ? data.meta?.activity?.function : undefined;
  return fn?.name === REQUEST_HUMAN ? handoverReason(fn.arguments) : undefined;
}

function toUpstreamError(
  error: unknown,
  answered?: { status: number; retryAfter?: number },
): EngineUpstreamError {
  if (error instanceof EngineUpstreamError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { name?: string })?.name === 'TimeoutError')
    return new EngineUpstreamError('ChatBotKit timed out', { retryable: false, cause: error });
  if (answered && answered.status >= 400) {
    const status = answered.status;
    const retryable = status === 429 || status === 408 || status >= 500;
    return new EngineUpstreamError(`HTTP ${status}: ${message}`.slice(0, 300), {
      status,
      retryable,
      retryAfterMs: answered.retryAfter,
      cause: error,
    });
  }
  return new EngineUpstreamError(`Network error: ${message}`, { retryable: true, cause: error });
}
