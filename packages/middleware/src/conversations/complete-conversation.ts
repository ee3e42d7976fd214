import type { EndReason } from '@supportbridge/shared';
import type { SupportContext } from '../context.js';
import { queueDeliveries } from '../delivery/outbox.js';
import { requireBot } from '../store/bots.js';
import { allMessages, type ConversationRow, requireConversation } from '../store/conversations.js';
import { contactOf } from './contact.js';

/**
 * Completes a conversation: extracts the contact from the whole transcript, summarizes it,
 * and — in the same transaction as the status change — queues one delivery per matching
 * support integration, so a crash can never leave a completed conversation unforwarded.
 * Completing a completed conversation changes nothing (idle sweeps and a visitor's "End"
 * may race). Takes the conversation's id, or its row when the caller has just read it.
 * Returns whether this call completed it.
 *
 * @example
 * await completeConversation(ctx, 'conv_…', 'ended');
 */
export async function completeConversation(
  ctx: SupportContext,
  conversation: string | ConversationRow,
  reason: EndReason,
  now = Date.now(),
): Promise<boolean> {
  // A caller that just read the row (the access check) passes it; the transaction below
  // reads it again under a lock, so a stale copy can only cost a wasted summary.
  const before =
    typeof conversation === 'string' ? await requireConversation(ctx.db, conversation) : conversation;
  const conversationId = before.id;
  if (before.status === 'completed') return false;
  // The summary may come from an LLM: build it before the transaction, not while holding a lock.
  const messages = await allMessages(ctx.db, conversationId);
  const contact = contactOf(messages, before.given_contact);
  const escalation =
    reason === 'escalated'
      ? (before.escalation ?? { reason: 'The visitor asked for a human' })
      : before.escalation;
  const botName = await requireBot(ctx.db, undefined, before.bot_id).then(
    (bot) => bot.name ?? 'Assistant',
    () => 'Assistant',
  );
  const summary = await ctx.summarizer
    .summarize({ botName, messages, contact, ...(escalation && { escalation }) })
    .catch((error: unknown) => {
      ctx.logger.warn('summary failed, forwarding without one', error);
      return null;
    });

  const queued = await ctx.db.transaction(async (tx) => {
    const row = await requireConversation(tx, conversationId, undefined, true);
    if (row.status === 'completed') return -1;
    await tx.query(
      `UPDATE sb_conversations SET status = 'completed', end_reason = $2, contact = $3, escalation = $4, summary = $5,
       completed_at = $6, updated_at = $6 WHERE id = $1`,
      [
        conversationId,
        reason,
        JSON.stringify(contact),
        escalation ? JSON.stringify(escalation) : null,
        summary ? JSON.stringify(summary) : null,
        now,
      ],
    );
    const { queued } = await queueDeliveries(
      tx,
      {
        id: conversationId,
        accountId: row.account_id,
        botId: row.bot_id,
        contact,
        endReason: reason,
        escalated: escalation != null,
        hasUserMessage: messages.some((m) => m.type === 'user'),
      },
      ctx.limits.followUps,
      now,
    );
    return queued;
  });
  if (queued > 0) ctx.onDeliveriesQueued();
  return queued >= 0;
}
