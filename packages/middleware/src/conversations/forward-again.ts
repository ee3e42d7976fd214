import type { Contact } from '@supportbridge/shared';
import type { SupportContext } from '../context.js';
import { queueDeliveries } from '../delivery/outbox.js';
import { SupportError } from '../errors.js';
import type { ConversationRow } from '../store/conversations.js';
import type { Queryable } from '../store/database.js';

/**
 * Queues a follow-up of a completed conversation the team already has (a corrected address,
 * something the visitor added), paced and capped by the follow-up policy: threaded to the
 * first email after the quiet period, absorbed by one still waiting. When an integration has
 * had its last allowed forward the team could not learn of the change, so it is refused with
 * a 409 — thrown inside the caller's transaction, which then keeps nothing of it.
 *
 * @returns how many deliveries were queued (0 when one waiting takes the change along)
 * @example
 * await db.transaction(async (tx) => forwardAgain(ctx, tx, row, contact, true));
 */
export async function forwardAgain(
  ctx: SupportContext,
  tx: Queryable,
  row: ConversationRow,
  contact: Contact,
  hasUserMessage: boolean,
): Promise<number> {
  const result = await queueDeliveries(
    tx,
    {
      id: row.id,
      accountId: row.account_id,
      botId: row.bot_id,
      contact,
      endReason: row.end_reason ?? 'ended',
      escalated: row.escalation != null,
      hasUserMessage,
    },
    ctx.limits.followUps,
  );
  if (result.capped > 0) {
    throw new SupportError(
      'CONFLICT',
      `This conversation was already passed to the team ${ctx.limits.followUps.maxForwards} times; reply to their email instead`,
    );
  }
  return result.queued;
}
