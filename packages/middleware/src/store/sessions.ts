import { randomBytes } from 'node:crypto';
import type { Session } from '@supportbridge/shared';
import { sha256 } from '../http/auth.js';
import { newId } from '../ids.js';
import type { ConversationRow } from './conversations.js';
import type { Queryable } from './database.js';

/** How long a session lasts when the caller does not say. */
export const DEFAULT_SESSION_SECONDS = 24 * 3600;

/**
 * Issues a session token for one conversation: 256 random bits, of which only the SHA-256
 * is stored, so a leaked database holds no usable token.
 *
 * @example
 * const { token, expiresAt } = await createSession(db, 'conv_…');
 */
export async function createSession(
  db: Queryable,
  conversationId: string,
  durationInSeconds = DEFAULT_SESSION_SECONDS,
  now = Date.now(),
): Promise<Session> {
  const id = newId('session');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + durationInSeconds * 1000;
  await db.query(
    'INSERT INTO sb_sessions (id, conversation_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)',
    [id, conversationId, sha256(token), expiresAt, now],
  );
  return { id, token, expiresAt };
}

/**
 * The session a token stands for, with its conversation read in the same query, or
 * `undefined` when unknown; `expired` tells a stale one.
 *
 * @example
 * const session = await findSession(db, token);
 */
export async function findSession(
  db: Queryable,
  token: string,
  now = Date.now(),
): Promise<{ conversation: ConversationRow; expired: boolean } | undefined> {
  const { rows } = await db.query<ConversationRow & { session_expires_at: string | number }>(
    `SELECT c.*, s.expires_at AS session_expires_at FROM sb_sessions s
     JOIN sb_conversations c ON c.id = s.conversation_id WHERE s.token_hash = $1`,
    [sha256(token)],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { session_expires_at: expiresAt, ...conversation } = row;
  return { conversation, expired: Number(expiresAt) <= now };
}
