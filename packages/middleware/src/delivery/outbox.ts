import type { Contact, Delivery, DeliveryState } from '@supportbridge/shared';
import { isEmail } from '@supportbridge/shared';
import { newId } from '../ids.js';
import type { Queryable } from '../store/database.js';

/**
 * A conversation at the moment it completes, as the outbox needs it.
 *
 * @example
 * const c: CompletedConversation = { id, accountId, botId, contact, endReason: 'escalated', escalated: true, hasUserMessage: true };
 */
export interface CompletedConversation {
  id: string;
  accountId: string;
  botId: string;
  contact: Contact;
  endReason: 'ended' | 'escalated' | 'idle';
  escalated: boolean;
  hasUserMessage: boolean;
}

/** An integration that can deliver: it has an inbox, or a channel other than email. */
const DELIVERABLE = `((i.email IS NOT NULL AND i.email <> '') OR (i.channel IS NOT NULL AND i.channel ->> 'type' <> 'email'))`;

/** How many conversations the trigger endpoint re-forwards when given no ids (the contract's default). */
const DEFAULT_SAMPLE = 20;

/**
 * How later forwards of one conversation are paced: a visitor who comes back, corrects an
 * address or keeps writing after the hand-over must not turn into one email per request.
 *
 * @example
 * const policy: FollowUpPolicy = { quietMs: 60_000, maxForwards: 10 };
 */
export interface FollowUpPolicy {
  /** A follow-up waits this long, and every change meanwhile rides along with it. */
  quietMs: number;
  /** Forwards one conversation may have per integration, the first included. */
  maxForwards: number;
}

/** What `queueDeliveries` did, per integration that matched. */
export interface QueueResult {
  /** New deliveries: a first forward (sent at once) or a follow-up (after the quiet period). */
  queued: number;
  /** Follow-ups not needed: one is already waiting, and it is composed when it goes out. */
  coalesced: number;
  /** Integrations that already had `maxForwards` forwards of this conversation. */
  capped: number;
}

/** Without a policy (tests, scripts) follow-ups leave at once and are never capped. */
const UNPACED: FollowUpPolicy = { quietMs: 0, maxForwards: Number.POSITIVE_INFINITY };

/**
 * Queues one delivery per support integration of the account that covers the
 * conversation's bot (`bot_id` '' covers every bot), has an inbox or a channel, and whose trigger
 * matches: `automatic` needs a valid visitor email, `escalation` an escalated
 * conversation, `always` at least one visitor message, `never` nothing. Run it in the
 * transaction that completes the conversation, so the conversation is never completed
 * without its emails being promised.
 *
 * A conversation forwarded before (the visitor came back, or corrected the address) gets
 * a follow-up that threads under the first email: it waits `quietMs`, a follow-up already
 * waiting absorbs the new change (the email is composed from the conversation as it is
 * when it leaves, so nothing the visitor changed is lost), and past `maxForwards` nothing
 * more is queued.
 *
 * @example
 * await db.transaction(async (tx) => { await completeConversation(tx, id); await queueDeliveries(tx, completed, policy); });
 */
export async function queueDeliveries(
  tx: Queryable,
  conversation: CompletedConversation,
  policy: FollowUpPolicy = UNPACED,
  now = Date.now(),
): Promise<QueueResult> {
  const { rows } = await tx.query<{
    id: string;
    email: string;
    trigger: string;
    forwards: number | null;
    waiting: boolean | null;
  }>(
    `SELECT i.id, COALESCE(i.email, '') AS email, i.trigger, f.forwards, f.waiting
     FROM sb_support_integrations i
     LEFT JOIN (
       SELECT integration_id, max(forward) AS forwards, bool_or(state = 'pending') AS waiting
       FROM sb_deliveries WHERE conversation_id = $3 GROUP BY integration_id
     ) f ON f.integration_id = i.id
     WHERE i.account_id = $1 AND (i.bot_id = '' OR i.bot_id = $2) AND ${DELIVERABLE}
     ORDER BY i.created_at, i.id`,
    [conversation.accountId, conversation.botId, conversation.id],
  );
  const result: QueueResult = { queued: 0, coalesced: 0, capped: 0 };
  const forwards: Forward[] = [];
  for (const integration of rows.filter((row) => triggers(row.trigger, conversation))) {
    const before = Number(integration.forwards ?? 0);
    if (before > 0 && integration.waiting) result.coalesced++;
    else if (before >= policy.maxForwards) result.capped++;
    else {
      forwards.push({
        conversationId: conversation.id,
        integrationId: integration.id,
        email: integration.email,
        dueAt: before > 0 ? now + policy.quietMs : now,
      });
    }
  }
  result.queued = await insertForwards(tx, conversation.accountId, forwards, now);
  return result;
}

function triggers(trigger: string, conversation: CompletedConversation): boolean {
  switch (trigger) {
    case 'automatic':
      return isEmail(conversation.contact.email);
    case 'escalation':
      return conversation.escalated;
    case 'always':
      return conversation.hasUserMessage;
    default:
      return false;
  }
}

/**
 * Forwards conversations through one integration now (the trigger endpoint): the given
 * ids, or else the `sample` (default 20) most recently completed ones. Only completed
 * conversations of the integration's account and of a bot it covers count; other ids
 * are ignored. The trigger rule is not applied: an admin asking explicitly wins over it.
 * Each becomes the next forward of its conversation, whose email threads under the first.
 *
 * @returns how many deliveries were queued
 * @example
 * const triggered = await db.transaction((tx) => forwardConversations(tx, integration, { sample: 5 }));
 */
export async function forwardConversations(
  tx: Queryable,
  integration: {
    id: string;
    accountId: string;
    botId: string;
    email: string | null;
    channel?: object | null;
  },
  select: { conversationIds?: string[]; sample?: number },
  now = Date.now(),
): Promise<number> {
  const email = integration.email?.trim() ?? '';
  if (!email && !integration.channel) return 0;
  const scope = `account_id = $1 AND status = 'completed' AND ($2 = '' OR bot_id = $2)`;
  const { rows } = select.conversationIds
    ? await tx.query<{ id: string }>(
        `SELECT id FROM sb_conversations WHERE ${scope} AND id = ANY($3::text[]) ORDER BY completed_at, id`,
        [integration.accountId, integration.botId, [...new Set(select.conversationIds)]],
      )
    : await tx.query<{ id: string }>(
        `SELECT id FROM sb_conversations WHERE ${scope} ORDER BY completed_at DESC, id DESC LIMIT $3`,
        [integration.accountId, integration.botId, select.sample ?? DEFAULT_SAMPLE],
      );
  const forwards = rows.map((row) => ({
    conversationId: row.id,
    integrationId: integration.id,
    email,
    dueAt: now,
  }));
  return insertForwards(tx, integration.accountId, forwards, now);
}

/** One delivery to insert: due at once, or after a follow-up's quiet period. */
interface Forward {
  conversationId: string;
  integrationId: string;
  email: string;
  dueAt: number;
}

/**
 * Inserts forwards in one statement, each numbered one past the highest forward of its
 * (conversation, integration). The unique index turns a concurrent duplicate into a
 * skipped row instead of an error that would roll back the caller's transaction.
 */
async function insertForwards(
  tx: Queryable,
  accountId: string,
  forwards: Forward[],
  now: number,
): Promise<number> {
  if (forwards.length === 0) return 0;
  const { rows } = await tx.query(
    `INSERT INTO sb_deliveries (id, account_id, conversation_id, integration_id, email, forward, state, attempts, next_attempt_at, created_at, updated_at)
     SELECT x.id, $1, x.conversation_id, x.integration_id, x.email,
            COALESCE((SELECT max(d.forward) FROM sb_deliveries d WHERE d.conversation_id = x.conversation_id AND d.integration_id = x.integration_id), 0) + 1,
            'pending', 0, x.due_at, $6, $6
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $7::bigint[]) AS x (id, conversation_id, integration_id, email, due_at)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [
      accountId,
      forwards.map(() => newId('delivery')),
      forwards.map((f) => f.conversationId),
      forwards.map((f) => f.integrationId),
      forwards.map((f) => f.email),
      now,
      forwards.map((f) => f.dueAt),
    ],
  );
  return rows.length;
}

/**
 * Whether the team has the conversation: a forward of it is queued, being sent or sent (not
 * cancelled) — or, with `sentOnly`, one has left. A message added then goes to the team, and
 * an address changed after a forward left needs a follow-up (one not yet sent takes it along).
 *
 * @example
 * if (await isForwarded(tx, 'conv_…')) … // the visitor's message joins the request
 */
export async function isForwarded(db: Queryable, conversationId: string, sentOnly = false): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM sb_deliveries WHERE conversation_id = $1 AND ${sentOnly ? "state = 'sent'" : "state <> 'cancelled'"} LIMIT 1`,
    [conversationId],
  );
  return rows.length > 0;
}

/**
 * Cancels the deliveries of a deleted integration that have not gone out: pending ones,
 * and those whose sender crashed (lease expired). One being sent right now is left to
 * finish, so the record says `sent` if the email did leave.
 *
 * @returns how many deliveries were cancelled
 * @example
 * await db.transaction(async (tx) => { await deleteIntegration(tx, id); await cancelDeliveries(tx, id); });
 */
export async function cancelDeliveries(
  tx: Queryable,
  integrationId: string,
  now = Date.now(),
): Promise<number> {
  const { rows } = await tx.query(
    `UPDATE sb_deliveries SET state = 'cancelled', lease_until = NULL, last_error = 'The support integration was deleted', updated_at = $2
     WHERE integration_id = $1 AND (state = 'pending' OR (state = 'sending' AND lease_until < $2))
     RETURNING id`,
    [integrationId, now],
  );
  return rows.length;
}

interface DeliveryRow {
  id: string;
  integration_id: string;
  email: string;
  forward: number;
  state: DeliveryState;
  attempts: number;
  message_id: string | null;
  last_error: string | null;
  sent_at: string | number | null;
  created_at: string | number;
  updated_at: string | number;
}

/**
 * The deliveries of conversations, oldest first, keyed by conversation, as the API shows
 * them in `conversation/{id}/fetch` and `conversation/list` — one query for a whole page.
 * `messageId` is empty until the worker first picks the delivery up (it derives the id from
 * the sender's domain).
 *
 * @example
 * const byConversation = await listDeliveries(db, ['conv_…']); // Map { 'conv_…' => [{ state: 'sent', … }] }
 */
export async function listDeliveries(
  db: Queryable,
  conversationIds: readonly string[],
): Promise<Map<string, Delivery[]>> {
  const byConversation = new Map<string, Delivery[]>(conversationIds.map((id) => [id, []]));
  if (conversationIds.length === 0) return byConversation;
  const { rows } = await db.query<DeliveryRow & { conversation_id: string }>(
    `SELECT conversation_id, id, integration_id, email, forward, state, attempts, message_id, last_error, sent_at,
            created_at, updated_at
     FROM sb_deliveries WHERE conversation_id = ANY($1::text[]) ORDER BY created_at, forward, id`,
    [conversationIds],
  );
  for (const row of rows) {
    byConversation.get(row.conversation_id)?.push({
      id: row.id,
      integrationId: row.integration_id,
      email: row.email,
      forward: Number(row.forward),
      state: row.state,
      attempts: Number(row.attempts),
      messageId: row.message_id ?? '',
      ...(row.last_error ? { lastError: row.last_error } : {}),
      ...(row.sent_at != null ? { sentAt: Number(row.sent_at) } : {}),
      createdAt: Number(row.created_at),
      updatedAt: Number(row.updated_at),
    });
  }
  return byConversation;
}
