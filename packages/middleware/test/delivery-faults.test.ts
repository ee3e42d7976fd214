import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listDeliveries } from '../src/delivery/outbox.js';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker, type DeliveryWorker } from '../src/delivery/worker.js';
import type { Database } from '../src/store/database.js';
import { completeConversation, openTestStore, seedBot, seedIntegration } from './helpers/seed.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// A mail server that misbehaves in the ways real ones do: it takes a whole message and then
// drops the connection, stalls after DATA, or fails every TLS upgrade. Each fault must cost a
// bounded number of copies, end in a recorded failure, and never hold up the other mail.

let store: Awaited<ReturnType<typeof openTestStore>>;
let db: Database;
let sink: SmtpSink | undefined;
let worker: DeliveryWorker | undefined;
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(() => store.close());
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await sink?.stop();
  await db.query(`UPDATE sb_deliveries SET state = 'cancelled' WHERE state IN ('pending', 'sending')`);
});

/** `count` completed conversations of one account, each queued for one integration. */
async function queue(count: number): Promise<string[]> {
  const accountId = `acct_${randomUUID()}`;
  const botId = await seedBot(db, accountId);
  await seedIntegration(db, { accountId, email: 'help@acme.test' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const contact = { name: `Visitor ${i}`, email: `visitor${i}@example.com` };
    ids.push((await completeConversation(db, { accountId, botId, contact })).id);
  }
  return ids;
}

async function deliveryOf(conversationId: string) {
  const [delivery] = (await listDeliveries(db, [conversationId])).get(conversationId) ?? [];
  if (!delivery) throw new Error(`no delivery for ${conversationId}`);
  return delivery;
}

async function until(ok: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function start(
  url: string,
  options: { baseBackoffMs?: number; sendTimeoutMs?: number; maxAttempts?: number } = {},
) {
  worker = createDeliveryWorker({
    db,
    transport: createTransport(url),
    from: 'Acme Support <support-bot@acme.test>',
    logger: quiet,
    pollIntervalMs: 20,
    leaseMs: 5000,
    baseBackoffMs: options.baseBackoffMs ?? 20,
    ...(options.sendTimeoutMs && { sendTimeoutMs: options.sendTimeoutMs }),
    ...(options.maxAttempts && { maxAttempts: options.maxAttempts }),
  });
  worker.start();
}

describe('delivery through a faulty mail server', () => {
  it('counts a drop after the whole message as an attempt, caps its copies and keeps the other mail flowing', async () => {
    const ids = await queue(9);
    const poisoned = ids[0] ?? '';
    const dropTimes: number[] = [];
    sink = await startSmtpSink();
    sink.answer = ({ parsed }) => {
      if (!parsed.replyTo?.text.includes('visitor0@')) return 'accept';
      dropTimes.push(Date.now());
      return 'drop';
    };
    // Retries of the poisoned email come a second or more apart, so the others can pass it.
    start(sink.url, { baseBackoffMs: 2000 });

    await until(async () => (await deliveryOf(poisoned)).state === 'failed');
    const failed = await deliveryOf(poisoned);
    expect(sink.dropped).toBe(3);
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).toMatch(/took the whole message 3 times.*may have arrived/);

    // The other eight went out once each, all before the poisoned one's second copy.
    expect(sink.messages).toHaveLength(8);
    for (const id of ids.slice(1)) expect(await deliveryOf(id)).toMatchObject({ state: 'sent', attempts: 1 });
    const secondDrop = dropTimes[1] ?? 0;
    for (const mail of sink.messages) expect(mail.receivedAt).toBeLessThan(secondDrop);

    await new Promise((r) => setTimeout(r, 300));
    expect(sink.dropped).toBe(3);
  }, 30_000);

  it('gives up on a message the server stalls on after DATA, with bounded copies', async () => {
    const [stalledId = '', ...others] = await queue(3);
    sink = await startSmtpSink();
    sink.answer = ({ parsed }) => (parsed.replyTo?.text.includes('visitor0@') ? 'stall' : 'accept');
    start(sink.url, { sendTimeoutMs: 1500 });

    await until(async () => (await deliveryOf(stalledId)).state === 'failed');
    expect(sink.stalled).toBe(3);
    expect((await deliveryOf(stalledId)).lastError).toMatch(/may have arrived/);
    for (const id of others) expect(await deliveryOf(id)).toMatchObject({ state: 'sent', attempts: 1 });
  }, 30_000);

  it('counts a failing TLS upgrade as attempts and records the failure, sending nothing', async () => {
    const [id = ''] = await queue(1);
    sink = await startSmtpSink({ starttls: true });
    start(sink.url, { maxAttempts: 3 });

    await until(async () => (await deliveryOf(id)).state === 'failed');
    const delivery = await deliveryOf(id);
    expect(delivery.attempts).toBe(3);
    expect(delivery.lastError).toMatch(/Gave up after 3 attempts: .*(TLS|certificate)/i);
    expect(sink.messages).toHaveLength(0);
  }, 30_000);
});
