/** A per-user cooldown on heavy commands: pure, clock injected. */

export class Cooldowns {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
    /** Entries kept at most; the oldest are forgotten first. */
    private readonly maxEntries = 10_000,
  ) {}

  /** Seconds left before `userId` may run `command` again, or 0 (and the use is recorded). */
  take(userId: string, command: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${userId}:${command}`;
    const now = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous < this.seconds * 1000) {
      return Math.ceil((this.seconds * 1000 - (now - previous)) / 1000);
    }
    this.last.delete(key);
    this.last.set(key, now);
    if (this.last.size > this.maxEntries) this.last.delete(this.last.keys().next().value!);
    return 0;
  }
}
