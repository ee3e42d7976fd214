import { describe, expect, it } from 'vitest';
import { INVALID_EMAILS, VALID_EMAILS } from '../../shared/test/email-cases.js';
import { setup } from './chat-setup.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether the email form, asked before a hand-over, sends the address on to the server. */
async function formSends(address: string): Promise<boolean> {
  const { chat, server } = setup();
  chat.setOpen(true);
  await settle();
  chat.escalate();
  chat.setEmail(address);
  await chat.submitEmail();
  // A likely typo is offered once; a second submit sends it as typed.
  if (chat.state.email.hint) await chat.submitEmail();
  await settle();
  return server.paths().includes('POST /conversation/conv_1/contact');
}

describe('the email form', () => {
  // The same list the API schemas and extraction are tested with: no address the form
  // takes is refused by the server, none it refuses would have been taken.
  it.each(VALID_EMAILS)('sends %s on', async (address) => {
    expect(await formSends(address)).toBe(true);
  });

  it.each(INVALID_EMAILS.filter((address) => address.trim() === address && address !== ''))(
    'refuses %j',
    async (address) => {
      expect(await formSends(address)).toBe(false);
    },
  );
});
