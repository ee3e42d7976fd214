import { createHmac } from 'node:crypto';
import type { SupportChannel, WebhookHandOver } from '@supportbridge/shared';
import type { HandOver } from './hand-over.js';
import { callHelpdesk } from './helpdesk-request.js';

type WebhookChannel = Extract<SupportChannel, { type: 'webhook' }>;

/**
 * The `SupportBridge-Signature` header of a webhook body: `t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>">`, as Stripe signs. A receiver recomputes `v1` with the shared
 * secret over the raw body and rejects old timestamps, so a captured request cannot be replayed later.
 *
 * @example
 * signWebhook('{"id":"sb-…"}', 'whsec_0123456789abcdef', 1767225600) // "t=1767225600,v1=5f0c…"
 */
export function signWebhook(body: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/**
 * POSTs a hand-over as `WebhookHandOver` JSON, signed, with `Idempotency-Key` = the event
 * `id` (the same on every retry of a forward). Any 2xx is success; the retry policy treats
 * the rest as it treats a helpdesk's answer.
 *
 * @returns the event id
 * @example
 * await postWebhook({ type: 'webhook', url: 'https://hooks.acme.com/sb', secret }, handOver);
 */
export async function postWebhook(channel: WebhookChannel, h: HandOver, now = Date.now()): Promise<string> {
  const event: WebhookHandOver = {
    id: h.key,
    type: 'conversation.handover',
    forward: h.forward,
    firstId: h.key.replace(/-\d+$/, '-1'),
    ...(h.test && { test: true as const }),
    createdAt: now,
    integrationId: h.integrationId,
    conversation: { ...h.conversation, ticket: h.ticket },
    contact: h.contact,
    summary: h.summary,
    transcript: h.messages,
    text: h.text,
    html: h.html,
  };
  const body = JSON.stringify(event);
  await callHelpdesk({
    service: 'The webhook',
    method: 'POST',
    url: channel.url,
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': h.key,
      'SupportBridge-Signature': signWebhook(body, channel.secret, Math.floor(now / 1000)),
      'User-Agent': 'SupportBridge-Webhook/1',
    },
    json: event,
    signal: h.signal,
  });
  return h.key;
}
