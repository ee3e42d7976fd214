import type {
  SupportChannel,
  SupportIntegration,
  SupportIntegrationCreate,
  SupportIntegrationListQuery,
  SupportIntegrationUpdate,
  SupportTrigger,
} from '@supportbridge/shared';
import { channelView } from '../delivery/channels/channel-settings.js';
import { SupportError } from '../errors.js';
import { newId } from '../ids.js';
import type { Queryable } from './database.js';
import { keysetClause, pageOf } from './keyset.js';
import { mergeMetaSql, metaJson } from './meta.js';

/** A row of sb_support_integrations as the driver returns it. */
export interface SupportIntegrationRow {
  id: string;
  account_id: string;
  name: string | null;
  description: string | null;
  bot_id: string;
  blueprint_id: string | null;
  email: string | null;
  meta: Record<string, unknown> | null;
  alias: string | null;
  trigger: SupportTrigger;
  /** The delivery channel with its credentials; null for plain email. */
  channel: SupportChannel | null;
  created_at: string | number;
  updated_at: string | number;
}

const COLUMNS =
  'id, account_id, name, description, bot_id, blueprint_id, email, meta, alias, trigger, channel, created_at, updated_at';

/**
 * The API form of a row: absent values are omitted, not `null`, as ChatBotKit answers.
 *
 * @example
 * toSupportIntegration(row).botId // "" when it covers every bot
 */
export function toSupportIntegration(row: SupportIntegrationRow): SupportIntegration {
  return {
    id: row.id,
    ...(row.name != null && { name: row.name }),
    ...(row.description != null && { description: row.description }),
    botId: row.bot_id,
    ...(row.blueprint_id != null && { blueprintId: row.blueprint_id }),
    ...(row.email != null && { email: row.email }),
    ...(row.meta != null && { meta: row.meta }),
    ...(row.alias != null && { alias: row.alias }),
    trigger: row.trigger,
    ...(row.channel != null && { channel: channelView(row.channel) }),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/**
 * Inserts an integration. A taken alias is a 409. `body.channel` must already be complete
 * (see `completeChannel`): it is stored as given.
 *
 * @example
 * const id = await createSupportIntegration(db, 'acct_1', { email: 'help@acme.com' });
 */
export async function createSupportIntegration(
  db: Queryable,
  accountId: string,
  body: SupportIntegrationCreate,
  now = Date.now(),
): Promise<string> {
  const id = newId('supportIntegration');
  await uniqueAlias(
    db.query(
      `INSERT INTO sb_support_integrations (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`,
      [
        id,
        accountId,
        body.name ?? null,
        body.description ?? null,
        body.botId ?? '',
        body.blueprintId || null,
        body.email || null,
        metaJson(body.meta),
        body.alias ?? null,
        body.trigger ?? 'automatic',
        body.channel ? JSON.stringify(body.channel) : null,
        now,
      ],
    ),
    body.alias,
  );
  return id;
}

/**
 * The integration with this id or alias in the account, or a 404 — another account's
 * integration is as absent as one that never existed.
 *
 * @example
 * const row = await findSupportIntegration(db, 'acct_1', 'zendesk-eu');
 */
export async function findSupportIntegration(
  db: Queryable,
  accountId: string,
  idOrAlias: string,
  lock = false,
): Promise<SupportIntegrationRow> {
  const { rows } = await db.query<SupportIntegrationRow>(
    `SELECT ${COLUMNS} FROM sb_support_integrations WHERE account_id = $1 AND (id = $2 OR alias = $2)${lock ? ' FOR UPDATE' : ''}`,
    [accountId, idOrAlias],
  );
  const row = rows[0];
  if (!row) throw new SupportError('NOT_FOUND', `No support integration "${idOrAlias}" in this account`);
  return row;
}

/**
 * Applies an update: omitted fields keep their value; `meta` merges key by key and a key
 * set to `null` is removed; `email: null` or `""` clears the inbox; `channel` (already
 * completed by `completeChannel`) replaces the stored one, `null` goes back to email.
 *
 * @example
 * await updateSupportIntegration(db, 'acct_1', 'sup_…', { meta: { team: null } });
 */
export async function updateSupportIntegration(
  db: Queryable,
  accountId: string,
  idOrAlias: string,
  body: SupportIntegrationUpdate,
  now = Date.now(),
): Promise<string> {
  const sets: string[] = [];
  const params: unknown[] = [accountId, idOrAlias];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (body.name !== undefined) set('name', body.name);
  if (body.description !== undefined) set('description', body.description);
  if (body.botId !== undefined) set('bot_id', body.botId ?? '');
  if (body.blueprintId !== undefined) set('blueprint_id', body.blueprintId || null);
  if (body.email !== undefined) set('email', body.email || null);
  if (body.alias !== undefined) set('alias', body.alias);
  if (body.trigger !== undefined) set('trigger', body.trigger);
  if (body.channel !== undefined) set('channel', body.channel ? JSON.stringify(body.channel) : null);
  if (body.meta !== undefined) sets.push(mergeMetaSql(body.meta, params));
  set('updated_at', now);
  const { rows } = await uniqueAlias(
    db.query<{ id: string }>(
      `UPDATE sb_support_integrations SET ${sets.join(', ')} WHERE account_id = $1 AND (id = $2 OR alias = $2) RETURNING id`,
      params,
    ),
    body.alias,
  );
  const row = rows[0];
  if (!row) throw new SupportError('NOT_FOUND', `No support integration "${idOrAlias}" in this account`);
  return row.id;
}

/**
 * Deletes an integration and returns its id, or a 404.
 *
 * @example
 * await deleteSupportIntegration(tx, 'acct_1', 'sup_…');
 */
export async function deleteSupportIntegration(
  db: Queryable,
  accountId: string,
  idOrAlias: string,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'DELETE FROM sb_support_integrations WHERE account_id = $1 AND (id = $2 OR alias = $2) RETURNING id',
    [accountId, idOrAlias],
  );
  const row = rows[0];
  if (!row) throw new SupportError('NOT_FOUND', `No support integration "${idOrAlias}" in this account`);
  return row.id;
}

/**
 * One keyset page of an account's integrations, filtered by bot, blueprint and meta values.
 *
 * @example
 * const { items, cursor } = await listSupportIntegrations(db, 'acct_1', { take: 20, order: 'desc' });
 */
export async function listSupportIntegrations(
  db: Queryable,
  accountId: string,
  query: SupportIntegrationListQuery,
): Promise<{ items: SupportIntegration[]; cursor?: string }> {
  const params: unknown[] = [accountId];
  const filters = ['account_id = $1'];
  if (query.botId !== undefined) {
    params.push(query.botId);
    filters.push(`bot_id = $${params.length}`);
  }
  if (query.blueprintId !== undefined) {
    params.push(query.blueprintId);
    filters.push(`blueprint_id = $${params.length}`);
  }
  for (const [key, value] of Object.entries(query.meta ?? {})) {
    // ->> compares the text form, so meta.count=5 matches a stored number 5 as well as "5".
    params.push(key, value);
    filters.push(`meta ->> $${params.length - 1} = $${params.length}`);
  }
  const { where, orderBy } = keysetClause(query.order, query.cursor, params);
  params.push(query.take + 1);
  const { rows } = await db.query<SupportIntegrationRow>(
    `SELECT ${COLUMNS} FROM sb_support_integrations WHERE ${filters.join(' AND ')} AND ${where} ${orderBy} LIMIT $${params.length}`,
    params,
  );
  return pageOf(rows, query.take, toSupportIntegration);
}

/** Turns the unique-index violation on (account_id, alias) into the contract's 409. */
async function uniqueAlias<T>(pending: Promise<T>, alias: string | null | undefined): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new SupportError(
        'CONFLICT',
        `The alias "${alias}" is already used by another support integration`,
      );
    }
    throw error;
  }
}
