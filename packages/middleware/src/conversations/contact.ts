import type { Contact, Message } from '@supportbridge/shared';
import { extractContact } from '../extraction/extract-contact.js';

/**
 * The visitor's contact as best known: what the transcript says, overridden field by field
 * by what was given explicitly (the host page's `identify`, or the visitor correcting the
 * address on the receipt) — an explicit statement beats an inference.
 *
 * @example
 * contactOf(messages, { email: 'maria@example.com' })
 */
export function contactOf(messages: readonly Pick<Message, 'type' | 'text'>[], given: Contact): Contact {
  const extracted = extractContact(messages);
  const merged: Contact = { ...extracted };
  if (given.name) merged.name = given.name;
  if (given.email) merged.email = given.email;
  if (given.phone) merged.phone = given.phone;
  return merged;
}
