/**
 * The corpus follower on SQLite: two state stores on one database stand for two processes (SQLite tells a
 * store only of its own events, so the other process's reach it through the poll, as after a lost
 * notification on PostgreSQL). Each "process" has its own CorpusHolder over the seed corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { ArticleLibrary } from '../../src/library/articles.js';
import { CorrectionDesk } from '../../src/library/corrections.js';
import { CorpusFollower, newestEventId, ORIGIN_FIELD, tagEvents } from '../../src/library/follow.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import type { StateStore } from '../../src/state/types.js';
import { openStore } from '../../src/store/open.js';
import type { ClaimStore } from '../../src/store/store.js';

const SEEDS = path.resolve('seeds');
const GUILD = '200000000000000002';
const OTHER = '200000000000000007';
const ACTOR = { id: '500000000000000006', name: 'moderator' };
const SAID = 'the ferry fares will stay frozen for the whole of next year';

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** One "process": its state store (tagged with its name), its corpus, its library and its follower. */
async function processOn(stateDir: string, origin: string, options: { build?: (dir: string) => Promise<ClaimStore> } = {}) {
  const raw = await openState({ stateDir, logger: silentLogger });
  cleanups.push(() => raw.close());
  const state = tagEvents(raw, origin);
  const builds = { count: 0 };
  const build = options.build ?? ((dir: string) => openStore(dir, { logger: silentLogger, cacheDir: false }));
  const holder = new CorpusHolder(
    SEEDS,
    (dir) => {
      builds.count++;
      return build(dir);
    },
    silentLogger,
  );
  const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 1_000_000 }, logger: silentLogger });
  const desk = new CorrectionDesk(holder, state, silentLogger);
  const afterId = await newestEventId(state);
  await library.loadAll();
  await desk.loadAll();
  await holder.reload();
  const follower = new CorpusFollower({ holder, state, logger: silentLogger, origin, afterId, pollMs: 50, corrections: desk });
  follower.start();
  cleanups.push(() => follower.stop());
  return { state, holder, library, desk, follower, builds };
}

function database(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotetrail-follow-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'state');
}

const addFerries = (library: ArticleLibrary, guildId = GUILD) =>
  library.add({
    guildId,
    actor: ACTOR,
    source: {
      kind: 'file',
      name: 'fares.txt',
      bytes: new TextEncoder().encode(`Fares decided\n\nThe transport councillor Marta Quenby said "${SAID}".\n`),
      contentType: 'text/plain',
    },
  });

const speakerIn = (holder: CorpusHolder, guildId: string): string | null => {
  const result = whoSaid(holder.view(guildId), SAID, { speaker: null, outlet: null });
  return result.verdict === 'not_found' ? null : (result.matches[0]?.speaker ?? null);
};

describe('CorpusFollower', () => {
  it("applies another process's article add and remove to that server only", async () => {
    const dir = database();
    const one = await processOn(dir, 'one');
    const two = await processOn(dir, 'two');
    const added = await addFerries(one.library);
    expect(added.ok).toBe(true);
    expect(speakerIn(one.holder, GUILD)).toMatch(/Quenby/);
    await vi.waitFor(() => expect(speakerIn(two.holder, GUILD)).toMatch(/Quenby/), { timeout: 5000 });
    expect(speakerIn(two.holder, OTHER)).toBeNull();
    expect(two.holder.documentsOf(GUILD).map((d) => d.id)).toEqual([added.document]);

    await one.library.remove(GUILD, added.document!, ACTOR);
    await vi.waitFor(() => expect(speakerIn(two.holder, GUILD)).toBeNull(), { timeout: 5000 });
    expect(two.holder.documentsOf(GUILD)).toEqual([]);
  });

  it('leaves its own article events as they are (one listing, no rebuild)', async () => {
    const one = await processOn(database(), 'one');
    const added = await addFerries(one.library);
    const revision = one.holder.revisionOf(GUILD);
    await vi.waitFor(() => expect(one.follower.lastSeen).toBeGreaterThan(0));
    await one.follower.settled();
    expect(one.holder.revisionOf(GUILD)).toBe(revision);
    expect(one.holder.documentsOf(GUILD).map((d) => d.id)).toEqual([added.document]);
  });

  it("follows another process's successful reload, never its own nor a refused one", async () => {
    const dir = database();
    const one = await processOn(dir, 'one');
    const two = await processOn(dir, 'two');
    const event = await one.state.appendEvent({
      guildId: null,
      kind: 'reload',
      actorId: ACTOR.id,
      actorName: ACTOR.name,
      detail: { ok: true },
    });
    expect(event.detail[ORIGIN_FIELD]).toBe('one');
    await vi.waitFor(() => expect(two.follower.lastSeen).toBe(event.id));
    await vi.waitFor(() => expect(one.follower.lastSeen).toBe(event.id));
    await Promise.all([one.follower.settled(), two.follower.settled()]);
    expect(two.builds.count).toBe(2);
    expect(one.builds.count).toBe(1);

    const refused = await one.state.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: { ok: false } });
    await vi.waitFor(() => expect(two.follower.lastSeen).toBe(refused.id));
    await two.follower.settled();
    expect(two.builds.count).toBe(2);
  });

  it('starts after the newest event: a process starting later replays nothing', async () => {
    const dir = database();
    const one = await processOn(dir, 'one');
    await addFerries(one.library);
    await one.state.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: { ok: true } });
    const late = await processOn(dir, 'late');
    expect(late.follower.lastSeen).toBe(await newestEventId(one.state));
    expect(late.builds.count).toBe(1);
    expect(speakerIn(late.holder, GUILD)).toMatch(/Quenby/); // loaded at start, not replayed
  });

  it('reloads once more after a running reload for any number of reload events meanwhile', async () => {
    const dir = database();
    const one = await processOn(dir, 'one');
    let release: () => void = () => undefined;
    let gated = false;
    const two = await processOn(dir, 'two', {
      build: async (folder) => {
        if (gated) await new Promise<void>((resolve) => (release = resolve));
        return openStore(folder, { logger: silentLogger, cacheDir: false });
      },
    });
    gated = true;
    const running = two.holder.reload('a moderator here'); // a reload of this process, held open
    for (let i = 0; i < 3; i++) {
      await one.state.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: `mod ${i}`, detail: { ok: true } });
    }
    await vi.waitFor(() => expect(two.follower.lastSeen).toBeGreaterThanOrEqual(3));
    expect(two.builds.count).toBe(2); // the startup load and the held reload: the follower waits for it
    gated = false;
    release();
    await running;
    await two.follower.settled();
    expect(two.builds.count).toBe(3);
  });

  it('reads a server again when reading it failed, at the next round', async () => {
    const dir = database();
    const one = await processOn(dir, 'one');
    const raw = await openState({ stateDir: dir, logger: silentLogger });
    cleanups.push(() => raw.close());
    let failures = 1;
    const flaky = new Proxy(raw, {
      get(target, property) {
        if (property === 'listArticles' && failures > 0) {
          return async () => {
            failures--;
            throw new Error('connection reset');
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as StateStore;
    const holder = new CorpusHolder(SEEDS, (d) => openStore(d, { logger: silentLogger, cacheDir: false }), silentLogger);
    await holder.reload();
    const follower = new CorpusFollower({ holder, state: flaky, logger: silentLogger, origin: 'flaky', afterId: 0, pollMs: 50 });
    await addFerries(one.library);
    follower.start();
    cleanups.push(() => follower.stop());
    await vi.waitFor(() => expect(speakerIn(holder, GUILD)).toMatch(/Quenby/), { timeout: 5000 });
    expect(failures).toBe(0);
  });

  it('keeps a document given twice once (an add and the follower may both set it)', async () => {
    const one = await processOn(database(), 'one');
    const added = await addFerries(one.library);
    const doc = one.holder.documentsOf(GUILD)[0]!;
    one.holder.setDocuments(GUILD, [doc, doc]);
    expect(one.holder.documentsOf(GUILD).map((d) => d.id)).toEqual([added.document]);
    expect(speakerIn(one.holder, GUILD)).toMatch(/Quenby/);
  });
  it("applies another process's correction, and its undo, to that server only", async () => {
    const stateDir = database();
    const a = await processOn(stateDir, 'a');
    const b = await processOn(stateDir, 'b');
    const quote = 'strengthen communication at all levels';
    const speaker = (holder: CorpusHolder, guildId: string) => whoSaid(holder.view(guildId), quote).matches[0]?.speaker;
    const made = await a.desk.correct(GUILD, ACTOR, { kind: 'set_speaker', quote, speaker: 'Wei Fenghe' });
    expect(made.ok).toBe(true);
    await vi.waitFor(() => expect(speaker(b.holder, GUILD)).toBe('Wei Fenghe'), { timeout: 5000 });
    expect(speaker(b.holder, OTHER)).toBe('Li Shangfu');
    const id = Number(/#(\d+)/.exec(made.message)?.[1]);
    await a.desk.undo(GUILD, id, ACTOR);
    await vi.waitFor(() => expect(speaker(b.holder, GUILD)).toBe('Li Shangfu'), { timeout: 5000 });
  });
});

describe('newestEventId', () => {
  it('is the id of the last event appended', async () => {
    const state = await openState({ stateDir: database(), logger: silentLogger });
    cleanups.push(() => state.close());
    expect(await newestEventId(state)).toBe(0);
    let last = 0;
    for (let i = 0; i < 5; i++)
      last = (await state.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: {} })).id;
    expect(await newestEventId(state)).toBe(last);
  });
});
