import { EngineUpstreamError, statusError } from '../engine-error.js';

/** The fields of a `chat.completion.chunk` this engine reads. */
interface ChatCompletionChunk {
  choices?: {
    delta?: {
      content?: string | null;
      tool_calls?: { index?: number; id?: string; function?: { name?: string; arguments?: string } }[];
    };
    finish_reason?: string | null;
  }[];
  error?: { message?: string; type?: string; code?: string | null };
}

/** A tool call as its deltas arrive: id and name first, the JSON arguments in pieces. @example { id: 'call_1', name: 'request_human', arguments: '{"reason":"…"}' } */
export interface ToolCall {
  /** The model's id for the call, which the `tool` message answering it must quote. */
  id: string;
  name: string;
  arguments: string;
}

/**
 * Folds the `data:` payloads of an OpenAI streamed completion into text tokens and whole tool
 * calls. Tool calls come in pieces keyed by `index`; they are only complete at the end.
 *
 * @example
 * const acc = new CompletionAccumulator();
 * const token = acc.push('{"choices":[{"index":0,"delta":{"content":"Hi"}}]}'); // 'Hi'
 */
export class CompletionAccumulator {
  readonly toolCalls = new Map<number, ToolCall>();
  /** Set by the chunk that carries a `finish_reason`: the reply is complete, not cut off. */
  finished = false;

  /** Applies one payload; returns its text, if any. Throws on an `error` payload. */
  push(data: string): string | undefined {
    let chunk: ChatCompletionChunk;
    try {
      chunk = JSON.parse(data) as ChatCompletionChunk;
    } catch (cause) {
      throw new EngineUpstreamError('The model sent a chunk that is not JSON', { retryable: true, cause });
    }
    if (chunk.error) {
      throw new EngineUpstreamError(
        `The model failed mid-stream: ${chunk.error.message ?? 'unknown error'}`,
        {
          retryable: true,
        },
      );
    }
    const choice = chunk.choices?.[0];
    if (choice?.finish_reason) this.finished = true;
    const delta = choice?.delta;
    for (const part of delta?.tool_calls ?? []) {
      const index = part.index ?? 0;
      const call = this.toolCalls.get(index) ?? { id: '', name: '', arguments: '' };
      call.id ||= part.id ?? '';
      call.name += part.function?.name ?? '';
      call.arguments += part.function?.arguments ?? '';
      this.toolCalls.set(index, call);
    }
    return delta?.content || undefined;
  }
}

/**
 * Turns a non-2xx answer into an `EngineUpstreamError`, keeping OpenAI's own error message
 * (`{ error: { message } }`) so the operator sees "Rate limit reached…", not just "429", and
 * the `Retry-After` the endpoint sent.
 *
 * @example
 * if (!response.ok) throw await httpError(response);
 */
export async function httpError(response: Response): Promise<EngineUpstreamError> {
  let detail = response.statusText;
  try {
    const body = (await response.json()) as { error?: { message?: string } | string; message?: string };
    detail = (typeof body.error === 'string' ? body.error : body.error?.message) ?? body.message ?? detail;
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  return statusError(response.status, detail, response.headers);
}
