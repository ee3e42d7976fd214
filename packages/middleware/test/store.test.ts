import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/store/database.js';
import { keepStatisticsFresh } from '../src/store/maintenance.js';
import { MIGRATIONS, migrate } from '../src/store/migrate.js';
import {
  createSupportIntegration,
  findSupportIntegration,
  listSupportIntegrations,
  updateSupportIntegration,
} from '../src/store/support-integrations.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';

// One suite, two engines: what passes on PGlite must pass on a real PostgreSQL.
const engines = [
  {
    name: 'PGlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sb-store-'));
      const db = await openDatabase(join(dir, 'db'));
      return {
        db,
        reopen: () => openDatabase(join(dir, 'db')),
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const pg: TestPostgres = await startPostgres();
      const db = await openDatabase(pg.url);
      return { db, reopen: () => openDatabase(pg.url), cleanup: () => pg.stop() };
    },
  },
];

describe.each(engines)('the store on $name', (engine) => {
  let db: Database;
  let reopen: () => Promise<Database>;
  let cleanup: () => unknown;

  beforeAll(async () => {
    ({ db, reopen, cleanup } = await engine.open());
    await migrate(db);
  }, 120_000);
  afterAll(async () => {
    await db.close();
    await cleanup();
  });

  it('applies migrations once, however often it starts', async () => {
    await migrate(db);
    await Promise.all([migrate(db), migrate(db)]);
    const { rows } = await db.query<{ id: string }>('SELECT id FROM sb_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('keeps what it committed across a reopen', async () => {
    const id = await createSupportIntegration(db, 'acct_keep', { email: 'keep@acme.com' });
    await db.close();
    db = await reopen();
    expect((await findSupportIntegration(db, 'acct_keep', id)).email).toBe('keep@acme.com');
  });

  it('rolls a failed transaction back completely', async () => {
    await expect(
      db.transaction(async (tx) => {
        await createSupportIntegration(tx, 'acct_tx', { email: 'one@acme.com' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await listSupportIntegrations(db, 'acct_tx', { take: 10, order: 'desc' })).items).toEqual([]);
  });

  it('pages by keyset without gaps or repeats, also among rows created in the same millisecond', async () => {
    const now = 1_764_230_400_000;
    const ids: string[] = [];
    for (let i = 0; i < 25; i++)
      ids.push(await createSupportIntegration(db, 'acct_page', { name: `n${i}` }, now + Math.floor(i / 5)));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listSupportIntegrations(db, 'acct_page', { take: 4, order: 'asc', cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(ids));
    const sorted = [...seen];
    expect(seen).toEqual(sorted);
  });

  it('serves a keyset page from the index, not a scan', async () => {
    const { rows } = await db.query<Record<string, string>>(
      `EXPLAIN SELECT id FROM sb_support_integrations WHERE account_id = 'acct_page'
       AND (created_at, id) < (1764230400004, 'sup_z') ORDER BY created_at DESC, id DESC LIMIT 21`,
    );
    const plan = rows.map((r) => Object.values(r)[0]).join('\n');
    // With few rows the planner may still prefer a sort; what must never happen is a plan
    // that cannot use the index at all.
    await db.query('SET enable_seqscan = off').catch(() => {});
    const forced = await db.query<Record<string, string>>(
      `EXPLAIN SELECT id FROM sb_support_integrations WHERE account_id = 'acct_page'
       AND (created_at, id) < (1764230400004, 'sup_z') ORDER BY created_at DESC, id DESC LIMIT 21`,
    );
    await db.query('SET enable_seqscan = on').catch(() => {});
    expect(plan.length).toBeGreaterThan(0);
    expect(forced.rows.map((r) => Object.values(r)[0]).join('\n')).toContain('sb_support_integrations_page');
  });

  it('merges meta atomically and removes keys set to null', async () => {
    const id = await createSupportIntegration(db, 'acct_meta', { meta: { a: 1, b: 2 } });
    await Promise.all([
      updateSupportIntegration(db, 'acct_meta', id, { meta: { c: 3 } }),
      updateSupportIntegration(db, 'acct_meta', id, { meta: { d: 4, a: null } }),
    ]);
    expect((await findSupportIntegration(db, 'acct_meta', id)).meta).toEqual({ b: 2, c: 3, d: 4 });
  });

  it('enforces alias uniqueness per account in the database itself', async () => {
    await createSupportIntegration(db, 'acct_alias', { alias: 'dup' });
    await expect(createSupportIntegration(db, 'acct_alias', { alias: 'dup' })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(createSupportIntegration(db, 'acct_other', { alias: 'dup' })).resolves.toMatch(/^sup_/);
  });
});

describe('the embedded store’s statistics', () => {
  it('are refreshed once a table has grown, so pages walk the keyset index', async () => {
    const db = await openDatabase('memory://');
    await migrate(db);
    const stop = await keepStatisticsFresh(
      db,
      (error) => {
        throw error;
      },
      50,
    );
    await db.query(
      `INSERT INTO sb_support_integrations (id, account_id, bot_id, trigger, created_at, updated_at)
       SELECT 'sup_' || g, 'acct_s', '', 'automatic', g, g FROM generate_series(1, 5000) AS g`,
    );
    const relpages = async () =>
      (
        await db.query<{ relpages: number }>(
          "SELECT relpages FROM pg_class WHERE relname = 'sb_support_integrations'",
        )
      ).rows[0]?.relpages;
    await expect.poll(relpages, { timeout: 5_000 }).toBeGreaterThan(10);
    const plan = await db.query<Record<string, string>>(
      "EXPLAIN SELECT id FROM sb_support_integrations WHERE account_id = 'acct_s' ORDER BY created_at DESC, id DESC LIMIT 21",
    );
    expect(plan.rows.map((r) => Object.values(r)[0]).join('\n')).toMatch(
      /Index (Only )?Scan Backward using sb_support_integrations_page/,
    );
    stop();
    await db.close();
  });
});
