import { describe, expect, it } from 'vitest';
import { createClient } from '../../widget/src/api/client.js';
import type { Operation } from '../src/http/operation.js';
import { OPERATIONS } from '../src/routes/operations.js';

// The widget ships its own small client (no dependency but Preact): every call it makes must
// be an operation of the table, with its method and path — checked here, so they cannot drift.
const API = 'https://support.example/api/v1';

/** Each operation as a method plus a path pattern ('{id}' matches one segment). */
const operations = (Object.values(OPERATIONS) as Operation[]).map((op) => ({
  method: op.method.toUpperCase(),
  path: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

describe("the widget's API client", () => {
  it('calls only operations of the table, each with its method', async () => {
    const calls: { method: string; path: string }[] = [];
    const fetch = (async (input: string, init: RequestInit = {}) => {
      const url = new URL(String(input));
      calls.push({ method: init.method ?? 'GET', path: url.pathname.slice('/api/v1'.length) });
      const body = url.pathname.endsWith('/message/list') ? { items: [] } : { id: 'x', text: 'ok' };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof globalThis.fetch;
    const client = createClient({ api: API, fetch });
    const session = { conversationId: 'conv_1', token: 't' };
    await client.createSession({ botId: 'bot_1' });
    await client.listMessages(session);
    await client.contact(session, { email: 'maria@example.org' });
    await client.escalate(session);
    await client.end(session);
    await client.complete(session, 'Hi', () => {});
    expect(calls).toHaveLength(6);
    for (const call of calls) {
      expect(
        operations.some((op) => op.method === call.method && op.path.test(call.path)),
        `${call.method} ${call.path}`,
      ).toBe(true);
    }
  });
});
