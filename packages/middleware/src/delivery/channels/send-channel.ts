import { createHash } from 'node:crypto';
import type { SupportChannel } from '@supportbridge/shared';
import type { Claim, ForwardSource } from '../claims.js';
import { composeEmail, fallbackSummary, ticketToken } from '../email.js';
import { freshdeskTickets } from './freshdesk.js';
import { deliverTicket, type HandOver } from './hand-over.js';
import { type HelpScoutTokens, helpScoutConversations } from './helpscout.js';
import { postWebhook } from './webhook.js';
import { zendeskTickets } from './zendesk.js';

/** A channel other than plain email. */
export type ApiChannel = Exclude<SupportChannel, { type: 'email' }>;

/**
 * What a worker keeps between channel sends.
 *
 * @example
 * const state: ChannelState = { helpScoutTokens: new Map() };
 */
export interface ChannelState {
  helpScoutTokens: HelpScoutTokens;
}

/**
 * The keys of one forward: `sb-<hash of conversation and integration>` names the thread,
 * `<thread>-<forward>` the forward. Derived, not random, so a retry after a crash computes
 * the same idempotency key and finds the same ticket.
 *
 * @example
 * forwardKeys('conv_1', 'sup_1', 2) // { threadKey: 'sb-5d41402abc4b2a76b971', key: 'sb-5d41402abc4b2a76b971-2' }
 */
export function forwardKeys(conversationId: string, integrationId: string, forward: number) {
  const hash = createHash('sha256').update(`${conversationId}\n${integrationId}`).digest('hex').slice(0, 20);
  return { threadKey: `sb-${hash}`, key: `sb-${hash}-${forward}` };
}

/**
 * Hands one claimed forward to its channel: composes it as the escalation email is
 * composed (same subject, text and HTML, rendered once), then creates the ticket, adds the
 * follow-up or posts the webhook. Throws a `HelpdeskError` for the retry policy.
 *
 * @returns the stored remote id, `<channel>:<id>` (`zendesk:4711`)
 * @example
 * const remoteId = await sendThroughChannel(channel, claim, source, { from, timeZone, signal, state });
 */
export async function sendThroughChannel(
  channel: ApiChannel,
  claim: Claim,
  source: ForwardSource,
  options: { from: string; timeZone: string; signal: AbortSignal; state: ChannelState },
): Promise<string> {
  const { conversation } = source;
  const { contact } = conversation;
  const summary = conversation.summary ?? fallbackSummary(contact, source.messages);
  const ticket = ticketToken(conversation.id);
  const mail = composeEmail({
    from: options.from,
    to: options.from,
    conversation,
    integrationId: claim.integrationId,
    botName: source.botName,
    contact,
    summary,
    messages: source.messages,
    messageId: '<unused@supportbridge.invalid>',
    ticket,
    timeZone: options.timeZone,
  });
  const { key, threadKey } = forwardKeys(conversation.id, claim.integrationId, claim.forward);
  const prefix = `${channel.type}:`;
  const first = source.firstRemoteId?.startsWith(prefix) ? source.firstRemoteId.slice(prefix.length) : null;
  const html = String(mail.html ?? '');
  const footer = `<p style="color:#656d76;font-size:11px;">SupportBridge ${key}</p>`;
  const handOver: HandOver = {
    key,
    threadKey,
    forward: claim.forward,
    retried: claim.attempts > 1 || claim.transmissions > 0,
    firstRemoteId: first,
    integrationId: claim.integrationId,
    conversation: {
      id: conversation.id,
      createdAt: conversation.createdAt,
      ...(conversation.endReason && { endReason: conversation.endReason }),
    },
    ticket,
    contact,
    summary,
    messages: source.messages,
    subject: String(mail.subject ?? ''),
    html: html.includes('</body>') ? html.replace('</body>', `${footer}</body>`) : `${html}${footer}`,
    text: `${String(mail.text ?? '')}\n\nSupportBridge ${key}\n`,
    signal: options.signal,
  };
  switch (channel.type) {
    case 'zendesk':
      return prefix + (await deliverTicket(zendeskTickets(channel), handOver));
    case 'helpscout':
      return (
        prefix +
        (await deliverTicket(helpScoutConversations(channel, options.state.helpScoutTokens), handOver))
      );
    case 'freshdesk':
      return prefix + (await deliverTicket(freshdeskTickets(channel), handOver));
    case 'webhook':
      return prefix + (await postWebhook(channel, handOver));
  }
}
