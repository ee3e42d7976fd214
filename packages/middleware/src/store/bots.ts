import type { Bot, BotCreate, BotUpdate, KnowledgeItem, ListQuery } from '@supportbridge/shared';
import { SupportError } from '../errors.js';
import { newId } from '../ids.js';
import type { Queryable } from './database.js';
import { keysetClause, pageOf } from './keyset.js';
import { mergeMetaSql, metaJson } from './meta.js';

/** A row of sb_bots as the driver returns it. */
export interface BotRow {
  id: string;
  account_id: string;
  name: string | null;
  description: string | null;
  backstory: string | null;
  model: string;
  greeting: string | null;
  reply_time: string | null;
  knowledge: KnowledgeItem[] | null;
  allowed_origins: string[] | null;
  idle_minutes: number;
  meta: Record<string, unknown> | null;
  identity_required: boolean;
  /** Ids and ages of the bot's identity secrets, oldest first; never their values. */
  identity_secrets: { id: string; createdAt: string | number }[];
  created_at: string | number;
  updated_at: string | number;
}

const COLUMNS =
  'id, account_id, name, description, backstory, model, greeting, reply_time, knowledge, allowed_origins, idle_minutes, meta, identity_required, created_at, updated_at';

/** What a read selects: the columns, and the secrets' ids (not values) gathered in one subquery. */
const SELECT = `${COLUMNS}, (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'createdAt', s.created_at) ORDER BY s.created_at, s.id), '[]'::jsonb) FROM sb_identity_secrets s WHERE s.bot_id = sb_bots.id) AS identity_secrets`;

/** Fields of the API and their columns, in the order of `COLUMNS` after account_id. */
const FIELDS = [
  ['name', 'name'],
  ['description', 'description'],
  ['backstory', 'backstory'],
  ['model', 'model'],
  ['greeting', 'greeting'],
  ['replyTime', 'reply_time'],
  ['knowledge', 'knowledge'],
  ['allowedOrigins', 'allowed_origins'],
  ['idleMinutes', 'idle_minutes'],
  ['meta', 'meta'],
  ['identityRequired', 'identity_required'],
] as const;

const JSON_COLUMNS = new Set(['knowledge', 'allowed_origins', 'meta']);

/**
 * The API form of a bot row.
 *
 * @example
 * toBot(row).model // "intake"
 */
export function toBot(row: BotRow): Bot {
  return {
    id: row.id,
    ...(row.name != null && { name: row.name }),
    ...(row.description != null && { description: row.description }),
    ...(row.backstory != null && { backstory: row.backstory }),
    model: row.model,
    ...(row.greeting != null && { greeting: row.greeting }),
    ...(row.reply_time != null && { replyTime: row.reply_time }),
    ...(row.knowledge != null && { knowledge: row.knowledge }),
    ...(row.allowed_origins != null && { allowedOrigins: row.allowed_origins }),
    idleMinutes: row.idle_minutes,
    ...(row.meta != null && { meta: row.meta }),
    identityRequired: row.identity_required,
    identitySecrets: row.identity_secrets.map((secret) => ({
      id: secret.id,
      createdAt: Number(secret.createdAt),
    })),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function columnValue(column: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (column === 'meta') return metaJson(value as Record<string, unknown>);
  return JSON_COLUMNS.has(column) ? JSON.stringify(value) : value;
}

/**
 * Inserts a bot and returns its id.
 *
 * @example
 * const id = await createBot(db, 'acct_1', { name: 'Ava', model: 'intake' });
 */
export async function createBot(
  db: Queryable,
  accountId: string,
  body: BotCreate,
  now = Date.now(),
): Promise<string> {
  const id = newId('bot');
  const withDefaults = {
    ...body,
    model: body.model ?? 'intake',
    idleMinutes: body.idleMinutes ?? 15,
    identityRequired: body.identityRequired ?? false,
  };
  const values = FIELDS.map(([field, column]) => columnValue(column, withDefaults[field]));
  const placeholders = values.map((_, i) => `$${i + 3}`).join(', ');
  await db.query(
    `INSERT INTO sb_bots (${COLUMNS}) VALUES ($1, $2, ${placeholders}, $${values.length + 3}, $${values.length + 3})`,
    [id, accountId, ...values, now],
  );
  return id;
}

/**
 * The bot with this id in the account, or a 404.
 *
 * @example
 * const bot = toBot(await requireBot(db, 'acct_1', 'bot_…'));
 */
export async function requireBot(db: Queryable, accountId: string | undefined, id: string): Promise<BotRow> {
  const params: unknown[] = [id];
  if (accountId !== undefined) params.push(accountId);
  const { rows } = await db.query<BotRow>(
    `SELECT ${SELECT} FROM sb_bots WHERE id = $1${accountId !== undefined ? ' AND account_id = $2' : ''}`,
    params,
  );
  const row = rows[0];
  if (!row)
    throw new SupportError('NOT_FOUND', `No bot "${id}"${accountId !== undefined ? ' in this account' : ''}`);
  return row;
}

/**
 * Updates the given fields of a bot; omitted fields keep their value, `meta` merges key by
 * key (a `null` value removes the key).
 *
 * @example
 * await updateBot(db, 'acct_1', 'bot_…', { greeting: 'Hi there!' });
 */
export async function updateBot(
  db: Queryable,
  accountId: string,
  id: string,
  body: BotUpdate,
  now = Date.now(),
): Promise<string> {
  const params: unknown[] = [id, accountId];
  const sets: string[] = [];
  for (const [field, column] of FIELDS) {
    const value = body[field];
    if (value === undefined) continue;
    if (field === 'meta' && value) {
      sets.push(mergeMetaSql(value as Record<string, unknown>, params));
      continue;
    }
    params.push(columnValue(column, value));
    sets.push(`${column} = $${params.length}`);
  }
  params.push(now);
  sets.push(`updated_at = $${params.length}`);
  const { rows } = await db.query<{ id: string }>(
    `UPDATE sb_bots SET ${sets.join(', ')} WHERE id = $1 AND account_id = $2 RETURNING id`,
    params,
  );
  if (!rows[0]) throw new SupportError('NOT_FOUND', `No bot "${id}" in this account`);
  return id;
}

/**
 * Deletes a bot. Its conversations stay (they are the support history); integrations that
 * named it keep their configuration but no longer match anything.
 *
 * @example
 * await deleteBot(db, 'acct_1', 'bot_…');
 */
export async function deleteBot(db: Queryable, accountId: string, id: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'DELETE FROM sb_bots WHERE id = $1 AND account_id = $2 RETURNING id',
    [id, accountId],
  );
  if (!rows[0]) throw new SupportError('NOT_FOUND', `No bot "${id}" in this account`);
  return id;
}

/**
 * One keyset page of an account's bots.
 *
 * @example
 * const page = await listBots(db, 'acct_1', { take: 20, order: 'desc' });
 */
export async function listBots(
  db: Queryable,
  accountId: string,
  query: ListQuery,
): Promise<{ items: Bot[]; cursor?: string }> {
  const params: unknown[] = [accountId];
  const { where, orderBy } = keysetClause(query.order, query.cursor, params);
  params.push(query.take + 1);
  const { rows } = await db.query<BotRow>(
    `SELECT ${SELECT} FROM sb_bots WHERE account_id = $1 AND ${where} ${orderBy} LIMIT $${params.length}`,
    params,
  );
  return pageOf(rows, query.take, toBot);
}
