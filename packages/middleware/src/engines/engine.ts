import type { Bot, Contact } from '@supportbridge/shared';

/**
 * What a bot turn did, stored as data with the message so later turns (and the summary) never
 * have to re-read the bot's own wording. Every field is optional: a turn of an engine that
 * records nothing, or one stored before this existed, is simply a turn that did nothing known.
 *
 * @example
 * const act: BotTurnAct = { language: 'en', answered: [{ entry: 3, text: 'Refunds take 5 days.' }], asked: 'name' };
 */
export interface BotTurnAct {
  /** The language the reply is written in (ISO 639-1). */
  language?: string;
  /** Knowledge given, by position in `bot.knowledge`, with the text given. */
  answered?: { entry: number; text: string }[];
  /** Said it has no answer. */
  unknown?: boolean;
  /** Offered a person; when the reply ended on that offer (nothing `asked`), a "yes" next accepts. */
  offeredPerson?: boolean;
  /** Handed the conversation over to a person on this turn. */
  handedOver?: boolean;
  /** What the reply ended by asking: a contact detail, what the issue is, or whether there is more. */
  asked?: 'name' | 'email' | 'issue' | 'more';
  /** The email address it read back. */
  readBack?: string;
  /** The first name it welcomed. */
  welcomed?: string;
  /** It said its own name. */
  introduced?: boolean;
  /** By this turn the visitor had said what they need. */
  issueKnown?: boolean;
  /** The wordings used (`key#variant`), so the next reply can vary. */
  phrases?: string[];
  /**
   * The tool a remote model called on this turn (OpenAI's format): the next request replays the
   * call and answers it with a `tool` message carrying this `id`, as the format requires.
   */
  toolCall?: { id: string; name: string; arguments: string };
}

/**
 * One turn of the transcript as an engine sees it: who spoke, what they said, when (ms), and
 * for a bot turn what it did.
 *
 * @example
 * const turn: EngineTurn = { type: 'user', text: 'Where is my order?', createdAt: Date.now() };
 */
export interface EngineTurn {
  type: 'user' | 'bot';
  text: string;
  createdAt: number;
  act?: BotTurnAct;
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
  /** The visitor's language when the page knows it (ISO 639-1, "de" or "de-AT"); else detected. */
  language?: string;
  /** Aborted when the visitor went away: the engine stops early and emits nothing more. */
  signal?: AbortSignal;
}

/**
 * What an engine streams back: pieces of the reply, at most one `escalate` when the bot
 * decided the visitor needs a human (the caller decides when to complete the conversation),
 * and at most one `act` saying what the reply did, stored with it.
 *
 * @example
 * for await (const e of engine.respond(input)) if (e.type === 'token') res.write(e.token);
 */
export type EngineEvent =
  | { type: 'token'; token: string }
  | { type: 'escalate'; reason: string }
  | { type: 'act'; act: BotTurnAct };

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
