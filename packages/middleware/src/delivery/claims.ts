import type { Contact, ConversationSummary, SupportChannel, VisitorContext } from '@supportbridge/shared';
import type { Queryable } from '../store/database.js';

/**
 * A delivery this worker has claimed; `attempts` (bumped by the claim) fences every later write.
 *
 * @example
 * const [claim] = await claimDue(db, Date.now(), 1, 30_000); // { id: 'dlv_…', forward: 1, attempts: 1, … }
 */
export interface Claim {
  id: string;
  conversationId: string;
  integrationId: string;
  email: string;
  forward: number;
  attempts: number;
  /** Earlier tries that handed the whole message over before failing without a reply. */
  transmissions: number;
  messageId: string | null;
  inReplyTo: string | null;
}

/**
 * Claims up to `limit` due deliveries: ones whose sender's lease ran out (it crashed or
 * hung) first, then pending ones in due order. Each half walks its own partial index, so
 * a claim costs the same with a million sent rows in the table. `SKIP LOCKED` lets
 * several instances claim side by side without waiting on or taking each other's rows;
 * the CTEs are materialized so the locked sets are computed exactly once. Each claim bumps
 * `attempts`, which then fences every later write: a sender whose lease was taken over
 * finds that its writes match nothing.
 *
 * @example
 * const claims = await claimDue(db, Date.now(), 5, 30_000);
 */
export async function claimDue(
  db: Queryable,
  now: number,
  limit: number,
  leaseMs: number,
  channelsOnly = false,
): Promise<Claim[]> {
  // A worker without mail settings takes only forwards to helpdesk and webhook channels.
  const only = channelsOnly
    ? ` AND EXISTS (SELECT 1 FROM sb_support_integrations i WHERE i.id = sb_deliveries.integration_id
         AND i.channel IS NOT NULL AND i.channel->>'type' <> 'email')`
    : '';
  const { rows } = await db.query<Record<string, unknown>>(
    `WITH expired AS MATERIALIZED (
       SELECT id FROM sb_deliveries WHERE state = 'sending' AND lease_until < $1${only}
       ORDER BY lease_until LIMIT $2 FOR UPDATE SKIP LOCKED
     ), pending AS MATERIALIZED (
       SELECT id FROM sb_deliveries WHERE state = 'pending' AND next_attempt_at <= $1${only}
       ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED
     ), due AS (
       SELECT id FROM expired UNION ALL SELECT id FROM pending LIMIT $2
     )
     UPDATE sb_deliveries d SET state = 'sending', lease_until = $3, attempts = d.attempts + 1, updated_at = $1
     WHERE d.id IN (SELECT id FROM due)
     RETURNING d.id, d.conversation_id, d.integration_id, d.email, d.forward, d.attempts, d.transmissions, d.message_id, d.in_reply_to`,
    [now, limit, now + leaseMs],
  );
  return rows.map((r) => ({
    id: String(r.id),
    conversationId: String(r.conversation_id),
    integrationId: String(r.integration_id),
    email: String(r.email),
    forward: Number(r.forward),
    attempts: Number(r.attempts),
    transmissions: Number(r.transmissions),
    messageId: (r.message_id as string | null) ?? null,
    inReplyTo: (r.in_reply_to as string | null) ?? null,
  }));
}

/**
 * What the email of one claim is made from, read when it is sent (not when queued).
 *
 * @example
 * const source = await loadSource(db, claim); // { conversation, botName, integration, messages, … }
 */
export interface ForwardSource {
  conversation: {
    id: string;
    createdAt: number;
    endReason?: string;
    contact: Contact;
    summary: ConversationSummary | null;
    language?: string;
    visitor?: VisitorContext;
    /** On a later forward: when the one before it was queued; what came since is what is new. */
    since?: number;
  };
  botName: string;
  /** The integration's inbox and channel now, or null when the integration was deleted. */
  integration: { email: string; channel: SupportChannel | null } | null;
  /** The Message-ID forward 1 went out with, for threading a later forward. */
  firstMessageId: string | null;
  /** What the helpdesk called forward 1 (`zendesk:4711`), for adding a follow-up to it. */
  firstRemoteId: string | null;
  messages: { type: 'user' | 'bot'; text: string; createdAt: number }[];
}

/**
 * Loads conversation, bot name, integration, forward 1's Message-ID and the transcript for
 * a claim; null when the conversation is gone.
 *
 * @example
 * const source = await loadSource(db, claim);
 */
export async function loadSource(db: Queryable, claim: Claim): Promise<ForwardSource | null> {
  // One round trip: on PGlite every query waits its turn on the single connection.
  const { rows } = await db.query<Record<string, unknown>>(
    `SELECT c.id, c.contact, c.summary, c.end_reason, c.created_at, c.language, c.visitor, b.name AS bot_name,
            (SELECT f.created_at FROM sb_deliveries f
             WHERE f.conversation_id = c.id AND f.integration_id = $2 AND f.forward = $3::int - 1) AS previous_at,
            i.id AS integration_id, i.email AS integration_email, i.channel AS integration_channel,
            (SELECT f.message_id FROM sb_deliveries f
             WHERE f.conversation_id = c.id AND f.integration_id = $2 AND f.forward = 1) AS first_message_id,
            (SELECT f.remote_id FROM sb_deliveries f
             WHERE f.conversation_id = c.id AND f.integration_id = $2 AND f.remote_id IS NOT NULL
             ORDER BY f.forward LIMIT 1) AS first_remote_id,
            (SELECT json_agg(json_build_array(m.type, m.text, m.created_at) ORDER BY m.seq)
             FROM sb_messages m WHERE m.conversation_id = c.id) AS messages
     FROM sb_conversations c
     LEFT JOIN sb_bots b ON b.id = c.bot_id
     LEFT JOIN sb_support_integrations i ON i.id = $2
     WHERE c.id = $1`,
    [claim.conversationId, claim.integrationId, claim.forward],
  );
  const row = rows[0];
  if (!row) return null;
  const messages =
    (row.messages as [type: 'user' | 'bot', text: string, createdAt: string | number][] | null) ?? [];
  return {
    conversation: {
      id: String(row.id),
      createdAt: Number(row.created_at),
      endReason: (row.end_reason as string | null) ?? undefined,
      contact: (row.contact as Contact | null) ?? {},
      summary: (row.summary as ConversationSummary | null) ?? null,
      ...(row.language != null && { language: String(row.language) }),
      ...(row.visitor != null && { visitor: row.visitor as VisitorContext }),
      ...(row.previous_at != null && { since: Number(row.previous_at) }),
    },
    botName: (row.bot_name as string | null) ?? '',
    integration: row.integration_id
      ? {
          email: String(row.integration_email ?? ''),
          channel: (row.integration_channel as SupportChannel | null) ?? null,
        }
      : null,
    firstMessageId: (row.first_message_id as string | null) ?? null,
    firstRemoteId: (row.first_remote_id as string | null) ?? null,
    messages: messages.map(([type, text, createdAt]) => ({ type, text, createdAt: Number(createdAt) })),
  };
}

/**
 * Where a claim ends up after one try.
 *
 * @example
 * const retry: Outcome = { state: 'pending', nextAttemptAt: Date.now() + 4000, error: '421 Try later' };
 */
export type Outcome =
  | { state: 'sent' }
  /**
   * `refund`: the try never reached the server, so it does not count as an attempt.
   * `transmitted`: the whole message reached the server before the failure (a copy may exist).
   */
  | { state: 'pending'; nextAttemptAt: number; error: string; refund?: boolean; transmitted?: boolean }
  | { state: 'failed' | 'cancelled'; error: string; transmitted?: boolean };

/**
 * The Message-ID, In-Reply-To and inbox a claim was sent with (or would have been).
 *
 * @example
 * const stamp: Stamp = { messageId: '<sb.….2@acme.com>', inReplyTo: '<sb.….1@acme.com>', email: 'help@acme.com' };
 */
export interface Stamp {
  messageId: string;
  inReplyTo: string | null;
  email: string;
  /** What the helpdesk called the hand-over it took (`zendesk:4711`); channels other than email. */
  remoteId?: string;
}

/**
 * Records the outcome of a claim, only if the claim is still ours (same `attempts`, still
 * `sending`); false when another sender took it over after our lease ran out. The stamp's
 * ids are kept with `COALESCE`: the first ones stored stay, so every later retry (and the
 * listing) uses the same Message-ID even if the sender's domain was reconfigured.
 *
 * @example
 * await settle(db, claim, { state: 'sent' }, Date.now(), stamp);
 */
export async function settle(
  db: Queryable,
  claim: Claim,
  outcome: Outcome,
  now: number,
  stamp?: Stamp,
): Promise<boolean> {
  const { rows } = await db.query(
    `UPDATE sb_deliveries
     SET state = $3, last_error = $4, next_attempt_at = COALESCE($5::bigint, next_attempt_at), sent_at = $6::bigint,
         lease_until = NULL, updated_at = $7, message_id = COALESCE(message_id, $8), in_reply_to = COALESCE(in_reply_to, $9),
         email = COALESCE($10, email), attempts = attempts - $11::int, transmissions = transmissions + $12::int,
         remote_id = COALESCE(remote_id, $13)
     WHERE id = $1 AND attempts = $2 AND state = 'sending'
     RETURNING id`,
    [
      claim.id,
      claim.attempts,
      outcome.state,
      outcome.state === 'sent' ? null : outcome.error,
      outcome.state === 'pending' ? outcome.nextAttemptAt : null,
      outcome.state === 'sent' ? now : null,
      now,
      stamp?.messageId ?? null,
      stamp?.inReplyTo ?? null,
      stamp?.email ?? null,
      outcome.state === 'pending' && outcome.refund ? 1 : 0,
      outcome.state !== 'sent' && outcome.transmitted ? 1 : 0,
      stamp?.remoteId ?? null,
    ],
  );
  return rows.length > 0;
}

/**
 * Extends the leases of deliveries still being sent, so a slow but healthy send is never
 * mistaken for a crashed one and sent a second time by another instance.
 *
 * @example
 * await renewLeases(db, ['dlv_…'], Date.now() + 30_000);
 */
export async function renewLeases(db: Queryable, ids: string[], until: number): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE sb_deliveries SET lease_until = $2 WHERE id = ANY($1::text[]) AND state = 'sending'`,
    [ids, until],
  );
}
