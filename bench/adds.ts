/**
 * Adds while answering: articles added to one server's collection through the real path (`ArticleLibrary.add`:
 * extraction of the page, the SQLite state database, the rebuild of that server's layer) while questions to
 * that server keep coming, as in the reload measurement. Reports how long an add takes until its quotations
 * answer (`add_*_ms`), whether they did (`add_found`), and the latency of the questions asked meanwhile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { whoSaid } from '../src/answers/who-said.js';
import { ArticleLibrary } from '../src/library/articles.js';
import { CorpusHolder } from '../src/library/holder.js';
import { silentLogger } from '../src/log.js';
import { openState } from '../src/state/open.js';
import type { ClaimStore } from '../src/store/store.js';
import { rng } from './generate.js';
import { percentile } from './queries.js';

const GUILD = 'bench-guild';

function word(r: () => number): string {
  const letters = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  let w = '';
  for (let i = 0, n = 2 + Math.floor(r() * 2); i < n; i++)
    w += letters[Math.floor(r() * letters.length)]! + vowels[Math.floor(r() * vowels.length)]!;
  return w;
}
const name = (r: () => number): string => {
  const w = word(r);
  return w[0]!.toUpperCase() + w.slice(1);
};

/** A news page with a headline, metadata and three attributed quotations: one carried from the corpus, two new. */
function page(i: number, carried: { text: string; speaker: string } | null, r: () => number): { html: string; fresh: string } {
  const fresh = Array.from({ length: 12 }, () => word(r)).join(' ');
  const other = Array.from({ length: 10 }, () => word(r)).join(' ');
  const speakers = [`${name(r)} ${name(r)}`, `${name(r)} ${name(r)}`];
  const filler = () => `${Array.from({ length: 30 }, () => word(r)).join(' ')}.`;
  const paragraphs = [
    filler(),
    `"${fresh}," ${speakers[0]} said on Monday.`,
    filler(),
    carried ? `"${carried.text}," ${carried.speaker} said, as quoted by other outlets.` : filler(),
    `${speakers[1]}, a spokesperson, said the plan "${other}".`,
    filler(),
  ];
  const html = `<!doctype html><html lang="en"><head><title>Bench story ${i} | Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><meta property="article:published_time" content="2024-06-${String((i % 28) + 1).padStart(2, '0')}">
<link rel="canonical" href="https://bench-wire.example/story-${i}"></head><body><nav>Home World Sport</nav>
<article><h1>Bench story ${i}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return { html, fresh };
}

export interface AddsReport {
  adds: number;
  add_p50_ms: number;
  add_p95_ms: number;
  add_max_ms: number;
  /** Share of adds whose new quotation the server's who-said then found. */
  add_found: number;
  adds_queries: number;
  adds_query_p50_ms: number;
  adds_query_p95_ms: number;
  adds_query_p99_ms: number;
}

/** Adds `count` articles to one server over `store` while asking `questions` of that server every 2 ms. */
export async function measureAdds(store: ClaimStore, questions: readonly string[], count: number): Promise<AddsReport> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-bench-adds-'));
  const state = await openState({ stateDir, logger: silentLogger });
  try {
    const holder = new CorpusHolder(store.corpusDir, async () => store, silentLogger);
    await holder.reload('bench');
    const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 20 * 2 ** 20 }, logger: silentLogger });
    const r = rng(11);
    const quotes = store.entries.filter((e) => e.kind === 'quote' && e.speakerId);
    const addMs: number[] = [];
    const during: number[] = [];
    let found = 0;
    let adding = true;
    const asking = (async () => {
      for (let i = 0; adding; i++) {
        const due = performance.now() + 2;
        await sleep(2);
        whoSaid(holder.view(GUILD), questions[i % questions.length]!);
        during.push(performance.now() - due); // includes any time the event loop was held by an add
      }
    })();
    for (let i = 0; i < count; i++) {
      const from = quotes[Math.floor(r() * quotes.length)];
      const carried = from ? { text: from.text, speaker: store.speakers.get(from.speakerId!)!.name } : null;
      const { html, fresh } = page(i, carried, r);
      const t = performance.now();
      const result = await library.add({
        guildId: GUILD,
        actor: { id: 'bench', name: 'bench' },
        source: { kind: 'file', name: `story-${i}.html`, bytes: Buffer.from(html), contentType: 'text/html; charset=utf-8' },
      });
      addMs.push(performance.now() - t);
      if (result.ok && whoSaid(holder.view(GUILD), fresh).verdict === 'verbatim') found++;
      await sleep(50);
    }
    adding = false;
    await asking;
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    return {
      adds: count,
      add_p50_ms: round(percentile(addMs, 50)),
      add_p95_ms: round(percentile(addMs, 95)),
      add_max_ms: round(Math.max(...addMs)),
      add_found: round(found / count),
      adds_queries: during.length,
      adds_query_p50_ms: round(percentile(during, 50)),
      adds_query_p95_ms: round(percentile(during, 95)),
      adds_query_p99_ms: round(percentile(during, 99)),
    };
  } finally {
    await state.close();
    await rm(stateDir, { recursive: true, force: true });
  }
}
