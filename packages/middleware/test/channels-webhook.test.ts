import { WebhookHandOverSchema } from '@supportbridge/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signWebhook } from '../src/delivery/channels/webhook.js';
import { type ChannelWorld, openChannelWorld } from './helpers/fake-helpdesk.js';
import {
  type FakeWebhookReceiver,
  startFakeWebhookReceiver,
  verifySignature,
} from './helpers/fake-webhook.js';

const SECRET = 'whsec_0123456789abcdef';
let receiver: FakeWebhookReceiver;
let world: ChannelWorld;

beforeEach(async () => {
  receiver = await startFakeWebhookReceiver(SECRET);
  world = await openChannelWorld({
    type: 'webhook',
    url: `${receiver.url}/hooks/supportbridge`,
    secret: SECRET,
  });
});
afterEach(async () => {
  await world.close();
  await receiver.close();
});

describe('the webhook channel', () => {
  it('posts the documented payload, signed over timestamp and body', async () => {
    const conversationId = await world.complete();
    await world.worker.runOnce();

    expect(receiver.events).toHaveLength(1);
    const event = WebhookHandOverSchema.parse(receiver.events[0]);
    expect(event).toMatchObject({
      type: 'conversation.handover',
      forward: 1,
      integrationId: world.integrationId,
      conversation: { id: conversationId },
      contact: { name: 'Maria Garcia', email: 'maria@example.com' },
    });
    expect(event.id).toBe(event.firstId);
    expect(event.transcript[0]).toMatchObject({ type: 'user', text: 'Hi, I need a refund for order 48213.' });
    expect(event.html).toContain('refund for order 48213');
    const [request] = receiver.requests;
    expect(request?.headers['idempotency-key']).toBe(event.id);
    expect(request?.headers['supportbridge-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect((await world.deliveries())[0]).toMatchObject({ state: 'sent', remote_id: `webhook:${event.id}` });
  });

  it('signs as Stripe does: HMAC-SHA256 of "<t>.<body>"', () => {
    const header = signWebhook('{"a":1}', SECRET, 1_767_225_600);
    expect(header).toMatch(/^t=1767225600,v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, '{"a":1}', SECRET, 1_767_225_600_000)).toBe(true);
    expect(verifySignature(header, '{"a":2}', SECRET, 1_767_225_600_000)).toBe(false);
  });

  it('numbers a follow-up and points it at the first event', async () => {
    const id = await world.complete();
    await world.worker.runOnce();
    await world.reforward(id);
    await world.worker.runOnce();
    const [first, second] = receiver.events.map((e) => WebhookHandOverSchema.parse(e));
    expect(second?.forward).toBe(2);
    expect(second?.firstId).toBe(first?.id);
  });

  it('retries a dropped connection with the same event id, which the receiver dedupes', async () => {
    receiver.fail('hook', { acceptThenDrop: true });
    await world.complete();
    await world.worker.runOnce();
    expect((await world.deliveries())[0]?.state).toBe('pending');
    await world.due();
    await world.worker.runOnce();
    expect(receiver.events).toHaveLength(1);
    const ids = receiver.requests.map((r) => r.headers['idempotency-key']);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect((await world.deliveries())[0]?.state).toBe('sent');
  });

  it('records a rejected signature as failed', async () => {
    await world.close();
    world = await openChannelWorld({
      type: 'webhook',
      url: `${receiver.url}/hooks/supportbridge`,
      secret: 'another-secret-of-16+',
    });
    await world.complete();
    await world.worker.runOnce();
    expect((await world.deliveries())[0]).toMatchObject({
      state: 'failed',
      last_error: 'The webhook answered 401: bad signature',
    });
  });
});
