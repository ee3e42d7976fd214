import type { Bot, Contact } from '@supportbridge/shared';

/**
 * One turn of the transcript as an engine sees it: who spoke, what they said, when (ms).
 *
 * @example
 * const turn: EngineTurn = { type: 'user', text: 'Where is my order?', createdAt: Date.now() };
 */
export interface EngineTurn {
  type: 'user' | 'bot';
  text: string;
  createdAt: number;
}

/**
 * Everything an engine needs to write the next reply. Engines are stateless: the whole
 * transcript comes in on every call, so any instance can answer any conversation.
 *
 * @example
 * const input: EngineInput = { bot, messages: [{ type: 'user', text: 'Hi', createdAt: 0 }], contact: {} };
 */
export interface EngineInput {
  /** The bot: name, backstory, knowledge, model, greeting… */
  bot: Bot;
  /** The whole transcript, the visitor's newest message last. */
  messages: readonly EngineTurn[];
  /** What is already known about the visitor (extracted from the transcript + given by the host page). */
  contact: Contact;
  /** Aborted when the visitor went away: the engine stops early and emits nothing more. */
  signal?: AbortSignal;
}

/**
 * What an engine streams back: pieces of the reply, and at most one `escalate` when the bot
 * decided the visitor needs a human (the caller decides when to complete the conversation).
 *
 * @example
 * for await (const e of engine.respond(input)) if (e.type === 'token') res.write(e.token);
 */
export type EngineEvent = { type: 'token'; token: string } | { type: 'escalate'; reason: string };

/**
 * A bot engine: `intake` (built in), `openai/<model>`, `chatbotkit/<botId>`, or your own.
 * `respond` never throws for a failing upstream: it streams a visitor-facing fallback and an
 * `escalate` event instead, so a broken model never leaves the visitor without an answer.
 *
 * @example
 * const echo: Engine = {
 *   async *respond({ messages }) { yield { type: 'token', token: messages.at(-1)?.text ?? '' }; },
 * };
 */
export interface Engine {
  respond(input: EngineInput): AsyncIterable<EngineEvent>;
}
