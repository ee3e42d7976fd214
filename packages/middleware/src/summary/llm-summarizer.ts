import type { Contact, ConversationSummary } from '@supportbridge/shared';
import { EMAIL_IN_TEXT } from '@supportbridge/shared';
import { z } from 'zod';
import { EngineUpstreamError } from '../engines/engine-error.js';
import { callRemote } from '../engines/remote/attempt-loop.js';
import { httpError } from '../engines/remote/openai-stream.js';
import { looksLikePhone, PHONE_IN_TEXT, replaceNameParts } from '../language/personal-data.js';
import { ruleSummarizer, titleOf, whoOf } from './rule-summarizer.js';
import type { Summarizer, SummaryInput } from './summarizer.js';
import { cut } from './visitor-text.js';

/**
 * Options of `createLlmSummarizer`.
 *
 * @example
 * const options: LlmSummarizerOptions = { model: 'gpt-4o-mini', apiKey: process.env.OPENAI_API_KEY };
 */
export interface LlmSummarizerOptions {
  /** The model name sent to the endpoint, e.g. `gpt-4o-mini`. */
  model: string;
  /** The OpenAI-compatible base URL, without `/chat/completions`. Defaults to `https://api.openai.com/v1`. */
  baseURL?: string;
  apiKey?: string;
  /** The longest one attempt may take, in ms. Defaults to 20000. */
  timeoutMs?: number;
  /** Further attempts after a 408, 409, 425, 429, a 5xx or a network error. Defaults to 2. */
  maxRetries?: number;
  /** The first retry waits about this long, doubling each time (with jitter), or as long as `Retry-After` asks (up to 8 s). Defaults to 500. */
  retryDelayMs?: number;
  /** Answers when the model cannot, and supplies the facts. Defaults to `ruleSummarizer`. */
  fallback?: Summarizer;
  /** Told why the model's summary was not used (once per summary, after the last attempt), for the operator's log. Defaults to nothing. */
  onError?: (error: unknown) => void;
}

const ModelAnswerSchema = z.object({
  topic: z.string().trim().min(1).max(200),
  request: z.string().trim().min(1).max(1000),
});

const INSTRUCTIONS = [
  'You summarize support chats for a support team. Answer with a JSON object {"topic": string, "request": string}.',
  '"topic": what the visitor needs, at most 8 words, lower case, like "refund for order 48213".',
  '"request": one or two sentences, in the third person, saying what the visitor needs and why.',
  'Never write names, email addresses or phone numbers: they appear as [name], [email] and [phone] and must stay out.',
].join(' ');

/** The part of a `chat.completion` the summarizer reads. */
type CompletionBody = { choices?: { message?: { content?: string | null } }[] };

/** Replaces the visitor's personal data with placeholders, in what is sent and what comes back. */
function redact(text: string, contact: Contact): string {
  // Nine digits or more: a phone, not a date ("2024-03-05") or an order number ("48213").
  let out = text
    .replace(EMAIL_IN_TEXT, '[email]')
    .replace(PHONE_IN_TEXT, (match) => (looksLikePhone(match) ? '[phone]' : match));
  out = replaceNameParts(out, contact.name, '[name]');
  return out;
}

/**
 * A summarizer that asks an OpenAI-compatible model for the title's topic and the request,
 * and keeps the rules for everything else (facts, the bot's answer, the escalation). The
 * transcript it sends is redacted (names, emails and phones become placeholders) and the
 * answer is checked for them again. The call goes through the remote engines' attempt loop
 * (`callRemote`: retries on 429/5xx/network errors honouring `Retry-After`, a timeout per
 * attempt). Any failure — endpoint down, timeout, malformed JSON — returns the rule summary
 * instead, so a summary is never missing.
 *
 * @example
 * const summarizer = createLlmSummarizer({ model: 'gpt-4o-mini', apiKey: process.env.OPENAI_API_KEY });
 * app.use('/api/v1', supportMiddleware({ summarizer }));
 */
export function createLlmSummarizer(options: LlmSummarizerOptions): Summarizer {
  const url = `${(options.baseURL ?? 'https://api.openai.com/v1').replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const fallback = options.fallback ?? ruleSummarizer;
  // The same attempt loop and retry policy as the remote engines; a summary streams nothing.
  const loop = {
    label: 'The summary model',
    timeoutMs: options.timeoutMs ?? 20_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 500,
  };

  return {
    async summarize(input: SummaryInput): Promise<ConversationSummary> {
      const rules = await fallback.summarize(input);
      try {
        const transcript = input.messages
          .map((m) => `${m.type === 'user' ? 'Visitor' : 'Bot'}: ${redact(m.text, input.contact)}`)
          .join('\n');
        const payload = JSON.stringify({
          model: options.model,
          stream: false,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: INSTRUCTIONS },
            { role: 'user', content: cut(transcript, 24_000) },
          ],
        });
        const body = await callRemote(async (signal): Promise<CompletionBody> => {
          const response = await fetch(url, { method: 'POST', headers, body: payload, signal });
          if (!response.ok) throw await httpError(response);
          return (await response.json().catch((cause: unknown) => {
            throw new EngineUpstreamError('The summary model answered with a body that is not JSON', {
              retryable: true,
              cause,
            });
          })) as CompletionBody;
        }, loop);
        const content = body.choices?.[0]?.message?.content ?? '';
        const answer = ModelAnswerSchema.parse(JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, '')));
        const topic = redact(answer.topic, input.contact).replace(/[\s.]+$/, '');
        const request = redact(answer.request, input.contact);
        return { ...rules, title: titleOf(whoOf(input.contact), topic), request: cut(request, 600) };
      } catch (error) {
        options.onError?.(error);
        return rules;
      }
    },
  };
}
