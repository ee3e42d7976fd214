import type { CompleteResponse } from '@supportbridge/shared';
import type { SupportContext } from '../context.js';
import { isForwarded } from '../delivery/outbox.js';
import {
  addMessage,
  allMessages,
  type ConversationRow,
  requireConversation,
} from '../store/conversations.js';
import { contactOf } from './contact.js';
import { forwardAgain } from './forward-again.js';

/**
 * A visitor message to a conversation the team already has (handed over, ended or idle, and
 * forwarded): it is added to the request rather than answered by the bot. It is stored, the
 * contact is read again (the visitor may add their address now), and one follow-up per
 * integration is queued after the quiet period, threaded to the first email: further
 * additions meanwhile ride along with it. Past the cap on forwards the message is refused
 * (409) and nothing is stored (see `forwardAgain`). Returns `undefined`, changing nothing, when the conversation
 * is not with the team — then the bot answers as usual and the chat goes on.
 *
 * @example
 * const added = await addToHandover(ctx, conversation, 'One more thing: the box was wet.');
 * // { id: 'msg_…', text: '', end: { reason: 'escalated' } }
 */
export async function addToHandover(
  ctx: SupportContext,
  conversation: ConversationRow,
  text: string,
): Promise<CompleteResponse | undefined> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await requireConversation(tx, conversation.id, undefined, true);
    if (row.status !== 'completed') return undefined;
    if (!(await isForwarded(tx, row.id))) return undefined;
    const message = await addMessage(tx, row.id, 'user', text, {
      places: 1,
      max: ctx.limits.maxMessagesPerConversation,
    });
    const contact = contactOf(await allMessages(tx, row.id), row.given_contact);
    await tx.query('UPDATE sb_conversations SET contact = $2 WHERE id = $1', [
      row.id,
      JSON.stringify(contact),
    ]);
    const queued = await forwardAgain(ctx, tx, row, contact, true);
    return { response: { id: message.id, text: '', end: { reason: row.end_reason ?? 'ended' } }, queued };
  });
  if (!outcome) return undefined;
  if (outcome.queued > 0) ctx.onDeliveriesQueued();
  return outcome.response;
}
