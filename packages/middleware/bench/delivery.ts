// Delivery benchmark: throughput of the outbox worker into a local SMTP server, and the
// latency from a completed conversation (queued + kick) to the server accepting the email.
// Run: tsx --conditions=@supportbridge/source bench/delivery.ts   (DATABASE_URL=postgres://… for PostgreSQL)
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { type Database, openDatabase } from '../src/store/database.js';
import { migrate } from '../src/store/migrate.js';
import { completeConversation, openTestStore, seedBot, seedIntegration } from '../test/helpers/seed.js';
import { startSmtpSink } from '../test/helpers/smtp.js';

const THROUGHPUT_COUNT = Number(process.env.COUNT ?? 1000);
const LATENCY_COUNT = Number(process.env.LATENCY_COUNT ?? 100);
const quiet = { info() {}, warn() {}, error: console.error };

async function open(): Promise<{ db: Database; close(): Promise<void>; kind: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { ...(await openTestStore()), kind: 'pglite' };
  const db = await openDatabase(url);
  await migrate(db);
  await db.query(
    'TRUNCATE sb_deliveries, sb_messages, sb_conversations, sb_support_integrations, sb_bots CASCADE',
  );
  return { db, close: () => db.close(), kind: 'postgres' };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const store = await open();
const sink = await startSmtpSink({ parse: false });
const account = 'acct_bench';
const botId = await seedBot(store.db, account);
await seedIntegration(store.db, { accountId: account, email: 'help@acme.test' });
const workerOptions = { db: store.db, from: 'support-bot@acme.test', logger: quiet, pollIntervalMs: 1000 };

// Throughput: a backlog queued while no worker runs, then drained by one worker.
for (let i = 0; i < THROUGHPUT_COUNT; i++) {
  await completeConversation(store.db, {
    accountId: account,
    botId,
    contact: { email: `v${i}@example.com` },
  });
}
let worker = createDeliveryWorker({ ...workerOptions, transport: createTransport(sink.url) });
const started = performance.now();
worker.start();
await sink.waitFor(THROUGHPUT_COUNT, 600_000);
const drainMs = performance.now() - started;
await worker.stop();

// Latency: one completion at a time into an idle worker, as in production.
sink.messages.length = 0;
worker = createDeliveryWorker({ ...workerOptions, transport: createTransport(sink.url) });
worker.start();
const latencies: number[] = [];
for (let i = 0; i < LATENCY_COUNT; i++) {
  await completeConversation(store.db, {
    accountId: account,
    botId,
    contact: { email: `l${i}@example.com` },
  });
  const queuedAt = Date.now();
  worker.kick();
  const [mail] = (await sink.waitFor(i + 1, 30_000)).slice(i);
  latencies.push((mail?.receivedAt ?? Number.NaN) - queuedAt);
  await new Promise((r) => setTimeout(r, 20));
}
await worker.stop();
latencies.sort((a, b) => a - b);

console.log(
  JSON.stringify(
    {
      store: store.kind,
      throughput: {
        deliveries: THROUGHPUT_COUNT,
        seconds: Number((drainMs / 1000).toFixed(2)),
        perSecond: Math.round(THROUGHPUT_COUNT / (drainMs / 1000)),
      },
      latencyMs: {
        samples: LATENCY_COUNT,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1),
      },
    },
    null,
    2,
  ),
);
await sink.stop();
await store.close();
