/** The audit log and change feed, and cooldowns. Run on every engine by store.test.ts. */
import { expect, it, vi } from 'vitest';
import type { Engine } from '../engines.js';
import { article } from '../fixtures.js';

export function feedTests(engine: Engine): void {
  it('numbers events increasingly and returns them in order, after an id and within a limit', async () => {
    const store = await (await engine.fresh()).open();
    const appended = [];
    for (let i = 0; i < 5; i++) {
      appended.push(
        await store.appendEvent({ guildId: i % 2 ? 'g1' : 'g2', kind: 'reload', actorId: null, actorName: null, detail: { n: i } }),
      );
    }
    const ids = appended.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(5);
    expect(await store.eventsSince(0)).toEqual(appended);
    expect((await store.eventsSince(ids[1]!)).map((e) => e.id)).toEqual(ids.slice(2));
    expect((await store.eventsSince(ids[1]!, 2)).map((e) => e.detail.n)).toEqual([2, 3]);
    expect(await store.eventsSince(ids[4]!)).toEqual([]);
    expect(new Date(appended[0]!.at).toISOString()).toBe(appended[0]!.at);
  });

  it('keeps a given time, and the detail object as it was given', async () => {
    const store = await (await engine.fresh()).open();
    const detail = { documents: 3, names: ['a', 'b'], nested: { ok: true, none: null } };
    const event = await store.appendEvent({
      guildId: null,
      kind: 'reload',
      actorId: 'u',
      actorName: 'U',
      at: '2024-05-06T07:08:09.010Z',
      detail,
    });
    expect(event).toMatchObject({ guildId: null, at: '2024-05-06T07:08:09.010Z', detail });
    expect((await store.eventsSince(0))[0]).toEqual(event);
  });

  it('shows a guild its own events and the events of every server, newest first', async () => {
    const store = await (await engine.fresh()).open();
    const append = (guildId: string | null, n: number) =>
      store.appendEvent({ guildId, kind: 'reload', actorId: null, actorName: null, detail: { n } });
    await append('g1', 1);
    await append('g2', 2);
    await append(null, 3);
    await append('g1', 4);
    expect((await store.auditLog('g1')).map((e) => e.detail.n)).toEqual([4, 3, 1]);
    expect((await store.auditLog('g2')).map((e) => e.detail.n)).toEqual([3, 2]);
    expect((await store.auditLog('g1', 2)).map((e) => e.detail.n)).toEqual([4, 3]);
  });

  it('refuses an event kind the log does not know', async () => {
    const store = await (await engine.fresh()).open();
    const bad = { guildId: null, kind: 'nonsense', actorId: null, actorName: null, detail: {} } as never;
    await expect(store.appendEvent(bad)).rejects.toThrow();
    expect(await store.eventsSince(0)).toEqual([]);
  });

  it('tells listeners of each event this store appends; unsubscribing stops it; a failing listener breaks nothing', async () => {
    const store = await (await engine.fresh()).open();
    const heard: number[] = [];
    store.onEvent(() => {
      throw new Error('listener bug');
    });
    const stop = store.onEvent((id) => heard.push(id));
    const added = await store.addArticle(article('g1'));
    expect(added.ok).toBe(true);
    const event = await store.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: {} });
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    expect(heard).toEqual((await store.eventsSince(0)).map((e) => e.id));
    expect(heard.at(-1)).toBe(event.id);
    stop();
    await store.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: {} });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toHaveLength(2);
  });

  it('lets a user run a command once per window, per user and per command', async () => {
    const store = await (await engine.fresh()).open();
    const t = 1_700_000_000_000;
    expect(await store.takeCooldown('u1', 'who-said', 10, t)).toBe(0);
    expect(await store.takeCooldown('u1', 'who-said', 10, t + 1)).toBe(10);
    expect(await store.takeCooldown('u1', 'who-said', 10, t + 7_500)).toBe(3);
    expect(await store.takeCooldown('u2', 'who-said', 10, t + 1)).toBe(0);
    expect(await store.takeCooldown('u1', 'compare', 10, t + 1)).toBe(0);
    // a refused try does not extend the wait
    expect(await store.takeCooldown('u1', 'who-said', 10, t + 10_000)).toBe(0);
    expect(await store.takeCooldown('u1', 'who-said', 10, t + 10_001)).toBe(10);
  });

  it('has no cooldown when the window is zero or negative, and records nothing then', async () => {
    const store = await (await engine.fresh()).open();
    for (let i = 0; i < 3; i++) expect(await store.takeCooldown('u1', 'who-said', 0, 1000)).toBe(0);
    expect(await store.takeCooldown('u1', 'who-said', -5, 1000)).toBe(0);
    expect(await store.takeCooldown('u1', 'who-said', 5, 1000)).toBe(0);
  });

  it('gives exactly one of 20 concurrent takes the go-ahead (caller’s clock and database clock)', async () => {
    const store = await (await engine.fresh()).open();
    const t = 1_700_000_000_000;
    const given = await Promise.all(Array.from({ length: 20 }, () => store.takeCooldown('u1', 'who-said', 30, t)));
    expect(given.filter((wait) => wait === 0)).toHaveLength(1);
    expect(given.filter((wait) => wait === 30)).toHaveLength(19);
    const clocked = await Promise.all(Array.from({ length: 20 }, () => store.takeCooldown('u2', 'compare', 30)));
    expect(clocked.filter((wait) => wait === 0)).toHaveLength(1);
    for (const wait of clocked.filter((w) => w !== 0)) expect(wait).toBeGreaterThanOrEqual(29);
  });
}
