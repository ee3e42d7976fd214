import { randomBytes } from 'node:crypto';
import { ID_PREFIX } from '@supportbridge/shared';

/**
 * A new unguessable id: the resource prefix and 128 random bits in base64url.
 *
 * @example
 * newId('conversation') // "conv_3q2-7wB…"
 */
export function newId(kind: keyof typeof ID_PREFIX): string {
  return `${ID_PREFIX[kind]}_${randomBytes(16).toString('base64url')}`;
}
