import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTransport } from '../src/delivery/transport.js';
import { createDeliveryWorker } from '../src/delivery/worker.js';
import { type ChannelWorld, openChannelWorld } from './helpers/fake-helpdesk.js';
import { type FakeZendesk, startFakeZendesk, ZENDESK_AGENT } from './helpers/fake-zendesk.js';

let zendesk: FakeZendesk;
let world: ChannelWorld;

beforeEach(async () => {
  zendesk = await startFakeZendesk();
  world = await openChannelWorld({
    type: 'zendesk',
    url: zendesk.url,
    email: ZENDESK_AGENT.email,
    apiToken: ZENDESK_AGENT.apiToken,
    tags: ['chat', 'vip'],
  });
});
afterEach(async () => {
  await world.close();
  await zendesk.close();
});

describe('the Zendesk channel', () => {
  it('creates one ticket with the visitor as requester, the hand-over as first comment and an idempotency key', async () => {
    const conversationId = await world.complete();
    expect(await world.worker.runOnce()).toBe(1);

    expect(zendesk.tickets).toHaveLength(1);
    const [ticket] = zendesk.tickets;
    expect(ticket?.requester).toEqual({ name: 'Maria Garcia', email: 'maria@example.com' });
    expect(ticket?.external_id).toBe(conversationId);
    expect(ticket?.tags).toEqual(['chat', 'vip', 'supportbridge']);
    expect(ticket?.subject).toMatch(/^\[Chat #\w+\] /);
    expect(ticket?.comments[0]?.html_body).toContain('refund for order 48213');
    expect(ticket?.comments[0]?.public).toBe(false);
    const create = zendesk.requests.find((r) => r.method === 'POST');
    expect(create?.headers['idempotency-key']).toMatch(/^sb-[0-9a-f]{20}-1$/);
    expect(create?.headers.authorization).toMatch(/^Basic /);

    const [delivery] = await world.deliveries();
    expect(delivery).toMatchObject({ state: 'sent', remote_id: `zendesk:${ticket?.id}`, attempts: 1 });
  });

  it('adds a re-forward as a comment on the same ticket', async () => {
    const conversationId = await world.complete();
    await world.worker.runOnce();
    await world.reforward(conversationId);
    expect(await world.worker.runOnce()).toBe(1);

    expect(zendesk.tickets).toHaveLength(1);
    expect(zendesk.tickets[0]?.comments).toHaveLength(2);
    expect(zendesk.tickets[0]?.comments[1]?.html_body).toMatch(/sb-[0-9a-f]{20}-2/);
    const rows = await world.deliveries();
    expect(rows.map((r) => [r.forward, r.state, r.remote_id])).toEqual([
      [1, 'sent', `zendesk:${zendesk.tickets[0]?.id}`],
      [2, 'sent', `zendesk:${zendesk.tickets[0]?.id}`],
    ]);
  });

  it('retries a 429 no sooner than its Retry-After, then creates the ticket', async () => {
    zendesk.fail('create', {
      status: 429,
      headers: { 'Retry-After': '120' },
      body: { error: 'TooManyRequests' },
    });
    await world.complete();
    const before = Date.now();
    await world.worker.runOnce();
    const [waiting] = await world.deliveries();
    expect(waiting).toMatchObject({ state: 'pending', attempts: 1 });
    expect(Number(waiting?.next_attempt_at)).toBeGreaterThanOrEqual(before + 120_000);
    expect(String(waiting?.last_error)).toContain('Zendesk answered 429');

    await world.due();
    await world.worker.runOnce();
    expect(zendesk.tickets).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('retries a 503 with backoff', async () => {
    zendesk.fail('create', { status: 503, body: { error: 'ServiceUnavailable' } });
    await world.complete();
    await world.worker.runOnce();
    expect((await world.deliveries())[0]).toMatchObject({ state: 'pending' });
    await world.due();
    await world.worker.runOnce();
    expect(zendesk.tickets).toHaveLength(1);
  });

  it("records a 401 as failed with Zendesk's error text", async () => {
    zendesk.fail('create', { status: 401, body: { error: "Couldn't authenticate you" } });
    await world.complete();
    await world.worker.runOnce();
    const [delivery] = await world.deliveries();
    expect(delivery).toMatchObject({ state: 'failed' });
    expect(delivery?.last_error).toBe("Zendesk answered 401: Couldn't authenticate you");
    expect(zendesk.tickets).toHaveLength(0);
  });

  it("records a 422 validation error as failed with Zendesk's details", async () => {
    zendesk.fail('create', {
      status: 422,
      body: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { requester: [{ description: 'Requester: Email is invalid', error: 'InvalidValue' }] },
      },
    });
    await world.complete();
    await world.worker.runOnce();
    const [delivery] = await world.deliveries();
    expect(delivery?.state).toBe('failed');
    expect(delivery?.last_error).toContain('RecordInvalid');
    expect(delivery?.last_error).toContain('Requester: Email is invalid');
  });

  it('makes no second ticket when the connection dies after Zendesk accepted the ticket', async () => {
    zendesk.fail('create', { acceptThenDrop: true });
    await world.complete();
    await world.worker.runOnce();
    expect(zendesk.tickets).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'pending' });

    await world.due();
    await world.worker.runOnce();
    expect(zendesk.tickets).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({
      state: 'sent',
      remote_id: `zendesk:${zendesk.tickets[0]?.id}`,
    });
  });

  it('makes no second comment when the connection dies after Zendesk took a re-forward', async () => {
    const conversationId = await world.complete();
    await world.worker.runOnce();
    await world.reforward(conversationId);
    zendesk.fail('comment', { acceptThenDrop: true });
    await world.worker.runOnce();
    await world.due();
    await world.worker.runOnce();
    expect(zendesk.tickets[0]?.comments).toHaveLength(2);
    expect((await world.deliveries()).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  it('sends each forward once when two workers share the outbox', async () => {
    for (let i = 0; i < 6; i++) await world.complete({ email: `visitor${i}@example.com` });
    const other = createDeliveryWorker({
      db: world.db,
      transport: createTransport({ jsonTransport: true }),
      from: 'support-bot@acme.com',
      logger: { info() {}, warn() {}, error() {} },
    });
    await Promise.all([world.worker.runOnce(), other.runOnce()]);
    expect(zendesk.tickets).toHaveLength(6);
    expect(new Set(zendesk.tickets.map((t) => t.external_id)).size).toBe(6);
  });

  it('authenticates with an OAuth bearer token', async () => {
    await world.close();
    world = await openChannelWorld({
      type: 'zendesk',
      url: zendesk.url,
      oauthToken: ZENDESK_AGENT.oauthToken,
    });
    await world.complete();
    await world.worker.runOnce();
    expect(zendesk.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ZENDESK_AGENT.oauthToken}`);
    expect(zendesk.tickets).toHaveLength(1);
  });
});
