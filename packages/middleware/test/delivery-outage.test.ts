import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import {
  completeConversation,
  deliveryRows,
  openTestStore,
  seedBot,
  seedIntegration,
} from './helpers/seed.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

const COUNT = 200;
let store: Awaited<ReturnType<typeof openTestStore>>;
let sink: SmtpSink;

beforeAll(async () => {
  store = await openTestStore();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.stop();
  await store.close();
});

it('loses nothing while the mail server is down and sends each email once when it is back', async () => {
  const { db } = store;
  const account = 'acct_outage';
  const botId = await seedBot(db, account);
  await seedIntegration(db, { accountId: account, email: 'help@acme.test' });
  await sink.stop();

  const warnings: unknown[] = [];
  const worker = createDeliveryWorker({
    db,
    transport: createTransport(sink.url),
    from: 'support-bot@acme.test',
    logger: { info() {}, warn: (...a) => warnings.push(a), error() {} },
    pollIntervalMs: 20,
    baseBackoffMs: 50,
    leaseMs: 2000,
  });
  worker.start();
  for (let i = 0; i < COUNT; i++) {
    const { queued } = await completeConversation(db, {
      accountId: account,
      botId,
      contact: { name: `Visitor ${i}`, email: `visitor${i}@example.com` },
    });
    expect(queued).toBe(1);
    worker.kick();
  }
  await new Promise((r) => setTimeout(r, 500));

  // During the outage: nothing sent, nothing given up, every row still waiting.
  const during = await deliveryRows(db);
  expect(during).toHaveLength(COUNT);
  expect(during.filter((r) => r.state === 'pending' || r.state === 'sending')).toHaveLength(COUNT);
  expect(warnings.some((w) => String(w).includes('unreachable'))).toBe(true);

  await sink.start();
  const received = await sink.waitFor(COUNT, 30_000);
  await new Promise((r) => setTimeout(r, 300));
  await worker.stop();

  const ids = received.map((m) => m.messageId);
  expect(received).toHaveLength(COUNT);
  expect(new Set(ids).size).toBe(COUNT);
  const after = await deliveryRows(db);
  expect(after.every((r) => r.state === 'sent')).toBe(true);
  // Tries that never reached the server are not counted against a delivery.
  expect(after.every((r) => Number(r.attempts) === 1)).toBe(true);
  expect(new Set(after.map((r) => r.message_id))).toEqual(new Set(ids));
});
