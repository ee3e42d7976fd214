import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeChannel } from '../src/delivery/channels/channel-settings.js';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import { createSupportIntegration } from '../src/store/support-integrations.js';
import { type FakeZendesk, startFakeZendesk, ZENDESK_AGENT } from './helpers/fake-zendesk.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { completeConversation, deliveryRows, seedBot } from './helpers/seed.js';

const COUNT = 10;
const LEASE_MS = 1500;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const helper = fileURLToPath(new URL('./helpers/worker-process.ts', import.meta.url));
let pg: TestPostgres;
let db: Database;
let zendesk: FakeZendesk;
let child: ChildProcess | undefined;

beforeAll(async () => {
  pg = await startPostgres();
  db = await openDatabase(pg.url);
  await migrate(db);
  zendesk = await startFakeZendesk();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await zendesk.close();
  await db.close();
  await pg.stop();
});

/** The worker of `helpers/worker-process.ts` in its own process; its mail transport is never used. */
function startChild(): Promise<ChildProcess> {
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@supportbridge/source',
      helper,
      pg.url,
      'smtp://127.0.0.1:9',
      String(LEASE_MS),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
    proc.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(proc);
    });
  });
}

async function until(done: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}

describe('a crash between the helpdesk accepting and our commit, on PostgreSQL', () => {
  it('makes exactly one ticket per forward when the sender is killed and two instances take over', async () => {
    const accountId = 'acct_crash';
    const botId = await seedBot(db, accountId);
    const channel = completeChannel(null, {
      type: 'zendesk',
      url: zendesk.url,
      oauthToken: ZENDESK_AGENT.oauthToken,
    });
    await createSupportIntegration(db, accountId, { channel, trigger: 'always' });
    for (let i = 0; i < COUNT; i++) {
      await completeConversation(db, { accountId, botId, contact: { email: `visitor${i}@example.com` } });
    }
    // Two tickets are created and never answered: the sender is stuck after Zendesk's accept
    // (two of its five slots; it goes on with the others).
    zendesk.fail('create', { acceptThenHang: true }, { acceptThenHang: true });

    child = await startChild();
    await until(() => zendesk.tickets.length >= COUNT, 60_000);
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    child = undefined;
    const stuck = (await deliveryRows(db)).filter((r) => r.state === 'sending');
    // The two stuck ones, and any the child was about to record when it died.
    expect(stuck.length).toBeGreaterThanOrEqual(2);
    expect(zendesk.tickets).toHaveLength(COUNT);

    const workers = [1, 2].map(() =>
      createDeliveryWorker({
        db,
        transport: createTransport({ jsonTransport: true }),
        from: 'support-bot@acme.test',
        logger: { info() {}, warn() {}, error() {} },
        pollIntervalMs: 20,
        baseBackoffMs: 50,
        leaseMs: LEASE_MS,
      }),
    );
    for (const worker of workers) worker.start();
    try {
      await until(async () => (await deliveryRows(db)).every((r) => r.state === 'sent'));
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }

    const rows = await deliveryRows(db);
    expect(rows.map((r) => r.state)).toEqual(Array(COUNT).fill('sent'));
    expect(zendesk.tickets).toHaveLength(COUNT);
    expect(new Set(zendesk.tickets.map((t) => t.external_id)).size).toBe(COUNT);
    const byConversation = new Map(zendesk.tickets.map((t) => [t.external_id, `zendesk:${t.id}`]));
    for (const row of rows) expect(row.remote_id).toBe(byConversation.get(String(row.conversation_id)));
  }, 120_000);
});
