import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../src/store/database.js';
import { encodeCursor } from '../src/store/keyset.js';
import { migrate } from '../src/store/migrate.js';
import { listSupportIntegrations } from '../src/store/support-integrations.js';
import { startPostgres } from '../test/helpers/postgres.js';

/**
 * List latency on a table of 1,000,100 support integrations: page 1 against a page past row
 * 1,000,000, on PGlite and on PostgreSQL. Keyset pagination should make them cost the same.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_100);
const REPEAT = 200;

async function fill(db: Database): Promise<void> {
  await migrate(db);
  // One set-based insert: generating a million rows row by row would take minutes.
  await db.query(
    `INSERT INTO sb_support_integrations (id, account_id, name, bot_id, email, meta, trigger, created_at, updated_at)
     SELECT 'sup_' || lpad(g::text, 8, '0'), 'acct_bench', 'Integration ' || g, '', 'team' || g || '@acme.com',
            jsonb_build_object('n', g), 'automatic', 1700000000000 + g, 1700000000000 + g
     FROM generate_series(1, $1::int) AS g`,
    [ROWS],
  );
  await db.query('ANALYZE sb_support_integrations');
}

async function timePage(db: Database, cursor: string | undefined): Promise<{ p50: number; p99: number }> {
  const samples: number[] = [];
  for (let i = 0; i < REPEAT + 20; i++) {
    const start = performance.now();
    const page = await listSupportIntegrations(db, 'acct_bench', { take: 20, order: 'asc', cursor });
    const ms = performance.now() - start;
    if (page.items.length !== 20) throw new Error('short page');
    if (i >= 20) samples.push(ms);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Number((samples[Math.floor(q * (samples.length - 1))] ?? 0).toFixed(3));
  return { p50: at(0.5), p99: at(0.99) };
}

async function measure(name: string, db: Database): Promise<Record<string, unknown>> {
  const start = performance.now();
  await fill(db);
  const fillSeconds = Number(((performance.now() - start) / 1000).toFixed(1));
  const page1 = await timePage(db, undefined);
  // The row just past the millionth (or near the end of a smaller table).
  const deepRow = Math.max(1, Math.min(1_000_000, ROWS - 100));
  const deepCursor = encodeCursor({
    createdAt: 1700000000000 + deepRow,
    id: `sup_${String(deepRow).padStart(8, '0')}`,
  });
  const deep = await timePage(db, deepCursor);
  return {
    engine: name,
    rows: ROWS,
    fillSeconds,
    page1Ms: page1,
    deepPageAfterRow: deepRow,
    deepPageMs: deep,
    deepOverPage1: Number((deep.p50 / page1.p50).toFixed(2)),
  };
}

export async function benchList(): Promise<Record<string, unknown>[]> {
  const results: Record<string, unknown>[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-'));
  const lite = await openDatabase(join(dir, 'db'));
  results.push(await measure('pglite', lite));
  await lite.close();
  rmSync(dir, { recursive: true, force: true });

  const pg = await startPostgres();
  const pool = await openDatabase(pg.url);
  results.push(await measure('postgres', pool));
  await pool.close();
  await pg.stop();
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ list: await benchList() }, null, 2));
}
