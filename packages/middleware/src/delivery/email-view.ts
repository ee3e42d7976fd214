import type { Contact, ConversationSummary } from '@supportbridge/shared';
import { formatTime } from './text.js';

/**
 * Everything the text and HTML parts show, worked out once so both parts always agree.
 * Strings here are raw (unescaped); each renderer escapes for its own format.
 *
 * @example
 * const html = renderHtml(buildView(input)); // view.who === 'Maria Garcia'
 */
export interface EmailView {
  ticket: string;
  title: string;
  /** The visitor as the agent should read it: name, else email, else "Visitor". */
  who: string;
  customer: [label: string, value: string][];
  /** True when Reply-To is set, so the email can say that replying reaches the visitor. */
  canReply: boolean;
  request: string;
  facts: [label: string, value: string][];
  botAnswer?: string;
  escalation?: string;
  endLabel?: string;
  transcript: { time: string; speaker: string; fromVisitor: boolean; text: string }[];
  timeZone: string;
  conversationId: string;
  startedAt: string;
}

/**
 * What composing needs from a conversation, beyond the addresses and ids.
 *
 * @example
 * buildView({ conversation, botName: 'Ava', contact, summary, messages, ticket: '7KQ2M', canReply: true });
 */
export interface ViewInput {
  conversation: { id: string; createdAt: number; endReason?: string };
  botName: string;
  contact: Contact;
  summary: ConversationSummary;
  messages: { type: 'user' | 'bot'; text: string; createdAt: number }[];
  ticket: string;
  canReply: boolean;
  timeZone?: string;
}

const FACT_LABEL: Record<string, string> = {
  order: 'Order',
  amount: 'Amount',
  date: 'Date',
  product: 'Product',
  phone: 'Phone',
  other: 'Note',
};

const END_LABEL: Record<string, string> = {
  ended: 'The visitor ended the chat',
  escalated: 'The visitor asked for a human',
  idle: 'The chat went idle',
};

/**
 * Builds the view of one forward: labels, the visitor's display name and the transcript
 * with times in the requested zone.
 *
 * @example
 * const view = buildView({ conversation, botName: 'Ava', contact, summary, messages, ticket: '7KQ2M', canReply: true });
 */
export function buildView(input: ViewInput): EmailView {
  const { contact, summary } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const who = contact.name?.trim() || contact.email?.trim() || 'Visitor';
  const customer: [string, string][] = [];
  if (contact.name) customer.push(['Name', contact.name]);
  if (contact.email) customer.push(['Email', contact.email]);
  if (contact.phone) customer.push(['Phone', contact.phone]);
  if (customer.length === 0) customer.push(['Contact', 'The visitor left no contact details']);
  const botName = input.botName.trim() || 'Assistant';
  return {
    ticket: input.ticket,
    title: summary.title,
    who,
    customer,
    canReply: input.canReply,
    request: summary.request,
    facts: summary.facts.map((f) => [FACT_LABEL[f.kind] ?? 'Note', f.value]),
    botAnswer: summary.botAnswer || undefined,
    escalation: summary.escalation?.reason || undefined,
    endLabel: input.conversation.endReason ? END_LABEL[input.conversation.endReason] : undefined,
    transcript: input.messages.map((m) => ({
      time: formatTime(m.createdAt, timeZone),
      speaker: m.type === 'user' ? who : `${botName} (bot)`,
      fromVisitor: m.type === 'user',
      text: m.text,
    })),
    timeZone,
    conversationId: input.conversation.id,
    startedAt: formatTime(input.conversation.createdAt, timeZone),
  };
}
