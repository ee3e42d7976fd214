import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { supportMiddleware } from '../src/index.js';
import { call, startServer, type TestServer } from './helpers/server.js';

describe('supportMiddleware() options', () => {
  it('names the closest option when one is misspelt', () => {
    expect(() => supportMiddleware({ apikeys: {} } as never)).toThrow(/did you mean "apiKeys"/);
  });

  it('rejects an option of the wrong shape with what it should be', () => {
    expect(() => supportMiddleware({ summarizer: 'rules' } as never)).toThrow(
      /summarizer.*summarize\(\) method/,
    );
    expect(() => supportMiddleware({ rateLimit: { sessionsPerMinute: -1 } })).toThrow(/rateLimit/);
  });

  it('rejects a no-reply sender, which helpdesks treat as automated mail', () => {
    expect(() =>
      supportMiddleware({
        database: 'memory://',
        logger: false,
        mail: { transport: 'smtp://127.0.0.1:1', from: 'noreply@acme.com' },
      }),
    ).toThrow(/mail\.from.*no-reply/);
  });
});

describe('unexpected failures', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  it('answer 500 { message, code } without a stack or the error text', async () => {
    const server = await startServer({
      authenticate: () => {
        throw new Error('secret internals at /srv/app/auth.js:12');
      },
    });
    servers.push(server);
    const res = await call(server, 'GET', '/bot/list');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ message: expect.any(String), code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(res.body)).not.toMatch(/secret internals|auth\.js|at /);
  });

  it('answer requests with 500 while the store cannot be reached, without hanging', async () => {
    const middleware = supportMiddleware({
      database: 'postgres://nobody:wrong@127.0.0.1:1/none',
      logger: false,
    });
    await expect(middleware.ready).rejects.toThrow();
    const app = express().use('/api/v1', middleware);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/bot/list`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: expect.stringMatching(/store/), code: 'INTERNAL_ERROR' });
    server.close();
    await middleware.close();
  });
});

describe('rate limits', () => {
  let server: TestServer;
  afterAll(() => server?.close());

  it('answer 429 { message, code } past the per-session pace, but never hold back an API key', async () => {
    server = await startServer({ rateLimit: { messagesPerMinute: 3, sessionsPerMinute: 2 } });
    const botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
    const { id } = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body;
    const { token } = (
      await call<{ token: string }>(server, 'POST', `/conversation/${id}/session/create`, {})
    ).body;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await call(server, 'POST', `/conversation/${id}/complete`, { text: `question ${i}` }, token)).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(server, 'POST', `/conversation/${id}/complete`, { text: 'again' }, token);
    expect(limited.body).toEqual({ message: expect.stringMatching(/Too many/), code: 'TOO_MANY_REQUESTS' });
    for (let i = 0; i < 4; i++) {
      expect(
        (await call(server, 'POST', `/conversation/${id}/complete`, { text: `server ${i}` })).status,
      ).toBe(200);
    }
    const sessions = [];
    for (let i = 0; i < 3; i++)
      sessions.push((await call(server, 'POST', '/widget/session/create', { botId }, null)).status);
    expect(sessions).toEqual([200, 200, 429]);
  });
});
