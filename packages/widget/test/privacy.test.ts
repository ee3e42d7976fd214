import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialState } from '../src/state/conversation.js';
import { KEY, saved, setup } from './chat-setup.js';
import { fakeApi, memoryStorage, settle } from './fake-api.js';

// The issue: on a shared computer, the next person must not find the last visitor's token,
// name, address or messages in the widget's storage.

const MINUTE = 60_000;
const RECEIPT_ONLY = (reason: string) => ({
  receipt: { reason, reference: 'R0001', forwarded: true },
  at: expect.any(Number),
});

afterEach(() => vi.useRealTimers());

/** A chat with a name and an address known, a message answered and a draft typed. */
async function chatting(options: Parameters<typeof setup>[0] = {}) {
  const ctx = setup(options);
  ctx.chat.identify({ name: 'Maria Garcia', email: 'maria@example.org' });
  ctx.chat.setOpen(true);
  await settle();
  ctx.chat.send('My order 48213 is late');
  await settle(10);
  ctx.chat.setDraft('Also, the');
  const stored = JSON.stringify(saved(ctx.storage));
  // The starting point the rules act on: all of it is stored while the chat runs.
  for (const text of ['tok_conv_1', 'maria@example.org', 'Maria Garcia', 'Also, the'])
    expect(stored).toContain(text);
  return ctx;
}

describe('visitor privacy once the chat is over', () => {
  it('keeps only the receipt in storage once the visitor ends the chat', async () => {
    const { chat, storage } = await chatting();
    chat.askEnd();
    await chat.end();
    expect(chat.state.receipt).toEqual({
      reason: 'ended',
      email: 'maria@example.org',
      reference: 'R0001',
      forwarded: true,
    });
    expect(saved(storage)).toEqual(RECEIPT_ONLY('ended'));
  });

  it('keeps only the receipt in storage once the chat is handed over', async () => {
    const { chat, storage, server } = await chatting();
    chat.escalate();
    await settle();
    expect(server.paths().at(-1)).toBe('POST /conversation/conv_1/escalate');
    expect(saved(storage)).toEqual(RECEIPT_ONLY('escalated'));
  });

  it('keeps only the receipt in storage when the server ends the chat in a reply', async () => {
    const { chat, storage, server } = await chatting();
    server.state.endNext = 'idle';
    chat.send('Hello?');
    await settle(10);
    expect(chat.state.receipt?.reason).toBe('idle');
    expect(saved(storage)).toEqual(RECEIPT_ONLY('idle'));
  });

  it('keeps only the receipt in storage when the server says the chat had completed already', async () => {
    const { chat, storage, server } = await chatting();
    server.failNext('/end', 409, 'CONFLICT');
    await chat.end();
    expect(chat.state.receipt?.reason).toBe('ended');
    // The server had completed it already: no reference came back, so none is kept.
    expect(saved(storage)).toEqual({ receipt: { reason: 'ended' }, at: expect.any(Number) });
  });

  it('does not store the address again when the visitor corrects it on the receipt', async () => {
    const { chat, storage, server } = await chatting();
    await chat.end();
    chat.changeEmail();
    chat.setEmail('maria.garcia@example.org');
    await chat.submitEmail();
    expect(server.calls.at(-1)?.body).toEqual({ email: 'maria.garcia@example.org' });
    expect(chat.state.receipt?.email).toBe('maria.garcia@example.org');
    expect(saved(storage)).toEqual(RECEIPT_ONLY('ended'));
  });

  it('shows the receipt after a reload without the address, asking the server nothing', async () => {
    const { storage } = memoryStorage();
    const server = fakeApi();
    const first = await chatting({ storage, server });
    await first.chat.end();
    // A reload: the first page is gone.
    first.chat.destroy();
    const calls = server.calls.length;

    const second = setup({ storage, server });
    second.chat.setOpen(true);
    await settle();
    expect(second.chat.state).toMatchObject({
      view: 'chat',
      receipt: { reason: 'ended', reference: 'R0001', restored: true },
    });
    expect(second.chat.state.receipt?.email).toBeUndefined();
    expect(second.chat.state.messages).toEqual([]);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(server.calls.length).toBe(calls);

    // "Start a new chat" is the visitor asking again: only then a new conversation.
    second.chat.restart();
    await settle();
    expect(server.paths().slice(calls)).toEqual(['POST /widget/session/create']);
    expect(saved(storage).session.token).toMatch(/^tok_conv_/);
    expect(saved(storage).session.token).not.toBe('tok_conv_1');
    expect(saved(storage).receipt).toBeUndefined();
  });
});

describe('visitor privacy after a quiet while', () => {
  it('drops the token and the details stored forgetAfterMinutes ago, on the next load', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage } = memoryStorage();
    const server = fakeApi();
    await chatting({ storage, server, forgetAfterMinutes: 45 });

    vi.setSystemTime(Date.now() + 44 * MINUTE);
    const soon = setup({ storage, server, forgetAfterMinutes: 45 });
    soon.chat.setOpen(true);
    await settle(10);
    expect(soon.chat.state.draft).toBe('Also, the');
    expect(soon.chat.state.messages).toHaveLength(2);

    // Restoring the chat wrote nothing: the record still dates from the last activity.
    vi.setSystemTime(Date.now() + 2 * MINUTE);
    const later = setup({ storage, server, forgetAfterMinutes: 45 });
    later.chat.setOpen(true);
    await settle(10);
    expect(later.chat.state).toMatchObject({ draft: '', messages: [], contact: {} });
    expect(server.paths().filter((p) => p.includes('session/create'))).toHaveLength(2);
    const stored = JSON.stringify(saved(storage));
    for (const text of ['tok_conv_1', 'maria@example.org', 'Maria Garcia', 'Also, the'])
      expect(stored).not.toContain(text);
  });

  it('forgets a chat left open in a tab that quiet while, when the panel is opened again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { chat, storage } = await chatting();
    chat.setOpen(false);
    vi.setSystemTime(Date.now() + 29 * MINUTE);
    chat.setOpen(true);
    expect(chat.state.messages).toHaveLength(2);
    chat.setOpen(false);

    // Opening is no activity: 31 minutes have now passed since the last message.
    vi.setSystemTime(Date.now() + 2 * MINUTE);
    chat.setOpen(true);
    expect(chat.state).toEqual(initialState('Ava', 'Hi, I am Ava.'));
    expect(storage.length).toBe(0);
  });

  it('lets the receipt expire after the same quiet while', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage } = memoryStorage();
    const server = fakeApi();
    const first = await chatting({ storage, server });
    await first.chat.escalate();
    await settle();
    expect(saved(storage)).toEqual(RECEIPT_ONLY('escalated'));

    vi.setSystemTime(Date.now() + 31 * MINUTE);
    const later = setup({ storage, server });
    later.chat.setOpen(true);
    await settle();
    expect(later.chat.state.view).toBe('chat');
    expect(later.chat.state.receipt).toBeUndefined();
  });
});

describe('forget me', () => {
  it('clears storage and memory, and stores or sends nothing until the visitor writes again', async () => {
    const { storage, map } = memoryStorage({ 'supportbridge:bot_2': '{}', 'shop:cart': '[1]' });
    const { chat, server } = await chatting({ storage });
    const calls = server.calls.length;
    chat.forget();
    expect([...map.keys()]).toEqual(['shop:cart']);
    // A fresh chat, as on a first open: no messages, draft, name, address or receipt left.
    expect(chat.state).toEqual(initialState('Ava', 'Hi, I am Ava.'));
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(server.calls.length).toBe(calls);
    expect(storage.getItem(KEY)).toBeNull();

    // Writing again is a new conversation, without the forgotten name and address.
    chat.send('Hello again');
    await settle(10);
    expect(server.paths().slice(calls)).toEqual([
      'POST /widget/session/create',
      expect.stringMatching(/^POST \/conversation\/conv_\d+\/complete$/),
    ]);
    expect(server.paths().at(-1)).not.toContain('conv_1');
    expect(JSON.stringify(saved(storage))).not.toContain('maria@example.org');
  });

  it('clears the receipt of an ended chat too', async () => {
    const { chat, storage } = await chatting();
    await chat.end();
    chat.forget();
    expect(storage.length).toBe(0);
    expect(chat.state).toEqual(initialState('Ava', 'Hi, I am Ava.'));
  });
});
