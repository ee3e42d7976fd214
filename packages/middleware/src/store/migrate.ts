import type { Database } from './database.js';
import { init } from './migrations/001-init.js';
import { deliveries } from './migrations/002-deliveries.js';
import { transmissions } from './migrations/003-transmissions.js';
import { botTurns } from './migrations/004-bot-turns.js';
import { channels } from './migrations/005-channels.js';
import { identity } from './migrations/006-identity.js';
import { visitorContext } from './migrations/007-visitor-context.js';

/** One schema change: applied once, in order, recorded in `sb_migrations`. */
export interface Migration {
  id: string;
  sql: string;
}

/** Every migration, oldest first. Append; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  init,
  deliveries,
  transmissions,
  botTurns,
  channels,
  identity,
  visitorContext,
];

/**
 * Brings the schema up to date. Safe to run at every start and from several instances at
 * once: an advisory lock serialises them and applied migrations are skipped.
 *
 * @example
 * await migrate(db);
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  await db.transaction(async (tx) => {
    // Any constant works as the lock key; this one is "SBMI" in ASCII.
    await tx.query('SELECT pg_advisory_xact_lock(1396854089)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS sb_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM sb_migrations');
    const applied = new Set(rows.map((r) => r.id));
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO sb_migrations (id) VALUES ($1)', [migration.id]);
    }
  });
}

/** Our migrations hold no `;` inside literals or functions, so a plain split is exact. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
