import { type Mock, vi } from 'vitest';
import { createClient } from '../src/api/client.js';
import { resolveConfig } from '../src/config.js';
import { createEmitter } from '../src/emitter.js';
import { type Conversation, createConversation } from '../src/state/conversation.js';
import { createStore } from '../src/state/storage.js';
import { DEFAULT_STRINGS } from '../src/strings.js';
import type { WidgetEvents, WidgetOptions } from '../src/types.js';
import { fakeApi, memoryStorage } from './fake-api.js';

/** The storage key of the bot every model test talks to. */
export const KEY = 'supportbridge:bot_1';

/** What the model stored for `bot_1`, parsed; `{}` when nothing. */
export const saved = (storage: Storage) => JSON.parse(storage.getItem(KEY) ?? '{}');

/** A model under test and what it talks to. */
export interface ChatSetup {
  chat: Conversation;
  server: ReturnType<typeof fakeApi>;
  storage: Storage;
  /** Every event emitted, as `[name, data]`, in order. */
  emitted: [string, unknown][];
  setUnread: Mock<(n: number) => void>;
}

/**
 * A conversation model wired to the fake API and an in-memory storage, recording the
 * events it emits. Pass the same `storage` and `server` twice to simulate a reload.
 */
export function setup(
  options: { storage?: Storage; server?: ReturnType<typeof fakeApi> } & Partial<WidgetOptions> = {},
): ChatSetup {
  const { storage = memoryStorage().storage, server = fakeApi(), ...rest } = options;
  const config = resolveConfig({ botId: 'bot_1', api: server.api, fetch: server.fetch, storage, ...rest });
  const events = createEmitter<WidgetEvents>();
  const emitted: [string, unknown][] = [];
  for (const name of ['message', 'contact', 'escalated', 'ended'] as const) {
    events.on(name, (data) => emitted.push([name, data]));
  }
  const setUnread = vi.fn<(n: number) => void>();
  const chat = createConversation({
    config,
    strings: DEFAULT_STRINGS,
    api: createClient({ api: server.api, fetch: server.fetch, retryDelay: 0 }),
    store: createStore(storage, 'bot_1', config.forgetAfter),
    events,
    setUnread,
  });
  return { chat, server, storage, emitted, setUnread };
}
