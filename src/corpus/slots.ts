/**
 * `Slots`: at most `size` tasks running at a time, the rest waiting their turn in the order they came (a
 * counting semaphore). Used to bound the worker threads reading large pages (web/read-page.ts): each takes a
 * core and hundreds of megabytes while it runs.
 *
 * @example
 * const readers = new Slots(1);
 * const doc = await readers.run(() => readOnWorker(page)); // a second call waits until the first is done
 */
export class Slots {
  readonly size: number;
  #running = 0;
  #mostRunning = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Slots needs a whole size of 1 or more, not ${size}`);
    this.size = size;
  }

  /** Tasks holding a slot now. */
  get running(): number {
    return this.#running;
  }

  /** Tasks waiting for a slot now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** The most tasks that held a slot at once since this was made (to check the bound is kept). */
  get mostRunning(): number {
    return this.#mostRunning;
  }

  /** Resolves with a function giving the slot back (once; later calls do nothing) when a slot is free. */
  take(): Promise<() => void> {
    return new Promise((resolve) => {
      const grant = (): void => {
        this.#running++;
        this.#mostRunning = Math.max(this.#mostRunning, this.#running);
        let held = true;
        resolve(() => {
          if (!held) return;
          held = false;
          this.#release();
        });
      };
      if (this.#running < this.size) grant();
      else this.#waiting.push(grant);
    });
  }

  /** `task`'s result, run once a slot is free; the slot is given back however the task ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    const release = await this.take();
    try {
      return await task();
    } finally {
      release();
    }
  }

  #release(): void {
    this.#running--;
    // the slot passes straight to the longest-waiting task, so a newcomer cannot take it first
    this.#waiting.shift()?.();
  }
}
