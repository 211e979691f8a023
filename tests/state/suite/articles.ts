/** Articles: adds, duplicates, guild scoping, bytes, atomicity. Run on every engine by store.test.ts. */
import { expect, it } from 'vitest';
import type { Engine } from '../engines.js';
import { article, moderator } from '../fixtures.js';

/** A trigger that makes every event insert fail, in each engine's words. */
const FAILING_EVENTS = {
  sqlite: `CREATE TRIGGER refuse_events BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'events refused'); END;`,
  postgres: `CREATE FUNCTION refuse_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'events refused'; END $$;
             CREATE TRIGGER refuse_events BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_events();`,
};

export function articleTests(engine: Engine): void {
  it('stores an article and gives it back whole: text, metadata and the exact bytes', async () => {
    const store = await (await engine.fresh()).open();
    const every = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
    // a view into a larger buffer: only its own bytes may be stored
    const raw = new Uint8Array(every.buffer, 3, 300);
    const added = article('g1', { raw, contentType: null, text: 'Zoë said “ça suffit” — 🚢 twice.\n\nThen left.', canonicalUrl: null });
    const result = await store.addArticle(added);
    expect(result.ok).toBe(true);
    const { raw: _raw, text: _text, ...summary } = added;
    if (result.ok) expect(result.article).toEqual(summary);
    const stored = await store.getArticle('g1', added.id);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored!.raw).equals(Buffer.from(raw))).toBe(true);
    expect(stored!.raw.byteLength).toBe(300);
    expect({ ...stored!, raw: null }).toEqual({ ...added, raw: null });
    expect(await store.getArticle('g2', added.id)).toBeNull();
  });

  it('refuses the same canonical URL or the same text again in the guild, and stores nothing', async () => {
    const store = await (await engine.fresh()).open();
    const first = article('g1');
    expect((await store.addArticle(first)).ok).toBe(true);
    const sameUrl = article('g1', { canonicalUrl: first.canonicalUrl });
    const sameText = article('g1', { text: first.text, textHash: first.textHash });
    for (const again of [sameUrl, sameText]) {
      const result = await store.addArticle(again);
      expect(result).toMatchObject({ ok: false, duplicateOf: { id: first.id, guildId: 'g1' } });
      expect(await store.getArticle('g1', again.id)).toBeNull();
    }
    expect((await store.listArticles('g1')).map((a) => a.id)).toEqual([first.id]);
    expect((await store.eventsSince(0)).filter((e) => e.kind === 'article_added')).toHaveLength(1);
  });

  it('accepts the same URL and text in another guild, and files without a URL side by side', async () => {
    const store = await (await engine.fresh()).open();
    const first = article('g1');
    await store.addArticle(first);
    expect((await store.addArticle({ ...first, guildId: 'g2' })).ok).toBe(true);
    expect((await store.addArticle(article('g1', { canonicalUrl: null, origin: { kind: 'file', value: 'a.txt' } }))).ok).toBe(true);
    expect((await store.addArticle(article('g1', { canonicalUrl: null, origin: { kind: 'file', value: 'b.txt' } }))).ok).toBe(true);
    expect(await store.listArticles('g1')).toHaveLength(3);
    expect(await store.listArticles('g2')).toHaveLength(1);
  });

  it('lets exactly one of two stores (two processes) adding the same page at once store it', async () => {
    const database = await engine.fresh();
    const [one, two] = [await database.open(), await database.open()];
    const page = article('g1');
    const tries = Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).addArticle({ ...page, id: `${page.id}-${i}` }));
    const results = await Promise.all(tries);
    const stored = results.filter((result) => result.ok);
    expect(stored).toHaveLength(1);
    const winner = stored[0]!.ok ? stored[0]!.article.id : '';
    for (const result of results) if (!result.ok) expect(result.duplicateOf.id).toBe(winner);
    expect((await two.listArticles('g1')).map((a) => a.id)).toEqual([winner]);
  });

  it('refuses an id the guild already uses for another article, storing nothing', async () => {
    const store = await (await engine.fresh()).open();
    const first = article('g1');
    await store.addArticle(first);
    await expect(store.addArticle(article('g1', { id: first.id }))).rejects.toThrow(/already has an article with the id/);
    expect(await store.listArticles('g1')).toHaveLength(1);
    expect((await store.addArticle(article('g2', { id: first.id }))).ok).toBe(true);
  });

  it('writes the add and its audit event in one transaction: no event, no article', async () => {
    const database = await engine.fresh();
    const store = await database.open();
    await database.raw(FAILING_EVENTS[engine.name]);
    const refused = article('g1');
    await expect(store.addArticle(refused)).rejects.toThrow(/events refused/);
    expect(await store.getArticle('g1', refused.id)).toBeNull();
    expect(await store.findDuplicate('g1', refused.canonicalUrl, refused.textHash)).toBeNull();
    await expect(store.removeArticle('g1', refused.id, moderator)).resolves.toBeNull();
  });

  it('records the add as an article_added event of the guild, by the moderator who added it', async () => {
    const store = await (await engine.fresh()).open();
    const added = article('g1');
    await store.addArticle(added);
    const [event] = await store.eventsSince(0);
    expect(event).toMatchObject({ guildId: 'g1', kind: 'article_added', actorId: 'mod-1', actorName: 'Moderator One' });
    expect(event!.detail).toMatchObject({ documentId: added.id, canonicalUrl: added.canonicalUrl });
  });

  it('removes only the guild’s own article: another guild’s id gives null and removes nothing', async () => {
    const store = await (await engine.fresh()).open();
    const mine = article('g1');
    await store.addArticle(mine);
    expect(await store.removeArticle('g2', mine.id, moderator)).toBeNull();
    expect(await store.getArticle('g1', mine.id)).not.toBeNull();
    const removed = await store.removeArticle('g1', mine.id, moderator);
    expect(removed).toMatchObject({ id: mine.id, guildId: 'g1' });
    expect(await store.getArticle('g1', mine.id)).toBeNull();
    expect(await store.removeArticle('g1', mine.id, moderator)).toBeNull();
    const kinds = (await store.eventsSince(0)).map((e) => [e.kind, e.guildId, e.actorId]);
    expect(kinds).toEqual([
      ['article_added', 'g1', 'mod-1'],
      ['article_removed', 'g1', 'mod-2'],
    ]);
    // once removed, the same page may be added again
    expect((await store.addArticle({ ...mine, id: `${mine.id}-again` })).ok).toBe(true);
  });

  it('lists and loads a guild’s articles only, oldest first; without a guild, everyone’s', async () => {
    const store = await (await engine.fresh()).open();
    const a1 = article('g1');
    const b1 = article('g2');
    const a2 = article('g1');
    for (const a of [a1, b1, a2]) await store.addArticle(a);
    const listed = await store.listArticles('g1');
    expect(listed.map((a) => a.id)).toEqual([a1.id, a2.id]);
    for (const row of listed) expect(Object.keys(row)).not.toContain('raw');
    for (const row of listed) expect(Object.keys(row)).not.toContain('text');
    expect((await store.listArticles()).map((a) => a.id)).toEqual([a1.id, b1.id, a2.id]);
    const loaded = await store.loadArticles('g2');
    expect(loaded.map((a) => [a.id, a.text])).toEqual([[b1.id, b1.text]]);
    expect(Buffer.from(loaded[0]!.raw).equals(Buffer.from(b1.raw))).toBe(true);
    expect(await store.loadArticles()).toHaveLength(3);
    expect(await store.listArticles('nobody')).toEqual([]);
  });

  it('finds a duplicate by URL or text hash within the guild only', async () => {
    const store = await (await engine.fresh()).open();
    const first = article('g1');
    await store.addArticle(first);
    expect(await store.findDuplicate('g1', first.canonicalUrl, 'other')).toMatchObject({ id: first.id });
    expect(await store.findDuplicate('g1', null, first.textHash)).toMatchObject({ id: first.id });
    expect(await store.findDuplicate('g1', 'https://example.org/else', 'other')).toBeNull();
    expect(await store.findDuplicate('g2', first.canonicalUrl, first.textHash)).toBeNull();
  });

  it('stores a NUL character as U+FFFD in both engines, text and metadata alike', async () => {
    const store = await (await engine.fresh()).open();
    const base = article('g1');
    const added = article('g1', { text: 'before\0after', meta: { ...base.meta, title: 'a\0b' } });
    expect((await store.addArticle(added)).ok).toBe(true);
    const stored = await store.getArticle('g1', added.id);
    expect(stored?.text).toBe('before\uFFFDafter');
    expect(stored?.meta.title).toBe('a\uFFFDb');
  });

  it('keeps the day a page says it was changed through a reopen; an article stored without one reads without one', async () => {
    const database = await engine.fresh();
    const first = await database.open();
    const base = article('g1');
    const changed = article('g1', { meta: { ...base.meta, date: '2026-04-02', modified: '2026-04-05' } });
    const unchanged = article('g1');
    await first.addArticle(changed);
    await first.addArticle(unchanged);
    await first.close();
    const again = await database.open();
    expect((await again.getArticle('g1', changed.id))?.meta).toMatchObject({ date: '2026-04-02', modified: '2026-04-05' });
    expect((await again.listArticles('g1')).find((a) => a.id === changed.id)?.meta.modified).toBe('2026-04-05');
    expect((await again.loadArticles('g1')).find((a) => a.id === changed.id)?.meta.modified).toBe('2026-04-05');
    const old = await again.getArticle('g1', unchanged.id);
    expect(old?.meta).toEqual(unchanged.meta);
    expect(old && 'modified' in old.meta).toBe(false);
  });

  it('keeps everything after the store is closed and opened again', async () => {
    const database = await engine.fresh();
    const first = await database.open();
    const kept = article('g1');
    await first.addArticle(kept);
    await first.close();
    const again = await database.open();
    expect((await again.getArticle('g1', kept.id))?.text).toBe(kept.text);
    expect((await again.addArticle(article('g1', { canonicalUrl: kept.canonicalUrl }))).ok).toBe(false);
  });
}
