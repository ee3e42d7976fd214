import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer, type TestServer } from './helpers/server.js';

// Every route, admin and public, under bodies, queries and ids no client should send:
// NUL characters, broken surrogates, deep nesting, huge arrays, wrong types. The server must
// answer a 4xx in the contract's form, never a 5xx, and log nothing about it.

let server: TestServer;
let botId: string;
let integrationId: string;
let conversationId: string;
let token: string;
const logged: unknown[][] = [];

beforeAll(async () => {
  const log = (...args: unknown[]) => logged.push(args);
  server = await startServer({ logger: { info() {}, warn: log, error: log }, rateLimit: unlimited() });
  botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
  integrationId = (
    await call<{ id: string }>(server, 'POST', '/integration/support/create', {
      botId,
      email: 'help@acme.test',
    })
  ).body.id;
  const session = await call<{ conversationId: string; token: string }>(
    server,
    'POST',
    '/widget/session/create',
    { botId },
    null,
  );
  ({ conversationId, token } = session.body);
});
afterAll(() => server.close());

function unlimited() {
  const many = 1_000_000;
  return {
    sessionsPerMinute: many,
    messagesPerMinute: many,
    actionsPerMinute: many,
    readsPerMinute: many,
    visitorRequestsPerMinute: many,
    handoversPerMinute: many,
  };
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    '\ud83d',
    '=?utf-8?B?QQ0KQmNjOg==?=',
    '\r\nBcc: x@y.z',
    '',
  ),
  fc.string({ maxLength: 5 }).map((s) => `${s}\u0000`),
);
const leaf = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const nested = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(hostileText, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const deep = fc.integer({ min: 10, max: 60 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { meta: value };
  return value;
});
const fieldNames = fc.constantFrom(
  'name',
  'text',
  'email',
  'botId',
  'meta',
  'knowledge',
  'alias',
  'trigger',
  'conversationIds',
  'sample',
  'durationInSeconds',
  'greeting',
  'backstory',
  'model',
  'allowedOrigins',
  'idleMinutes',
);
const body = fc.oneof(fc.dictionary(fieldNames, fc.oneof(nested, deep), { maxKeys: 4 }), deep, nested);

const routes = (): [method: 'GET' | 'POST', path: string, key: 'admin' | 'session' | 'none'][] => [
  ['POST', '/bot/create', 'admin'],
  ['GET', '/bot/list', 'admin'],
  ['POST', `/bot/${botId}/update`, 'admin'],
  ['POST', '/conversation/create', 'admin'],
  ['GET', '/conversation/list', 'admin'],
  ['POST', `/conversation/${conversationId}/session/create`, 'admin'],
  ['POST', '/integration/support/create', 'admin'],
  ['GET', '/integration/support/list', 'admin'],
  ['POST', `/integration/support/${integrationId}/update`, 'admin'],
  ['POST', `/integration/support/${integrationId}/trigger`, 'admin'],
  ['POST', '/widget/session/create', 'none'],
  ['POST', `/conversation/${conversationId}/complete`, 'session'],
  ['GET', `/conversation/${conversationId}/message/list`, 'session'],
  ['POST', `/conversation/${conversationId}/contact`, 'session'],
];

/** Percent-encodes text for a path, sending a broken surrogate as the raw bytes a sloppy client would. */
function asPathSegment(text: string): string {
  return text.isWellFormed()
    ? encodeURIComponent(text)
    : `${encodeURIComponent(text.toWellFormed())}%ED%A0%80`;
}

/** How many messages the conversation holds: a refused request must not change it. */
async function messageCount(): Promise<number> {
  const { body: page } = await call<{ items: unknown[] }>(
    server,
    'GET',
    `/conversation/${conversationId}/message/list?take=500`,
  );
  return page.items.length;
}

describe('every route under hostile input', () => {
  it('answers a 4xx in the contract form or a 2xx, never a 5xx, and logs nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 1000 }),
        body,
        fc.array(fc.tuple(fc.constantFrom('take', 'cursor', 'order', 'botId', 'meta.x'), hostileText), {
          maxLength: 3,
        }),
        hostileText,
        async (pick, input, query, badId) => {
          const all = routes();
          const [method, path, key] = all[pick % all.length] ?? all[0]!;
          const before = await messageCount();
          // Some runs replace the path's id with hostile text, percent-encoded as a client would.
          const target = pick % 3 === 0 ? path.replace(/(conv|bot|sup)_[\w-]+/, asPathSegment(badId)) : path;
          const search = new URLSearchParams(query.map(([k, v]): [string, string] => [k, v])).toString();
          const res = await call(
            server,
            method,
            `${target}${method === 'GET' && search ? `?${search}` : ''}`,
            method === 'POST' ? input : undefined,
            key === 'admin' ? undefined : key === 'session' ? token : null,
          );
          expect(res.status, `${method} ${target}`).toBeLessThan(500);
          if (res.status >= 400) {
            expect(res.body).toMatchObject({ message: expect.any(String), code: expect.any(String) });
            expect(await messageCount()).toBe(before);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(logged).toEqual([]);
  }, 120_000);
});
