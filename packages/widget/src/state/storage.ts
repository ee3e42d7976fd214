import type { ChatMessage } from './conversation.js';

/** A conversation the widget can resume after a reload. */
export interface SavedSession {
  conversationId: string;
  token: string;
  expiresAt: number;
  title: string;
  greeting: string;
  replyTime?: string;
}

/** Everything kept for one bot in one browser. @example { draft: 'Hello', outbox: [], at: 1764234000000 } */
export interface Saved {
  session?: SavedSession;
  contact?: { name?: string; email?: string };
  /** The composer's unsent text. */
  draft?: string;
  /** The visitor's messages not yet answered by the server, oldest first. */
  outbox?: ChatMessage[];
  /**
   * All that is left once the conversation completed: how it ended and its reference, so a
   * reload shows the receipt again. No token, no address, no messages.
   */
  receipt?: { reason: string; reference?: string; forwarded?: boolean };
  /** When the record was last written (ms): the visitor's last activity. Set by every write. */
  at?: number;
}

/** Every key the widget writes starts with this; "forget me" removes them all. */
const PREFIX = 'supportbridge:';

function localStore(): Storage | null {
  // Reading the property throws in sandboxed frames and with storage blocked.
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * One JSON record per bot under `supportbridge:<botId>`; `undefined` storage means
 * localStorage. Created when the panel opens: Chromium loads an origin's localStorage
 * synchronously on first touch, a cost the page should not pay before the visitor asks.
 * Every access is guarded: storage can be full, blocked or disabled, and the chat must
 * still work, unsaved.
 *
 * A record untouched for `maxIdle` ms is dropped when it is next loaded: on a shared
 * computer, whoever opens the chat later must not find the last visitor's token, address
 * or messages.
 *
 * @example
 * const store = createStore(localStorage, 'bot_1', 30 * 60_000);
 * store.save({ draft: 'Where is my order' });
 * store.load().draft // 'Where is my order'
 */
export function createStore(given: Storage | null | undefined, botId: string, maxIdle: number) {
  const storage = given === undefined ? localStore() : given;
  const key = PREFIX + botId;
  function read(): Saved {
    try {
      return JSON.parse(storage?.getItem(key) ?? '{}') as Saved;
    } catch {
      return {};
    }
  }
  function replace(record: Saved): void {
    try {
      storage?.setItem(key, JSON.stringify({ ...record, at: Date.now() }));
    } catch {
      // Quota exceeded or storage blocked: keep going in memory.
    }
  }
  return {
    /** The saved record, or `{}` once it has been idle too long (a record without a time counts as idle). */
    load(): Saved {
      const saved = read();
      // NaN for a record without a time, written before records carried one: it counts as idle.
      if (Date.now() - saved.at! <= maxIdle) return saved;
      try {
        storage?.removeItem(key);
      } catch {}
      return {};
    },
    save: (patch: Partial<Saved>) => replace({ ...read(), ...patch }),
    /** Writes `record` in place of everything saved for this bot. */
    replace,
    /** "Forget me": removes every key the widget wrote in this storage, for any bot. */
    forget(): void {
      try {
        for (let i = storage?.length ?? 0; i--; ) {
          const k = storage!.key(i);
          if (k?.startsWith(PREFIX)) storage!.removeItem(k);
        }
      } catch {}
    },
  };
}

/** @example const store: Store = createStore(null, 'bot_1', 30 * 60_000); */
export type Store = ReturnType<typeof createStore>;
