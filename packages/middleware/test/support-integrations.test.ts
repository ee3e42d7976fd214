import { SupportIntegrationClient } from '@chatbotkit/sdk/integration/support';
import type { SupportIntegration } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, KEY_A, KEY_B, startServer, type TestServer } from './helpers/server.js';

// The official ChatBotKit SDK, unchanged, pointed at a real listening server.
let server: TestServer;
let a: SupportIntegrationClient;
let b: SupportIntegrationClient;
let botId: string;

beforeAll(async () => {
  server = await startServer();
  a = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_A });
  b = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_B });
  botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
});
afterAll(() => server.close());

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the request to be rejected');
}

describe('support integrations through the official SDK', () => {
  it('creates an integration and fetches it back with every field', async () => {
    const { id } = await a.create({
      name: 'Zendesk EU',
      description: 'EU helpdesk',
      botId,
      email: 'support@acme.zendesk.com',
      meta: { team: 'eu', tier: 2 },
    });
    expect(id).toMatch(/^sup_/);
    const fetched = (await a.fetch(id)) as SupportIntegration;
    expect(fetched).toMatchObject({
      id,
      name: 'Zendesk EU',
      description: 'EU helpdesk',
      botId,
      email: 'support@acme.zendesk.com',
      meta: { team: 'eu', tier: 2 },
      trigger: 'automatic',
    });
    expect(fetched.createdAt).toBeGreaterThan(Date.now() - 60_000);
    expect(fetched.updatedAt).toBe(fetched.createdAt);
  });

  it('covers every bot when created without a botId', async () => {
    const { id } = await a.create({ email: 'help@acme.com' });
    expect(await a.fetch(id)).toMatchObject({ botId: '', trigger: 'automatic' });
  });

  it('answers 401 without an API key and with a wrong one', async () => {
    const anonymous = new SupportIntegrationClient({ baseUrl: server.url, secret: '' });
    expect(await rejection(anonymous.list())).toMatchObject({ code: 'UNAUTHORIZED' });
    const wrong = new SupportIntegrationClient({ baseUrl: server.url, secret: 'sk_not_a_key_at_all' });
    expect(await rejection(wrong.create({ email: 'x@y.co' }))).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('rejects an invalid email with 400 and stores nothing', async () => {
    const before = await a.list({ take: 100 });
    const error = await rejection(a.create({ email: 'not-an-email' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/email/);
    expect((await a.list({ take: 100 })).items).toHaveLength(before.items.length);
  });

  it('answers 404 for a bot that is not in the account', async () => {
    expect(await rejection(a.create({ botId: 'bot_missing', email: 'x@y.co' }))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('clears the email with null or an empty string', async () => {
    const { id } = await a.create({ email: 'old@acme.com' });
    await a.update(id, { email: '' });
    expect((await a.fetch(id)) as SupportIntegration).not.toHaveProperty('email');
    await a.update(id, { email: 'new@acme.com' });
    await call(server, 'POST', `/integration/support/${id}/update`, { email: null });
    expect((await a.fetch(id)) as SupportIntegration).not.toHaveProperty('email');
  });

  it('merges meta key by key on update and removes a key set to null', async () => {
    const { id } = await a.create({ email: 'm@acme.com', meta: { team: 'eu', tier: 1, keep: true } });
    await a.update(id, { meta: { tier: 2, team: null, added: 'yes' } });
    expect(((await a.fetch(id)) as SupportIntegration).meta).toEqual({ tier: 2, keep: true, added: 'yes' });
  });

  it('keeps omitted fields on update and moves updatedAt', async () => {
    const { id } = await a.create({ name: 'Keep me', description: 'd', email: 'k@acme.com' });
    const before = (await a.fetch(id)) as SupportIntegration;
    await new Promise((r) => setTimeout(r, 5));
    await a.update(id, { description: 'changed' });
    const after = (await a.fetch(id)) as SupportIntegration;
    expect(after).toMatchObject({ name: 'Keep me', description: 'changed', email: 'k@acme.com' });
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt);
  });

  it('deletes an integration, after which it is gone', async () => {
    const { id } = await a.create({ email: 'gone@acme.com' });
    expect(await a.delete(id)).toEqual({ id });
    expect(await rejection(a.fetch(id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(a.delete(id))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('aliases', () => {
  it('fetches, updates and deletes by alias', async () => {
    const { id } = await call<{ id: string }>(server, 'POST', '/integration/support/create', {
      email: 'alias@acme.com',
      alias: 'helpdesk-eu',
    }).then((r) => r.body);
    expect(await a.fetch('helpdesk-eu')).toMatchObject({ id, alias: 'helpdesk-eu' });
    expect(await a.update('helpdesk-eu', { name: 'Renamed' })).toEqual({ id });
    expect(await a.fetch(id)).toMatchObject({ name: 'Renamed' });
    expect(await a.delete('helpdesk-eu')).toEqual({ id });
  });

  it('answers 409 CONFLICT for an alias already taken in the account, and changes nothing', async () => {
    await call(server, 'POST', '/integration/support/create', { email: 'one@acme.com', alias: 'taken' });
    const second = await call(server, 'POST', '/integration/support/create', {
      email: 'two@acme.com',
      alias: 'taken',
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'CONFLICT' });
    const { id } = await a.create({ email: 'three@acme.com' });
    const update = await call(server, 'POST', `/integration/support/${id}/update`, {
      alias: 'taken',
      name: 'x',
    });
    expect(update.status).toBe(409);
    expect(await a.fetch(id)).not.toHaveProperty('name');
  });

  it('lets another account use the same alias', async () => {
    await call(server, 'POST', '/integration/support/create', { email: 'a@acme.com', alias: 'shared-name' });
    const other = await call(
      server,
      'POST',
      '/integration/support/create',
      { email: 'b@acme.com', alias: 'shared-name' },
      KEY_B,
    );
    expect(other.status).toBe(200);
  });

  it('rejects an alias shaped like a generated id', async () => {
    const res = await call(server, 'POST', '/integration/support/create', {
      email: 'x@acme.com',
      alias: 'sup_fake',
    });
    expect(res.status).toBe(400);
  });
});

describe('listing', () => {
  let ids: string[];

  beforeAll(async () => {
    const paged = await startServer();
    await server.close();
    server = paged;
    a = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_A });
    b = new SupportIntegrationClient({ baseUrl: server.url, secret: KEY_B });
    botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
    ids = [];
    for (let i = 0; i < 55; i++) {
      const body = {
        name: `Integration ${i}`,
        email: `team${i}@acme.com`,
        ...(i % 5 === 0 && { botId }),
        ...(i % 7 === 0 && { blueprintId: 'bp_1' }),
        meta: { region: i % 2 ? 'eu' : 'us', index: i },
      };
      ids.push((await a.create(body)).id);
    }
  });

  async function all(query: Record<string, unknown>): Promise<SupportIntegration[]> {
    const items: SupportIntegration[] = [];
    let cursor: string | undefined;
    do {
      const page = (await a.list({ ...query, cursor } as never)) as {
        items: SupportIntegration[];
        cursor?: string;
      };
      items.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return items;
  }

  it('pages through 55 items newest first, 20 by default, without gaps or repeats', async () => {
    const first = await a.list();
    expect(first.items).toHaveLength(20);
    expect(first.cursor).toBeTypeOf('string');
    const items = await all({});
    expect(items.map((i) => i.id)).toEqual([...ids].reverse());
  });

  it('pages oldest first with order=asc and a custom take', async () => {
    const items = await all({ order: 'asc', take: 7 });
    expect(items.map((i) => i.id)).toEqual(ids);
  });

  it('answers 400 for take outside 1..100 and for a forged cursor', async () => {
    for (const take of [0, 101, -1]) {
      expect(await rejection(Promise.resolve(a.list({ take })))).toMatchObject({ code: 'BAD_REQUEST' });
    }
    expect(await rejection(Promise.resolve(a.list({ cursor: 'not-a-cursor' })))).toMatchObject({
      code: 'BAD_REQUEST',
    });
    const res = await call(server, 'GET', '/integration/support/list?order=sideways');
    expect(res.status).toBe(400);
  });

  it('filters by botId, blueprintId and meta values', async () => {
    expect((await all({ botId })).map((i) => i.id).sort()).toEqual(ids.filter((_, i) => i % 5 === 0).sort());
    const byBlueprint = (
      await call<{ items: SupportIntegration[] }>(
        server,
        'GET',
        '/integration/support/list?blueprintId=bp_1&take=100',
      )
    ).body;
    expect(byBlueprint.items.map((i) => i.id).sort()).toEqual(ids.filter((_, i) => i % 7 === 0).sort());
    expect(await all({ meta: { region: 'eu' } })).toHaveLength(27);
    expect(await all({ meta: { region: 'eu', index: '3' } })).toHaveLength(1);
  });

  it('streams every matching item as jsonl through .stream()', async () => {
    const streamed: SupportIntegration[] = [];
    for await (const event of a.list({ meta: { region: 'us' } }).stream()) {
      expect(event.type).toBe('item');
      streamed.push(event.data as SupportIntegration);
    }
    expect(streamed).toHaveLength(28);
    expect(new Set(streamed.map((i) => i.id)).size).toBe(28);
  });

  it("never shows one account another account's integrations", async () => {
    const theirs = await b.list({ take: 100 });
    expect(theirs.items).toEqual([]);
    const id = ids[0] as string;
    expect(await rejection(Promise.resolve(b.fetch(id)))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(b.update(id, { name: 'hijack' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(b.delete(id))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await a.fetch(id)).toMatchObject({ name: 'Integration 0' });
  });

  it('answers trigger with the number of conversations queued', async () => {
    const res = await call(server, 'POST', `/integration/support/${ids[0]}/trigger`, {});
    expect(res.body).toEqual({ id: ids[0], triggered: 0 });
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 { message, code }', async () => {
    const res = await call(server, 'POST', '/integration/support/create', '{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: expect.stringMatching(/JSON/), code: 'BAD_REQUEST' });
  });

  it('answers a body that is not JSON with 400 and creates nothing', async () => {
    const before = await a.list({ take: 100 });
    const res = await fetch(`${server.api}/integration/support/create`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY_A}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Form&email=form%40acme.com',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/JSON/) });
    expect((await a.list({ take: 100 })).items).toHaveLength(before.items.length);
  });

  it('answers a body over the limit with 413', async () => {
    const res = await call(server, 'POST', '/integration/support/create', {
      description: 'x'.repeat(200_000),
    });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ code: 'CONTENT_TOO_LARGE' });
  });

  it('answers wrong types with 400 and the issues', async () => {
    const res = await call(server, 'POST', '/integration/support/create', { name: 42, trigger: 'sometimes' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'BAD_REQUEST',
      issues: expect.arrayContaining([expect.objectContaining({ path: 'name' })]),
    });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await call(server, 'GET', '/integration/support/nope/nothing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serves an OpenAPI 3.1 document generated from the schemas', async () => {
    const res = await call<{ openapi: string; paths: Record<string, unknown> }>(
      server,
      'GET',
      '/openapi.json',
      undefined,
      null,
    );
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/integration/support/{idOrAlias}/update');
  });
});
