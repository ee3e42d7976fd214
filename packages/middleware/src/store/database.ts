import pg from 'pg';
import type { PGliteLike, PgPoolLike } from './database-clients.js';
import { openPGliteThread } from './pglite-thread.js';

/** Anything that runs one SQL statement with `$1…` parameters. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

/**
 * The store's connection: PGlite (embedded, one connection) or a PostgreSQL pool, behind one
 * interface so every query is written once.
 *
 * @example
 * const db = await openDatabase({ dataDir: './.supportbridge' });
 * await db.transaction(async (tx) => tx.query('select 1'));
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection, unless it was handed in by the caller (then the caller owns it). */
  close(): Promise<void>;
}

/** Where the store lives: a PGlite data directory, a PostgreSQL URL, or a ready client. */
export type DatabaseOption = string | PGliteLike | PgPoolLike | undefined;

/**
 * Opens the store. A `postgres://` or `postgresql://` string (or a `pg.Pool`) means PostgreSQL;
 * any other string is a PGlite data directory (`memory://` for none), opened in a worker
 * thread of its own so its WASM never runs on the event loop; a `PGlite` instance is used as
 * it is, on the thread it lives on.
 *
 * @example
 * const db = await openDatabase('postgres://localhost/support');
 */
export async function openDatabase(
  option: DatabaseOption,
  defaultDataDir = './.supportbridge',
  onConnectionError: (error: Error) => void = () => {},
): Promise<Database> {
  // Told apart by shape, not instanceof: the app's own copy of pg or PGlite (another version,
  // installed beside ours) is a different class with the same methods.
  if (option !== null && typeof option === 'object' && 'connect' in option) {
    option.on('error', onConnectionError);
    return fromPool(option, false);
  }
  if (option !== null && typeof option === 'object') return fromPGlite(option);
  const target = option ?? defaultDataDir;
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const pool = new pg.Pool({ connectionString: target });
    // An idle client's error (PostgreSQL restarted, connection dropped) is emitted on the
    // pool; unheard, it would crash the process. The pool replaces the client by itself.
    pool.on('error', onConnectionError);
    return fromPool(pool, true);
  }
  return openPGliteThread(target === 'memory://' ? undefined : target);
}

/** A caller's own PGlite instance: queried where it lives, never closed by the store. */
function fromPGlite(lite: PGliteLike): Database {
  return {
    kind: 'pglite',
    query: (sql, params) => run(lite, sql, params),
    // PGlite has a single connection: its transaction() holds a lock, so other queries wait
    // for the commit instead of interleaving with it.
    transaction: (fn) => lite.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    close: async () => {},
  };
}

function fromPool(pool: PgPoolLike, owned: boolean): Database {
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (owned) await pool.end();
    },
  };
}

/** The drivers type rows their own way; ours are typed by each caller's row interface. */
function run<T>(
  client: Pick<PgPoolLike, 'query'>,
  sql: string,
  params?: readonly unknown[],
): Promise<{ rows: T[] }> {
  return client.query(sql, params as unknown[]) as unknown as Promise<{ rows: T[] }>;
}
