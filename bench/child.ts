/**
 * One benchmark size, in its own process (so peak RSS is this size's alone): load the corpus cold, ask the
 * queries through `whoSaid` (the real answer path), reload from the snapshot, optionally reload in a worker
 * while answering, then time a sample of queries on the fuse.js baseline. Prints one JSON line on stdout.
 *
 * Usage: tsx bench/child.ts --size polnear | --dir DIR --queries FILE --truth FILE  [--per-kind 100] [--baseline 12]
 *        [--baseline-cap-s 120] [--reload]
 * (run.ts generates the synthetic corpus, its truth and its queries, so they do not count in this RSS)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { whoSaid } from '../src/answers/who-said.js';
import { commandLine } from '../src/cli/command-line.js';
import { normalizedPhrase, words } from '../src/store/search/normalize.js';
import { buildParts } from '../src/store/build.js';
import { extractClaims } from '../src/claims/extract.js';
import { loadCorpus } from '../src/corpus/load.js';
import { openParts } from '../src/store/open.js';
import { corpusFingerprint, saveSnapshot } from '../src/store/persist/snapshot.js';
import { ClaimStore } from '../src/store/store.js';
import { partsToWire } from '../src/store/persist/wire.js';
import { openStoreInWorker } from '../src/store/worker/host.js';
import { measureAdds } from './adds.js';
import { readTruth, rng } from './generate.js';
import { accepted, buildQueries, percentile, type BenchQuery } from './queries.js';

const USAGE = `Usage: tsx bench/child.ts --size polnear --dir DIR | --dir DIR --queries FILE --truth FILE
         [--per-kind 100] [--baseline 12] [--baseline-cap-s 120] [--reload] [--adds N]

One benchmark size in its own process (npm run bench runs it); prints one JSON line on stdout.
`;

const { values } = commandLine('bench/child', USAGE, {
  size: { type: 'string' },
  dir: { type: 'string' },
  queries: { type: 'string' },
  truth: { type: 'string' },
  'per-kind': { type: 'string', default: '100' },
  baseline: { type: 'string', default: '12' },
  'baseline-cap-s': { type: 'string', default: '120' },
  reload: { type: 'boolean', default: false },
  /** Articles added to one server while it is asked questions (0: none). */
  adds: { type: 'string', default: '0' },
});
const perKind = Number(values['per-kind']);
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
const rssMb = (): number => round(process.resourceUsage().maxRSS / 1024, 0);
const gc = (globalThis as { gc?: () => void }).gc;
/** Memory at the end of each phase (MB; live heap after a full GC when run with --expose-gc, else as found). */
const memory: Record<string, Record<string, number>> = {};
function memoryAt(phase: string): void {
  gc?.();
  const m = process.memoryUsage();
  const mb = (x: number): number => round(x / 2 ** 20, 0);
  memory[phase] = {
    rss: mb(m.rss),
    heap_used: mb(m.heapUsed),
    external: mb(m.external),
    array_buffers: mb(m.arrayBuffers),
    peak_rss: rssMb(),
  };
}

/** True when the answer's first match carries one of the query's right renditions. */
function rightFirst(q: BenchQuery, answer: ReturnType<typeof whoSaid>): boolean {
  const top = answer.matches[0];
  return !!top && top.outlets.some((o) => accepted(q, o.document, o.text));
}

/** Absent queries for a real corpus: content words drawn from many different quotations, shuffled. */
function mixedWords(store: ClaimStore, seed: number): (n: number) => string[] {
  const r = rng(seed);
  return (n) =>
    Array.from({ length: n }, () =>
      Array.from({ length: 12 }, () => {
        const w = words(store.entries[Math.floor(r() * store.entries.length)]!.text);
        return w[Math.floor(r() * w.length)] ?? 'word';
      }).join(' '),
    );
}

/**
 * Times `sample` on the fuse.js baseline in a separate process, killed at `capMs` (a query cut off counts
 * as not answered and its time so far as a lower bound: `capped` says so).
 */
async function runBaseline(
  entries: ClaimStore['entries'],
  sample: BenchQuery[],
  capMs: number,
  tmp: string,
): Promise<Record<string, unknown>> {
  const file = path.join(tmp, 'baseline.json');
  await writeFile(file, JSON.stringify({ texts: entries.map((e) => e.text), queries: sample.map((q) => q.text) }));
  const lines: { ms?: number; refIndex?: number | null; index_ms?: number }[] = [];
  const started = performance.now();
  let lastDone = started;
  let capped = false;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'baseline.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => {
      capped = true;
      child.kill('SIGKILL');
    }, capMs);
    let buffer = '';
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        lines.push(JSON.parse(buffer.slice(0, nl)) as (typeof lines)[number]);
        buffer = buffer.slice(nl + 1);
        lastDone = performance.now();
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const answered = lines.filter((l) => l.ms !== undefined);
  const took = answered.map((l) => l.ms!);
  // a query cut off by the cap ran at least this long: it enters the percentiles as a lower bound
  if (capped && lines.length > 0) took.push(performance.now() - lastDone);
  let ok = 0;
  let asked = 0;
  answered.forEach((l, i) => {
    const q = sample[i]!;
    if (q.kind === 'absent') return;
    asked++;
    const e = l.refIndex === null || l.refIndex === undefined ? null : entries[l.refIndex]!;
    if (e && accepted(q, e.documentId, e.text)) ok++;
  });
  const absent = answered.filter((_, i) => sample[i]!.kind === 'absent');
  return {
    sampled: answered.length,
    capped,
    cap_s: capMs / 1000,
    index_s: round((lines[0]?.index_ms ?? NaN) / 1000),
    p50_ms: round(percentile(took, 50), 1),
    p95_ms: round(percentile(took, 95), 1),
    recall_at_1: asked ? round(ok / asked) : null,
    not_found_rate: absent.length ? round(absent.filter((l) => l.refIndex === null).length / absent.length) : null,
  };
}

async function main(): Promise<void> {
  const size = values.size ?? 'synthetic';
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'quotetrail-bench-'));
  const synthetic = size !== 'polnear';
  const dir = values.dir!;
  const given = synthetic ? (JSON.parse(await readFile(values.queries!, 'utf8')) as BenchQuery[]) : null;
  // cold load: what openStore does with no snapshot (read, extract, index and group; the snapshot is written after),
  // step by step so the report can say which step costs what
  let t = performance.now();
  const corpus = await loadCorpus(dir);
  const phases: Record<string, number> = { read_clean_s: (performance.now() - t) / 1000, extract_s: 0 };
  memoryAt('read_clean');
  let t2 = performance.now();
  const parts = buildParts(corpus, (d) => {
    const t3 = performance.now();
    const claims = extractClaims(d);
    phases.extract_s! += (performance.now() - t3) / 1000;
    return claims;
  });
  phases.index_group_s = (performance.now() - t2) / 1000 - phases.extract_s!;
  memoryAt('built');
  // as openStore does: the store answers once built; its snapshot (for the next start) is written after,
  // so the write is timed on its own and is not part of the load
  const store = ClaimStore.fromParts(parts, corpus);
  const loadS = (performance.now() - t) / 1000;
  t2 = performance.now();
  await saveSnapshot(cacheDir, dir, await corpusFingerprint(dir, {}), partsToWire(parts, corpus.errors));
  phases.snapshot_write_s = (performance.now() - t2) / 1000;
  const entries = store.entries;
  // PolNeAR has no ground truth: its queries come from the store's own quotations (recall@1 then compares
  // the store with the baseline on finding a known rendition), its absent ones from words of many quotations
  const queries =
    given ??
    buildQueries(
      entries.filter((e) => e.kind === 'quote').map((e) => ({ document: e.documentId, text: e.text })),
      mixedWords(store, 5),
      perKind,
    );
  const kinds = (k: string): number => queries.filter((q) => q.kind === k).length;
  const latencies: number[] = [];
  const right: Record<string, number> = { exact: 0, typo: 0, partial: 0 };
  let notFound = 0;
  whoSaid(store, queries[0]!.text); // warm-up: first-call compilation is not a query's latency
  for (const q of queries) {
    t = performance.now();
    const answer = whoSaid(store, q.text);
    latencies.push(performance.now() - t);
    if (q.kind === 'absent') notFound += answer.verdict === 'not_found' ? 1 : 0;
    else if (rightFirst(q, answer)) right[q.kind]!++;
  }
  const rss = rssMb();
  memoryAt('queried');
  // extraction: share of printed quotations found as a rendition of that document, and with the right speaker
  let recovered: number | null = null;
  let speakerRight: number | null = null;
  let quoteCount = 0;
  if (synthetic) {
    const truth = await readTruth(values.truth!);
    const byKey = new Map(entries.map((e) => [`${e.documentId}\t${normalizedPhrase(e.text)}`, e]));
    let found = 0;
    let named = 0;
    for (const p of truth.placements) {
      const e = byKey.get(`${p.file}\t${normalizedPhrase(p.text)}`);
      if (!e) continue;
      found++;
      if (e.speakerId && store.speakers.get(e.speakerId)?.name === truth.claims[p.claim]!.speaker) named++;
    }
    recovered = found / truth.placements.length;
    quoteCount = truth.placements.length;
    speakerRight = named / truth.placements.length;
  }
  // reload while answering: a rebuild in a worker (no snapshot, so the whole build runs) while queries flow
  let reload: Record<string, number> | null = null;
  if (values.reload) {
    const during: number[] = [];
    let building = true;
    t = performance.now();
    const next = openStoreInWorker(dir, { cacheDir: false }).finally(() => (building = false));
    for (let i = 0; building; i++) {
      const due = performance.now() + 2;
      await sleep(2);
      whoSaid(store, queries[i % queries.length]!.text);
      during.push(performance.now() - due); // includes any time the event loop was stalled
    }
    const fresh = await next;
    reload = {
      reload_s: round((performance.now() - t) / 1000),
      reload_queries: during.length,
      reload_p50_ms: round(percentile(during, 50)),
      reload_p99_ms: round(percentile(during, 99)),
      reload_max_ms: round(Math.max(...during)),
      reload_same_entries: Number(fresh.entries.length === entries.length),
    };
  }
  const adds =
    Number(values.adds) > 0
      ? await measureAdds(
          store,
          queries.map((q) => q.text),
          Number(values.adds),
        )
      : null;
  // warm restart: the snapshot written by the cold load
  t = performance.now();
  const warm = await openParts(dir, { cacheDir });
  const snapshotS = (performance.now() - t) / 1000;
  memoryAt('snapshot_read');
  const snapshotHit = warm.report.source === 'snapshot';
  // baseline: fuse.js over every quotation, sampled (it is linear in the corpus), with a total time cap
  // the sample takes the kinds in turn (exact, typo, partial, absent, exact, …), so a few queries cover all four
  const order: BenchQuery['kind'][] = ['exact', 'typo', 'partial', 'absent'];
  const sample = Array.from(
    { length: Number(values.baseline) },
    (_, i) => queries.filter((q) => q.kind === order[i % 4])[Math.floor(i / 4)],
  ).filter((q) => q !== undefined);
  const baseline: Record<string, unknown> = { sampled: 0 };
  if (sample.length > 0) Object.assign(baseline, await runBaseline(entries, sample, Number(values['baseline-cap-s']) * 1000, cacheDir));
  await rm(cacheDir, { recursive: true, force: true });
  const asked = kinds('exact') + kinds('typo') + kinds('partial');
  const result = {
    quotes: synthetic ? quoteCount : entries.filter((e) => e.kind === 'quote').length,
    corpus: synthetic ? 'synthetic' : 'polnear-train',
    documents: store.documents.size,
    entries: entries.length,
    load_s: round(loadS, 2),
    load_phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v, 2)])),
    snapshot_load_s: snapshotHit ? round(snapshotS, 2) : null,
    rss_mb: rss,
    memory_mb: memory,
    queries: latencies.length,
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
    recall_at_1: round((right.exact! + right.typo! + right.partial!) / asked),
    recall_by_kind: Object.fromEntries(Object.entries(right).map(([k, v]) => [k, round(v / kinds(k))])),
    not_found_rate: round(notFound / kinds('absent')),
    extraction_recovered: recovered === null ? null : round(recovered),
    speaker_right: speakerRight === null ? null : round(speakerRight),
    ...reload,
    ...adds,
    baseline,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
