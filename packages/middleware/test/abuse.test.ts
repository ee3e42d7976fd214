import type { Conversation } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupportMiddlewareOptions } from '../src/index.js';
import { startPostgres, type TestPostgres } from './helpers/postgres.js';
import { call, startServer, type TestServer } from './helpers/server.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// What one hostile (or unlucky) visitor can do with nothing but the widget's public API,
// replayed against a real server on both stores, with a real SMTP server as the inbox.

const QUIET_MS = 400;
const stores: { name: string; database: () => Promise<{ url: string; stop(): Promise<void> }> }[] = [
  { name: 'PGlite', database: async () => ({ url: 'memory://', stop: async () => {} }) },
  {
    name: 'PostgreSQL',
    database: async () => {
      const pg: TestPostgres = await startPostgres();
      return { url: pg.url, stop: () => pg.stop() };
    },
  },
];

describe.each(stores)('abuse on $name', (store) => {
  let server: TestServer;
  let sink: SmtpSink;
  let database: { url: string; stop(): Promise<void> };
  let botId: string;
  const logged: string[] = [];

  async function start(options: SupportMiddlewareOptions = {}): Promise<TestServer> {
    const log = (...args: unknown[]) =>
      logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    return startServer({
      database: database.url,
      mail: { transport: sink.url, from: '"Acme Support" <support-bot@acme.test>' },
      followUpQuietMs: QUIET_MS,
      logger: { info() {}, warn: log, error: log },
      ...options,
    });
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    database = await store.database();
    // The per-IP budget is tested on its own below: every request here comes from 127.0.0.1.
    server = await start({
      maxMessagesPerConversation: 12,
      rateLimit: { visitorRequestsPerMinute: 100_000 },
    });
    botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
    await call(server, 'POST', '/integration/support/create', { botId, email: 'help@acme.test' });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await sink.stop();
    await database.stop();
  });

  async function session(): Promise<{ id: string; token: string }> {
    const { body } = await call<{ conversationId: string; token: string }>(
      server,
      'POST',
      '/widget/session/create',
      { botId },
      null,
    );
    return { id: body.conversationId, token: body.token };
  }

  const fetchConversation = async (id: string) =>
    (await call<Conversation>(server, 'GET', `/conversation/${id}/fetch`)).body;

  it('turns a flood of address changes after the hand-over into a handful of threaded emails, losing no real change', async () => {
    const { id, token } = await session();
    const before = sink.messages.length;
    await call(
      server,
      'POST',
      `/conversation/${id}/complete`,
      { text: 'My order 4471 is late, mia@example.org' },
      token,
    );
    expect((await call(server, 'POST', `/conversation/${id}/end`, {}, token)).status).toBe(200);
    await sink.waitFor(before + 1);

    const statuses: number[] = [];
    let lastAccepted = 'mia@example.org';
    for (let i = 0; i < 300; i++) {
      const email = `attacker${i}@evil.test`;
      const res = await call(server, 'POST', `/conversation/${id}/contact`, { email }, token);
      statuses.push(res.status);
      if (res.status === 200) lastAccepted = email;
      else {
        expect(res.status).toBe(429);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(res.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.any(String) });
      }
    }
    // The per-session budget lets the first changes through (the end used one of them).
    expect(statuses.filter((s) => s === 200).length).toBe(9);

    await new Promise((r) => setTimeout(r, QUIET_MS * 4));
    const mails = sink.messages.slice(before);
    expect(mails.length).toBeLessThanOrEqual(3);
    const last = mails.at(-1);
    expect(last?.parsed.replyTo?.value[0]?.address).toBe(lastAccepted);
    expect(last?.parsed.inReplyTo).toBe(mails[0]?.messageId);
    expect((await fetchConversation(id)).contact.email).toBe(lastAccepted);
  });

  it('holds end, escalate and message/list to a per-session budget with Retry-After', async () => {
    for (const [route, method, limit] of [
      ['end', 'POST', 10],
      ['escalate', 'POST', 10],
      ['message/list', 'GET', 60],
    ] as const) {
      const { id, token } = await session();
      let refused: Awaited<ReturnType<typeof call>> | undefined;
      let allowed = 0;
      for (let i = 0; i < limit + 5 && !refused; i++) {
        const res = await call(
          server,
          method,
          `/conversation/${id}/${route}`,
          method === 'POST' ? {} : undefined,
          token,
        );
        if (res.status === 429) refused = res;
        else allowed++;
      }
      expect(allowed, route).toBe(limit);
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('holds all sessions of one address to a per-IP budget', async () => {
    const strict = await start({ rateLimit: { visitorRequestsPerMinute: 5 } });
    try {
      const bot = (await call<{ id: string }>(strict, 'POST', '/bot/create', { name: 'Ava' })).body.id;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const { body } = await call<{ conversationId: string; token: string }>(
          strict,
          'POST',
          '/widget/session/create',
          { botId: bot },
          null,
        );
        for (let j = 0; j < 2; j++)
          statuses.push(
            (
              await call(
                strict,
                'GET',
                `/conversation/${body.conversationId}/message/list`,
                undefined,
                body.token,
              )
            ).status,
          );
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      // The site's own server, with its API key, is not one visitor.
      const { body } = await call<{ conversationId: string }>(
        strict,
        'POST',
        '/widget/session/create',
        { botId: bot },
        null,
      );
      expect((await call(strict, 'GET', `/conversation/${body.conversationId}/message/list`)).status).toBe(
        200,
      );
    } finally {
      await strict.close();
    }
  });

  it('caps the forwards of one conversation and refuses an address change past the cap', async () => {
    const capped = await start({ maxForwardsPerConversation: 2, followUpQuietMs: 0 });
    try {
      const bot = (await call<{ id: string }>(capped, 'POST', '/bot/create', { name: 'Ava' })).body.id;
      await call(capped, 'POST', '/integration/support/create', { botId: bot, email: 'cap@acme.test' });
      const { body } = await call<{ conversationId: string; token: string }>(
        capped,
        'POST',
        '/widget/session/create',
        { botId: bot },
        null,
      );
      const { conversationId: id, token } = body;
      await call(
        capped,
        'POST',
        `/conversation/${id}/complete`,
        { text: 'hi, I am Lena, lena@example.org' },
        token,
      );
      await call(capped, 'POST', `/conversation/${id}/end`, {}, token);
      const sentCount = async () =>
        (await call<Conversation>(capped, 'GET', `/conversation/${id}/fetch`)).body.deliveries.filter(
          (d) => d.state === 'sent',
        ).length;
      const waitSent = async (n: number) => {
        for (let i = 0; i < 200 && (await sentCount()) < n; i++) await new Promise((r) => setTimeout(r, 25));
      };
      await waitSent(1);
      expect(
        (await call(capped, 'POST', `/conversation/${id}/contact`, { email: 'lena.k@example.org' }, token))
          .status,
      ).toBe(200);
      await waitSent(2);
      const refused = await call(
        capped,
        'POST',
        `/conversation/${id}/contact`,
        { email: 'other@example.org' },
        token,
      );
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'CONFLICT' });
      const after = (await call<Conversation>(capped, 'GET', `/conversation/${id}/fetch`)).body;
      expect(after.contact.email).toBe('lena.k@example.org');
      expect(after.deliveries).toHaveLength(2);
    } finally {
      await capped.close();
    }
  });

  it('answers 400 naming the field for NUL and broken surrogates, stores nothing and logs no visitor text', async () => {
    const { id, token } = await session();
    logged.length = 0;
    const cases: [string, unknown, string | null][] = [
      ['/widget/session/create', { botId: `${botId}\u0000` }, null],
      [`/conversation/${id}/complete`, { text: 'hello\u0000secret-nul' }, token],
      [`/conversation/${id}/complete`, { text: 'hello \ud800secret-surrogate' }, token],
      [`/conversation/${id}/contact`, { name: 'Mia\u0000secret-name' }, token],
      [`/conversation/${id}/contact`, { email: 'mia\udfff@example.org' }, token],
    ];
    for (const [path, body, key] of cases) {
      const res = await call(server, 'POST', path, body, key);
      expect(res.status, path).toBe(400);
      expect(res.body).toMatchObject({
        code: 'BAD_REQUEST',
        message: expect.stringMatching(/^Invalid body: (botId|text|name|email): /),
      });
    }
    const { body } = await call<{ items: unknown[] }>(server, 'GET', `/conversation/${id}/message/list`);
    expect(body.items).toEqual([]);
    expect((await fetchConversation(id)).contact).toEqual({});
    expect(logged.join('\n')).not.toMatch(/secret-/);
  });

  it('answers 400 for a deeply nested or sprawling body', async () => {
    let meta: unknown = 'x';
    for (let i = 0; i < 40; i++) meta = { a: meta };
    const deep = await call(server, 'POST', '/bot/create', { name: 'Deep', meta });
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/nested deeper/) });
    const wide = await call(server, 'POST', '/bot/create', {
      name: 'Wide',
      meta: Array.from({ length: 6000 }, () => 1),
    });
    expect(wide.status).toBe(400);
  });

  it('keeps the message cap under concurrent sends', async () => {
    const { id, token } = await session();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call(server, 'POST', `/conversation/${id}/complete`, { text: `question ${i}` }, token),
      ),
    );
    const { body } = await call<{ items: unknown[] }>(
      server,
      'GET',
      `/conversation/${id}/message/list?take=500`,
    );
    // Each accepted message holds a place for its reply: six pairs fill the twelve places.
    expect(body.items).toHaveLength(12);
    expect(results.filter((r) => r.status === 200)).toHaveLength(6);
    expect(results.filter((r) => r.status === 409)).toHaveLength(6);
  });

  it('marks every answer as not to be cached, sniffed or framed', async () => {
    const res = await call(server, 'POST', '/widget/session/create', { botId }, null);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const missing = await call(server, 'GET', '/nowhere');
    expect(missing.headers.get('cache-control')).toBe('no-store');
  });

  it('stores nothing for a message to a conversation whose bot was deleted', async () => {
    const bot = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Gone' })).body.id;
    const { body } = await call<{ conversationId: string; token: string }>(
      server,
      'POST',
      '/widget/session/create',
      { botId: bot },
      null,
    );
    await call(server, 'POST', `/bot/${bot}/delete`, {});
    const res = await call(
      server,
      'POST',
      `/conversation/${body.conversationId}/complete`,
      { text: 'anyone?' },
      body.token,
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const list = await call<{ items: unknown[] }>(
      server,
      'GET',
      `/conversation/${body.conversationId}/message/list`,
    );
    expect(list.status === 404 || list.body.items?.length === 0).toBe(true);
  });
});
