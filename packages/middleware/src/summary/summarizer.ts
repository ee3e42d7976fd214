import type { Contact, ConversationSummary } from '@supportbridge/shared';
import type { BotTurnAct } from '../engines/engine.js';

/**
 * A message of the transcript as a summarizer reads it; a bot turn may say what it did.
 *
 * @example
 * const turn: SummaryTurn = { type: 'user', text: 'Refund for order 48213, please', createdAt: 1764230400000 };
 */
export interface SummaryTurn {
  type: 'user' | 'bot';
  text: string;
  createdAt: number;
  act?: BotTurnAct;
}

/**
 * What a summarizer gets: the bot's name (so it is never mistaken for the visitor), the whole
 * transcript, the contact already known, and the escalation when there was one.
 *
 * @example
 * const input: SummaryInput = { botName: 'Ava', messages, contact: { name: 'Maria Garcia' } };
 */
export interface SummaryInput {
  botName: string;
  messages: readonly SummaryTurn[];
  contact: Contact;
  escalation?: { reason: string };
}

/**
 * Writes what the support team reads first about a conversation: a "who: what" title, the
 * request in the visitor's words, key facts, the bot's useful answer and the escalation.
 *
 * @example
 * const summary = await ruleSummarizer.summarize({ botName: 'Ava', messages, contact });
 */
export interface Summarizer {
  summarize(input: SummaryInput): Promise<ConversationSummary>;
}
