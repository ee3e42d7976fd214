import { createSupportBridgeClient, ROUTES, SupportBridgeError } from '@supportbridge/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../src/http/operation.js';
import { OPERATIONS } from '../src/routes/operations.js';
import { KEY_A, startServer, type TestServer } from './helpers/server.js';

// @supportbridge/client against a real server in this process: every operation of the table,
// called through the client as an integrator would.

describe('@supportbridge/client', () => {
  it('knows exactly the operations of the table, with their methods and paths', () => {
    const table = Object.fromEntries(
      (Object.entries(OPERATIONS) as [string, Operation][]).map(([id, op]) => [
        id,
        [op.method.toUpperCase(), op.path],
      ]),
    );
    expect(ROUTES).toEqual(table);
  });

  let server: TestServer;
  let admin: ReturnType<typeof createSupportBridgeClient>;
  beforeAll(async () => {
    server = await startServer();
    admin = createSupportBridgeClient({ baseUrl: server.api, secret: KEY_A });
  });
  afterAll(() => server.close());

  it('manages bots and their identity secrets', async () => {
    const { id } = await admin.bots.create({ name: 'Ava', greeting: 'Hello!' });
    expect((await admin.bots.fetch(id)).name).toBe('Ava');
    await admin.bots.update(id, { name: 'Ava 2' });
    expect((await admin.bots.list({ take: 5 })).items.map((bot) => bot.id)).toContain(id);
    const secret = await admin.bots.createIdentitySecret(id);
    expect(secret.secret).toBeTruthy();
    await admin.bots.deleteIdentitySecret(id, secret.id);
    await admin.bots.delete(id);
    await expect(admin.bots.fetch(id)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('sets alias and trigger, reaches an integration by alias, and triggers forwards with trigger()', async () => {
    const bot = await admin.bots.create({ name: 'Ava' });
    const { id } = await admin.supportIntegrations.create({
      botId: bot.id,
      email: 'help@acme.test',
      alias: 'eu-desk',
      trigger: 'escalation',
      meta: { team: 'eu' },
    });
    expect(await admin.supportIntegrations.fetch('eu-desk')).toMatchObject({
      id,
      alias: 'eu-desk',
      trigger: 'escalation',
    });
    await admin.supportIntegrations.update('eu-desk', { trigger: 'always' });
    expect((await admin.supportIntegrations.fetch(id)).trigger).toBe('always');
    const page = await admin.supportIntegrations.list({ meta: { team: 'eu' } });
    expect(page.items.map((item) => item.id)).toEqual([id]);
    const streamed = [];
    for await (const item of admin.supportIntegrations.listAll({ meta: { team: 'eu' } }))
      streamed.push(item.id);
    expect(streamed).toEqual([id]);

    // A completed conversation with a visitor message, then forwarded on request.
    const { id: conversationId } = await admin.conversations.create({ botId: bot.id });
    await admin.conversations.complete(conversationId, { text: 'Hi, I am Maria, maria@example.com' });
    await admin.conversations.end(conversationId);
    expect(await admin.supportIntegrations.trigger('eu-desk', { conversationIds: [conversationId] })).toEqual(
      {
        id,
        triggered: 1,
      },
    );
    await admin.supportIntegrations.delete('eu-desk');
    await expect(admin.supportIntegrations.fetch(id)).rejects.toBeInstanceOf(SupportBridgeError);
  });

  it('chats as the widget does: session, streamed reply, messages, contact, escalation', async () => {
    const bot = await admin.bots.create({ name: 'Ava' });
    const anonymous = createSupportBridgeClient({ baseUrl: server.api });
    const session = await anonymous.widget.createSession({ botId: bot.id, language: 'en' });
    const visitor = createSupportBridgeClient({ baseUrl: server.api, secret: session.token });

    const events = [];
    for await (const event of visitor.conversations.completeStream(session.conversationId, {
      text: 'Where is my order?',
    })) {
      events.push(event);
    }
    expect(events.at(-1)?.type).toBe('result');
    expect(events.filter((event) => event.type === 'token').length).toBeGreaterThan(0);

    const contact = await visitor.conversations.updateContact(session.conversationId, {
      name: 'Maria Garcia',
      email: 'maria@example.com',
    });
    expect(contact.contact).toMatchObject({ email: 'maria@example.com' });
    const messages = await visitor.conversations.listMessages(session.conversationId);
    expect(messages).toMatchObject({ id: session.conversationId, status: 'active' });
    expect(messages.items.map((message) => message.type)).toEqual(['user', 'bot']);
    const escalated = await visitor.conversations.escalate(session.conversationId);
    expect(escalated).toMatchObject({ status: 'completed', endReason: 'escalated' });
    await expect(visitor.bots.list()).rejects.toMatchObject({ status: 401 });
  });

  it('opens admin conversations and sessions for them', async () => {
    const bot = await admin.bots.create({ name: 'Ava' });
    const { id } = await admin.conversations.create({ botId: bot.id, meta: { order: '42' } });
    const session = await admin.conversations.createSession(id, { durationInSeconds: 60 });
    const visitor = createSupportBridgeClient({ baseUrl: server.api, secret: session.token });
    expect((await visitor.conversations.complete(id, { text: 'Hello' })).text).not.toBe('');
    expect((await admin.conversations.fetch(id)).meta).toEqual({ order: '42' });
    expect((await admin.conversations.list({ botId: bot.id })).items.map((c) => c.id)).toEqual([id]);
  });

  it('reports a refused request as a SupportBridgeError with the issues', async () => {
    const error = await admin.bots.create({ name: 7 as unknown as string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SupportBridgeError);
    expect(error).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect((error as SupportBridgeError).issues?.length).toBeGreaterThan(0);
  });

  it('reads the OpenAPI document with the mount point as its server', async () => {
    expect(await admin.openApiDocument()).toMatchObject({ servers: [{ url: '/api/v1' }] });
  });
});
