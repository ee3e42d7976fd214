import {
  type SupportChannel,
  type SupportChannelInput,
  SupportChannelSchema,
  type SupportChannelView,
} from '@supportbridge/shared';
import { fromZodError } from '../../errors.js';

/** The fields of each channel that are credentials: stored, used, never shown. */
const SECRETS = ['apiToken', 'oauthToken', 'appId', 'appSecret', 'apiKey', 'secret'] as const;

/**
 * The channel an update leaves stored: a new channel of the same type keeps the stored
 * credentials it leaves out (so a client can change tags without re-sending the API key);
 * a different type starts afresh. Throws a 400 naming what is missing when the result
 * could not deliver, so a bad configuration is refused before anything changes.
 *
 * @param stored the channel stored now (`null` for plain email)
 * @param input what the client sent; `null` goes back to email
 * @returns the channel to store, or `null` for plain email
 * @example
 * completeChannel({ type: 'freshdesk', url, apiKey: 'k' }, { type: 'freshdesk', url, tags: ['vip'] }) // keeps apiKey
 */
export function completeChannel(
  stored: SupportChannel | null,
  input: SupportChannelInput | null,
): SupportChannel | null {
  if (!input || input.type === 'email') return null;
  const merged: Record<string, unknown> = { ...input };
  if (stored && stored.type === input.type) {
    for (const key of SECRETS) {
      const kept = (stored as Record<string, unknown>)[key];
      if (merged[key] === undefined && kept !== undefined) merged[key] = kept;
    }
  }
  const result = SupportChannelSchema.safeParse(merged);
  if (!result.success) throw fromZodError(result.error, 'body.channel');
  return result.data;
}

/**
 * A stored channel as the API shows it: its settings, no credentials, and whether every
 * credential it needs is there.
 *
 * @example
 * channelView({ type: 'webhook', url: 'https://hooks.acme.com', secret: '…' }) // { type: 'webhook', url: '…', configured: true }
 */
export function channelView(channel: SupportChannel): SupportChannelView {
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(channel)) {
    if (!(SECRETS as readonly string[]).includes(key)) view[key] = value;
  }
  return { ...view, configured: SupportChannelSchema.safeParse(channel).success } as SupportChannelView;
}
