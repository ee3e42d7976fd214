import { randomUUID } from 'node:crypto';
import type { Engine, EngineEvent, EngineInput } from './engine.js';
import { EngineUpstreamError } from './engine-error.js';
import { type Attempt, type RemoteAnswer, remoteReply } from './remote/attempt-loop.js';
import {
  handoverReason,
  REQUEST_HUMAN,
  REQUEST_HUMAN_DESCRIPTION,
  REQUEST_HUMAN_PARAMETERS,
} from './remote/handover.js';
import { chatMessages } from './remote/openai-messages.js';
import { CompletionAccumulator, httpError } from './remote/openai-stream.js';
import { sseData } from './remote/sse.js';
import { systemPrompt } from './remote/system-prompt.js';

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
  /** Further attempts after a 408, 409, 425, 429, a 5xx or a network error, before the first token only. Defaults to 2. */
  maxRetries?: number;
  /** The first retry waits about this long, doubling each time (with jitter), or as long as `Retry-After` asks (up to 8 s). Defaults to 500. */
  retryDelayMs?: number;
  /** Told about every failed attempt, for the operator's log. Defaults to nothing. */
  onError?: (error: EngineUpstreamError) => void;
}

/** Enough history for context; older turns cost tokens and rarely matter to the next reply. */
const HISTORY_TURNS = 40;

/**
 * An engine over any OpenAI-compatible Chat Completions endpoint, through `fetch` and SSE. (The
 * official `openai` package was tried and not taken: its current major needs Node 22, the last
 * one for Node 20 installs 20 MB in 2,700 files, and its retries and timeouts would have to be
 * switched off for the shared attempt loop; it would replace ~120 lines of SSE parsing.) The
 * model may call the `request_human` tool to hand over; the call is stored with the turn (`act.toolCall`) and
 * answered with a `tool` message on the next request. Failures follow the one attempt loop
 * (`remoteReply`): retries before the first token, else the fallback and an escalation; a
 * reply broken off mid-stream keeps what was written, marked as cut off, and escalates.
 *
 * @example
 * const engine = createOpenAIEngine({ model: 'gpt-4o-mini', apiKey: config.openaiApiKey });
 * for await (const e of engine.respond({ bot, messages, contact })) …
 */
export function createOpenAIEngine(options: OpenAIEngineOptions): Engine {
  const url = `${(options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const loop = {
    label: 'The AI model',
    timeoutMs: options.timeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
    onError: options.onError,
  };
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
    respond(input: EngineInput): AsyncGenerator<EngineEvent> {
      const latest = input.messages.findLast((m) => m.type === 'user')?.text ?? '';
      const body = JSON.stringify({
        model: options.model,
        stream: true,
        messages: [
          { role: 'system', content: systemPrompt(input.bot, input.contact, latest) },
          ...chatMessages(input.messages.slice(-HISTORY_TURNS)),
        ],
        tools,
        tool_choice: 'auto',
      });
      const attempt: Attempt<RemoteAnswer> = async function* (signal) {
        const response = await fetch(url, { method: 'POST', headers, body, signal });
        if (!response.ok) throw await httpError(response);
        if (!response.body)
          throw new EngineUpstreamError('The model answered with an empty body', { retryable: true });
        const acc = new CompletionAccumulator();
        for await (const data of sseData(response.body)) {
          const token = acc.push(data);
          if (token) yield token;
        }
        const call = [...acc.toolCalls.values()].find((c) => c.name === REQUEST_HUMAN);
        if (!call) return { complete: acc.finished };
        // A compatible server may send no id; the tool result of the next turn needs one.
        const toolCall = {
          id: call.id || `call_${randomUUID()}`,
          name: call.name,
          arguments: call.arguments,
        };
        return {
          complete: acc.finished,
          handover: { reason: handoverReason(call.arguments), act: { handedOver: true, toolCall } },
        };
      };
      return remoteReply(input, loop, attempt);
    },
  };
}
