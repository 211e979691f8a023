/** Waiting on emulator state with a deadline, so a failing test fails fast and says what it waited for. */
import { EventEmitter } from 'node:events';

/** Signals "something changed"; waiters re-check their condition on every signal. */
export class ChangeSignal {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Many handles may wait at once (one per pending interaction); that is not a leak.
    this.#emitter.setMaxListeners(0);
  }

  /** Wake every waiter. */
  notify(): void {
    this.#emitter.emit('change');
  }

  /**
   * Resolve with the first non-undefined value `check` returns, checked now and after every change.
   * Rejects after `timeoutMs` with an error naming `what`.
   */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const onChange = (): void => {
        let value: T | undefined;
        try {
          value = check();
        } catch (error) {
          cleanup();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (value !== undefined) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Discord emulator: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.#emitter.off('change', onChange);
      };
      this.#emitter.on('change', onChange);
    });
  }
}

/** Resolve after `ms` milliseconds (0: next macrotask). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
