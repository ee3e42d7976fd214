import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';
import type { Contact, ConversationSummary } from '@supportbridge/shared';
import { isEmail } from '@supportbridge/shared';
import type { SendMailOptions } from 'nodemailer';
import { renderHtml } from './email-html.js';
import { renderText } from './email-text.js';
import { buildView, type ViewInput } from './email-view.js';
import { headerText } from './text.js';

export { ticketToken } from './ticket-token.js';

/**
 * What one forward of a conversation needs; every string may come from the visitor.
 *
 * @example
 * const input: ComposeInput = { from: 'bot@acme.com', to: 'help@acme.com', messageId: messageIdFor(id, sup, 1, 'acme.com'), … };
 */
export interface ComposeInput {
  from: string;
  to: string;
  conversation: ViewInput['conversation'];
  integrationId: string;
  botName: string;
  contact: Contact;
  summary: ConversationSummary;
  messages: { type: 'user' | 'bot'; text: string; createdAt: number }[];
  messageId: string;
  /** Forward 1's Message-ID, on a later forward, so the helpdesk threads it. */
  inReplyTo?: string;
  ticket: string;
  /** IANA zone for the transcript's times. Defaults to UTC. */
  timeZone?: string;
}

/**
 * Composes the escalation email as nodemailer message options: To the support inbox,
 * Reply-To the customer, a `[Chat #TOKEN] who: what` subject, a text and an HTML part, a
 * fixed Message-ID and the X-SupportBridge headers. Pure: the same input gives the same
 * message, which is what makes a retry indistinguishable from the first try.
 *
 * Deliberately absent: `Auto-Submitted`, `Precedence` and `List-*` (helpdesks such as
 * Zendesk suspend mail marked as automated) — nodemailer adds none of them unless asked.
 *
 * @example
 * await transport.sendMail(composeEmail({ from: 'bot@acme.com', to: 'help@acme.com', …, ticket: ticketToken(id) }));
 */
export function composeEmail(input: ComposeInput): SendMailOptions {
  const { contact } = input;
  const canReply = isEmail(contact.email);
  const view = buildView({ ...input, canReply });
  const options: SendMailOptions = {
    from: input.from,
    to: input.to,
    // An address object, not a string: nodemailer then quotes and encodes the name itself,
    // so a name holding `"`, `,` or `<` can neither break the header nor add an address.
    replyTo: canReply ? { name: headerText(contact.name ?? '', 100), address: contact.email } : undefined,
    subject: `[Chat #${input.ticket}] ${headerText(input.summary.title, 150) || 'Support request'}`,
    messageId: input.messageId,
    headers: {
      'X-SupportBridge-Conversation': headerText(input.conversation.id),
      'X-SupportBridge-Integration': headerText(input.integrationId),
    },
    text: renderText(view),
    html: renderHtml(view),
  };
  if (input.inReplyTo) {
    options.inReplyTo = input.inReplyTo;
    options.references = [input.inReplyTo];
  }
  return options;
}

/**
 * The Message-ID of one forward: a hash of conversation and integration plus the forward
 * number, at the sender's domain. Deterministic, so every retry of a forward carries the
 * same id and a helpdesk that already took the first copy drops the second.
 *
 * @example
 * messageIdFor('conv_1', 'sup_1', 1, 'acme.com') // "<sb.5d41402abc4b2a76b9719d91.1@acme.com>"
 */
export function messageIdFor(
  conversationId: string,
  integrationId: string,
  forward: number,
  domain: string,
): string {
  const hash = createHash('sha256').update(`${conversationId}\n${integrationId}`).digest('hex').slice(0, 24);
  const host = domainToASCII(domain.trim().toLowerCase()) || 'supportbridge.invalid';
  return `<sb.${hash}.${forward}@${host}>`;
}

/**
 * A summary for a conversation that has none (summarizing failed or predates the
 * feature): the title is who plus the first visitor message, so the subject still says
 * who and what.
 *
 * @example
 * fallbackSummary({ name: 'Maria' }, [{ type: 'user', text: 'Refund please' }]) // { title: 'Maria: Refund please', … }
 */
export function fallbackSummary(
  contact: Contact,
  messages: readonly { type: string; text: string }[],
): ConversationSummary {
  const first = messages.find((m) => m.type === 'user')?.text ?? '';
  const who = contact.name?.trim() || contact.email?.trim() || 'Visitor';
  const what = headerText(first, 80) || 'chat conversation';
  return {
    title: [...`${who}: ${what}`].slice(0, 100).join(''),
    request: first || 'The visitor wrote nothing.',
    facts: [],
  };
}
