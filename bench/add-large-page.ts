/**
 * What the main thread does for a large added page after it has been read: adds generated pages (paragraphs of
 * 200 to 270 bytes, a third of them quotations, each quotation distinct and worded from the corpus's own
 * quotations, so linking them to the shared store searches it as a real page's would) through the real path
 * (`ArticleLibrary.add`, a page of 1 MB or more read on a worker thread), and prints the add's wall time, its
 * longest event-loop pause (sampled every 10 ms) and the time of each main-thread step after the read:
 * hashing and copy detection, storing the article, preparing the server's layer (extracting the quotations,
 * building the layer's store, joining its claims to the shared store's in slices), setting it, and the reply's
 * quotations (the steps one by one time the hash and the extraction on the main thread, where a page under 1 MB
 * has them; a larger one has them done on its reading thread); and, first, the add's reading alone (`readArticlePage`, which for a page of 1 MB or more also hashes
 * it and extracts its claims on the reading thread) with the longest pause it leaves the main thread (taking in
 * the thread's message). WordNet is read before, as the bot reads it at start.
 *
 *   npx tsx bench/add-large-page.ts [--corpus DIR] [--cache DIR] [--mb 1,10,21] [--runs N]
 *
 * (not part of `npm run bench`; see src/library/README.md, "Adding a large page")
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { extractClaims } from '../src/claims/extract.js';
import { commandLine, usageError } from '../src/cli/command-line.js';
import type { CorpusDocument } from '../src/corpus/types.js';
import { readPageDocument } from '../src/corpus/web/read-page.js';
import { ArticleLibrary } from '../src/library/articles.js';
import { articleDocument, bodyHash } from '../src/library/document.js';
import { CorpusHolder } from '../src/library/holder.js';
import { readArticlePage } from '../src/library/read-article.js';
import { sharedDocuments } from '../src/library/shared-index.js';
import { silentLogger } from '../src/log.js';
import { openState } from '../src/state/open.js';
import { buildParts } from '../src/store/build.js';
import { LayeredView, linkLayer } from '../src/store/layer.js';
import { openStore } from '../src/store/open.js';
import { loadSynonyms } from '../src/store/search/synonyms.js';
import { ClaimStore } from '../src/store/store.js';
import { rng } from './generate.js';

const USAGE = 'Usage: npx tsx bench/add-large-page.ts [--corpus DIR] [--cache DIR] [--mb 1,10,21] [--runs N]';
const { values } = commandLine('add-large-page', USAGE, {
  corpus: { type: 'string', default: 'seeds' },
  cache: { type: 'string' },
  mb: { type: 'string', default: '1,10,21' },
  runs: { type: 'string', default: '1' },
});
const sizes = values.mb.split(',').map(Number);
const runs = Number(values.runs);
if (!sizes.every((mb) => mb > 0) || !(Number.isInteger(runs) && runs > 0))
  usageError('add-large-page', USAGE, '--mb takes sizes in MB, --runs a whole number');

const GUILD = 'bench-guild';
const loadStarted = performance.now();
const store = await openStore(values.corpus, values.cache ? { cacheDir: values.cache } : { cacheDir: false });
// as the bot does at start: the first search would otherwise read WordNet (about a second) within the first add
loadSynonyms();
process.stdout.write(
  `corpus ${values.corpus}: ${store.stats().quotes} quotations, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s\n`,
);

/** Words of the corpus's quotations, to word the page's own (a page of words the shared store lacks would link for nothing). */
const corpusWords = store.entries
  .filter((e) => e.kind === 'quote')
  .slice(0, 20_000)
  .flatMap((e) => e.text.toLowerCase().match(/[a-z]{3,}/g) ?? []);
const words =
  corpusWords.length >= 100
    ? corpusWords
    : ['harbour', 'quay', 'dredging', 'ferry', 'berth', 'schedule', 'tides', 'board', 'crane', 'fleet'];

/** A generated page of about `mb` megabytes: paragraphs, a third of them a distinct quotation by one of 300 people (fewer
 * elements than a page may have, `MAX_PAGE_ELEMENTS`, up to about 25 MB). */
function page(mb: number): Uint8Array {
  const r = rng(mb * 1000 + 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const name = (): string => {
    const w = pick(words);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const people = Array.from({ length: 300 }, () => `${name()} ${name()}`);
  const head = `<!doctype html><html lang="en"><head><title>Harbour works | Bay Ledger</title></head><body><article><h1>Harbour works</h1>`;
  const parts = [head];
  let length = head.length;
  for (let i = 0; length < mb * 1_000_000; i++) {
    const quote = Array.from({ length: 14 + Math.floor(r() * 8) }, () => pick(words)).join(' ');
    const part =
      i % 3 === 0
        ? `<p>“${quote[0]!.toUpperCase()}${quote.slice(1)},” said ${pick(people)}, who spoke to the board on Monday.</p>\n`
        : `<p>Board members went over item ${i} of the works plan on Monday, weighing night dredging against the ferry times. The plan's cost, its noise and the fishing fleet's moorings took most of the meeting, and a vote on the whole plan was set for next month.</p>\n`;
    parts.push(part);
    length += part.length;
  }
  parts.push('</article></body></html>');
  return new TextEncoder().encode(parts.join(''));
}

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

/** Runs `work`, adding its wall time to `times` under `step` (until its promise settles, when it returns one). */
function timed<T>(times: Map<string, number>, step: string, work: () => T): T {
  const start = performance.now();
  const add = (): void => {
    times.set(step, (times.get(step) ?? 0) + performance.now() - start);
  };
  const result = work();
  if (result instanceof Promise) result.then(add, add);
  else add();
  return result;
}

/** The add by `ArticleLibrary.add`, with its longest pause and the time in the library's state and layer calls. */
async function realAdd(bytes: Uint8Array): Promise<{ ms: number; pauseMs: number; quotes: number; times: Map<string, number> }> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-bench-add-large-'));
  const state = await openState({ stateDir, logger: silentLogger });
  try {
    const holder = new CorpusHolder(store.corpusDir, async () => store, silentLogger);
    await holder.reload('bench');
    const times = new Map<string, number>();
    const setDocuments = holder.setDocuments.bind(holder);
    holder.setDocuments = (guildId, docs) => timed(times, 'layer rebuilt (setDocuments)', () => setDocuments(guildId, docs));
    const prepareDocuments = holder.prepareDocuments.bind(holder);
    holder.prepareDocuments = (guildId, docs, claims) =>
      timed(times, 'layer prepared, in slices (prepareDocuments)', () => prepareDocuments(guildId, docs, claims));
    const addArticle = state.addArticle.bind(state);
    const findDuplicate = state.findDuplicate.bind(state);
    state.findDuplicate = (...args) => timed(times, 'copy in the database (findDuplicate)', () => findDuplicate(...args));
    state.addArticle = (article) => timed(times, 'stored (addArticle)', () => addArticle(article));
    const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 20 * 2 ** 20 }, logger: silentLogger });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await sleep(20);
    const start = performance.now();
    const result = await library.add({
      guildId: GUILD,
      actor: { id: 'bench', name: 'bench' },
      source: { kind: 'file', name: 'harbour.html', bytes, contentType: 'text/html; charset=utf-8' },
    });
    const ms = performance.now() - start;
    await sleep(20);
    delay.disable();
    if (!result.ok) throw new Error(`the page was refused: ${result.message}`);
    return { ms, pauseMs: delay.max / 1e6, quotes: result.quoteCount, times };
  } finally {
    await state.close();
    await rm(stateDir, { recursive: true, force: true });
  }
}

/**
 * The same steps after the read, called one by one as `addNow`, `Collections.prepareDocuments` and
 * `Collections.setDocuments` call them (the joining in slices: its wall time, the bench's sampler turning between).
 */
async function stepTimes(doc: CorpusDocument, bytes: Uint8Array): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const hash = timed(times, 'hash (bodyHash)', () => bodyHash(doc));
  timed(times, 'copy in the folder (sharedDocuments)', () => sharedDocuments(store).byStart.size);
  const article = {
    id: 'added/harbour-works',
    text: doc.text,
    meta: { ...doc.meta, author: doc.meta.author ?? null },
    raw: bytes,
    contentType: 'text/html; charset=utf-8',
    origin: { kind: 'file' as const, value: 'harbour.html' },
    textHash: hash,
  };
  const document = timed(times, 'document of the article (articleDocument)', () => articleDocument(article));
  const claims = timed(times, 'quotations extracted (extractClaims)', () => extractClaims(document));
  const corpus = { dir: store.corpusDir, documents: [document], errors: [] };
  const layer = timed(times, "layer's store built (buildParts)", () =>
    ClaimStore.fromParts(
      buildParts(corpus, () => claims),
      corpus,
    ),
  );
  const links = new Map<string, number | null>();
  await timed(times, 'claims joined, in slices (linkLayer)', () => linkLayer(store, layer, links));
  const view = timed(times, 'view over the joined claims (LayeredView)', () => new LayeredView(store, layer, links));
  timed(times, "reply's quotations (entriesOfDocument)", () => view.entriesOfDocument(document.id).length);
  return times;
}

/** The add's reading alone (`readArticlePage`): its wall time, and the longest pause of the main thread (taking in the thread's message). */
async function threadRead(bytes: Uint8Array): Promise<{ ms: number; pauseMs: number; claimsFromThread: boolean }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  await sleep(20);
  const start = performance.now();
  const read = await readArticlePage('added/new', bytes, { contentType: 'text/html; charset=utf-8', fileName: 'harbour.html' });
  const ms = performance.now() - start;
  await sleep(20);
  delay.disable();
  if ('code' in read) throw new Error(`the page was not read: ${read.message}`);
  return { ms, pauseMs: delay.max / 1e6, claimsFromThread: read.addWork !== null };
}

for (const mb of sizes) {
  const bytes = page(mb);
  const read = await readPageDocument('added/new', bytes, { contentType: 'text/html; charset=utf-8' });
  if ('code' in read) throw new Error(`the ${mb} MB page was not read: ${read.message}`);
  const alone = await threadRead(bytes);
  process.stdout.write(
    `\n${(bytes.length / 1_000_000).toFixed(1)} MB page read alone (readArticlePage): ${seconds(alone.ms)} s, longest pause ${seconds(alone.pauseMs)} s, claims ${alone.claimsFromThread ? 'from the reading thread' : 'extracted by the add'}\n`,
  );
  for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const add = await realAdd(bytes);
    const used = process.cpuUsage(cpu);
    process.stdout.write(
      `\n${(bytes.length / 1_000_000).toFixed(1)} MB page, ${add.quotes} quotations: add ${seconds(add.ms)} s (${seconds((used.user + used.system) / 1000)} s CPU), longest pause ${seconds(add.pauseMs)} s\n`,
    );
    for (const [step, ms] of add.times) process.stdout.write(`  ${step.padEnd(52)} ${seconds(ms).padStart(7)} s\n`);
    process.stdout.write('  steps one by one:\n');
    for (const [step, ms] of await stepTimes(read, bytes)) process.stdout.write(`    ${step.padEnd(50)} ${seconds(ms).padStart(7)} s\n`);
  }
}
