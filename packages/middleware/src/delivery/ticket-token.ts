import { createHash } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a token read aloud or retyped survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short ticket token for a conversation, stable across forwards and restarts: five
 * Crockford base32 characters (25 bits) of a SHA-256 of the id. Agents quote it
 * ("about chat #7KQ2M") and it groups a conversation's forwards in a mailbox search; it is
 * not an identifier to look things up by, so a rare collision is harmless.
 *
 * @example
 * ticketToken('conv_3q2-7wB…') // "7KQ2M"
 */
export function ticketToken(conversationId: string): string {
  const digest = createHash('sha256').update(conversationId).digest();
  // The first 40 bits of the digest as a number; its low 25 bits make the five characters.
  let bits = digest.readUIntBE(0, 5);
  let token = '';
  for (let i = 0; i < 5; i++) {
    token = CROCKFORD[bits % 32] + token;
    bits = Math.floor(bits / 32);
  }
  return token;
}
