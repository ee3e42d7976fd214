import { describe, expect, it } from 'vitest';
import { contactOf, plainName } from '../src/conversations/contact.js';
import { composeEmail } from '../src/delivery/email.js';

const b64 = (text: string) => `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;

describe('plainName', () => {
  it.each([
    ['decodes an encoded-word once', b64('Zoë Müller'), 'Zoë Müller'],
    ['decodes a Q-encoded word in Latin-1', '=?iso-8859-1?Q?Ren=E9_Dupont?=', 'René Dupont'],
    ['joins adjacent encoded-words', `${b64('Ana ')} ${b64('Lima')}`, 'Ana Lima'],
    ['removes line breaks and control characters', 'Ana\r\n\u0007Lima\u2028', 'Ana Lima'],
    ['turns decoded line breaks into spaces', b64('Ana\r\nLima'), 'Ana Lima'],
    ['refuses a name that decodes to an address', b64('Ana\r\nBcc: boss@evil.test'), ''],
    ['refuses a name holding angle brackets', 'Support Team <help@shop.test>', ''],
    ['keeps an unknown charset as written, neutralised', '=?x-unknown?B?QUJD?=', '= ?x-unknown?B?QUJD?='],
    ['keeps ordinary names as they are', "  Seán  O'Brien-Ní Dhuibhir ", "Seán O'Brien-Ní Dhuibhir"],
  ])('%s', (_case, input, expected) => {
    expect(plainName(input)).toBe(expected);
  });
});

describe('plainName on a doubly encoded name', () => {
  it('decodes once and leaves nothing a mail client would decode again', () => {
    const once = plainName(b64(b64('Ana\r\nBcc: x')));
    expect(once).toContain(Buffer.from('Ana\r\nBcc: x').toString('base64'));
    expect(once).not.toMatch(/=\?[^?\s]+\?[BbQq]\?[^?]*\?=/);
  });
});

describe('contactOf', () => {
  it('drops a given name that is no plain name, keeping the email', () => {
    expect(contactOf([], { name: b64('x\r\nBcc: a@b.test'), email: 'ana@example.org' })).toEqual({
      email: 'ana@example.org',
    });
  });

  it('gives the email a Reply-To display name that reads exactly as the cleaned name', () => {
    const contact = contactOf([], { name: b64('Zoë\r\nMüller'), email: 'zoe@example.org' });
    const mail = composeEmail({
      from: 'bot@acme.test',
      to: 'help@acme.test',
      conversation: { id: 'conv_1', createdAt: 0 },
      integrationId: 'sup_1',
      botName: 'Ava',
      contact,
      summary: { title: 'Zoë Müller: help', request: 'help', facts: [] },
      messages: [],
      messageId: '<m@acme.test>',
      ticket: 'ABCDE',
    });
    expect(mail.replyTo).toEqual({ name: 'Zoë Müller', address: 'zoe@example.org' });
  });
});
