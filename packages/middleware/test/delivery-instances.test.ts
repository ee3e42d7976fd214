import type { Transporter } from 'nodemailer';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker, type DeliveryWorker } from '../src/delivery/worker.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { completeConversation, deliveryRows, seedBot, seedIntegration } from './helpers/seed.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

const COUNT = 300;
const INSTANCES = 3;
let postgres: TestPostgres;
let sink: SmtpSink;
const dbs: Database[] = [];
const pools: pg.Pool[] = [];

beforeAll(async () => {
  postgres = await startPostgres();
  sink = await startSmtpSink();
  // One pool per instance, as separate processes would have. The pools are ours, with an
  // error listener: a connection that outlives the test meets the server's shutdown.
  for (let i = 0; i < INSTANCES; i++) {
    const pool = new pg.Pool({ connectionString: postgres.url });
    pool.on('error', () => {});
    pools.push(pool);
    dbs.push(await openDatabase(pool));
  }
  await Promise.all(dbs.map((db) => migrate(db)));
}, 60_000);
afterAll(async () => {
  for (const pool of pools) await pool.end();
  await sink.stop();
  await postgres?.stop();
});

it('sends every delivery exactly once with three workers sharing one PostgreSQL', async () => {
  const [first] = dbs as [Database];
  const account = 'acct_instances';
  const botId = await seedBot(first, account);
  await seedIntegration(first, { accountId: account, email: 'help@acme.test' });

  const sentBy = dbs.map(() => 0);
  const workers: DeliveryWorker[] = dbs.map((db, i) => {
    const transport = createTransport(sink.url);
    const send = transport.sendMail.bind(transport);
    // Counts per instance, to show the work was shared rather than done by one.
    transport.sendMail = ((mail: Parameters<Transporter['sendMail']>[0]) => {
      sentBy[i] = (sentBy[i] ?? 0) + 1;
      return send(mail);
    }) as Transporter['sendMail'];
    return createDeliveryWorker({
      db,
      transport,
      from: 'support-bot@acme.test',
      logger: { info() {}, warn() {}, error() {} },
      pollIntervalMs: 10,
      leaseMs: 5000,
    });
  });
  const complete = (i: number) =>
    completeConversation(first, { accountId: account, botId, contact: { email: `visitor${i}@example.com` } });
  // Half is waiting before the workers start, so all three race for the same rows at once;
  // the other half trickles in while they run.
  for (let i = 0; i < COUNT / 2; i++) await complete(i);
  for (const worker of workers) worker.start();
  for (let i = COUNT / 2; i < COUNT; i++) await complete(i);
  const received = await sink.waitFor(COUNT, 30_000);
  await new Promise((r) => setTimeout(r, 500));
  await Promise.all(workers.map((w) => w.stop()));

  const rows = await deliveryRows(first);
  expect(received).toHaveLength(COUNT);
  expect(new Set(received.map((m) => m.messageId)).size).toBe(COUNT);
  expect(rows.every((r) => r.state === 'sent' && Number(r.attempts) === 1)).toBe(true);
  expect(sentBy.reduce((a, b) => a + b, 0)).toBe(COUNT);
  expect(sentBy.filter((n) => n > 0).length).toBeGreaterThan(1);
}, 60_000);
