import { randomBytes } from 'node:crypto';
import { type IdentitySecretCreated, MAX_IDENTITY_SECRETS } from '@supportbridge/shared';
import { SupportError } from '../errors.js';
import { newId } from '../ids.js';
import type { Database, Queryable } from './database.js';

/**
 * Creates an identity secret for a bot of the account and returns it — the only time its
 * value leaves the store. A bot holds at most `MAX_IDENTITY_SECRETS` (two: the current one
 * and the next while the host rotates); a third is a 409 until one is deleted. The bot row
 * is locked while counting, so two concurrent creates cannot both pass the cap.
 *
 * @example
 * const { id, secret } = await createIdentitySecret(db, 'acct_1', 'bot_…');
 */
export async function createIdentitySecret(
  db: Database,
  accountId: string,
  botId: string,
  now = Date.now(),
): Promise<IdentitySecretCreated> {
  return db.transaction(async (tx) => {
    const { rows: bots } = await tx.query<{ id: string }>(
      'SELECT id FROM sb_bots WHERE id = $1 AND account_id = $2 FOR UPDATE',
      [botId, accountId],
    );
    if (!bots[0]) throw new SupportError('NOT_FOUND', `No bot "${botId}" in this account`);
    const { rows } = await tx.query<{ count: string | number }>(
      'SELECT count(*) AS count FROM sb_identity_secrets WHERE bot_id = $1',
      [botId],
    );
    if (Number(rows[0]?.count ?? 0) >= MAX_IDENTITY_SECRETS) {
      throw new SupportError(
        'CONFLICT',
        `A bot holds at most ${MAX_IDENTITY_SECRETS} identity secrets; delete the one you rotated out first`,
      );
    }
    const id = newId('identitySecret');
    // 256 random bits, the key size HMAC-SHA256 is built for.
    const secret = `sbis_${randomBytes(32).toString('base64url')}`;
    await tx.query(
      'INSERT INTO sb_identity_secrets (id, bot_id, secret, created_at) VALUES ($1, $2, $3, $4)',
      [id, botId, secret, now],
    );
    await tx.query('UPDATE sb_bots SET updated_at = $2 WHERE id = $1', [botId, now]);
    return { id, secret, createdAt: now };
  });
}

/**
 * Deletes one identity secret of a bot of the account: signatures made with it stop
 * verifying at once.
 *
 * @example
 * await deleteIdentitySecret(db, 'acct_1', 'bot_…', 'idsec_…');
 */
export async function deleteIdentitySecret(
  db: Queryable,
  accountId: string,
  botId: string,
  secretId: string,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `DELETE FROM sb_identity_secrets s USING sb_bots b
     WHERE s.id = $1 AND s.bot_id = $2 AND b.id = s.bot_id AND b.account_id = $3 RETURNING s.id`,
    [secretId, botId, accountId],
  );
  if (!rows[0]) throw new SupportError('NOT_FOUND', `No identity secret "${secretId}" on this bot`);
  return secretId;
}

/**
 * The values of a bot's identity secrets, for verifying a signature; never for an answer.
 *
 * @example
 * const secrets = await identitySecretValues(db, 'bot_…');
 */
export async function identitySecretValues(db: Queryable, botId: string): Promise<string[]> {
  const { rows } = await db.query<{ secret: string }>(
    'SELECT secret FROM sb_identity_secrets WHERE bot_id = $1 ORDER BY created_at, id',
    [botId],
  );
  return rows.map((row) => row.secret);
}
