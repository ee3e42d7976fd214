import { describe, expect, it } from 'vitest';
import { INVALID_EMAILS, VALID_EMAILS } from '../../shared/test/email-cases.js';
import { extractContact } from '../src/extraction/extract-contact.js';

const said = (address: string) =>
  extractContact([
    { type: 'bot', text: 'What email should our team reply to?' },
    { type: 'user', text: `it's ${address}` },
  ]).email;

describe('contact extraction on the shared list of addresses', () => {
  it.each(VALID_EMAILS)('reads %s as it was written', (address) => {
    expect(said(address)).toBe(address.toLowerCase());
  });

  it.each(INVALID_EMAILS.filter((address) => address.trim() !== '' && !/\s/.test(address)))(
    'reads no address from %j',
    (address) => {
      expect(said(address)).toBeUndefined();
    },
  );
});
