/**
 * What a page says of itself is kept with the article a moderator adds: the day it says it was last changed
 * goes into the state database and comes back at the next start. A page written for this test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../src/library/articles.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { story, writtenStore } from '../support/written.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-kept-meta-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `<!doctype html><html><head><title>Tram line reopens | Lowland Courier</title>
<meta property="og:site_name" content="Lowland Courier">
<meta property="article:published_time" content="2026-03-09T08:00:00Z">
<meta property="article:modified_time" content="2026-03-11T16:20:00Z">
</head><body><article><h1>Tram line reopens</h1>
<p>The eastern tram line reopened on Monday after four months of track repairs, the transport board said.</p>
<p>“Passengers have waited long enough, and the new rails will last thirty years,” board chair Odile Verbruggen said at the depot.</p>
<p>Services run every eight minutes at peak hours, with night trams returning from the first weekend of April.</p>
<p>Shopkeepers along the route said the closure had cost them customers all winter, and several asked the city for help with their losses.</p>
<p>The board said a second phase of repairs, on the western branch, would start in the autumn and take about six weeks to finish.</p>
</article></body></html>`;

/** A library over a one-article folder corpus, its state in `dir`. */
async function openLibrary() {
  const state = await openState({ stateDir: dir, logger: silentLogger });
  const store = writtenStore([
    {
      file: 'quay.txt',
      outlet: 'Harbour Gazette',
      date: '2026-03-02',
      text: story('Ferry fares rise', 'Fares rise in May, the operator said.'),
    },
  ]);
  const holder = new CorpusHolder(dir, async () => store, silentLogger);
  await holder.reload();
  const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 1_000_000 }, logger: silentLogger });
  return { state, holder, library };
}

describe('an added page that says when it was last changed', () => {
  it('keeps that day through the state database and a restart', async () => {
    const first = await openLibrary();
    try {
      const added = await first.library.add({
        guildId: 'g',
        actor: { id: '1', name: 'mod' },
        source: { kind: 'file', name: 'tram.html', bytes: new TextEncoder().encode(PAGE), contentType: null },
      });
      expect(added.ok).toBe(true);
      expect(first.holder.documentsOf('g')[0]?.meta).toMatchObject({ date: '2026-03-09', modified: '2026-03-11' });
    } finally {
      await first.state.close();
    }
    const again = await openLibrary();
    try {
      expect(await again.library.loadAll()).toBe(1);
      expect(again.holder.documentsOf('g')[0]?.meta).toMatchObject({ date: '2026-03-09', modified: '2026-03-11' });
    } finally {
      await again.state.close();
    }
  });
});
