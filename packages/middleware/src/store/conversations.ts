import type {
  Contact,
  ConversationListQuery,
  ConversationStatus,
  ConversationSummary,
  EndReason,
  Message,
  VisitorContext,
} from '@supportbridge/shared';
import type { BotTurnAct } from '../engines/engine.js';
import { SupportError } from '../errors.js';
import { newId } from '../ids.js';
import type { Queryable } from './database.js';
import { keysetClause, pageOf } from './keyset.js';

/** A row of sb_conversations as the driver returns it. */
export interface ConversationRow {
  id: string;
  account_id: string;
  bot_id: string;
  status: ConversationStatus;
  end_reason: EndReason | null;
  contact: Contact;
  given_contact: Contact;
  escalation: { reason: string } | null;
  summary: ConversationSummary | null;
  meta: Record<string, unknown> | null;
  language: string | null;
  visitor: VisitorContext | null;
  message_count: number;
  last_activity_at: string | number;
  created_at: string | number;
  updated_at: string | number;
  completed_at: string | number | null;
}

/** A message row; `seq` keeps the order of messages written in the same millisecond. */
export interface MessageRow {
  id: string;
  type: 'user' | 'bot';
  text: string;
  created_at: string | number;
}

/** What a new conversation may start with besides its bot: admin `meta`, the widget's visitor details. */
export interface ConversationStart {
  meta?: Record<string, unknown>;
  language?: string;
  visitor?: VisitorContext;
}

/**
 * Starts a conversation with a bot.
 *
 * @example
 * const id = await createConversation(db, 'acct_1', 'bot_…', { language: 'de' });
 */
export async function createConversation(
  db: Queryable,
  accountId: string,
  botId: string,
  start: ConversationStart = {},
  now = Date.now(),
): Promise<string> {
  const id = newId('conversation');
  const { meta, language, visitor } = start;
  await db.query(
    `INSERT INTO sb_conversations (id, account_id, bot_id, meta, language, visitor, last_activity_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $7)`,
    [
      id,
      accountId,
      botId,
      meta ? JSON.stringify(meta) : null,
      language ?? null,
      visitor ? JSON.stringify(visitor) : null,
      now,
    ],
  );
  return id;
}

/**
 * The conversation, or a 404. With `accountId`, one of another account is absent too.
 * `lock` takes a row lock for the rest of the transaction.
 *
 * @example
 * const row = await requireConversation(tx, 'conv_…', 'acct_1', true);
 */
export async function requireConversation(
  db: Queryable,
  id: string,
  accountId?: string,
  lock = false,
): Promise<ConversationRow> {
  const params: unknown[] = [id];
  if (accountId !== undefined) params.push(accountId);
  const { rows } = await db.query<ConversationRow>(
    `SELECT * FROM sb_conversations WHERE id = $1${accountId !== undefined ? ' AND account_id = $2' : ''}${lock ? ' FOR UPDATE' : ''}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new SupportError('NOT_FOUND', `No conversation "${id}"`);
  return row;
}

/**
 * Appends a message and marks the conversation active now, in one statement. The message
 * takes `places` in the conversation's count — a visitor message takes two, one held for
 * the bot's reply, which then takes none — and with `max` only while they fit below it; the
 * check, the count and the insert cannot be split by a concurrent sender, so a conversation
 * never passes its cap; a message that does not fit is a 409. A bot turn stores what it did
 * (`act`, see migration 004) with it.
 *
 * @example
 * await addMessage(tx, 'conv_…', 'user', 'Where is my order?', { places: 2, max: 200 });
 * await addMessage(tx, 'conv_…', 'bot', 'Let me check.', { places: 0, act: { asked: 'order' } });
 */
export async function addMessage(
  db: Queryable,
  conversationId: string,
  type: 'user' | 'bot',
  text: string,
  options: { places: number; max?: number; act?: BotTurnAct } = { places: 1 },
  now = Date.now(),
): Promise<Message> {
  const id = newId('message');
  const { rows } = await db.query(
    `WITH room AS (
       UPDATE sb_conversations SET message_count = message_count + $3::int, last_activity_at = $2, updated_at = $2
       WHERE id = $1 AND ($4::int IS NULL OR message_count + $3::int <= $4::int) RETURNING id
     )
     INSERT INTO sb_messages (id, conversation_id, type, text, created_at, act)
     SELECT $5, room.id, $6, $7, $2, $8::jsonb FROM room RETURNING id`,
    [
      conversationId,
      now,
      options.places,
      options.max ?? null,
      id,
      type,
      text,
      options.act ? JSON.stringify(options.act) : null,
    ],
  );
  if (rows.length === 0) {
    throw new SupportError(
      'CONFLICT',
      `This conversation has reached its limit of ${options.max} messages; start a new one`,
    );
  }
  return { id, type, text, createdAt: now };
}

/**
 * A message as the middleware itself reads it: for a bot turn, also what it did.
 *
 * @example
 * const m: StoredMessage = { id: 'msg_…', type: 'bot', text: 'Hi!', createdAt: 0, act: { asked: 'issue' } };
 */
export type StoredMessage = Message & { act?: BotTurnAct };

/**
 * Every message of a conversation, oldest first, bot turns with what they did.
 *
 * @example
 * const transcript = await allMessages(db, 'conv_…');
 */
export async function allMessages(db: Queryable, conversationId: string): Promise<StoredMessage[]> {
  const { rows } = await db.query<MessageRow & { act: BotTurnAct | null }>(
    'SELECT id, type, text, created_at, act FROM sb_messages WHERE conversation_id = $1 ORDER BY seq',
    [conversationId],
  );
  return rows.map((row) => (row.act ? { ...toMessage(row), act: row.act } : toMessage(row)));
}

/**
 * One page of a conversation's messages, oldest first by default (a transcript reads
 * forwards); the cursor is the last message's position.
 *
 * @example
 * const { items, cursor } = await listMessages(db, 'conv_…', { take: 100, order: 'asc' });
 */
export async function listMessages(
  db: Queryable,
  conversationId: string,
  query: { cursor?: string; take: number; order: 'asc' | 'desc' },
): Promise<{ items: Message[]; cursor?: string }> {
  const params: unknown[] = [conversationId];
  let after = 'TRUE';
  if (query.cursor) {
    const seq = Number(Buffer.from(query.cursor, 'base64url').toString('utf8'));
    if (!Number.isSafeInteger(seq)) throw new SupportError('BAD_REQUEST', 'The cursor is not valid');
    params.push(seq);
    after = `seq ${query.order === 'asc' ? '>' : '<'} $2`;
  }
  params.push(query.take + 1);
  const { rows } = await db.query<MessageRow & { seq: string | number }>(
    `SELECT id, type, text, created_at, seq FROM sb_messages WHERE conversation_id = $1 AND ${after}
     ORDER BY seq ${query.order === 'asc' ? 'ASC' : 'DESC'} LIMIT $${params.length}`,
    params,
  );
  const more = rows.length > query.take;
  const kept = more ? rows.slice(0, query.take) : rows;
  const last = kept[kept.length - 1];
  const items = kept.map(toMessage);
  return more && last ? { items, cursor: Buffer.from(String(last.seq)).toString('base64url') } : { items };
}

/**
 * One keyset page of an account's conversations.
 *
 * @example
 * const page = await listConversations(db, 'acct_1', { take: 20, order: 'desc', status: 'completed' });
 */
export async function listConversations(
  db: Queryable,
  accountId: string,
  query: ConversationListQuery,
): Promise<{ items: ConversationRow[]; cursor?: string }> {
  const params: unknown[] = [accountId];
  const filters = ['account_id = $1'];
  if (query.botId) {
    params.push(query.botId);
    filters.push(`bot_id = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    filters.push(`status = $${params.length}`);
  }
  const { where, orderBy } = keysetClause(query.order, query.cursor, params);
  params.push(query.take + 1);
  const { rows } = await db.query<ConversationRow>(
    `SELECT * FROM sb_conversations WHERE ${filters.join(' AND ')} AND ${where} ${orderBy} LIMIT $${params.length}`,
    params,
  );
  return pageOf(rows, query.take, (row) => row);
}

function toMessage(row: MessageRow): Message {
  return { id: row.id, type: row.type, text: row.text, createdAt: Number(row.created_at) };
}
