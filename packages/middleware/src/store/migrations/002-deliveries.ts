import type { Migration } from '../migrate.js';

/**
 * The delivery outbox: one row per forward of a conversation to a support integration,
 * written in the transaction that completes the conversation, so a crash can never lose
 * an email that was promised. The worker claims due rows with `FOR UPDATE SKIP LOCKED`
 * and a lease, so instances sharing one PostgreSQL never send the same row twice.
 *
 * - `message_id` / `in_reply_to` are filled by the worker on its first claim (it knows the
 *   sender's domain) and then reused by every retry, so a retry never opens a second ticket.
 * - `integration_id` has no foreign key: deleting an integration cancels its pending rows
 *   but keeps the history of what was sent.
 * - `(conversation_id, integration_id, forward)` is unique, so two concurrent re-forwards
 *   cannot both become forward 2; it also serves the per-conversation listing.
 */
export const deliveries: Migration = {
  id: '002-deliveries',
  sql: `
CREATE TABLE sb_deliveries (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  conversation_id text NOT NULL REFERENCES sb_conversations (id) ON DELETE CASCADE,
  integration_id text NOT NULL,
  email text NOT NULL,
  forward integer NOT NULL,
  state text NOT NULL DEFAULT 'pending',
  attempts integer NOT NULL DEFAULT 0,
  message_id text,
  in_reply_to text,
  next_attempt_at bigint NOT NULL,
  lease_until bigint,
  last_error text,
  sent_at bigint,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  CONSTRAINT sb_deliveries_state CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'cancelled'))
);
CREATE UNIQUE INDEX sb_deliveries_forward ON sb_deliveries (conversation_id, integration_id, forward);
CREATE INDEX sb_deliveries_due ON sb_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX sb_deliveries_lease ON sb_deliveries (lease_until) WHERE state = 'sending';
CREATE INDEX sb_deliveries_open ON sb_deliveries (integration_id) WHERE state IN ('pending', 'sending')
`,
};
