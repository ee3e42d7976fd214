import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/store/database.js';
import { openPGliteThread } from '../src/store/pglite-thread.js';

describe('PGlite in its own thread', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openPGliteThread(undefined);
    await db.query('CREATE TABLE counter (n int NOT NULL)');
    await db.query('INSERT INTO counter VALUES (0)');
    await db.query('CREATE TABLE uniq (id int PRIMARY KEY)');
  });
  afterAll(() => db.close());

  it('runs concurrent transactions one after another, so none loses an update', async () => {
    const outside: Promise<unknown>[] = [];
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        outside.push(db.query('SELECT n FROM counter'));
        await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>('SELECT n FROM counter');
          await new Promise((r) => setTimeout(r, 1));
          await tx.query('UPDATE counter SET n = $1', [(rows[0]?.n ?? 0) + 1]);
        });
      }),
    );
    await Promise.all(outside);
    expect((await db.query<{ n: number }>('SELECT n FROM counter')).rows).toEqual([{ n: 30 }]);
  });

  it('rolls a transaction back when its function throws', async () => {
    const before = (await db.query<{ n: number }>('SELECT n FROM counter')).rows;
    await expect(
      db.transaction(async (tx) => {
        await tx.query('UPDATE counter SET n = -1');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.query('SELECT n FROM counter')).rows).toEqual(before);
  });

  it("keeps PostgreSQL's error fields across the thread", async () => {
    await db.query('INSERT INTO uniq VALUES (1)');
    await expect(db.query('INSERT INTO uniq VALUES (1)')).rejects.toMatchObject({
      code: '23505',
      constraint: 'uniq_pkey',
    });
  });

  it('keeps the event loop free while a long statement runs', async () => {
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    await db.query('SELECT count(*) FROM generate_series(1, 3000000)');
    histogram.disable();
    // On the main thread this statement blocks the loop for its whole duration (≈ 1 s).
    expect(histogram.max / 1e6).toBeLessThan(200);
  });

  it('finishes a transaction that is open when the store closes, then refuses statements', async () => {
    const own = await openPGliteThread(undefined);
    await own.query('CREATE TABLE t (v int)');
    let release = () => {};
    const open = own.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1)');
      await new Promise<void>((r) => {
        release = r;
      });
      await tx.query('INSERT INTO t VALUES (2)');
    });
    await new Promise((r) => setTimeout(r, 20));
    const closed = own.close();
    release();
    await expect(open).resolves.toBeUndefined();
    await closed;
    await expect(own.query('SELECT 1')).rejects.toThrow('closed');
  });
});
