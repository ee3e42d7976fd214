/**
 * A sleep that can be cut short. `wake()` during a sleep ends it at once; a `wake()` that
 * arrives while nobody sleeps is remembered, so the next sleep returns immediately and a
 * kick sent while the worker was busy claiming is never lost.
 *
 * @example
 * const waker = new Waker(); setTimeout(() => waker.wake(), 10); await waker.sleep(1000); // ~10 ms
 */
export class Waker {
  #pending = false;
  #resolve: (() => void) | undefined;

  /** Resolves after `ms`, or as soon as `wake()` is called. */
  sleep(ms: number): Promise<void> {
    if (this.#pending) {
      this.#pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.#end(), ms);
      this.#resolve = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  /** Ends the current sleep, or the next one if nobody sleeps now. */
  wake(): void {
    if (this.#resolve) this.#end();
    else this.#pending = true;
  }

  #end(): void {
    const resolve = this.#resolve;
    this.#resolve = undefined;
    resolve?.();
  }
}
