import { createHmac, randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { Bot, Contact, Conversation, IdentitySecretCreated } from '@supportbridge/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdentity, verifyIdentity } from '../src/index.js';
import { call, KEY_B, startServer, type TestServer } from './helpers/server.js';
import { type SmtpSink, startSmtpSink } from './helpers/smtp.js';

// Signed visitor identity over HTTP: the host server signs the visitor's email with the bot's
// identity secret, the page passes it with identify() (a `contact` call with the session token).
let server: TestServer;
let sink: SmtpSink;
let lite: PGlite;

beforeAll(async () => {
  sink = await startSmtpSink();
  lite = new PGlite();
  server = await startServer({
    database: lite,
    mail: { transport: sink.url, from: '"Acme Support" <support-bot@acme.test>' },
    worker: { pollIntervalMs: 50 },
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  await lite.close();
  await sink.stop();
});

async function newBot(body: Record<string, unknown> = {}): Promise<string> {
  const { status, body: created } = await call<{ id: string }>(server, 'POST', '/bot/create', {
    name: 'Ava',
    ...body,
  });
  expect(status).toBe(200);
  return created.id;
}

async function newSecret(botId: string): Promise<IdentitySecretCreated> {
  const { status, body } = await call<IdentitySecretCreated>(
    server,
    'POST',
    `/bot/${botId}/identity-secret/create`,
    {},
  );
  expect(status).toBe(200);
  return body;
}

/** A conversation of the bot and a visitor session token for it. */
async function visit(botId: string): Promise<{ id: string; token: string }> {
  const { id } = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body;
  const { token } = (await call<{ token: string }>(server, 'POST', `/conversation/${id}/session/create`, {}))
    .body;
  return { id, token };
}

function identify(visitor: { id: string; token: string }, body: Record<string, unknown>) {
  return call<{ contact: Contact; code?: string; message?: string }>(
    server,
    'POST',
    `/conversation/${visitor.id}/contact`,
    body,
    visitor.token,
  );
}

async function contactOf(conversationId: string): Promise<Contact> {
  return (await call<Conversation>(server, 'GET', `/conversation/${conversationId}/fetch`)).body.contact;
}

const EMAIL = 'maria@example.com';

describe('signing', () => {
  it('signs as hex HMAC-SHA256 of the email, the scheme Intercom and Chatwoot use', () => {
    const expected = createHmac('sha256', 'sbis_secret').update(EMAIL).digest('hex');
    expect(signIdentity('sbis_secret', EMAIL)).toBe(expected);
    expect(verifyIdentity(['other', 'sbis_secret'], EMAIL, expected.toUpperCase())).toBe(true);
    expect(verifyIdentity(['sbis_secret'], 'Maria@example.com', expected)).toBe(false);
    expect(verifyIdentity([], EMAIL, expected)).toBe(false);
  });
});

describe('identity secrets', () => {
  it('returns a secret once, and fetch and list show only its id and age', async () => {
    const botId = await newBot();
    const created = await newSecret(botId);
    expect(created.id).toMatch(/^idsec_/);
    expect(created.secret).toMatch(/^sbis_[\w-]{43}$/);
    const fetched = await call<Bot>(server, 'GET', `/bot/${botId}/fetch`);
    expect(fetched.body.identityRequired).toBe(false);
    expect(fetched.body.identitySecrets).toEqual([{ id: created.id, createdAt: created.createdAt }]);
    const list = await call<{ items: Bot[] }>(server, 'GET', '/bot/list?take=100');
    expect(list.body.items.find((b) => b.id === botId)?.identitySecrets).toEqual([
      { id: created.id, createdAt: created.createdAt },
    ]);
    for (const answer of [fetched.body, list.body])
      expect(JSON.stringify(answer)).not.toContain(created.secret);
  });

  it('holds two secrets at most: a third answers 409 until one is deleted', async () => {
    const botId = await newBot();
    const first = await newSecret(botId);
    await newSecret(botId);
    const third = await call(server, 'POST', `/bot/${botId}/identity-secret/create`, {});
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ code: 'CONFLICT' });
    const deleted = await call(server, 'POST', `/bot/${botId}/identity-secret/${first.id}/delete`, {});
    expect(deleted.body).toEqual({ id: first.id });
    await newSecret(botId);
  });

  it("answers 404 for another account's bot or secret, and for an unknown secret", async () => {
    const botId = await newBot();
    const secret = await newSecret(botId);
    const create = await call(server, 'POST', `/bot/${botId}/identity-secret/create`, {}, KEY_B);
    const remove = await call(server, 'POST', `/bot/${botId}/identity-secret/${secret.id}/delete`, {}, KEY_B);
    const unknown = await call(server, 'POST', `/bot/${botId}/identity-secret/idsec_nope/delete`, {});
    for (const answer of [create, remove, unknown]) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await call<Bot>(server, 'GET', `/bot/${botId}/fetch`)).body.identitySecrets).toHaveLength(1);
  });

  it('sets and clears identityRequired on create and update', async () => {
    const botId = await newBot({ identityRequired: true });
    expect((await call<Bot>(server, 'GET', `/bot/${botId}/fetch`)).body.identityRequired).toBe(true);
    await call(server, 'POST', `/bot/${botId}/update`, { identityRequired: false });
    expect((await call<Bot>(server, 'GET', `/bot/${botId}/fetch`)).body.identityRequired).toBe(false);
    const bad = await call(server, 'POST', `/bot/${botId}/update`, { identityRequired: 'yes' });
    expect(bad.status).toBe(400);
  });
});

describe('identify on a bot that requires verification', () => {
  let botId: string;
  let secret: IdentitySecretCreated;

  beforeAll(async () => {
    botId = await newBot({ identityRequired: true });
    secret = await newSecret(botId);
  });

  it('accepts a signed email and marks the contact verified', async () => {
    const visitor = await visit(botId);
    const answer = await identify(visitor, {
      name: 'Maria Garcia',
      email: EMAIL,
      signature: signIdentity(secret.secret, EMAIL),
    });
    expect(answer.status).toBe(200);
    expect(answer.body.contact).toEqual({ name: 'Maria Garcia', email: EMAIL, emailVerified: true });
    expect(await contactOf(visitor.id)).toEqual({ name: 'Maria Garcia', email: EMAIL, emailVerified: true });
  });

  const tampered: [string, () => Record<string, unknown>][] = [
    ['no signature', () => ({ email: EMAIL })],
    ['a changed email', () => ({ email: 'eve@example.com', signature: signIdentity(secret.secret, EMAIL) })],
    [
      'a changed signature',
      () => {
        const signature = signIdentity(secret.secret, EMAIL);
        return { email: EMAIL, signature: `${signature[0] === '0' ? '1' : '0'}${signature.slice(1)}` };
      },
    ],
    [
      'a wrong secret',
      () => ({
        email: EMAIL,
        signature: signIdentity(`sbis_${randomBytes(32).toString('base64url')}`, EMAIL),
      }),
    ],
    ['a key that is the secret id', () => ({ email: EMAIL, signature: signIdentity(secret.id, EMAIL) })],
  ];
  it.each(tampered)('refuses %s with 403 and changes nothing', async (_, body) => {
    const visitor = await visit(botId);
    await identify(visitor, { name: 'Maria', email: EMAIL, signature: signIdentity(secret.secret, EMAIL) });
    const before = await contactOf(visitor.id);
    const answer = await identify(visitor, { name: 'Eve', ...body() });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'FORBIDDEN', message: expect.any(String) });
    expect(await contactOf(visitor.id)).toEqual(before);
  });

  it('answers 400 for a signature that is not 64 hex digits', async () => {
    const answer = await identify(await visit(botId), { email: EMAIL, signature: 'not-hex' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('accepts a name alone: there is no email to verify', async () => {
    const visitor = await visit(botId);
    const answer = await identify(visitor, { name: 'Maria Garcia' });
    expect(answer.status).toBe(200);
    expect(answer.body.contact).toEqual({ name: 'Maria Garcia' });
  });

  it("trusts the site's own server: an email set with an API key is verified", async () => {
    const { id } = await visit(botId);
    const answer = await call<{ contact: Contact }>(server, 'POST', `/conversation/${id}/contact`, {
      email: EMAIL,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.contact).toEqual({ email: EMAIL, emailVerified: true });
  });

  it('refuses a signature made for another bot (replay)', async () => {
    const otherBot = await newBot({ identityRequired: true });
    const otherSecret = await newSecret(otherBot);
    const signedForOther = signIdentity(otherSecret.secret, EMAIL);
    expect((await identify(await visit(otherBot), { email: EMAIL, signature: signedForOther })).status).toBe(
      200,
    );
    const replayed = await identify(await visit(botId), { email: EMAIL, signature: signedForOther });
    expect(replayed.status).toBe(403);
  });
});

describe('rotation', () => {
  it('verifies with both secrets while two are active, and refuses the rotated-out one after', async () => {
    const botId = await newBot({ identityRequired: true });
    const old = await newSecret(botId);
    const next = await newSecret(botId);
    for (const secret of [old, next]) {
      const answer = await identify(await visit(botId), {
        email: EMAIL,
        signature: signIdentity(secret.secret, EMAIL),
      });
      expect(answer.body.contact.emailVerified).toBe(true);
    }
    await call(server, 'POST', `/bot/${botId}/identity-secret/${old.id}/delete`, {});
    const rotatedOut = await identify(await visit(botId), {
      email: EMAIL,
      signature: signIdentity(old.secret, EMAIL),
    });
    expect(rotatedOut.status).toBe(403);
    const current = await identify(await visit(botId), {
      email: EMAIL,
      signature: signIdentity(next.secret, EMAIL),
    });
    expect(current.status).toBe(200);
  });
});

describe('identify on a bot that does not require verification', () => {
  it('accepts unsigned and wrongly signed emails as unverified, a signed one as verified', async () => {
    const botId = await newBot();
    const secret = await newSecret(botId);
    const otherSecret = await newSecret(await newBot());
    const unsigned = await identify(await visit(botId), { email: EMAIL });
    const replayed = await identify(await visit(botId), {
      email: EMAIL,
      signature: signIdentity(otherSecret.secret, EMAIL),
    });
    for (const answer of [unsigned, replayed]) {
      expect(answer.status).toBe(200);
      expect(answer.body.contact).toEqual({ email: EMAIL });
    }
    const signed = await identify(await visit(botId), {
      email: EMAIL,
      signature: signIdentity(secret.secret, EMAIL),
    });
    expect(signed.body.contact).toEqual({ email: EMAIL, emailVerified: true });
  });

  it('drops the mark when the visitor later gives another, unsigned email', async () => {
    const botId = await newBot();
    const secret = await newSecret(botId);
    const visitor = await visit(botId);
    await identify(visitor, { email: EMAIL, signature: signIdentity(secret.secret, EMAIL) });
    const changed = await identify(visitor, { email: 'maria.g@example.org' });
    expect(changed.body.contact).toEqual({ email: 'maria.g@example.org' });
  });
});

describe("the team's email", () => {
  it('says whether the email was verified or only given by the visitor', async () => {
    const botId = await newBot();
    const secret = await newSecret(botId);
    await call(server, 'POST', '/integration/support/create', { botId, email: 'help@acme.test' });
    const verified = await visit(botId);
    await identify(verified, {
      name: 'Maria Garcia',
      email: EMAIL,
      signature: signIdentity(secret.secret, EMAIL),
    });
    const unverified = await visit(botId);
    await identify(unverified, { name: 'Eve Example', email: 'eve@example.com' });
    for (const visitor of [verified, unverified]) {
      await call(
        server,
        'POST',
        `/conversation/${visitor.id}/complete`,
        { text: 'Where is order 48213?' },
        visitor.token,
      );
      await call(server, 'POST', `/conversation/${visitor.id}/end`, {}, visitor.token);
    }
    const mails = await sink.waitFor(2);
    const bodyFor = (id: string) =>
      mails.find((m) => m.parsed.headers.get('x-supportbridge-conversation') === id)!.parsed;
    const good = bodyFor(verified.id);
    const given = bodyFor(unverified.id);
    // Visitor-given values may be wrapped in bidi isolates; the words are what counts.
    const plain = (text: string | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
    expect(plain(good.text)).toMatch(/Identity:\s+verified\n/);
    expect(good.html).toContain('verified');
    expect(good.html).not.toContain('unverified');
    expect(plain(given.text)).toMatch(/Identity:\s+unverified — given by the visitor\n/);
    expect(given.html).toContain('unverified — given by the visitor');
  });
});
