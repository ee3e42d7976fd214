import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChannelWorld, openChannelWorld } from './helpers/fake-helpdesk.js';
import { type FakeHelpScout, HELPSCOUT_APP, startFakeHelpScout } from './helpers/fake-helpscout.js';

let helpscout: FakeHelpScout;
let world: ChannelWorld;

beforeEach(async () => {
  helpscout = await startFakeHelpScout();
  world = await openChannelWorld({ type: 'helpscout', url: helpscout.url, ...HELPSCOUT_APP, tags: ['chat'] });
});
afterEach(async () => {
  await world.close();
  await helpscout.close();
});

describe('the Help Scout channel', () => {
  it('gets a token by client credentials and creates a conversation with the visitor as customer', async () => {
    await world.complete();
    await world.worker.runOnce();

    const token = helpscout.requests[0];
    expect(token?.url.pathname).toBe('/v2/oauth2/token');
    expect(token?.body).toEqual({
      grant_type: 'client_credentials',
      client_id: 'hs-app-id',
      client_secret: 'hs-app-secret',
    });
    expect(helpscout.conversations).toHaveLength(1);
    const [conversation] = helpscout.conversations;
    expect(conversation?.customer).toEqual({
      email: 'maria@example.com',
      firstName: 'Maria',
      lastName: 'Garcia',
    });
    expect(conversation?.mailboxId).toBe(85);
    expect(conversation?.threads[0]?.type).toBe('customer');
    expect(conversation?.threads[0]?.body).toContain('refund for order 48213');
    expect(conversation?.tags.slice(0, 2)).toEqual(['chat', 'supportbridge']);
    expect((await world.deliveries())[0]).toMatchObject({
      state: 'sent',
      remote_id: `helpscout:${conversation?.id}`,
    });
  });

  it('adds a re-forward as a note and reuses the token', async () => {
    const id = await world.complete();
    await world.worker.runOnce();
    await world.reforward(id);
    await world.worker.runOnce();
    expect(helpscout.conversations).toHaveLength(1);
    expect(helpscout.conversations[0]?.threads.map((t) => t.type)).toEqual(['customer', 'note']);
    expect(helpscout.issued).toHaveLength(1);
  });

  it('fetches a new token once when Help Scout answers 401 to an expired one', async () => {
    const id = await world.complete();
    await world.worker.runOnce();
    helpscout.revokeTokens();
    await world.reforward(id);
    await world.worker.runOnce();
    expect(helpscout.conversations[0]?.threads).toHaveLength(2);
    expect((await world.deliveries()).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  it('records rejected app credentials as failed with the OAuth error', async () => {
    helpscout.fail('token', {
      status: 401,
      body: { error: 'invalid_client', error_description: 'Bad client credentials' },
    });
    await world.complete();
    await world.worker.runOnce();
    const [delivery] = await world.deliveries();
    expect(delivery?.state).toBe('failed');
    expect(delivery?.last_error).toBe('Help Scout answered 401: invalid_client — Bad client credentials');
  });

  it('records a validation error with its path and message', async () => {
    helpscout.fail('create', {
      status: 400,
      body: {
        message: 'Bad request',
        _embedded: { errors: [{ path: 'mailboxId', message: 'must be a valid mailbox' }] },
      },
    });
    await world.complete();
    await world.worker.runOnce();
    expect((await world.deliveries())[0]?.last_error).toBe(
      'Help Scout answered 400: Bad request (mailboxId: must be a valid mailbox)',
    );
  });

  it('makes no second conversation when the connection dies after Help Scout created it', async () => {
    helpscout.fail('create', { acceptThenDrop: true });
    await world.complete();
    await world.worker.runOnce();
    await world.due();
    await world.worker.runOnce();
    expect(helpscout.conversations).toHaveLength(1);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'sent' });
  });

  it('retries a 429 honouring Retry-After', async () => {
    helpscout.fail('create', {
      status: 429,
      headers: { 'Retry-After': '30' },
      body: { message: 'Too many requests' },
    });
    await world.complete();
    const before = Date.now();
    await world.worker.runOnce();
    const [row] = await world.deliveries();
    expect(row?.state).toBe('pending');
    expect(Number(row?.next_attempt_at)).toBeGreaterThanOrEqual(before + 30_000);
  });

  it('files a visitor without an email under the fallback address, or fails saying so', async () => {
    await world.complete({ name: 'Anon' });
    await world.worker.runOnce();
    expect((await world.deliveries())[0]?.last_error).toContain('fallbackEmail');

    await world.close();
    world = await openChannelWorld({
      type: 'helpscout',
      url: helpscout.url,
      ...HELPSCOUT_APP,
      fallbackEmail: 'chat-visitors@acme.com',
    });
    await world.complete({ name: 'Anon' });
    await world.worker.runOnce();
    expect(helpscout.conversations[0]?.customer).toEqual({ email: 'chat-visitors@acme.com' });
  });
});
