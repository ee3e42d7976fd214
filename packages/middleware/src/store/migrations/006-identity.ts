import type { Migration } from '../migrate.js';

/**
 * Signed visitor identity. A bot may require it (`identity_required`) and holds up to two
 * identity secrets at once (the current one and the next, while the host rotates), each kept
 * as written: the middleware must recompute `HMAC-SHA256(secret, email)`, so a hash of the
 * secret would not do. Deleting a bot deletes its secrets.
 */
export const identity: Migration = {
  id: '006-identity',
  sql: `
ALTER TABLE sb_bots ADD COLUMN identity_required boolean NOT NULL DEFAULT false;
CREATE TABLE sb_identity_secrets (
  id text PRIMARY KEY,
  bot_id text NOT NULL REFERENCES sb_bots (id) ON DELETE CASCADE,
  secret text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX sb_identity_secrets_bot ON sb_identity_secrets (bot_id, created_at)`,
};
