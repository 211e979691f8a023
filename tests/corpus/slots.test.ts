/**
 * Slots: at most `size` tasks run at once, the others start in the order they came, and a slot comes back
 * however a task ends (a result, a throw, a release called twice).
 */
import { describe, expect, it } from 'vitest';
import { Slots } from '../../src/corpus/slots.js';

/** A task that runs until `finish` is called, noting when it started. */
function heldTask(started: string[], name: string): { task: () => Promise<string>; finish: () => void } {
  let finish = (): void => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return {
    task: async () => {
      started.push(name);
      await done;
      return name;
    },
    finish,
  };
}

describe('Slots', () => {
  it('runs at most its size at once and starts the others first come, first served', async () => {
    const slots = new Slots(2);
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd'].map((name) => heldTask(started, name));
    const results = tasks.map((t) => slots.run(t.task));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    expect([slots.running, slots.waiting]).toEqual([2, 2]);
    tasks[1]!.finish();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    for (const t of tasks) t.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect([slots.running, slots.waiting, slots.mostRunning]).toEqual([0, 0, 2]);
  });

  it('gives the slot back when a task throws', async () => {
    const slots = new Slots(1);
    await expect(slots.run(() => Promise.reject(new Error('the page broke')))).rejects.toThrow('the page broke');
    expect(slots.running).toBe(0);
    expect(await slots.run(async () => 'next')).toBe('next');
  });

  it('counts a slot given back twice once', async () => {
    const slots = new Slots(1);
    const release = await slots.take();
    const second = slots.take();
    release();
    release();
    const releaseSecond = await second;
    expect([slots.running, slots.waiting]).toEqual([1, 0]);
    releaseSecond();
    expect(slots.running).toBe(0);
  });

  it('refuses a size below one', () => {
    expect(() => new Slots(0)).toThrow(RangeError);
  });
});
