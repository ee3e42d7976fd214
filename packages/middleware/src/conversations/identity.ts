import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Contact, ContactUpdate } from '@supportbridge/shared';
import type { Request } from 'express';
import type { SupportContext } from '../context.js';
import { SupportError } from '../errors.js';
import type { ConversationRow } from '../store/conversations.js';
import { identitySecretValues } from '../store/identity-secrets.js';

/**
 * The signature of a visitor's email for `identify({ email, signature })`: hex
 * `HMAC-SHA256(secret, email)` over the email exactly as the page will send it — the scheme of
 * Intercom's identity verification and Chatwoot's `identifier_hash`. The host server computes
 * it (with this function or three lines of `node:crypto`); the secret never reaches a page.
 *
 * @example
 * const signature = signIdentity(process.env.SUPPORT_IDENTITY_SECRET!, user.email);
 */
export function signIdentity(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email, 'utf8').digest('hex');
}

/**
 * True when `signature` is the signature of `email` under one of `secrets` (two are active
 * during a rotation). Every secret is tried and compared in constant time, so the time taken
 * tells nothing about which secret, or how much of a signature, matched.
 *
 * @example
 * verifyIdentity(['sbis_…'], 'maria@example.com', signature) // true
 */
export function verifyIdentity(secrets: readonly string[], email: string, signature: string): boolean {
  const given = Buffer.from(signature, 'hex');
  let valid = false;
  for (const secret of secrets) {
    const expected = Buffer.from(signIdentity(secret, email), 'hex');
    if (given.length === expected.length && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}

/**
 * What a `contact` call may record, with the email marked verified or not. An email from the
 * site's server (an API key) is verified: the key vouches for it. From a visitor's session
 * it is verified only when signed with one of the conversation's bot's identity secrets — a
 * signature made for another bot fails, as every bot has its own secrets. When the bot has
 * `identityRequired`, an unsigned or wrongly signed email is refused (403) and nothing
 * changes; otherwise it is kept, unverified. A name alone needs no signature.
 *
 * @example
 * const given = await identifiedContact(ctx, req, conversation, { email, signature });
 */
export async function identifiedContact(
  ctx: SupportContext,
  req: Request,
  conversation: ConversationRow,
  body: ContactUpdate,
): Promise<Contact> {
  const { signature, ...contact } = body;
  if (contact.email === undefined) return contact;
  if (await ctx.authenticate(req)) return { ...contact, emailVerified: true };
  const { rows } = await ctx.db.query<{ identity_required: boolean }>(
    'SELECT identity_required FROM sb_bots WHERE id = $1',
    [conversation.bot_id],
  );
  const required = rows[0]?.identity_required ?? false;
  const secrets = signature === undefined ? [] : await identitySecretValues(ctx.db, conversation.bot_id);
  const verified = signature !== undefined && verifyIdentity(secrets, contact.email, signature);
  if (!verified && required) {
    throw new SupportError(
      'FORBIDDEN',
      signature === undefined
        ? 'This bot accepts only signed identities: send the email with its signature'
        : 'The identity signature does not match this email for this bot',
    );
  }
  return { ...contact, emailVerified: verified };
}
