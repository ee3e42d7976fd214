import { SupportIntegrationClient } from '@chatbotkit/sdk/integration/support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, KEY_A, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

const zendesk = {
  type: 'zendesk',
  url: 'https://acme.zendesk.com',
  email: 'agent@acme.com',
  apiToken: 'zd-secret-token',
  tags: ['chat'],
};

async function create(body: Record<string, unknown>): Promise<string> {
  const res = await call<{ id: string }>(server, 'POST', '/integration/support/create', body);
  expect(res.status).toBe(200);
  return res.body.id;
}

describe('support integration channels over the API', () => {
  it('stores a channel and never returns its credentials', async () => {
    const id = await create({ name: 'Zendesk', channel: zendesk });
    const fetched = await call(server, 'GET', `/integration/support/${id}/fetch`);
    expect(fetched.body.channel).toEqual({
      type: 'zendesk',
      url: 'https://acme.zendesk.com',
      email: 'agent@acme.com',
      tags: ['chat'],
      configured: true,
    });
    expect(JSON.stringify(fetched.body)).not.toContain('zd-secret-token');
    const list = await call<{ items: Record<string, unknown>[] }>(
      server,
      'GET',
      '/integration/support/list?take=100',
    );
    expect(JSON.stringify(list.body)).not.toContain('zd-secret-token');
  });

  it('keeps the stored credentials when an update of the same channel leaves them out', async () => {
    const id = await create({ channel: zendesk });
    const { apiToken: _kept, ...withoutToken } = zendesk;
    const res = await call(server, 'POST', `/integration/support/${id}/update`, {
      channel: { ...withoutToken, tags: ['vip'] },
    });
    expect(res.status).toBe(200);
    const fetched = await call(server, 'GET', `/integration/support/${id}/fetch`);
    expect(fetched.body.channel).toMatchObject({ tags: ['vip'], configured: true });
  });

  it('goes back to email when the channel is set to null', async () => {
    const id = await create({ email: 'help@acme.com', channel: zendesk });
    await call(server, 'POST', `/integration/support/${id}/update`, { channel: null });
    const fetched = await call(server, 'GET', `/integration/support/${id}/fetch`);
    expect(fetched.body.channel).toBeUndefined();
    expect(fetched.body.email).toBe('help@acme.com');
  });

  it.each([
    [
      'an unknown type',
      { type: 'jira' },
      'channel.type must be email, zendesk, helpscout, freshdesk or webhook',
    ],
    [
      'Zendesk without credentials',
      { type: 'zendesk', url: 'https://acme.zendesk.com' },
      'Zendesk needs either',
    ],
    [
      'plain http to a remote host',
      { type: 'freshdesk', url: 'http://acme.freshdesk.com', apiKey: 'k' },
      'https://',
    ],
    [
      'a short webhook secret',
      { type: 'webhook', url: 'https://hooks.acme.com', secret: 'short' },
      '16 characters',
    ],
    ['Help Scout without an app', { type: 'helpscout', mailboxId: 1 }, 'appId'],
    [
      'an unknown key',
      { type: 'freshdesk', url: 'https://acme.freshdesk.com', apiKey: 'k', token: 'x' },
      'token',
    ],
  ])('refuses %s with a 400 naming the problem, changing nothing', async (_name, channel, message) => {
    const before = await call<{ items: unknown[] }>(server, 'GET', '/integration/support/list?take=100');
    const res = await call(server, 'POST', '/integration/support/create', { channel });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(res.body)).toContain(message);
    const after = await call<{ items: unknown[] }>(server, 'GET', '/integration/support/list?take=100');
    expect(after.body.items).toHaveLength(before.body.items.length);
  });

  it('refuses an update that would leave the channel without credentials, keeping the old one', async () => {
    const id = await create({ channel: zendesk });
    const res = await call(server, 'POST', `/integration/support/${id}/update`, {
      name: 'renamed',
      channel: { type: 'freshdesk', url: 'https://acme.freshdesk.com' },
    });
    expect(res.status).toBe(400);
    expect(String(res.body.message)).toContain('apiKey');
    const fetched = await call(server, 'GET', `/integration/support/${id}/fetch`);
    expect(fetched.body).toMatchObject({ channel: { type: 'zendesk' } });
    expect(fetched.body.name).toBeUndefined();
  });

  it('lets the trigger endpoint forward through a channel without an email', async () => {
    const id = await create({
      channel: { type: 'webhook', url: 'https://hooks.acme.com/sb', secret: 'whsec_0123456789abcdef' },
    });
    const res = await call(server, 'POST', `/integration/support/${id}/trigger`, { sample: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, triggered: 0 });
  });

  it('leaves email integrations as the ChatBotKit SDK knows them', async () => {
    const client = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_A });
    const { id } = await client.create({ name: 'Inbox', email: 'support@acme.com' });
    const fetched = await client.fetch(id);
    expect(fetched).not.toHaveProperty('channel');
    expect(fetched).toMatchObject({ id, email: 'support@acme.com', trigger: 'automatic' });
  });

  it('documents the webhook payload in the OpenAPI document', async () => {
    const res = await call<{ webhooks: Record<string, { post: { requestBody: unknown } }> }>(
      server,
      'GET',
      '/openapi.json',
      undefined,
      null,
    );
    const schema = JSON.stringify(res.body.webhooks.supportHandOver?.post.requestBody);
    expect(schema).toContain('conversation.handover');
    expect(schema).toContain('transcript');
  });
});
