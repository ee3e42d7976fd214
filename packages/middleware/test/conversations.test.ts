import { ConversationClient } from '@chatbotkit/sdk/conversation/index.js';
import { PGlite } from '@electric-sql/pglite';
import type { Conversation, Message } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, KEY_A, KEY_B, startServer, type TestServer } from './helpers/server.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// End to end over HTTP: the official ConversationClient talks to a real server, and a real
// SMTP server receives what the delivery worker sends.
let server: TestServer;
let sink: SmtpSink;
let lite: PGlite;
let admin: ConversationClient;
let botId: string;
let integrationId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  lite = new PGlite();
  server = await startServer({
    database: lite,
    mail: { transport: sink.url, from: '"Acme Support" <support-bot@acme.test>' },
    idleSweepIntervalMs: 200,
    engines: {
      // Engines passed in code: one that fails at once, one that fails after a word.
      broken: {
        respond() {
          throw new Error('upstream exploded');
        },
      },
      flaky: {
        async *respond() {
          yield { type: 'token' as const, token: 'Let me check' };
          throw new Error('connection reset');
        },
      },
    },
  });
  admin = new ConversationClient({ baseUrl: server.url, secret: KEY_A });
  botId = (
    await call<{ id: string }>(server, 'POST', '/bot/create', {
      name: 'Ava',
      backstory: "Politely collect the user's full name and email address.",
      allowedOrigins: ['https://shop.acme.test'],
      knowledge: [
        { question: 'How long does shipping take?', answer: 'Shipping takes 2 to 3 working days.' },
      ],
    })
  ).body.id;
  integrationId = (
    await call<{ id: string }>(server, 'POST', '/integration/support/create', {
      botId,
      email: 'help@acme.test',
      meta: { secret: 'internal' },
    })
  ).body.id;
}, 60_000);
afterAll(async () => {
  await server.close();
  await lite.close();
  await sink.stop();
});

async function session(): Promise<{ id: string; visitor: ConversationClient; token: string }> {
  const { id } = await admin.create({ botId } as never);
  const { token } = await admin.session.create(id, { durationInSeconds: 3600 });
  return { id, token, visitor: new ConversationClient({ baseUrl: server.url, secret: token }) };
}

async function say(visitor: ConversationClient, id: string, text: string) {
  const tokens: string[] = [];
  let result: { id: string; text: string; end?: { reason: string } } | undefined;
  for await (const event of visitor.complete(id, { text }).stream()) {
    if (event.type === 'token') tokens.push((event.data as { token: string }).token);
    if (event.type === 'result') result = event.data as typeof result;
  }
  if (!result) throw new Error('no result event');
  return { tokens, result };
}

async function fetchConversation(id: string): Promise<Conversation> {
  return (await call<Conversation>(server, 'GET', `/conversation/${id}/fetch`)).body;
}

describe('a conversation from first message to the support inbox', () => {
  let first: { id: string; visitor: ConversationClient; token: string };

  it('streams the reply as token events, then one result', async () => {
    first = await session();
    const { tokens, result } = await say(
      first.visitor,
      first.id,
      'Hi, my order 48213 arrived with a broken grinder.',
    );
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join('')).toBe(result.text);
    expect(result.id).toMatch(/^msg_/);
    expect(result.end).toBeUndefined();
  });

  it('collects the name and email given in the conversation', async () => {
    await say(first.visitor, first.id, 'I am Maria Garcia');
    await say(first.visitor, first.id, 'maria.garcia@example.com');
    const conversation = await fetchConversation(first.id);
    expect(conversation.contact).toMatchObject({ name: 'Maria Garcia', email: 'maria.garcia@example.com' });
    const { items } = await first.visitor.message.list(first.id);
    expect((items as Message[]).map((m) => m.type)).toEqual(['user', 'bot', 'user', 'bot', 'user', 'bot']);
  });

  it('emails summary and transcript once, with Reply-To the customer, when the visitor ends the chat', async () => {
    const end = await call(server, 'POST', `/conversation/${first.id}/end`, {}, first.token);
    expect(end.body).toEqual({
      id: first.id,
      status: 'completed',
      endReason: 'ended',
      forwarded: true,
      reference: expect.stringMatching(/^[0-9A-Z]{5}$/),
    });
    const [mail] = await sink.waitFor(1);
    const parsed = mail!.parsed;
    // The visitor's receipt quotes the reference the team sees in the subject.
    expect(parsed.subject).toContain(`[Chat #${(end.body as { reference: string }).reference}]`);
    expect(parsed.replyTo?.value).toEqual([{ name: 'Maria Garcia', address: 'maria.garcia@example.com' }]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'help@acme.test' }] });
    expect(parsed.subject).toMatch(/^\[Chat #[0-9A-Z]+\] Maria Garcia: /);
    expect(parsed.text).toContain('48213');
    expect(parsed.text).toContain('broken grinder');
    expect(parsed.html).toContain('maria.garcia@example.com');
    expect(parsed.headers.get('x-supportbridge-conversation')).toBe(first.id);
    // Ending twice changes nothing and sends nothing more.
    await call(server, 'POST', `/conversation/${first.id}/end`, {}, first.token);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages).toHaveLength(1);
  });

  it('shows the delivery as sent in the conversation', async () => {
    await expect.poll(async () => (await fetchConversation(first.id)).deliveries[0]?.state).toBe('sent');
    const conversation = await fetchConversation(first.id);
    expect(conversation).toMatchObject({ status: 'completed', endReason: 'ended' });
    expect(conversation.summary?.title).toMatch(/^Maria Garcia: /);
    expect(conversation.deliveries).toHaveLength(1);
    const list = await call<{ items: Conversation[] }>(
      server,
      'GET',
      '/conversation/list?status=completed&take=100',
    );
    expect(list.body.items.find((c) => c.id === first.id)?.deliveries).toEqual(conversation.deliveries);
    expect(list.body.items.every((c) => c.status === 'completed')).toBe(true);
  });

  it('re-forwards on trigger as a second email threaded to the first', async () => {
    const res = await call(server, 'POST', `/integration/support/${integrationId}/trigger`, {
      conversationIds: [first.id],
    });
    expect(res.body).toEqual({ id: integrationId, triggered: 1 });
    const [one, two] = await sink.waitFor(2);
    expect(two!.parsed.messageId).not.toBe(one!.parsed.messageId);
    expect(two!.parsed.inReplyTo).toBe(one!.parsed.messageId);
  });
});

describe('handing over to a human', () => {
  it('completes with reason "escalated" when the visitor asks for a human and the email is known', async () => {
    const { id, visitor } = await session();
    await say(visitor, id, 'My parcel never arrived. I am Tom Baker, tom.baker@example.org');
    const { result } = await say(visitor, id, 'I want to talk to a human please');
    expect(result.end).toEqual({ reason: 'escalated' });
    const conversation = await fetchConversation(id);
    expect(conversation).toMatchObject({ status: 'completed', endReason: 'escalated' });
    expect(conversation.summary?.escalation).toBeDefined();
  });

  it('completes on the escalate endpoint', async () => {
    const { id, token, visitor } = await session();
    await say(visitor, id, 'Where is my refund? jo@example.net');
    const res = await call(server, 'POST', `/conversation/${id}/escalate`, {}, token);
    expect(res.body).toMatchObject({ id, status: 'completed', endReason: 'escalated', forwarded: true });
    expect((await fetchConversation(id)).summary?.escalation?.reason).toMatch(/human/);
  });

  it('records contact details given by the host page', async () => {
    const { id, token, visitor } = await session();
    const res = await call(
      server,
      'POST',
      `/conversation/${id}/contact`,
      { name: 'Ana Lima', email: 'ana@example.com' },
      token,
    );
    expect(res.status).toBe(200);
    await say(visitor, id, 'Do you ship to Brazil?');
    expect((await fetchConversation(id)).contact).toMatchObject({
      name: 'Ana Lima',
      email: 'ana@example.com',
    });
  });
});

describe('idle conversations', () => {
  it('complete by themselves after the bot’s idle time', async () => {
    const { id, visitor } = await session();
    await say(visitor, id, 'Is the Ethiopia roast back in stock? sam@example.com');
    await lite.query(
      'UPDATE sb_conversations SET last_activity_at = last_activity_at - 16 * 60000 WHERE id = $1',
      [id],
    );
    await expect.poll(async () => (await fetchConversation(id)).endReason, { timeout: 10_000 }).toBe('idle');
  });
});

describe('the widget endpoint and session scope', () => {
  it('opens a chat for an allowed origin and reveals only the bot’s public face', async () => {
    const res = await call(server, 'POST', '/widget/session/create', { botId }, null, {
      origin: 'https://shop.acme.test',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      conversationId: expect.stringMatching(/^conv_/),
      token: expect.any(String),
      bot: { name: 'Ava', greeting: expect.any(String) },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/help@acme\.test|internal/);
  });

  it('refuses a chat from another origin with 403', async () => {
    const res = await call(server, 'POST', '/widget/session/create', { botId }, null, {
      origin: 'https://evil.test',
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps a session token to its own conversation and away from admin routes', async () => {
    const one = await session();
    const two = await session();
    const cross = await call(server, 'GET', `/conversation/${two.id}/message/list`, undefined, one.token);
    expect(cross.status).toBe(403);
    const adminRoute = await call(server, 'GET', '/integration/support/list', undefined, one.token);
    expect(adminRoute.status).toBe(401);
    const otherAccount = await call(server, 'GET', `/conversation/${one.id}/fetch`, undefined, KEY_B);
    expect(otherAccount.status).toBe(404);
  });

  it('rejects a message over 4,000 characters and an empty one, storing neither', async () => {
    const { id, token } = await session();
    expect(
      (await call(server, 'POST', `/conversation/${id}/complete`, { text: 'x'.repeat(4001) }, token)).status,
    ).toBe(400);
    expect((await call(server, 'POST', `/conversation/${id}/complete`, { text: '   ' }, token)).status).toBe(
      400,
    );
    const list = await call<{ items: unknown[] }>(
      server,
      'GET',
      `/conversation/${id}/message/list`,
      undefined,
      token,
    );
    expect(list.body.items).toEqual([]);
  });
});

describe('engines that fail', () => {
  async function sessionWith(model: string) {
    const bot = await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Rex', model });
    const { id } = (
      await call<{ id: string }>(server, 'POST', '/conversation/create', { botId: bot.body.id })
    ).body;
    const { token } = await admin.session.create(id, {});
    return { id, visitor: new ConversationClient({ baseUrl: server.url, secret: token }) };
  }

  it('answer the visitor with a fallback that offers a human, and keep the message', async () => {
    const { id, visitor } = await sessionWith('broken');
    const { result } = await say(visitor, id, 'Can you help me with my invoice?');
    expect(result.text).toMatch(/team/);
    const { items } = await visitor.message.list(id);
    expect((items as Message[]).map((m) => m.text)).toEqual([
      'Can you help me with my invoice?',
      result.text,
    ]);
  });

  it('keep what was streamed before the failure', async () => {
    const { id, visitor } = await sessionWith('flaky');
    const { result } = await say(visitor, id, 'Where is my parcel?');
    expect(result.text).toBe('Let me check');
  });

  it('reject a bot whose model no engine serves', async () => {
    const res = await call(server, 'POST', '/bot/create', { name: 'Nope', model: 'mystery-engine' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/mystery-engine/) });
  });
});
