import type { Database } from './database.js';

/**
 * Keeps PGlite's planner statistics fresh, as PostgreSQL's autovacuum would: PGlite runs
 * none, and without statistics the planner guesses a handful of rows and may sort an
 * account's whole table for a 20-row page instead of walking the keyset index. Analyzes
 * everything at start, then each table that has doubled in pages since its
 * last analysis, checked every 15 s (one cheap catalog query when nothing has). Returns a stop function; does
 * nothing on PostgreSQL.
 *
 * @example
 * const stop = await keepStatisticsFresh(db, (error) => logger.warn(error));
 */
export async function keepStatisticsFresh(
  db: Database,
  onError: (error: unknown) => void,
  checkEveryMs = 15_000,
): Promise<() => void> {
  if (db.kind !== 'pglite') return () => {};
  await db.query('ANALYZE').catch(onError);
  const check = async () => {
    const { rows } = await db.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname LIKE 'sb\\_%'
         AND pg_relation_size(c.oid) / current_setting('block_size')::int > 2 * GREATEST(c.relpages, 4)`,
    );
    // Table names come from the catalog, and only ours (sb_…): safe to splice in.
    for (const { relname } of rows) await db.query(`ANALYZE ${relname}`);
  };
  const timer = setInterval(() => check().catch(onError), checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
