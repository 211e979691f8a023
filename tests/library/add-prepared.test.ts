/**
 * An add joins its page's claims to the shared store before it sets the server's documents, the bot answering
 * meanwhile: whatever happens to the server's documents or to the shared corpus in that time is kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { ArticleLibrary } from '../../src/library/articles.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { story, writtenDocument, writtenStore } from '../support/written.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-add-prepared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `<!doctype html><html><head><title>Tram line reopens | Lowland Courier</title></head>
<body><article><h1>Tram line reopens</h1>
<p>The eastern tram line reopened on Monday after four months of track repairs, the transport board said.</p>
<p>“Passengers have waited long enough, and the new rails will last thirty years,” board chair Odile Verbruggen said at the depot.</p>
<p>Services run every eight minutes at peak hours, with night trams returning from the first weekend of April.</p>
<p>Shopkeepers along the route said the closure had cost them customers all winter, and several asked the city for help.</p>
</article></body></html>`;

/** An article another process added to the same server (as the follower sets it). */
const OTHER = writtenDocument({
  file: 'added/ferry-timetable',
  outlet: 'Harbour Gazette',
  date: '2026-03-10',
  text: story('Ferry timetable', '“The night ferry will sail every hour from the first of May,” harbour pilot Lena Okafor said.'),
});

async function openLibrary(stateDir: string) {
  const state = await openState({ stateDir, logger: silentLogger });
  const store = () =>
    writtenStore([
      { file: 'quay.txt', outlet: 'Harbour Gazette', date: '2026-03-02', text: story('Fares', 'Fares rise in May, the operator said.') },
    ]);
  const holder = new CorpusHolder(stateDir, async () => store(), silentLogger);
  await holder.reload();
  const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 1_000_000 }, logger: silentLogger });
  return { state, holder, library };
}

const addPage = (library: ArticleLibrary) =>
  library.add({
    guildId: 'g',
    actor: { id: '1', name: 'mod' },
    source: { kind: 'file', name: 'tram.html', bytes: new TextEncoder().encode(PAGE), contentType: null },
  });

const said = (holder: CorpusHolder, words: string) => whoSaid(holder.view('g'), words).matches[0]?.speaker ?? null;

describe('an add whose claims are joined while the bot answers', () => {
  it('keeps a document set for the same server meanwhile, beside its own', async () => {
    const { state, holder, library } = await openLibrary(mkdtempSync(path.join(dir, 'concurrent-')));
    try {
      const prepare = holder.prepareDocuments.bind(holder);
      holder.prepareDocuments = async (guildId, docs) => {
        const preparing = prepare(guildId, docs);
        holder.setDocuments(guildId, [...holder.documentsOf(guildId), OTHER]);
        await preparing;
      };
      const result = await addPage(library);
      expect(result.ok).toBe(true);
      expect(holder.documentsOf('g').map((d) => d.id)).toEqual([OTHER.id, result.document]);
      expect(said(holder, 'the new rails will last thirty years')).toBe('Odile Verbruggen');
      expect(said(holder, 'the night ferry will sail every hour')).toBe('Lena Okafor');
    } finally {
      await state.close();
    }
  });

  it('stores the article once its claims are joined: a follower reading the state meanwhile finds nothing to apply', async () => {
    const { state, holder, library } = await openLibrary(mkdtempSync(path.join(dir, 'stored-after-')));
    try {
      const storedWhilePreparing: number[] = [];
      const prepare = holder.prepareDocuments.bind(holder);
      holder.prepareDocuments = async (guildId, docs) => {
        storedWhilePreparing.push((await state.listArticles(guildId)).length);
        await prepare(guildId, docs);
      };
      const result = await addPage(library);
      expect(result.ok).toBe(true);
      expect(storedWhilePreparing).toEqual([0]);
      expect(await state.listArticles('g')).toHaveLength(1);
    } finally {
      await state.close();
    }
  });

  it('refuses the page as a copy when another add stored it meanwhile, and serves that one', async () => {
    const { state, holder, library } = await openLibrary(mkdtempSync(path.join(dir, 'copy-')));
    try {
      const other = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 1_000_000 }, logger: silentLogger });
      const prepare = holder.prepareDocuments.bind(holder);
      let first = true;
      holder.prepareDocuments = async (guildId, docs) => {
        if (first) {
          first = false;
          expect((await addPage(other)).ok).toBe(true);
        }
        await prepare(guildId, docs);
      };
      const result = await addPage(library);
      expect(result.code).toBe('duplicate');
      expect(holder.documentsOf('g')).toHaveLength(1);
      expect(said(holder, 'the new rails will last thirty years')).toBe('Odile Verbruggen');
    } finally {
      await state.close();
    }
  });

  it('lands in the new shared corpus when a reload swaps it in meanwhile', async () => {
    const { state, holder, library } = await openLibrary(mkdtempSync(path.join(dir, 'reload-')));
    try {
      const before = holder.current;
      const prepare = holder.prepareDocuments.bind(holder);
      holder.prepareDocuments = async (guildId, docs) => {
        const reloading = holder.reload('test');
        await prepare(guildId, docs);
        await reloading;
      };
      const result = await addPage(library);
      expect(result.ok).toBe(true);
      expect(holder.current).not.toBe(before);
      expect(holder.view('g').documents.has(result.document!)).toBe(true);
      expect(said(holder, 'the new rails will last thirty years')).toBe('Odile Verbruggen');
      expect(result.quoteCount).toBe(1);
    } finally {
      await state.close();
    }
  });
});
