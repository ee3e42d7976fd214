import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cancelDeliveries, forwardConversations, listDeliveries } from '../src/delivery/outbox.js';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker, type DeliveryWorker } from '../src/delivery/worker.js';
import type { Database, Queryable } from '../src/store/database.js';
import {
  completeConversation,
  deliveryRows,
  openTestStore,
  seedBot,
  seedIntegration,
} from './helpers/seed.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

/** One conversation's deliveries, oldest first. */
async function deliveriesOf(db: Queryable, conversationId: string) {
  return (await listDeliveries(db, [conversationId])).get(conversationId) ?? [];
}

let store: Awaited<ReturnType<typeof openTestStore>>;
let db: Database;
let sink: SmtpSink;
let worker: DeliveryWorker | undefined;
let account: string;
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  store = await openTestStore();
  db = store.db;
});
afterAll(async () => {
  await store.close();
});
beforeEach(async () => {
  account = `acct_${randomUUID()}`;
  sink = await startSmtpSink();
});
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await sink.stop();
  // Leftovers of one test must not be sent by the next one's worker.
  await db.query(`UPDATE sb_deliveries SET state = 'cancelled' WHERE state IN ('pending', 'sending')`);
});

function startWorker(options: { pollIntervalMs?: number; db?: Database } = {}): DeliveryWorker {
  worker = createDeliveryWorker({
    db: options.db ?? db,
    transport: createTransport(sink.url),
    from: 'Acme Support <support-bot@acme.test>',
    logger: quiet,
    pollIntervalMs: options.pollIntervalMs ?? 20,
    baseBackoffMs: 20,
    leaseMs: 2000,
  });
  worker.start();
  return worker;
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function setup(trigger: 'automatic' | 'escalation' | 'always' | 'never' = 'automatic') {
  const botId = await seedBot(db, account);
  const integrationId = await seedIntegration(db, { accountId: account, email: 'help@acme.test', trigger });
  const conversation = await completeConversation(db, {
    accountId: account,
    botId,
    contact: { name: 'Maria Garcia', email: 'maria@example.com' },
  });
  return { botId, integrationId, conversationId: conversation.id, queued: conversation.queued };
}

describe('delivery worker', () => {
  it('sends exactly one email per delivery and records it as sent', async () => {
    const { conversationId, queued } = await setup();
    expect(queued).toBe(1);
    startWorker();
    const [mail] = await sink.waitFor(1);
    const [delivery] = await until(
      () => deliveriesOf(db, conversationId),
      (d) => d[0]?.state === 'sent',
    );
    expect(delivery).toMatchObject({ state: 'sent', attempts: 1, forward: 1, email: 'help@acme.test' });
    expect(delivery?.messageId).toBe(mail?.messageId);
    expect(delivery?.sentAt).toBeGreaterThan(0);
    expect(mail?.parsed.replyTo?.value).toEqual([{ name: 'Maria Garcia', address: 'maria@example.com' }]);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.messages).toHaveLength(1);
  });

  it('retries after a 421 with the same Message-ID, and then sends', async () => {
    const refused: string[] = [];
    sink.answer = ({ parsed, attempt }) => {
      if (attempt > 1) return 'accept';
      refused.push(parsed.messageId ?? '');
      return { code: 421, message: '4.3.2 Try again later' };
    };
    const { conversationId } = await setup();
    startWorker();
    const [mail] = await sink.waitFor(1);
    const [delivery] = await until(
      () => deliveriesOf(db, conversationId),
      (d) => d[0]?.state === 'sent',
    );
    expect(refused).toEqual([mail?.messageId]);
    expect(delivery).toMatchObject({ state: 'sent', attempts: 2 });
    expect(sink.messages).toHaveLength(1);
  });

  it('marks a delivery failed with the reply text when the server answers 550', async () => {
    sink.answer = () => ({ code: 550, message: '5.1.1 Mailbox does not exist' });
    const { conversationId } = await setup();
    startWorker();
    const [delivery] = await until(
      () => deliveriesOf(db, conversationId),
      (d) => d[0]?.state === 'failed',
    );
    expect(delivery?.lastError).toMatch(/^550 .*Mailbox does not exist/);
    expect(delivery?.attempts).toBe(1);
    expect(sink.messages).toHaveLength(0);
  });

  it('cancels the deliveries of a deleted integration, whether or not it was cancelled explicitly', async () => {
    const first = await setup();
    await db.transaction(async (tx) => {
      await tx.query('DELETE FROM sb_support_integrations WHERE id = $1', [first.integrationId]);
      expect(await cancelDeliveries(tx, first.integrationId)).toBe(1);
    });
    const second = await setup();
    await db.query('DELETE FROM sb_support_integrations WHERE id = $1', [second.integrationId]);
    startWorker();
    const [delivery] = await until(
      () => deliveriesOf(db, second.conversationId),
      (d) => d[0]?.state === 'cancelled',
    );
    expect(delivery?.lastError).toMatch(/deleted/);
    expect((await deliveriesOf(db, first.conversationId))[0]?.state).toBe('cancelled');
    expect(sink.messages).toHaveLength(0);
  });

  it('renews the lease of a slow send, so a second worker never sends it again', async () => {
    sink.answer = ({ attempt }) => (attempt === 1 ? { delayMs: 1200 } : 'accept');
    const { conversationId } = await setup();
    const make = () =>
      createDeliveryWorker({
        db,
        transport: createTransport(sink.url),
        from: 'support-bot@acme.test',
        logger: quiet,
        pollIntervalMs: 20,
        leaseMs: 300,
      });
    const [one, two] = [make(), make()];
    one.start();
    await new Promise((r) => setTimeout(r, 100));
    two.start();
    try {
      await until(
        () => deliveriesOf(db, conversationId),
        (d) => d[0]?.state === 'sent',
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(sink.messages).toHaveLength(1);
      expect((await deliveriesOf(db, conversationId))[0]?.attempts).toBe(1);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it('gives up on a delivery whose senders keep dying on it', async () => {
    const { conversationId } = await setup();
    // As left behind by senders that crashed on each of their 30 tries.
    await db.query(
      `UPDATE sb_deliveries SET state = 'sending', attempts = 30, lease_until = 0 WHERE conversation_id = $1`,
      [conversationId],
    );
    startWorker();
    const [delivery] = await until(
      () => deliveriesOf(db, conversationId),
      (d) => d[0]?.state === 'failed',
    );
    expect(delivery?.lastError).toMatch(/Gave up after 30 attempts/);
    expect(sink.messages).toHaveLength(0);
  });

  it('sends a fresh completion at once when kicked, without waiting for the poll', async () => {
    const w = startWorker({ pollIntervalMs: 60_000 });
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await setup();
    w.kick();
    await sink.waitFor(1, 2000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps running through database errors and delivers once the store answers again', async () => {
    let broken = true;
    const flaky: Database = {
      ...db,
      query: (sql, params) => (broken ? Promise.reject(new Error('connection lost')) : db.query(sql, params)),
    };
    await setup();
    startWorker({ db: flaky });
    await new Promise((r) => setTimeout(r, 150));
    expect(sink.messages).toHaveLength(0);
    broken = false;
    await sink.waitFor(1);
  });

  it('refuses a no-reply sender when it is created', () => {
    const make = (from: string) => () =>
      createDeliveryWorker({ db, transport: createTransport(sink.url), from, logger: quiet });
    expect(make('noreply@acme.test')).toThrow(/no-reply address.*Zendesk/);
    expect(make('"Acme" <no-reply@acme.test>')).toThrow(/no-reply/);
    expect(make('not an address')).toThrow(/one sender address/);
  });
});

describe('trigger rules', () => {
  it('queues by trigger, and an integration without a bot covers every bot', async () => {
    const botA = await seedBot(db, account, 'A');
    const botB = await seedBot(db, account, 'B');
    const ids = {
      automatic: await seedIntegration(db, {
        accountId: account,
        email: 'auto@acme.test',
        trigger: 'automatic',
      }),
      escalation: await seedIntegration(db, {
        accountId: account,
        email: 'esc@acme.test',
        trigger: 'escalation',
      }),
      always: await seedIntegration(db, { accountId: account, email: 'all@acme.test', trigger: 'always' }),
      never: await seedIntegration(db, { accountId: account, email: 'never@acme.test', trigger: 'never' }),
      botA: await seedIntegration(db, {
        accountId: account,
        email: 'a@acme.test',
        botId: botA,
        trigger: 'always',
      }),
      noInbox: await seedIntegration(db, { accountId: account, email: null, trigger: 'always' }),
    };
    const other = await seedIntegration(db, {
      accountId: `${account}-other`,
      email: 'x@acme.test',
      trigger: 'always',
    });
    const chat = (values: Partial<Parameters<typeof completeConversation>[1]>) =>
      completeConversation(db, { accountId: account, botId: botB, ...values });
    const withEmail = await chat({ contact: { email: 'maria@example.com' } });
    const escalated = await chat({ endReason: 'escalated' });
    const plain = await chat({});
    const silent = await chat({ messages: [{ type: 'bot', text: 'Hello?' }], endReason: 'idle' });
    const onA = await chat({ botId: botA, contact: { email: 'bad email' } });

    const rows = await deliveryRows(db);
    const to = (conversationId: string) =>
      rows.filter((r) => r.conversation_id === conversationId).map((r) => r.integration_id);
    expect(to(withEmail.id).sort()).toEqual([ids.automatic, ids.always].sort());
    expect(to(escalated.id).sort()).toEqual([ids.escalation, ids.always].sort());
    expect(to(plain.id)).toEqual([ids.always]);
    expect(to(silent.id)).toEqual([]);
    expect(to(onA.id).sort()).toEqual([ids.always, ids.botA].sort());
    expect(rows.some((r) => r.integration_id === other || r.integration_id === ids.never)).toBe(false);
  });
});

describe('forwardConversations', () => {
  it('re-forwards a conversation as a reply to its first email', async () => {
    const { botId, integrationId, conversationId } = await setup();
    startWorker();
    const [first] = await sink.waitFor(1);
    const integration = { id: integrationId, accountId: account, botId: '', email: 'help@acme.test' };
    const foreign = await completeConversation(db, { accountId: `${account}-other`, botId });
    const queued = await db.transaction((tx) =>
      forwardConversations(tx, integration, {
        conversationIds: [conversationId, foreign.id, 'conv_missing'],
      }),
    );
    expect(queued).toBe(1);
    worker?.kick();
    const [, second] = await sink.waitFor(2);
    expect(second?.messageId).not.toBe(first?.messageId);
    expect(second?.parsed.inReplyTo).toBe(first?.messageId);
    expect([second?.parsed.references].flat()).toEqual([first?.messageId]);
    expect(second?.parsed.subject).toBe(first?.parsed.subject);
    const deliveries = await until(
      () => deliveriesOf(db, conversationId),
      (d) => d.every((x) => x.state === 'sent'),
    );
    expect(deliveries.map((d) => d.forward)).toEqual([1, 2]);
  });

  it('forwards the most recent completed conversations when given a sample size', async () => {
    const botId = await seedBot(db, account);
    const integrationId = await seedIntegration(db, {
      accountId: account,
      email: 'help@acme.test',
      botId,
      trigger: 'never',
    });
    const made = [];
    for (let i = 0; i < 3; i++)
      made.push(
        await completeConversation(db, { accountId: account, botId, createdAt: Date.UTC(2025, 0, 1 + i) }),
      );
    const integration = { id: integrationId, accountId: account, botId, email: 'help@acme.test' };
    expect(await db.transaction((tx) => forwardConversations(tx, integration, { sample: 2 }))).toBe(2);
    const rows = (await deliveryRows(db)).filter((r) => r.integration_id === integrationId);
    expect(rows.map((r) => r.conversation_id).sort()).toEqual([made[1]?.id, made[2]?.id].sort());
    expect(await db.transaction((tx) => forwardConversations(tx, { ...integration, email: null }, {}))).toBe(
      0,
    );
  });
});
