import type { Contact, ConversationSummary, VisitorContext } from '@supportbridge/shared';
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
  /** Where and how the visitor chatted: page, came from, language, local time zone, browser. */
  context: [label: string, value: string][];
  /** True when Reply-To is set, so the email can say that replying reaches the visitor. */
  canReply: boolean;
  request: string;
  facts: [label: string, value: string][];
  botAnswer?: string;
  escalation?: string;
  endLabel?: string;
  transcript: { time: string; speaker: string; fromVisitor: boolean; text: string }[];
  /**
   * On a follow-up: how many messages went in earlier emails and are left out of this one's
   * transcript, which then holds only what is new. 0 on a first forward.
   */
  earlier: number;
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
  conversation: {
    id: string;
    createdAt: number;
    endReason?: string;
    /** The visitor's language (BCP 47), as the widget reported it. */
    language?: string;
    visitor?: VisitorContext;
    /** On a follow-up: messages from this time on are new; the ones before went in an earlier email. */
    since?: number;
  };
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
  if (contact.email) {
    customer.push(['Email', contact.email]);
    customer.push(['Identity', contact.emailVerified ? 'verified' : 'unverified — given by the visitor']);
  }
  if (contact.phone) customer.push(['Phone', contact.phone]);
  if (customer.length === 0) customer.push(['Contact', 'The visitor left no contact details']);
  const botName = input.botName.trim() || 'Assistant';
  const { language, visitor, since } = input.conversation;
  const shown = since === undefined ? input.messages : input.messages.filter((m) => m.createdAt >= since);
  const context: [string, string][] = [];
  if (visitor?.page) context.push(['Page', visitor.page]);
  if (visitor?.referrer) context.push(['Came from', visitor.referrer]);
  if (language) context.push(['Language', languageName(language)]);
  if (visitor?.timeZone) context.push(['Time zone', visitor.timeZone]);
  if (visitor?.browser) context.push(['Browser', visitor.browser]);
  return {
    ticket: input.ticket,
    title: summary.title,
    who,
    customer,
    context,
    canReply: input.canReply,
    request: summary.request,
    facts: summary.facts.map((f) => [FACT_LABEL[f.kind] ?? 'Note', f.value]),
    botAnswer: summary.botAnswer || undefined,
    escalation: summary.escalation?.reason || undefined,
    // A visitor who asked for a human stays one who did, however the chat ended later.
    endLabel: END_LABEL[summary.escalation ? 'escalated' : (input.conversation.endReason ?? '')],
    transcript: shown.map((m) => ({
      time: formatTime(m.createdAt, timeZone),
      speaker: m.type === 'user' ? who : `${botName} (bot)`,
      fromVisitor: m.type === 'user',
      text: m.text,
    })),
    earlier: input.messages.length - shown.length,
    timeZone,
    conversationId: input.conversation.id,
    startedAt: formatTime(input.conversation.createdAt, timeZone),
  };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "German (Austria) · de-AT": the name an agent reads, and the tag a helpdesk rule can match. */
function languageName(tag: string): string {
  try {
    const name = languageNames.of(tag);
    return name && name !== tag ? `${name} · ${tag}` : tag;
  } catch {
    return tag;
  }
}
