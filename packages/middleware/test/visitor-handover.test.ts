import { PGlite } from '@electric-sql/pglite';
import type { Conversation } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer, type TestServer } from './helpers/server.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// What the widget sends about the visitor, and what happens to a message written after the
// team has the chat: over HTTP, into a real SMTP server.
const ORIGIN = 'https://shop.acme.test';
let server: TestServer;
let quiet: TestServer;
let sink: SmtpSink;
let lite: PGlite;
let quietLite: PGlite;
let botId: string;
let quietBotId: string;

async function setUp(target: TestServer): Promise<string> {
  const bot = await call<{ id: string }>(target, 'POST', '/bot/create', {
    name: 'Ava',
    replyTime: 'within one business day',
    allowedOrigins: [ORIGIN],
  });
  await call(target, 'POST', '/integration/support/create', { botId: bot.body.id, email: 'help@acme.test' });
  return bot.body.id;
}

beforeAll(async () => {
  sink = await startSmtpSink();
  lite = new PGlite();
  quietLite = new PGlite();
  const mail = { transport: sink.url, from: '"Acme Support" <support-bot@acme.test>' };
  server = await startServer({ database: lite, mail, followUpQuietMs: 1500 });
  quiet = await startServer({ database: quietLite, visitorContext: false });
  botId = await setUp(server);
  quietBotId = await setUp(quiet);
}, 60_000);
afterAll(async () => {
  await server.close();
  await quiet.close();
  await lite.close();
  await quietLite.close();
  await sink.stop();
});

async function widgetSession(target: TestServer, bot: string, extra: Record<string, unknown> = {}) {
  const res = await call<{ conversationId: string; token: string; bot: { replyTime?: string } }>(
    target,
    'POST',
    '/widget/session/create',
    { botId: bot, ...extra },
    null,
    { origin: ORIGIN },
  );
  expect(res.status).toBe(200);
  return res.body;
}

const fetchConversation = async (target: TestServer, id: string) =>
  (await call<Conversation>(target, 'GET', `/conversation/${id}/fetch`)).body;

describe('the visitor context', () => {
  it('is kept without query string, fragment or referrer path, with the language', async () => {
    const s = await widgetSession(server, botId, {
      language: 'de-AT',
      visitor: {
        page: 'https://shop.acme.test/cart?token=secret&email=a%40b.c#pay',
        referrer: 'https://search.example/q?s=private',
        timeZone: 'Europe/Vienna',
        browser: ' Firefox 140 ·  Windows ',
      },
    });
    const conversation = await fetchConversation(server, s.conversationId);
    expect(conversation.language).toBe('de-AT');
    expect(conversation.visitor).toEqual({
      page: 'https://shop.acme.test/cart',
      referrer: 'https://search.example',
      timeZone: 'Europe/Vienna',
      browser: 'Firefox 140 · Windows',
    });
  });

  it('drops what is not an http(s) page or a known time zone', async () => {
    const s = await widgetSession(server, botId, {
      visitor: { page: 'javascript:alert(1)', referrer: 'not a url', timeZone: 'Mars/Olympus' },
    });
    // Node's fetch names no browser either.
    expect((await fetchConversation(server, s.conversationId)).visitor).toBeUndefined();
  });

  it("labels the browser from the request's User-Agent when the widget sends no label", async () => {
    const res = await call<{ conversationId: string }>(
      server,
      'POST',
      '/widget/session/create',
      { botId, visitor: { timeZone: 'Asia/Tokyo' } },
      null,
      {
        origin: ORIGIN,
        'user-agent':
          'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/141.0.0.0 Mobile/15E148 Safari/604.1',
      },
    );
    expect((await fetchConversation(server, res.body.conversationId)).visitor).toEqual({
      timeZone: 'Asia/Tokyo',
      browser: 'Chrome 141 · iPhone',
    });
  });

  it('is refused when malformed, and nothing is created', async () => {
    const before = (await call<{ items: unknown[] }>(server, 'GET', `/conversation/list?take=100`)).body
      .items;
    const res = await call(
      server,
      'POST',
      '/widget/session/create',
      { botId, language: 'not a tag!' },
      null,
      {
        origin: ORIGIN,
      },
    );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST' });
    const after = (await call<{ items: unknown[] }>(server, 'GET', `/conversation/list?take=100`)).body.items;
    expect(after).toHaveLength(before.length);
  });

  it('is not stored when the option is off; the language still is', async () => {
    const s = await widgetSession(quiet, quietBotId, {
      language: 'fr',
      visitor: { page: 'https://shop.acme.test/', timeZone: 'Europe/Paris' },
    });
    const conversation = await fetchConversation(quiet, s.conversationId);
    expect(conversation.visitor).toBeUndefined();
    expect(conversation.language).toBe('fr');
  });

  it("gives the widget the bot's reply time", async () => {
    expect((await widgetSession(server, botId)).bot.replyTime).toBe('within one business day');
  });
});

describe('writing after the hand-over', () => {
  it('adds to the request: no bot reply, one threaded follow-up for several additions', async () => {
    const s = await widgetSession(server, botId);
    const auth = s.token;
    const path = `/conversation/${s.conversationId}`;
    await call(server, 'POST', `${path}/complete`, { text: 'My parcel 7731 is lost. lea@example.org' }, auth);
    const escalated = await call<{ reference: string }>(server, 'POST', `${path}/escalate`, {}, auth);
    const [first] = await sink.waitFor(sink.messages.length + 1);
    const count = sink.messages.length;

    const added = await call(
      server,
      'POST',
      `${path}/complete`,
      { text: 'One more thing: it was a gift.' },
      auth,
    );
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ text: '', end: { reason: 'escalated' } });
    await call(server, 'POST', `${path}/complete`, { text: 'And the box had a red ribbon.' }, auth);

    const [, followUp] = await sink.waitFor(count + 1).then((all) => [first, all[count]]);
    expect(followUp!.parsed.inReplyTo).toBe(first!.messageId);
    expect(followUp!.parsed.subject).toContain(`Chat #${escalated.body.reference}`);
    expect(followUp!.parsed.text).toContain('it was a gift');
    expect(followUp!.parsed.text).toContain('red ribbon');
    // Only what is new, with a pointer to the first email, and the hand-over still said.
    expect(followUp!.parsed.text).toContain('NEW SINCE THE LAST EMAIL');
    expect(followUp!.parsed.text).toContain(
      `2 earlier messages are in the first email of Chat #${escalated.body.reference}.`,
    );
    const transcript = followUp!.parsed.text!.split('NEW SINCE THE LAST EMAIL')[1]!;
    expect(transcript).not.toContain('My parcel 7731 is lost');
    expect(followUp!.parsed.text).toContain('The visitor asked for a human');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(sink.messages).toHaveLength(count + 1);

    const conversation = await fetchConversation(server, s.conversationId);
    expect(conversation.status).toBe('completed');
    const list = await call<{ items: { type: string }[]; status: string; forwarded: boolean }>(
      server,
      'GET',
      `${path}/message/list`,
      undefined,
      auth,
    );
    // The bot never answered the additions: they are the visitor's last two messages.
    expect(list.body.items.slice(-2).map((m) => m.type)).toEqual(['user', 'user']);
    expect(list.body).toMatchObject({
      status: 'completed',
      forwarded: true,
      reference: escalated.body.reference,
    });
  });

  it('lets the bot answer again when the chat ended without reaching the team', async () => {
    // No email and the `automatic` trigger: ending forwards nothing.
    const s = await widgetSession(server, botId);
    const path = `/conversation/${s.conversationId}`;
    await call(server, 'POST', `${path}/complete`, { text: 'hello' }, s.token);
    const ended = await call(server, 'POST', `${path}/end`, {}, s.token);
    expect(ended.body).toMatchObject({ status: 'completed', forwarded: false });
    const again = await call<{ text: string; end?: unknown }>(
      server,
      'POST',
      `${path}/complete`,
      { text: 'how long does delivery take?' },
      s.token,
    );
    expect(again.body.text).not.toBe('');
    expect((await fetchConversation(server, s.conversationId)).status).toBe('active');
  });
});
