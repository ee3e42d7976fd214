import { describe, expect, it } from 'vitest';
import { ApiError, createClient } from '../src/api/client.js';
import { fakeApi } from './fake-api.js';

describe('createClient', () => {
  it('creates a session and streams a reply token by token', async () => {
    const server = fakeApi();
    const client = createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 });
    const session = await client.createSession({ botId: 'bot_1' });
    const tokens: string[] = [];
    const reply = await client.complete(session, 'Where is my order?', (t) => tokens.push(t));

    expect(reply.text).toBe('You said: Where is my order?');
    expect(tokens.join('')).toBe(reply.text);
    expect(tokens.length).toBeGreaterThan(1);
    const call = server.calls.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', path: `/conversation/${session.conversationId}/complete` });
    expect(call.body).toEqual({ text: 'Where is my order?' });
    expect(call.headers.Accept).toBe('application/jsonl');
    expect(call.headers.Authorization).toBe(`Bearer ${session.token}`);
  });

  it('accepts a plain JSON answer to complete from a server that does not stream', async () => {
    const fetch = async () =>
      new Response(JSON.stringify({ id: 'msg_1', text: 'Hi', end: { reason: 'escalated' } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    const client = createClient({ api: 'https://x', fetch });
    const reply = await client.complete({ conversationId: 'c', token: 't' }, 'Hi', () => {});
    expect(reply).toEqual({ id: 'msg_1', text: 'Hi', end: { reason: 'escalated' } });
  });

  it('retries a JSON call after a 503 and a network error, then succeeds', async () => {
    const server = fakeApi();
    server.failNext('/widget/session/create', 503);
    let offlineOnce = true;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (server.calls.length === 1 && offlineOnce) {
        offlineOnce = false;
        server.calls.push({ method: 'POST', path: 'offline', body: undefined, headers: {} });
        throw new TypeError('Failed to fetch');
      }
      return server.fetch(input, init);
    };
    const client = createClient({ api: server.api, fetch, retryDelay: 0 });
    const session = await client.createSession({ botId: 'bot_1' });
    expect(session.conversationId).toMatch(/^conv_/);
    expect(server.calls).toHaveLength(3);
  });

  it('gives up after three tries and reports the server error with its code', async () => {
    const server = fakeApi();
    for (let i = 0; i < 3; i++) server.failNext('/widget/session/create', 500);
    const client = createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 });
    const error = await client.createSession({ botId: 'bot_1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(server.calls).toHaveLength(3);
  });

  it('does not retry a client error such as 401', async () => {
    const server = fakeApi();
    const client = createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 });
    const error = await client
      .listMessages({ conversationId: 'conv_x', token: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(server.calls).toHaveLength(1);
  });

  it('never retries complete, so a message cannot be posted twice', async () => {
    const server = fakeApi();
    const client = createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 });
    const session = await client.createSession({ botId: 'bot_1' });
    server.failNext('/complete', 503);
    const error = await client.complete(session, 'Hi', () => {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(server.paths().filter((p) => p.endsWith('/complete'))).toHaveLength(1);
  });

  it('reports a dropped connection as a network error', async () => {
    const server = fakeApi();
    server.state.offline = true;
    const client = createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 });
    const error = await client
      .complete({ conversationId: 'c', token: 't' }, 'Hi', () => {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });

  it('fails a stream that ends without a result', async () => {
    const fetch = async () =>
      new Response('{"type":"token","data":{"token":"Hel"}}\n', {
        headers: { 'Content-Type': 'application/jsonl' },
      });
    const client = createClient({ api: 'https://x', fetch });
    const error = await client
      .complete({ conversationId: 'c', token: 't' }, 'Hi', () => {})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
