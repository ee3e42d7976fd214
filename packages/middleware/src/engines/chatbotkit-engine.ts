import type { Engine, EngineEvent, EngineInput } from './engine.js';
import { EngineUpstreamError, statusError } from './engine-error.js';
import { type Attempt, type RemoteAnswer, remoteReply } from './remote/attempt-loop.js';
import {
  handoverReason,
  REQUEST_HUMAN,
  REQUEST_HUMAN_DESCRIPTION,
  REQUEST_HUMAN_PARAMETERS,
} from './remote/handover.js';
import { contactInstruction } from './remote/system-prompt.js';
import { splitTokens } from './stream-text.js';

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
  /** Further attempts after a 408, 409, 425, 429, a 5xx or a network error, before the first token only. Defaults to 2. */
  maxRetries?: number;
  /** The first retry waits about this long, doubling each time (with jitter), or as long as `Retry-After` asks (up to 8 s). Defaults to 500. */
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
 * the bot hand over. Failures follow the one attempt loop (`remoteReply`), as for the OpenAI
 * engine: retries before the first token, else the fallback and an escalation; a reply broken
 * off mid-stream keeps what was written, marked as cut off, and escalates.
 *
 * @example
 * const engine = createChatBotKitEngine({ botId: 'cbk_bot_1', secret: config.chatbotkitSecret });
 */
export function createChatBotKitEngine(options: ChatBotKitEngineOptions): Engine {
  const loop = {
    label: 'ChatBotKit',
    timeoutMs: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    onError: options.onError,
  };
  const functions = [
    { name: REQUEST_HUMAN, description: REQUEST_HUMAN_DESCRIPTION, parameters: REQUEST_HUMAN_PARAMETERS },
  ];

  return {
    respond(input: EngineInput): AsyncGenerator<EngineEvent> {
      const request = {
        botId: options.botId,
        messages: input.messages.filter((m) => m.text.trim()).map((m) => ({ type: m.type, text: m.text })),
        extensions: { backstory: contactInstruction(input.contact) },
        functions,
      };
      const attempt: Attempt<RemoteAnswer> = async function* (signal) {
        sdk ??= import('@chatbotkit/sdk/conversation/index.js');
        const { ConversationClient } = await sdk.catch((cause) => {
          sdk = undefined;
          throw new EngineUpstreamError('@chatbotkit/sdk is not installed', { retryable: false, cause });
        });
        // The SDK hides the HTTP status in its errors; our fetch keeps the answer for the retry policy.
        let answered: Response | undefined;
        const client = new ConversationClient({
          secret: options.secret,
          baseUrl: options.baseUrl,
          retries: 0,
          fetchFn: async (url, init) => {
            answered = await fetch(url, {
              method: init?.method,
              headers: init?.headers,
              body: init?.body,
              signal: init?.signal,
            });
            return answered;
          },
        });
        let handover: string | undefined;
        let complete = false;
        let said = false;
        try {
          const stream = client.complete(null, request).stream({ abortSignal: signal });
          for await (const item of stream as AsyncIterable<Item>) {
            if (item.type === 'token') {
              const token = (item as Extract<Item, { type: 'token' }>).data.token;
              said ||= Boolean(token);
              yield token;
            } else if (item.type === 'message' || item.type === 'abort') {
              handover ??= handoverOf(item);
            } else if (item.type === 'error') {
              const message = (item as Extract<Item, { type: 'error' }>).data.message ?? 'unknown error';
              throw new EngineUpstreamError(`ChatBotKit failed mid-stream: ${message}`, { retryable: true });
            } else if (item.type === 'result') {
              complete = true;
              // A server that does not stream tokens still sends the whole text in the result.
              if (!said && !handover)
                yield* splitTokens((item as Extract<Item, { type: 'result' }>).data.text ?? '');
            }
          }
        } catch (error) {
          if (error instanceof EngineUpstreamError || !answered || answered.ok) throw error;
          throw statusError(
            answered.status,
            error instanceof Error ? error.message : String(error),
            answered.headers,
          );
        }
        return { complete, ...(handover && { handover: { reason: handover, act: { handedOver: true } } }) };
      };
      return remoteReply(input, loop, attempt);
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
