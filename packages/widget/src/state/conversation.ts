import { EMAIL_IN_TEXT, isEmail } from '@supportbridge/shared/email';
import { type ApiClient, ApiError } from '../api/client.js';
import type { Config } from '../config.js';
import { suggestEmail } from '../email-typo.js';
import type { Emitter } from '../emitter.js';
import type { Strings } from '../strings.js';
import type { VisitorContact, WidgetEvents } from '../types.js';
import { humanError, isSessionGone } from './human-error.js';
import type { SavedSession, Store } from './storage.js';
import { visitorContext } from './visitor-context.js';

/** A message in the log. `state` is set while it has not reached the server. */
export interface ChatMessage {
  id: string;
  type: 'user' | 'bot';
  text: string;
  createdAt: number;
  state?: 'sending' | 'failed';
}

/** How the conversation completed, whether the team has it, and where they will reply. */
export interface Receipt {
  reason: string;
  email?: string;
  /** The reference in the team's email subject ("7KQ2M"), once the server said it. */
  reference?: string;
  /** The team has the conversation: what the visitor writes now is added to their request. */
  forwarded?: boolean;
  /** Read back after a reload without a usable token: nothing more can be sent to it. */
  restored?: boolean;
}

/**
 * Everything the panel renders. Components read it and call the model's methods;
 * they hold no conversation state of their own.
 */
export interface ConversationState {
  /** Restoring the history or creating the session. */
  connecting: boolean;
  title: string;
  greeting: string;
  messages: ChatMessage[];
  /** The bot reply being streamed ('' until the first token), or null. */
  reply: string | null;
  /** The message `reply` answers, so it renders right below it. */
  replyTo?: string;
  view: 'chat' | 'email' | 'confirm';
  /** Why the email form is open: to hand over, or to correct the address on the receipt. */
  emailFor: 'escalate' | 'change';
  /** The email form: what is typed, why it was refused, the likely typo fix offered. */
  email: { value: string; error?: string; hint?: string };
  receipt?: Receipt;
  contact: VisitorContact;
  /** A human sentence about the last failure. */
  notice?: string;
  /** The last message was added to the team's request (the chat is with them). */
  added?: boolean;
  /** When the team usually replies, in the bot's words. */
  replyTime?: string;
  /** A hand-over, end or contact call is in flight. */
  busy: boolean;
  draft: string;
}

/** What the model needs from the outside. */
export interface ConversationDeps {
  config: Config;
  strings: Strings;
  api: ApiClient;
  store: Store;
  events: Emitter<WidgetEvents>;
  setUnread(n: number): void;
}

/** A session this close to expiry is replaced rather than used. */
const EXPIRY_MARGIN = 5000;

/**
 * The state of a conversation before anything happened: the chat view, empty.
 *
 * @example
 * initialState('Ava', 'Hi!').view // 'chat'
 */
export function initialState(title: string, greeting: string): ConversationState {
  return {
    connecting: false,
    title,
    greeting,
    messages: [],
    reply: null,
    view: 'chat',
    emailFor: 'escalate',
    email: { value: '' },
    contact: {},
    busy: false,
    draft: '',
  };
}

const uid = () => `local_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * The conversation: session, history, sending with retries, hand-over and receipt.
 * Nothing happens until `setOpen(true)`: opening the widget is the visitor's consent
 * to talk to the API and to store the conversation in this browser.
 *
 * @example
 * const chat = createConversation({ config, api, store, events, setUnread });
 * chat.subscribe(() => render(chat.state));
 * chat.setOpen(true);
 * chat.send('Where is my order 48213?');
 */
export function createConversation({ config, strings: t, api, store, events, setUnread }: ConversationDeps) {
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  const listeners = new Set<() => void>();
  let state = initialState(config.title || t.title, config.greeting || '');
  let session: SavedSession | undefined;
  let creating: Promise<SavedSession> | undefined;
  let flushing: Promise<void> | undefined;
  let pendingContact: VisitorContact | undefined;
  let open = false;
  let started = false;
  let loaded = false;
  let unread = 0;
  /** When the state last changed: the visitor's or the server's last activity. */
  let active = 0;

  function set(patch: Partial<ConversationState>): void {
    state = { ...state, ...patch };
    active = Date.now();
    for (const fn of listeners) fn();
  }

  function saveOutbox(): void {
    store.save({ outbox: state.messages.filter((m) => m.state), draft: state.draft });
  }

  function saveSession(next: SavedSession | undefined): void {
    session = next;
    store.save({ session });
  }

  function showSession(s: SavedSession): void {
    set({
      title: config.title || s.title || t.title,
      greeting: config.greeting || s.greeting || t.greeting,
      replyTime: s.replyTime,
    });
  }

  function ensureSession(): Promise<SavedSession> {
    if (session && session.expiresAt > Date.now() + EXPIRY_MARGIN) return Promise.resolve(session);
    if (session) saveSession(undefined);
    creating ??= api
      .createSession({ botId: config.botId, language: config.lang, visitor: visitorContext() })
      .then((s) => {
        saveSession({
          conversationId: s.conversationId,
          token: s.token,
          expiresAt: s.expiresAt,
          title: s.bot.name,
          greeting: s.bot.greeting,
          replyTime: s.bot.replyTime,
        });
        showSession(session!);
        sendContact();
        return session!;
      })
      .finally(() => {
        creating = undefined;
      });
    return creating;
  }

  function knownEmail(): string | undefined {
    let found = state.contact.email;
    // Bots ask for the address in the chat; the last one the visitor typed is the freshest.
    if (!found)
      for (const m of state.messages)
        if (m.type === 'user') for (const e of m.text.match(EMAIL_IN_TEXT) ?? []) found = e;
    return found;
  }

  async function postContact(contact: VisitorContact): Promise<void> {
    await api.contact(await ensureSession(), contact);
    const merged = { ...state.contact, ...contact };
    // Once the chat completed, the address is only shown, never stored again.
    if (!state.receipt) store.save({ contact: merged });
    set({ contact: merged });
    events.emit('contact', contact);
  }

  function sendContact(): void {
    const contact = pendingContact;
    if (!contact || !session) return;
    pendingContact = undefined;
    postContact(contact).catch(() => {
      pendingContact = { ...contact, ...pendingContact };
    });
  }

  async function deliver(m: ChatMessage, again: boolean): Promise<void> {
    const s = await ensureSession();
    set({ reply: '', replyTo: m.id });
    try {
      const r = await api.complete(s, m.text, (token) => set({ reply: state.reply + token }));
      // An empty reply that ends: the chat is with the team, and the message joined their request.
      const added = !r.text && !!r.end;
      const messages: ChatMessage[] = [];
      for (const x of state.messages) {
        messages.push(x.id === m.id ? { ...x, state: undefined } : x);
        if (x.id === m.id && !added)
          messages.push({ id: r.id, type: 'bot', text: r.text, createdAt: Date.now() });
      }
      // A reply means the bot has the chat again: a receipt from before no longer holds.
      set({
        messages,
        reply: null,
        notice: undefined,
        added,
        ...(!added && !r.end && { receipt: undefined }),
      });
      saveOutbox();
      if (!added) {
        events.emit('message', { id: r.id, type: 'bot', text: r.text });
        if (!open) setUnread(++unread);
      }
      if (r.end && !state.receipt) finish(r.end.reason);
      // The reference of the team's email is not in a reply: ask where the chat stands.
      if (r.end) refresh(true);
    } catch (err) {
      set({ reply: null });
      // Expired, deleted or completed elsewhere: carry on in a new conversation, once.
      if (again && isSessionGone(err)) {
        saveSession(undefined);
        return deliver(m, false);
      }
      throw err;
    }
  }

  /** Sends every 'sending' message, one at a time and in order; on a failure, all that remain are marked failed. */
  function flush(): Promise<void> {
    flushing ??= (async () => {
      for (let m = next(); m; m = next()) {
        try {
          await deliver(m, true);
        } catch (err) {
          set({
            notice: humanError(err, t),
            messages: state.messages.map((x) => (x.state === 'sending' ? { ...x, state: 'failed' } : x)),
          });
          break;
        }
      }
    })().finally(() => {
      flushing = undefined;
    });
    return flushing;
  }
  const next = () => state.messages.find((m) => m.state === 'sending');

  function finish(reason: string, known: Partial<Receipt> = {}): void {
    const receipt: Receipt = { reason, email: knownEmail(), ...known };
    // The chat is over: keep only what the receipt needs, never the messages or the address.
    // The token stays in memory, for this page only, so the visitor can still add to the
    // request or correct the address; after a reload the next person at this computer finds
    // nothing to read or send.
    store.replace({ receipt: { reason, reference: receipt.reference, forwarded: receipt.forwarded } });
    set({ view: 'chat', receipt, busy: false });
    const conversationId = session?.conversationId ?? '';
    if (reason === 'escalated') events.emit('escalated', { conversationId, email: receipt.email });
    else events.emit('ended', { conversationId, reason });
  }

  async function complete(kind: 'escalate' | 'end'): Promise<void> {
    set({ busy: true, notice: undefined });
    let known: Partial<Receipt> = {};
    try {
      // The transcript the team receives must include what the visitor just typed.
      await flush();
      const r = await api[kind](await ensureSession());
      known = { reference: r.reference, forwarded: r.forwarded };
    } catch (err) {
      // 409: it completed already (idle timeout, another tab); the receipt is still true.
      if (!(err instanceof ApiError && err.status === 409))
        return set({ busy: false, notice: humanError(err, t) });
    }
    finish(kind === 'escalate' ? 'escalated' : 'ended', known);
  }

  /**
   * Asks the server where the chat stands — on open, when the tab is shown again, back
   * online — so a chat the server completed (idle, or the team) is told, not discovered by
   * a message that silently lands somewhere else.
   */
  async function refresh(now?: boolean): Promise<void> {
    if (!session || !loaded || (!now && (flushing || state.busy))) return;
    try {
      const r = await api.listMessages(session);
      if (r.status !== 'completed') return;
      const known = { reference: r.reference, forwarded: r.forwarded };
      if (!state.receipt) return finish(r.endReason ?? 'idle', known);
      const receipt = { ...state.receipt, ...known };
      store.replace({ receipt: { reason: receipt.reason, ...known } });
      set({ receipt });
    } catch {
      // Offline or gone: the next send says so.
    }
  }

  async function load(): Promise<void> {
    set({ connecting: true, notice: undefined });
    try {
      if (session) {
        try {
          const r = await api.listMessages(session);
          const history: ChatMessage[] = r.items;
          set({ messages: [...history, ...state.messages.filter((m) => m.state)] });
          if (r.status === 'completed') {
            const known = { reason: r.endReason ?? 'idle', reference: r.reference, forwarded: r.forwarded };
            set({ receipt: { email: knownEmail(), ...state.receipt, ...known, restored: false } });
          }
        } catch (err) {
          if (!isSessionGone(err)) throw err;
          // Expired or unknown: start a new conversation, cleanly.
          saveSession(undefined);
          set({ receipt: undefined, view: 'chat' });
        }
      }
      await ensureSession();
      loaded = true;
      set({ connecting: false });
      sendContact();
      retry();
    } catch (err) {
      set({ connecting: false, notice: humanError(err, t) });
    }
  }

  /** "Forget me": removes everything the widget stored and shows an empty chat; nothing is sent until the visitor writes. */
  function forget(): void {
    store.forget();
    session = pendingContact = undefined;
    loaded = true;
    // Replaced, not merged: no receipt, notice or reply of the forgotten chat may linger.
    state = initialState(state.title, state.greeting);
    set({});
  }

  function retry(): void {
    set({ messages: state.messages.map((m) => (m.state === 'failed' ? { ...m, state: 'sending' } : m)) });
    if (next()) flush();
  }

  function onOnline(): void {
    if (!started) return;
    if (!loaded) return void load();
    retry();
    refresh();
  }
  globalThis.addEventListener?.('online', onOnline);
  const onFocus = () => refresh();
  globalThis.addEventListener?.('focus', onFocus);
  globalThis.document?.addEventListener('visibilitychange', onVisible);

  return {
    get state(): ConversationState {
      return state;
    },
    subscribe(fn: () => void): () => void {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },

    /** Opening is the visitor's consent: the first open restores or creates the conversation. */
    setOpen(value: boolean): void {
      open = value;
      if (!value) return;
      unread = 0;
      setUnread(0);
      // A tab left open on a shared computer: whoever opens the chat next must not see this one.
      if (started && Date.now() - active > config.forgetAfter) forget();
      if (started) return void refresh();
      started = true;
      const saved = store.load();
      if (saved.receipt) {
        // Nothing to resume: show how it ended and ask the server nothing until "Start a new chat".
        loaded = true;
        set({ receipt: { ...saved.receipt, restored: true } });
        return;
      }
      const s = saved.session;
      if (s && s.expiresAt > Date.now() + EXPIRY_MARGIN) {
        session = s;
        showSession(s);
      }
      const unsent = (saved.outbox ?? []).map((m): ChatMessage => ({ ...m, state: 'failed' }));
      set({ draft: saved.draft ?? '', contact: { ...saved.contact, ...state.contact }, messages: unsent });
      load();
    },

    send(raw: string): void {
      const text = raw.trim();
      if (!text) return;
      const m: ChatMessage = { id: uid(), type: 'user', text, createdAt: Date.now(), state: 'sending' };
      // Earlier failed messages go first, so the bot reads them in the order they were typed.
      const earlier = state.messages.map((x): ChatMessage => (x.state ? { ...x, state: 'sending' } : x));
      set({ messages: [...earlier, m], draft: '', notice: undefined });
      saveOutbox();
      events.emit('message', { id: m.id, type: 'user', text });
      flush();
    },

    /** Sends the failed messages again, in order. */
    retry,

    setDraft(draft: string): void {
      set({ draft });
      store.save({ draft });
    },

    identify(contact: VisitorContact): void {
      pendingContact = { ...pendingContact, ...contact };
      set({ contact: { ...state.contact, ...contact } });
      sendContact();
    },

    /** "Talk to a human": asks for an email first when none is known. */
    escalate(): void {
      if (knownEmail()) complete('escalate');
      else set({ view: 'email', emailFor: 'escalate', email: { value: '' } });
    },

    askEnd: () => set({ view: 'confirm' }),
    end: () => complete('end'),
    changeEmail: () =>
      set({ view: 'email', emailFor: 'change', email: { value: state.receipt?.email ?? '' } }),
    back: () => set({ view: 'chat', notice: undefined }),
    setEmail: (value: string) => set({ email: { value } }),

    /** Checks the typed address; a likely typo is offered once, and a second submit sends it as typed. */
    async submitEmail(): Promise<void> {
      const email = state.email.value.trim();
      if (!isEmail(email)) return set({ email: { value: email, error: t.emailInvalid } });
      const hint = suggestEmail(email);
      if (hint && hint !== state.email.hint) return set({ email: { value: email, hint } });
      set({ busy: true, notice: undefined });
      try {
        await postContact({ email });
      } catch (err) {
        return set({ busy: false, notice: humanError(err, t) });
      }
      if (state.emailFor === 'escalate') return complete('escalate');
      set({ busy: false, view: 'chat', receipt: { reason: 'ended', ...state.receipt, email } });
    },

    /** Leaves the completed conversation and starts a new one with the same visitor. */
    restart(): void {
      session = undefined;
      store.replace({});
      if (Object.keys(state.contact).length) pendingContact = { ...state.contact, ...pendingContact };
      set({ messages: [], receipt: undefined, view: 'chat', reply: null, notice: undefined, added: false });
      loaded = false;
      load();
    },

    forget,

    destroy(): void {
      globalThis.removeEventListener?.('online', onOnline);
      globalThis.removeEventListener?.('focus', onFocus);
      globalThis.document?.removeEventListener('visibilitychange', onVisible);
      listeners.clear();
    },
  };
}

/** @example const chat: Conversation = createConversation(deps); */
export type Conversation = ReturnType<typeof createConversation>;
