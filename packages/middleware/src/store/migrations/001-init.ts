import type { Migration } from '../migrate.js';

/**
 * Bots, support integrations, conversations, messages and session tokens. Times are epoch
 * milliseconds (bigint), as the API speaks them. Every list is keyset-paginated on
 * (account_id, created_at, id), so each has that index.
 */
export const init: Migration = {
  id: '001-init',
  sql: `
CREATE TABLE sb_bots (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  name text,
  description text,
  backstory text,
  model text NOT NULL DEFAULT 'intake',
  greeting text,
  knowledge jsonb,
  allowed_origins jsonb,
  idle_minutes integer NOT NULL DEFAULT 15,
  meta jsonb,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE INDEX sb_bots_page ON sb_bots (account_id, created_at, id);

CREATE TABLE sb_support_integrations (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  name text,
  description text,
  bot_id text NOT NULL DEFAULT '',
  blueprint_id text,
  email text,
  meta jsonb,
  alias text,
  trigger text NOT NULL DEFAULT 'automatic',
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL
);
CREATE INDEX sb_support_integrations_page ON sb_support_integrations (account_id, created_at, id);
CREATE INDEX sb_support_integrations_bot ON sb_support_integrations (account_id, bot_id, created_at, id);
CREATE UNIQUE INDEX sb_support_integrations_alias ON sb_support_integrations (account_id, alias) WHERE alias IS NOT NULL;

CREATE TABLE sb_conversations (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  bot_id text NOT NULL,
  status text NOT NULL DEFAULT 'active',
  end_reason text,
  contact jsonb NOT NULL DEFAULT '{}',
  given_contact jsonb NOT NULL DEFAULT '{}',
  escalation jsonb,
  summary jsonb,
  meta jsonb,
  message_count integer NOT NULL DEFAULT 0,
  last_activity_at bigint NOT NULL,
  created_at bigint NOT NULL,
  updated_at bigint NOT NULL,
  completed_at bigint
);
CREATE INDEX sb_conversations_page ON sb_conversations (account_id, created_at, id);
CREATE INDEX sb_conversations_bot ON sb_conversations (account_id, bot_id, completed_at);
CREATE INDEX sb_conversations_idle ON sb_conversations (last_activity_at) WHERE status = 'active';

CREATE TABLE sb_messages (
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES sb_conversations (id) ON DELETE CASCADE,
  seq bigserial,
  type text NOT NULL,
  text text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX sb_messages_conversation ON sb_messages (conversation_id, seq);

CREATE TABLE sb_sessions (
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES sb_conversations (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL
)
`,
};
