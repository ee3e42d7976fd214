import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

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
export type DatabaseOption = string | PGlite | pg.Pool | undefined;

/**
 * Opens the store. A `postgres://` or `postgresql://` string (or a `pg.Pool`) means PostgreSQL;
 * any other string is a PGlite data directory; a `PGlite` instance is used as it is.
 *
 * @example
 * const db = await openDatabase('postgres://localhost/support');
 */
export async function openDatabase(
  option: DatabaseOption,
  defaultDataDir = './.supportbridge',
  onConnectionError: (error: Error) => void = () => {},
): Promise<Database> {
  if (option instanceof pg.Pool) {
    option.on('error', onConnectionError);
    return fromPool(option, false);
  }
  if (option instanceof PGlite) return fromPGlite(option, false);
  const target = option ?? defaultDataDir;
  if (/^postgres(ql)?:\/\//i.test(target)) {
    const pool = new pg.Pool({ connectionString: target });
    // An idle client's error (PostgreSQL restarted, connection dropped) is emitted on the
    // pool; unheard, it would crash the process. The pool replaces the client by itself.
    pool.on('error', onConnectionError);
    return fromPool(pool, true);
  }
  if (target !== 'memory://' && !target.startsWith('idb://')) mkdirSync(target, { recursive: true });
  const lite = await PGlite.create(target === 'memory://' ? undefined : target);
  return fromPGlite(lite, true);
}

function fromPGlite(lite: PGlite, owned: boolean): Database {
  return {
    kind: 'pglite',
    query: (sql, params) => lite.query(sql, params as unknown[]),
    // PGlite has a single connection: its transaction() holds a lock, so other queries wait
    // for the commit instead of interleaving with it.
    transaction: (fn) =>
      lite.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params as unknown[]) })),
    close: async () => {
      if (owned && !lite.closed) await lite.close();
    },
  };
}

function fromPool(pool: pg.Pool, owned: boolean): Database {
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

/** pg types rows as its own QueryResultRow; ours are typed by each caller's row interface. */
function run<T>(
  client: pg.Pool | pg.PoolClient,
  sql: string,
  params?: readonly unknown[],
): Promise<{ rows: T[] }> {
  return client.query(sql, params as unknown[]) as unknown as Promise<{ rows: T[] }>;
}
