import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contact, ConversationSummary, SupportTrigger } from '@supportbridge/shared';
import { type CompletedConversation, queueDeliveries } from '../../src/delivery/outbox.js';
import { newId } from '../../src/ids.js';
import { type Database, openDatabase } from '../../src/store/database.js';
import { MIGRATIONS, migrate } from '../../src/store/migrate.js';

/**
 * A migrated PGlite store in a temporary directory; `close()` removes it. Creating a PGlite
 * cluster runs initdb (4 s idle, 15 s on a busy 2-core box), so the first call builds a
 * migrated template and every store after it is a copy of that (under 2 s).
 */
export async function openTestStore(): Promise<{ db: Database; dir: string; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-delivery-'));
  cpSync(await template(), join(dir, 'db'), { recursive: true });
  const db = await openDatabase(join(dir, 'db'));
  await migrate(db);
  return {
    db,
    dir,
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The template's path changes with the migrations, so a schema change never reuses a stale one. */
async function template(): Promise<string> {
  const key = createHash('sha256')
    .update(MIGRATIONS.map((m) => `${m.id}\n${m.sql}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const path = join(tmpdir(), `sb-pglite-template-${key}`);
  if (existsSync(path)) return path;
  const building = mkdtempSync(join(tmpdir(), 'sb-pglite-building-'));
  const db = await openDatabase(join(building, 'db'));
  await migrate(db);
  await db.close();
  try {
    // Test files run in parallel: whoever renames first wins, the others use theirs.
    renameSync(join(building, 'db'), path);
  } catch {
    // Another file built it meanwhile.
  }
  rmSync(building, { recursive: true, force: true });
  return path;
}

/** Inserts a bot straight into the store. */
export async function seedBot(db: Database, accountId: string, name = 'Ava'): Promise<string> {
  const id = newId('bot');
  const now = Date.now();
  await db.query(
    'INSERT INTO sb_bots (id, account_id, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)',
    [id, accountId, name, now],
  );
  return id;
}

/** Inserts a support integration; `botId: ''` covers every bot of the account. */
export async function seedIntegration(
  db: Database,
  values: { accountId: string; email: string | null; botId?: string; trigger?: SupportTrigger },
): Promise<string> {
  const id = newId('supportIntegration');
  const now = Date.now();
  await db.query(
    `INSERT INTO sb_support_integrations (id, account_id, bot_id, email, trigger, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [id, values.accountId, values.botId ?? '', values.email, values.trigger ?? 'automatic', now],
  );
  return id;
}

/** What a seeded, completed conversation holds. */
export interface SeedConversation {
  accountId: string;
  botId: string;
  contact?: Contact;
  summary?: ConversationSummary | null;
  endReason?: 'ended' | 'escalated' | 'idle';
  messages?: { type: 'user' | 'bot'; text: string }[];
  createdAt?: number;
}

/**
 * Inserts a completed conversation with its messages (one second apart) and queues its
 * deliveries in the same transaction, as completing a conversation does.
 */
export async function completeConversation(
  db: Database,
  values: SeedConversation,
): Promise<{ id: string; queued: number }> {
  const id = newId('conversation');
  const createdAt = values.createdAt ?? Date.UTC(2025, 0, 31, 9, 0, 0);
  const messages = values.messages ?? [
    { type: 'user', text: 'Hi, I need a refund for order 48213.' },
    { type: 'bot', text: 'Sorry to hear that! What is your name and email?' },
  ];
  const endReason = values.endReason ?? 'ended';
  const contact = values.contact ?? {};
  return db.transaction(async (tx) => {
    const end = createdAt + messages.length * 1000;
    await tx.query(
      `INSERT INTO sb_conversations (id, account_id, bot_id, status, end_reason, contact, summary, message_count, last_activity_at, created_at, updated_at, completed_at)
       VALUES ($1, $2, $3, 'completed', $4, $5, $6, $7, $8, $9, $8, $8)`,
      [
        id,
        values.accountId,
        values.botId,
        endReason,
        JSON.stringify(contact),
        values.summary ? JSON.stringify(values.summary) : null,
        messages.length,
        end,
        createdAt,
      ],
    );
    for (const [i, m] of messages.entries()) {
      await tx.query(
        'INSERT INTO sb_messages (id, conversation_id, type, text, created_at) VALUES ($1, $2, $3, $4, $5)',
        [newId('message'), id, m.type, m.text, createdAt + i * 1000],
      );
    }
    const completed: CompletedConversation = {
      id,
      accountId: values.accountId,
      botId: values.botId,
      contact,
      endReason,
      escalated: endReason === 'escalated',
      hasUserMessage: messages.some((m) => m.type === 'user'),
    };
    return { id, queued: (await queueDeliveries(tx, completed, undefined, end)).queued };
  });
}

/** The deliveries table, for assertions. */
export async function deliveryRows(db: Database): Promise<Record<string, unknown>[]> {
  return (await db.query('SELECT * FROM sb_deliveries ORDER BY created_at, forward, id')).rows;
}
