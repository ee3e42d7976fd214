import { describe, expect, it } from 'vitest';
import { DEFAULT_STRINGS } from '../src/strings.js';
import { KEY, saved, setup } from './chat-setup.js';
import { fakeApi, memoryStorage, settle } from './fake-api.js';

describe('the conversation model', () => {
  it('does nothing, fetches nothing and stores nothing until the widget is opened', async () => {
    const { storage, writes } = memoryStorage();
    const { chat, server } = setup({ storage });
    chat.identify({ email: 'maria@example.org' });
    await settle();
    expect(server.calls).toEqual([]);
    expect(writes).toEqual([]);
    expect(storage.length).toBe(0);
    chat.setOpen(true);
    await settle();
    expect(server.paths()[0]).toBe('POST /widget/session/create');
  });

  it('creates a session on open and shows the bot name and greeting', async () => {
    const { chat, storage } = setup();
    chat.setOpen(true);
    await settle();
    expect(chat.state).toMatchObject({ title: 'Ava', greeting: 'Hi, I am Ava.', connecting: false });
    expect(saved(storage).session).toMatchObject({ conversationId: 'conv_1', token: 'tok_conv_1' });
  });

  it('sends a message, streams the reply and emits both messages', async () => {
    const { chat, emitted } = setup();
    chat.setOpen(true);
    await settle();
    const seen: (string | null)[] = [];
    chat.subscribe(() => seen.push(chat.state.reply));
    chat.send('  Where is my order?  ');
    await settle(10);
    expect(chat.state.messages.map((m) => [m.type, m.text, m.state])).toEqual([
      ['user', 'Where is my order?', undefined],
      ['bot', 'You said: Where is my order?', undefined],
    ]);
    expect(seen).toContain('');
    expect(seen).toContain('You ');
    expect(emitted.map(([name, data]) => [name, (data as { type: string }).type])).toEqual([
      ['message', 'user'],
      ['message', 'bot'],
    ]);
  });

  it('restores the history after a reload', async () => {
    const { storage } = memoryStorage();
    const server = fakeApi();
    const first = setup({ storage, server });
    first.chat.setOpen(true);
    await settle();
    first.chat.send('Hello');
    await settle(10);

    const second = setup({ storage, server });
    second.chat.setOpen(true);
    await settle();
    expect(second.chat.state.messages.map((m) => m.text)).toEqual(['Hello', 'You said: Hello']);
    expect(server.paths().filter((p) => p.includes('session/create'))).toHaveLength(1);
  });

  it('starts a new conversation cleanly when the saved one has expired', async () => {
    const { storage } = memoryStorage({
      [KEY]: JSON.stringify({
        session: {
          conversationId: 'conv_old',
          token: 'tok_old',
          expiresAt: Date.now() - 1000,
          title: 'A',
          greeting: 'G',
        },
        at: Date.now(),
      }),
    });
    const { chat, server } = setup({ storage });
    chat.setOpen(true);
    await settle();
    expect(server.paths()).toEqual(['POST /widget/session/create']);
    expect(chat.state.messages).toEqual([]);
    expect(saved(storage).session.conversationId).toBe('conv_1');
  });

  it('starts a new conversation when the server no longer knows the saved one', async () => {
    const { storage } = memoryStorage({
      [KEY]: JSON.stringify({
        session: {
          conversationId: 'conv_gone',
          token: 't',
          expiresAt: Date.now() + 60_000,
          title: 'A',
          greeting: 'G',
        },
        at: Date.now(),
      }),
    });
    const { chat, server } = setup({ storage });
    chat.setOpen(true);
    await settle();
    expect(server.paths()).toEqual([
      'GET /conversation/conv_gone/message/list?take=500',
      'POST /widget/session/create',
    ]);
    expect(chat.state.notice).toBeUndefined();
    expect(saved(storage).session.conversationId).toBe('conv_1');
  });

  it('keeps a message that failed to send, marks it, and retries it when back online', async () => {
    const { chat, server, storage } = setup();
    chat.setOpen(true);
    await settle();
    server.state.offline = true;
    chat.send('Is my parcel lost?');
    await settle(10);
    expect(chat.state.messages).toMatchObject([{ text: 'Is my parcel lost?', state: 'failed' }]);
    expect(chat.state.notice).toBe(DEFAULT_STRINGS.offline);
    expect(saved(storage).outbox).toMatchObject([{ text: 'Is my parcel lost?' }]);

    server.state.offline = false;
    window.dispatchEvent(new Event('online'));
    await settle(10);
    expect(chat.state.messages.map((m) => [m.text, m.state])).toEqual([
      ['Is my parcel lost?', undefined],
      ['You said: Is my parcel lost?', undefined],
    ]);
    expect(saved(storage).outbox).toEqual([]);
  });

  it('retries failed messages in order when the visitor taps retry', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.failNext('/complete', 500);
    chat.send('first');
    await settle(10);
    expect(chat.state.messages).toMatchObject([{ text: 'first', state: 'failed' }]);
    expect(chat.state.notice).toBe(DEFAULT_STRINGS.failed);
    chat.retry();
    await settle(10);
    expect(chat.state.messages.map((m) => m.text)).toEqual(['first', 'You said: first']);
  });

  it('sends earlier failed messages first when the visitor writes again', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.failNext('/complete', 502);
    chat.send('first');
    await settle(10);
    chat.send('second');
    await settle(15);
    expect(chat.state.messages.map((m) => m.text)).toEqual([
      'first',
      'You said: first',
      'second',
      'You said: second',
    ]);
  });

  it('sends unsent messages left from before a reload, after the history', async () => {
    const { storage } = memoryStorage();
    const server = fakeApi();
    const first = setup({ storage, server });
    first.chat.setOpen(true);
    await settle();
    first.chat.send('one');
    await settle(10);
    server.state.offline = true;
    first.chat.send('two');
    await settle(10);

    server.state.offline = false;
    const second = setup({ storage, server });
    second.chat.setOpen(true);
    await settle(15);
    expect(second.chat.state.messages.map((m) => m.text)).toEqual([
      'one',
      'You said: one',
      'two',
      'You said: two',
    ]);
  });

  it('carries on in a new conversation when the token is rejected mid-chat', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.failNext('/complete', 401, 'UNAUTHORIZED');
    chat.send('Hello?');
    await settle(10);
    expect(chat.state.messages.map((m) => [m.text, m.state])).toEqual([
      ['Hello?', undefined],
      ['You said: Hello?', undefined],
    ]);
    expect(server.paths().filter((p) => p.includes('session/create'))).toHaveLength(2);
  });

  it('keeps the draft across a reload', async () => {
    const { storage } = memoryStorage();
    const first = setup({ storage });
    first.chat.setOpen(true);
    first.chat.setDraft('I ordered the wrong');
    const second = setup({ storage });
    second.chat.setOpen(true);
    expect(second.chat.state.draft).toBe('I ordered the wrong');
  });

  it('sends identify() once the session exists, never creating one by itself', async () => {
    const { chat, server, emitted } = setup();
    chat.identify({ name: 'Maria Garcia', email: 'maria@example.org' });
    await settle();
    expect(server.calls).toEqual([]);
    chat.setOpen(true);
    await settle();
    expect(server.paths()).toEqual(['POST /widget/session/create', 'POST /conversation/conv_1/contact']);
    expect(server.calls[1]!.body).toEqual({ name: 'Maria Garcia', email: 'maria@example.org' });
    expect(emitted).toContainEqual(['contact', { name: 'Maria Garcia', email: 'maria@example.org' }]);
  });

  it('asks for an email before handing over when none is known', async () => {
    const { chat, server, emitted } = setup();
    chat.setOpen(true);
    await settle();
    chat.escalate();
    expect(chat.state.view).toBe('email');
    chat.setEmail('maria@gmial.com');
    await chat.submitEmail();
    expect(chat.state.email.hint).toBe('maria@gmail.com');
    expect(server.paths()).not.toContain('POST /conversation/conv_1/contact');

    chat.setEmail('maria@gmail.com');
    await chat.submitEmail();
    await settle();
    expect(server.paths().slice(-2)).toEqual([
      'POST /conversation/conv_1/contact',
      'POST /conversation/conv_1/escalate',
    ]);
    expect(chat.state.view).toBe('chat');
    expect(chat.state.receipt).toEqual({
      reason: 'escalated',
      email: 'maria@gmail.com',
      reference: 'R0001',
      forwarded: true,
    });
    expect(emitted).toContainEqual(['escalated', { conversationId: 'conv_1', email: 'maria@gmail.com' }]);
  });

  it('sends an address as typed when the visitor submits again after the suggestion', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    chat.escalate();
    chat.setEmail('jo@gmial.com');
    await chat.submitEmail();
    await chat.submitEmail();
    await settle();
    expect(server.calls.find((c) => c.path.endsWith('/contact'))?.body).toEqual({ email: 'jo@gmial.com' });
  });

  it('refuses an address that is not one', async () => {
    const { chat } = setup();
    chat.setOpen(true);
    await settle();
    chat.escalate();
    chat.setEmail('maria at example');
    await chat.submitEmail();
    expect(chat.state.email.error).toBe(DEFAULT_STRINGS.emailInvalid);
  });

  it('hands over at once with the email the visitor typed in the chat', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    chat.send('You can reach me at maria.g@example.org.');
    await settle(10);
    chat.escalate();
    await settle();
    expect(server.paths().at(-1)).toBe('POST /conversation/conv_1/escalate');
    expect(chat.state.receipt).toMatchObject({
      reason: 'escalated',
      email: 'maria.g@example.org',
      forwarded: true,
    });
  });

  it('ends the chat after confirmation and lets the visitor correct the address on the receipt', async () => {
    const { chat, server, emitted, storage } = setup();
    chat.identify({ email: 'maria@example.org' });
    chat.setOpen(true);
    await settle();
    chat.askEnd();
    expect(chat.state.view).toBe('confirm');
    await chat.end();
    expect(chat.state.receipt).toEqual({
      reason: 'ended',
      email: 'maria@example.org',
      reference: 'R0001',
      forwarded: true,
    });
    expect(emitted).toContainEqual(['ended', { conversationId: 'conv_1', reason: 'ended' }]);
    expect(saved(storage)).toEqual({
      receipt: { reason: 'ended', reference: 'R0001', forwarded: true },
      at: expect.any(Number),
    });

    chat.changeEmail();
    expect(chat.state.email.value).toBe('maria@example.org');
    chat.setEmail('maria.garcia@example.org');
    await chat.submitEmail();
    expect(server.calls.at(-1)).toMatchObject({
      path: '/conversation/conv_1/contact',
      body: { email: 'maria.garcia@example.org' },
    });
    expect(chat.state.view).toBe('chat');
    expect(chat.state.receipt?.email).toBe('maria.garcia@example.org');
  });

  it('shows the receipt when a reply ends the conversation', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.state.endNext = 'escalated';
    chat.send('I want a human');
    await settle(10);
    expect(chat.state.receipt).toMatchObject({ reason: 'escalated', reference: 'R0001', forwarded: true });
  });

  it('adds what the visitor writes after the hand-over to the request, with no bot reply', async () => {
    const { chat, server, emitted } = setup();
    chat.setOpen(true);
    await settle();
    server.state.endNext = 'escalated';
    chat.send('I want a human');
    await settle(10);
    const before = emitted.length;
    chat.send('One more thing: the box was wet.');
    await settle(10);
    expect(chat.state.messages.at(-1)).toMatchObject({
      type: 'user',
      text: 'One more thing: the box was wet.',
    });
    expect(chat.state.messages.at(-1)?.state).toBeUndefined();
    expect(chat.state.added).toBe(true);
    expect(chat.state.receipt?.reason).toBe('escalated');
    // One message event (the visitor's), no bot message.
    expect(emitted.slice(before).map(([type]) => type)).toEqual(['message']);
    expect(server.conversations.get('conv_1')?.messages.at(-1)?.text).toBe(
      'One more thing: the box was wet.',
    );
  });

  it('tells the visitor when the server completed the chat while they were away', async () => {
    const { chat, server, emitted } = setup();
    chat.identify({ email: 'maria@example.org' });
    chat.setOpen(true);
    await settle();
    chat.send('Where is my order?');
    await settle(10);
    // The idle sweep completes it on the server; the visitor comes back to the tab.
    const conv = server.conversations.get('conv_1')!;
    Object.assign(conv, { status: 'completed', endReason: 'idle', forwarded: true });
    chat.setOpen(false);
    chat.setOpen(true);
    await settle(10);
    expect(chat.state.receipt).toMatchObject({ reason: 'idle', reference: 'R0001', forwarded: true });
    expect(emitted).toContainEqual(['ended', { conversationId: 'conv_1', reason: 'idle' }]);
    // What they write now joins the same request: no second conversation.
    chat.send('Still there?');
    await settle(10);
    expect(server.paths().filter((p) => p.includes('session/create'))).toHaveLength(1);
    expect(conv.messages.at(-1)?.text).toBe('Still there?');
  });

  it('clears a notice once a send succeeds', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.state.offline = true;
    chat.send('Hello?');
    await settle(10);
    expect(chat.state.notice).toBe(DEFAULT_STRINGS.offline);
    server.state.offline = false;
    chat.retry();
    await settle(10);
    expect(chat.state.notice).toBeUndefined();
  });

  it('restarts with a new conversation and an empty log', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    chat.send('Hi');
    await settle(10);
    await chat.end();
    chat.restart();
    await settle();
    expect(chat.state).toMatchObject({ view: 'chat', messages: [], receipt: undefined });
    expect(server.paths().filter((p) => p.includes('session/create'))).toHaveLength(2);
  });

  it('counts replies that arrive while closed as unread', async () => {
    const { chat, setUnread } = setup();
    chat.setOpen(true);
    await settle();
    chat.send('Hi');
    chat.setOpen(false);
    await settle(10);
    expect(setUnread).toHaveBeenLastCalledWith(1);
    chat.setOpen(true);
    expect(setUnread).toHaveBeenLastCalledWith(0);
  });

  it('shows a human message for a rate limit', async () => {
    const { chat, server } = setup();
    chat.setOpen(true);
    await settle();
    server.failNext('/complete', 429, 'TOO_MANY_REQUESTS');
    chat.send('Hi');
    await settle(10);
    expect(chat.state.notice).toBe(DEFAULT_STRINGS.busy);
  });
});
