import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeFreshdesk, FRESHDESK_KEY, startFakeFreshdesk } from './helpers/fake-freshdesk.js';
import { type ChannelWorld, openChannelWorld } from './helpers/fake-helpdesk.js';

let freshdesk: FakeFreshdesk;
let world: ChannelWorld;

beforeEach(async () => {
  freshdesk = await startFakeFreshdesk();
  world = await openChannelWorld({ type: 'freshdesk', url: freshdesk.url, apiKey: FRESHDESK_KEY });
});
afterEach(async () => {
  await world.close();
  await freshdesk.close();
});

describe('the Freshdesk channel', () => {
  it("creates a ticket with the visitor's email and name", async () => {
    await world.complete();
    await world.worker.runOnce();
    expect(freshdesk.tickets).toHaveLength(1);
    const [ticket] = freshdesk.tickets;
    expect(ticket).toMatchObject({ email: 'maria@example.com', name: 'Maria Garcia' });
    expect(ticket?.description).toContain('refund for order 48213');
    expect(ticket?.tags[0]).toBe('supportbridge');
    expect(freshdesk.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${FRESHDESK_KEY}:X`).toString('base64')}`,
    );
    expect((await world.deliveries())[0]).toMatchObject({
      state: 'sent',
      remote_id: `freshdesk:${ticket?.id}`,
    });
  });

  it('adds a re-forward as a private note', async () => {
    const id = await world.complete();
    await world.worker.runOnce();
    await world.reforward(id);
    await world.worker.runOnce();
    expect(freshdesk.tickets).toHaveLength(1);
    expect(freshdesk.tickets[0]?.notes).toHaveLength(1);
    expect(freshdesk.tickets[0]?.notes[0]?.private).toBe(true);
  });

  it('files a visitor without email or phone under a contact keyed by the conversation', async () => {
    const id = await world.complete({ name: 'Anon' });
    await world.worker.runOnce();
    expect(freshdesk.tickets[0]).toMatchObject({ unique_external_id: `supportbridge-${id}`, name: 'Anon' });
  });

  it("records a wrong API key as failed with Freshdesk's message", async () => {
    await world.close();
    world = await openChannelWorld({ type: 'freshdesk', url: freshdesk.url, apiKey: 'wrong' });
    await world.complete();
    await world.worker.runOnce();
    const [row] = await world.deliveries();
    expect(row?.state).toBe('failed');
    expect(row?.last_error).toBe(
      'Freshdesk answered 401: You have to be logged in to perform this action. — invalid_credentials',
    );
  });

  it('records a validation error with the field', async () => {
    freshdesk.fail('create', {
      status: 400,
      body: {
        description: 'Validation failed',
        errors: [
          { field: 'email', message: 'It should be in the valid email format', code: 'invalid_value' },
        ],
      },
    });
    await world.complete();
    await world.worker.runOnce();
    expect((await world.deliveries())[0]?.last_error).toBe(
      'Freshdesk answered 400: Validation failed (email: It should be in the valid email format)',
    );
  });

  it('makes no second ticket when the connection dies after Freshdesk created it', async () => {
    freshdesk.fail('create', { acceptThenDrop: true });
    await world.complete();
    await world.worker.runOnce();
    await world.due();
    await world.worker.runOnce();
    expect(freshdesk.tickets).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('retries a 429 with Retry-After and a 500, then delivers', async () => {
    freshdesk.fail(
      'create',
      { status: 429, headers: { 'Retry-After': '5' }, body: {} },
      { status: 500, body: {} },
    );
    await world.complete();
    await world.worker.runOnce();
    await world.due();
    await world.worker.runOnce();
    await world.due();
    await world.worker.runOnce();
    expect(freshdesk.tickets).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'sent', attempts: 3 });
  });
});
