import { createHmac, timingSafeEqual } from 'node:crypto';
import { type FakeHelpdesk, type FakeRequest, startFakeHelpdesk } from './fake-helpdesk.js';

/** A webhook receiver that verifies signatures and dedupes by event id, as we tell owners to. */
export interface FakeWebhookReceiver extends FakeHelpdesk {
  /** Bodies of the events it accepted, once per id. */
  events: unknown[];
}

/**
 * Verifies `SupportBridge-Signature: t=…,v1=…` the way docs/helpdesks.md tells a receiver
 * to: HMAC-SHA256 over `${t}.${raw body}`, constant-time compare, at most 5 minutes old.
 *
 * @example
 * verifySignature(req.headers['supportbridge-signature'], rawBody, secret) // true
 */
export function verifySignature(
  header: string | undefined,
  raw: string,
  secret: string,
  now = Date.now(),
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!parts.v1 || !Number.isFinite(t) || Math.abs(now / 1000 - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Starts a receiver on `POST /hooks/supportbridge` that answers 401 to a bad signature,
 * 200 to a duplicate id (without storing it again) and 202 to a new event.
 *
 * @example
 * const receiver = await startFakeWebhookReceiver('whsec_0123456789abcdef');
 */
export async function startFakeWebhookReceiver(secret: string): Promise<FakeWebhookReceiver> {
  const events: unknown[] = [];
  const seen = new Set<string>();
  const fake = await startFakeHelpdesk(
    [
      {
        name: 'hook',
        method: 'POST',
        pattern: /^\/hooks\/supportbridge$/,
        handle(req: FakeRequest) {
          const id = (req.body as { id: string }).id;
          if (seen.has(id)) return { status: 200, body: { duplicate: true } };
          seen.add(id);
          events.push(req.body);
          return { status: 202, body: { received: true } };
        },
      },
    ],
    (req) =>
      verifySignature(req.headers['supportbridge-signature'] as string | undefined, req.raw, secret)
        ? undefined
        : { status: 401, body: { message: 'bad signature' } },
  );
  return Object.assign(fake, { events });
}
