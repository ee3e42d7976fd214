import type { Database } from './database.js';

/** How often the embedded store refreshes its planner statistics. */
const ANALYZE_EVERY_MS = 10 * 60_000;

/**
 * Keeps PGlite's planner statistics fresh. PostgreSQL's autovacuum does this by itself;
 * PGlite runs none, and without statistics the planner guesses a handful of rows and may
 * sort an account's whole table for a 20-row page instead of walking the keyset index.
 * Returns a stop function; does nothing on PostgreSQL.
 *
 * @example
 * const stop = await keepStatisticsFresh(db, logger);
 */
export async function keepStatisticsFresh(
  db: Database,
  onError: (error: unknown) => void,
): Promise<() => void> {
  if (db.kind !== 'pglite') return () => {};
  const analyze = () => db.query('ANALYZE').catch(onError);
  await analyze();
  const timer = setInterval(analyze, ANALYZE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
