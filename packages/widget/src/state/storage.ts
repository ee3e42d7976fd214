import type { ChatMessage } from './conversation.js';

/** A conversation the widget can resume after a reload. */
export interface SavedSession {
  conversationId: string;
  token: string;
  expiresAt: number;
  title: string;
  greeting: string;
  /** Set once the conversation completed, so a reload shows the receipt again. */
  receipt?: { reason: string; email?: string };
}

/** Everything kept for one bot in one browser. @example { draft: 'Hello', outbox: [] } */
export interface Saved {
  session?: SavedSession;
  contact?: { name?: string; email?: string };
  /** The composer's unsent text. */
  draft?: string;
  /** The visitor's messages not yet answered by the server, oldest first. */
  outbox?: ChatMessage[];
}

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
 * @example
 * const store = createStore(localStorage, 'bot_1');
 * store.save({ draft: 'Where is my order' });
 * store.load().draft // 'Where is my order'
 */
export function createStore(given: Storage | null | undefined, botId: string) {
  const storage = given === undefined ? localStore() : given;
  const key = `supportbridge:${botId}`;
  function load(): Saved {
    try {
      return JSON.parse(storage?.getItem(key) ?? '{}') as Saved;
    } catch {
      return {};
    }
  }
  return {
    load,
    save(patch: Partial<Saved>): void {
      try {
        storage?.setItem(key, JSON.stringify({ ...load(), ...patch }));
      } catch {
        // Quota exceeded or storage blocked: keep going in memory.
      }
    },
  };
}

/** @example const store: Store = createStore(null, 'bot_1'); */
export type Store = ReturnType<typeof createStore>;
