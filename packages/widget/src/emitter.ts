type Listener<T> = (data: T) => void;

/**
 * A tiny typed event emitter. A throwing listener is reported but never stops the
 * widget or the other listeners.
 *
 * @example
 * const events = createEmitter<{ open: undefined }>();
 * const off = events.on('open', () => console.log('opened'));
 * events.emit('open', undefined);
 * off();
 */
export function createEmitter<Events>() {
  const listeners = new Map<keyof Events, Set<Listener<never>>>();
  return {
    on<K extends keyof Events>(type: K, fn: Listener<Events[K]>): () => void {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(fn as Listener<never>);
      return () => void set.delete(fn as Listener<never>);
    },
    emit<K extends keyof Events>(type: K, data: Events[K]): void {
      for (const fn of [...(listeners.get(type) ?? [])]) {
        try {
          (fn as Listener<Events[K]>)(data);
        } catch (err) {
          // Surface the host page's bug in the console without breaking our own flow.
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    },
    clear(): void {
      listeners.clear();
    },
  };
}

/** @example const events: Emitter<WidgetEvents> = createEmitter(); */
export type Emitter<Events> = ReturnType<typeof createEmitter<Events>>;
