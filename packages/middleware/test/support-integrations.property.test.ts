import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer, type TestServer } from './helpers/server.js';

let server: TestServer;
let existingId: string;

beforeAll(async () => {
  server = await startServer();
  await call(server, 'POST', '/bot/create', { name: 'Ava' });
  existingId = (
    await call<{ id: string }>(server, 'POST', '/integration/support/create', {
      email: 'x@acme.com',
      alias: 'prop',
    })
  ).body.id;
});
afterAll(() => server.close());

/** Everything the account has, as one comparable value. */
async function snapshot(): Promise<string> {
  const { body } = await call<{ items: unknown[] }>(
    server,
    'GET',
    '/integration/support/list?take=100&order=asc',
  );
  return JSON.stringify(body.items);
}

// Values of every kind a careless or hostile client might send for any field.
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.emailAddress(),
  fc.constantFrom(
    '',
    ' ',
    'automatic',
    'never',
    'always',
    'escalation',
    'prop',
    'sup_x',
    'bot_x',
    '\r\nBcc: x@y.z',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), {
    maxKeys: 4,
  }),
);
const body = fc.dictionary(
  fc.constantFrom(
    'name',
    'description',
    'botId',
    'blueprintId',
    'email',
    'meta',
    'alias',
    'trigger',
    'extra',
    '__proto__',
  ),
  anyValue,
  { maxKeys: 6 },
);

describe('support-integration writes under arbitrary input', () => {
  it('never answer 5xx, and a rejected write changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('create', 'update'), body, async (kind, input) => {
        const before = await snapshot();
        const path =
          kind === 'create' ? '/integration/support/create' : `/integration/support/${existingId}/update`;
        const res = await call(server, 'POST', path, input);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toBeTypeOf('object');
        if (res.status >= 400) {
          expect(res.body).toMatchObject({ message: expect.any(String), code: expect.any(String) });
          expect(await snapshot()).toBe(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('support-integration lists under arbitrary queries', () => {
  it('never answer 5xx and always answer JSON', async () => {
    const key = fc.constantFrom(
      'take',
      'cursor',
      'order',
      'botId',
      'blueprintId',
      'meta.team',
      'meta',
      'meta.a.b',
      'x',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer().map(String),
      fc.constantFrom('asc', 'desc', '100', '0', '101', 'NaN'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        const res = await call(server, 'GET', `/integration/support/list?${query}`);
        expect(res.status).toBeLessThan(500);
        expect(res.body).toBeTypeOf('object');
      }),
      { numRuns: 150 },
    );
  });
});
