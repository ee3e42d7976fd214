import { PGlite } from '@electric-sql/pglite';
import type { Conversation } from '@supportbridge/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeWebhookReceiver, startFakeWebhookReceiver } from './helpers/fake-webhook.js';
import { call, startServer, type TestServer } from './helpers/server.js';

// A site that hands over only to a webhook or helpdesk needs no mail server: its worker
// delivers to API channels and leaves email forwards to an instance that has mail settings.
const SECRET = 'whsec_0123456789abcdef';
let server: TestServer;
let lite: PGlite;
let receiver: FakeWebhookReceiver;

beforeAll(async () => {
  receiver = await startFakeWebhookReceiver(SECRET);
  lite = new PGlite();
  server = await startServer({ database: lite, worker: { pollIntervalMs: 100 } });
}, 60_000);
afterAll(async () => {
  await server.close();
  await lite.close();
  await receiver.close();
});

it('delivers to a webhook without mail settings, and leaves the email forward pending', async () => {
  const botId = (await call<{ id: string }>(server, 'POST', '/bot/create', { name: 'Ava' })).body.id;
  const hook = await call<{ id: string }>(server, 'POST', '/integration/support/create', {
    botId,
    channel: { type: 'webhook', url: `${receiver.url}/hooks/supportbridge`, secret: SECRET },
  });
  expect(hook.status).toBe(200);
  await call(server, 'POST', '/integration/support/create', { botId, email: 'help@acme.test' });
  const id = (await call<{ id: string }>(server, 'POST', '/conversation/create', { botId })).body.id;
  await call(server, 'POST', `/conversation/${id}/complete`, {
    text: 'My order 4411 is late. kim@example.org',
  });
  await call(server, 'POST', `/conversation/${id}/escalate`, {});

  await expect.poll(() => receiver.events.length, { timeout: 15_000 }).toBe(1);
  const { deliveries } = (await call<Conversation>(server, 'GET', `/conversation/${id}/fetch`)).body;
  const byIntegration = Object.fromEntries(deliveries.map((d) => [d.integrationId, d.state]));
  expect(byIntegration[hook.body.id]).toBe('sent');
  expect(Object.values(byIntegration).sort()).toEqual(['pending', 'sent']);
});
