import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import {
  completeConversation,
  deliveryRows,
  openTestStore,
  seedBot,
  seedIntegration,
} from './helpers/seed.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

const COUNT = 40;
const LEASE_MS = 1500;
const root = fileURLToPath(new URL('../../..', import.meta.url));
const helper = fileURLToPath(new URL('./helpers/worker-process.ts', import.meta.url));
let sink: SmtpSink;
let child: ChildProcess | undefined;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await sink.stop();
});

/** A store the child process can open too: a PGlite directory or a PostgreSQL URL. */
interface SharedStore {
  db: Database;
  /** What `openDatabase` takes to open it again, in this process or the child. */
  location: string;
  /** PGlite is one process's database: it must be closed before the child opens it. */
  exclusive: boolean;
  close(): Promise<void>;
}

const stores: { name: string; open(): Promise<SharedStore> }[] = [
  {
    name: 'PGlite',
    async open() {
      const store = await openTestStore();
      return { db: store.db, location: join(store.dir, 'db'), exclusive: true, close: () => store.close() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const pg: TestPostgres = await startPostgres();
      const db = await openDatabase(pg.url);
      await migrate(db);
      return {
        db,
        location: pg.url,
        exclusive: false,
        async close() {
          await db.close();
          await pg.stop();
        },
      };
    },
  },
];

/** Starts the worker process on the store; resolves once it is running. */
function startChild(database: string): Promise<ChildProcess> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@supportbridge/source', helper, database, sink.url, String(LEASE_MS)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
    proc.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(proc);
    });
  });
}

describe.each(stores)('a crash on $name', (kind) => {
  it('loses no delivery when the sending process is killed mid-delivery', async () => {
    const store = await kind.open();
    const account = 'acct_crash';
    const botId = await seedBot(store.db, account);
    await seedIntegration(store.db, { accountId: account, email: 'help@acme.test' });
    for (let i = 0; i < COUNT; i++) {
      await completeConversation(store.db, {
        accountId: account,
        botId,
        contact: { email: `visitor${i}@example.com` },
      });
    }
    const expected = new Set((await deliveryRows(store.db)).map((r) => r.id));
    // PGlite is one process's database: hand it over to the child, take it back after.
    if (store.exclusive) await store.db.close();
    sink.messages.length = 0;
    sink.stalled = 0;

    // Every 4th message stalls in DATA on its first try: the child is stuck mid-delivery
    // on those when it dies, while it has finished others.
    let firstTries = 0;
    sink.answer = ({ attempt }) => (attempt === 1 && firstTries++ % 4 === 3 ? 'stall' : 'accept');
    child = await startChild(store.location);
    const deadline = Date.now() + 30_000;
    while (!(sink.stalled >= 3 && sink.messages.length >= 10) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    child = undefined;
    const beforeCrash = sink.messages.length;
    expect(sink.stalled).toBeGreaterThanOrEqual(3);
    expect(beforeCrash).toBeLessThan(COUNT);

    sink.answer = () => 'accept';
    const db = store.exclusive ? await openDatabase(store.location) : store.db;
    const worker = createDeliveryWorker({
      db,
      transport: createTransport(sink.url),
      from: 'support-bot@acme.test',
      logger: { info() {}, warn() {}, error() {} },
      pollIntervalMs: 20,
      baseBackoffMs: 50,
      leaseMs: LEASE_MS,
    });
    worker.start();
    try {
      const deadlineAfter = Date.now() + 30_000;
      let rows = await deliveryRows(db);
      while (rows.some((r) => r.state !== 'sent') && Date.now() < deadlineAfter) {
        await new Promise((r) => setTimeout(r, 50));
        rows = await deliveryRows(db);
      }
      await worker.stop();
      expect(new Set(rows.map((r) => r.id))).toEqual(expected);
      expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);

      // A message whose DATA the server accepted just before the crash, but whose `sent`
      // was never recorded, goes out again after the lease expires: at-least-once. The copy
      // carries the same Message-ID, so the helpdesk drops it. What must hold: every
      // delivery's Message-ID arrived, and no Message-ID arrived that no delivery has.
      const arrived = new Set(sink.messages.map((m) => m.messageId));
      expect(arrived).toEqual(new Set(rows.map((r) => r.message_id)));
      expect(arrived.size).toBe(COUNT);
      expect(sink.messages.length - arrived.size).toBeLessThanOrEqual(5);
    } finally {
      await worker.stop();
      if (store.exclusive) await db.close();
      await store.close();
    }
  }, 120_000);
});
