import type { Contact } from '@supportbridge/shared';
import type { SupportContext } from '../context.js';
import { isForwarded } from '../delivery/outbox.js';
import { allMessages, type ConversationRow, requireConversation } from '../store/conversations.js';
import { contactOf } from './contact.js';
import { forwardAgain } from './forward-again.js';

/**
 * Records contact details given explicitly. On a conversation already forwarded, a new
 * email address is forwarded again (threaded to the first email, after the follow-up quiet
 * period, one follow-up for any number of changes), so the team replies to the corrected
 * address; unsent forwards simply pick the new address up when they go out. Past the cap
 * on forwards the change is refused (409) and nothing is stored. Returns the contact as
 * now known.
 *
 * @example
 * await updateContact(ctx, conversation, { email: 'maria@example.org' });
 */
export async function updateContact(
  ctx: SupportContext,
  conversation: ConversationRow,
  body: Contact,
): Promise<Contact> {
  const given = { ...conversation.given_contact, ...body };
  const messages = await allMessages(ctx.db, conversation.id);
  const contact = contactOf(messages, given);
  const emailChanged = contact.email !== conversation.contact.email;
  const queued = await ctx.db.transaction(async (tx) => {
    const row = await requireConversation(tx, conversation.id, undefined, true);
    await tx.query(
      'UPDATE sb_conversations SET given_contact = $2, contact = $3, updated_at = $4 WHERE id = $1',
      [row.id, JSON.stringify(given), JSON.stringify(contact), Date.now()],
    );
    if (row.status !== 'completed' || !emailChanged) return 0;
    if (!(await isForwarded(tx, row.id, true))) return 0;
    // The team could not learn of a new address past the cap: then it is refused, not kept.
    return forwardAgain(
      ctx,
      tx,
      row,
      contact,
      messages.some((m) => m.type === 'user'),
    );
  });
  if (queued > 0) ctx.onDeliveriesQueued();
  return contact;
}
