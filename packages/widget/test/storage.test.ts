import { describe, expect, it } from 'vitest';
import { createStore } from '../src/state/storage.js';
import { memoryStorage } from './fake-api.js';

const KEY = 'supportbridge:bot_1';
const MINUTE = 60_000;

describe('the store', () => {
  it('keeps a record written less than maxIdle ago, and stamps every write with the time', () => {
    const { storage } = memoryStorage();
    const store = createStore(storage, 'bot_1', 30 * MINUTE);
    store.save({ draft: 'Where is' });
    store.save({ contact: { email: 'maria@example.org' } });
    const at = JSON.parse(storage.getItem(KEY)!).at;
    expect(Math.abs(at - Date.now())).toBeLessThan(1000);
    expect(store.load()).toEqual({ draft: 'Where is', contact: { email: 'maria@example.org' }, at });
  });

  it('drops a record idle for longer than maxIdle when it is next loaded', () => {
    const stale = { session: { token: 'tok_old' }, contact: { email: 'maria@example.org' } };
    const { storage } = memoryStorage({
      [KEY]: JSON.stringify({ ...stale, at: Date.now() - 31 * MINUTE }),
      'supportbridge:bot_2': JSON.stringify({ draft: 'x', at: Date.now() }),
    });
    const store = createStore(storage, 'bot_1', 30 * MINUTE);
    expect(store.load()).toEqual({});
    expect(storage.getItem(KEY)).toBeNull();
    expect(storage.getItem('supportbridge:bot_2')).not.toBeNull();
    // A longer setting keeps the same record.
    storage.setItem(KEY, JSON.stringify({ ...stale, at: Date.now() - 31 * MINUTE }));
    expect(createStore(storage, 'bot_1', 60 * MINUTE).load()).toMatchObject(stale);
  });

  it('treats a record without a time, written before records carried one, as idle', () => {
    const { storage } = memoryStorage({ [KEY]: JSON.stringify({ session: { token: 'tok_old' } }) });
    expect(createStore(storage, 'bot_1', 30 * MINUTE).load()).toEqual({});
    expect(storage.length).toBe(0);
  });

  it('replaces the whole record when asked, keeping nothing of the old one', () => {
    const { storage } = memoryStorage();
    const store = createStore(storage, 'bot_1', 30 * MINUTE);
    store.save({ contact: { name: 'Maria' }, draft: 'Hi' });
    store.replace({ receipt: { reason: 'ended' } });
    expect(store.load()).toEqual({ receipt: { reason: 'ended' }, at: expect.any(Number) });
  });

  it("forgets every key the widget wrote, for any bot, and leaves the page's own keys alone", () => {
    const { storage } = memoryStorage({
      [KEY]: '{}',
      'supportbridge:bot_2': '{}',
      'shop:cart': '[1]',
    });
    createStore(storage, 'bot_1', 30 * MINUTE).forget();
    expect([...Array(storage.length)].map((_, i) => storage.key(i))).toEqual(['shop:cart']);
  });

  it('keeps working, unsaved, when the storage throws', () => {
    const broken = new Proxy({} as Storage, {
      get: () => {
        throw new Error('SecurityError');
      },
    });
    const store = createStore(broken, 'bot_1', 30 * MINUTE);
    expect(() => store.save({ draft: 'x' })).not.toThrow();
    expect(store.load()).toEqual({});
    expect(() => store.forget()).not.toThrow();
  });
});
