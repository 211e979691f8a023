/**
 * `npm run bench`: the claim store against a plain fuse.js index, at several corpus sizes, each size in its
 * own child process (so peak RSS is per size). `--json` prints `{"sizes": [...], "machine": {...}}`;
 * otherwise a table.
 *
 * Options: --sizes 10000,100000,1000000,polnear  --per-kind 100 (queries of each kind)
 *          --baseline N (fuse.js queries sampled per size; default 12 / 5 / 2 by size, 0 for none)
 *          --baseline-cap-s 180 (time cap on the baseline per size)  --reload-at 100000 (sizes that also
 *          measure answering during a worker reload; "none" for none)
 *          --adds-at 100000,1000000 --adds 20 (sizes that also measure adding articles to one server while
 *          it is asked questions, and how many; "none" for none)
 *          --polnear DIR (the PolNeAR texts for the `polnear` size; default ../shared/data/polnear/train/text)
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { ensureCorpus, readTruth } from './generate.js';
import { sharedPath } from '../scripts/shared-dir.js';
import { commandLine } from '../src/cli/command-line.js';
import { buildQueries } from './queries.js';

const USAGE = `Usage: npm run bench [-- options]

The claim store against a plain fuse.js index, at several corpus sizes, each in its own child process.

  --json                    print the report as JSON instead of a table
  --sizes LIST              sizes to run (default 10000,100000,1000000,polnear)
  --per-kind N              queries of each kind (default 100)
  --baseline N              fuse.js queries sampled per size (default 12 / 5 / 2 by size; 0 for none)
  --baseline-cap-s S        time cap on the baseline per size (default 180)
  --reload-at LIST          sizes that also measure answering during a worker reload (default 100000; "none")
  --adds-at LIST            sizes that also measure adding articles while answering (default 100000,1000000; "none")
  --adds N                  articles added at those sizes (default 20)
  --polnear DIR             the PolNeAR texts for the polnear size (default: data/polnear/train/text in the shared folder)
  --from FILE               print the table of a saved --json report instead of running
  --help                    this text
`;

const { values } = commandLine('bench', USAGE, {
  json: { type: 'boolean', default: false },
  sizes: { type: 'string', default: '10000,100000,1000000,polnear' },
  'per-kind': { type: 'string', default: '100' },
  baseline: { type: 'string' },
  'baseline-cap-s': { type: 'string', default: '180' },
  'reload-at': { type: 'string', default: '100000' },
  'adds-at': { type: 'string', default: '100000,1000000' },
  adds: { type: 'string', default: '20' },
  polnear: { type: 'string', default: sharedPath('data/polnear/train/text') },
  /** Print the table of a saved `--json` report instead of running. */
  from: { type: 'string' },
});

/** Baseline queries sampled by default: fuse.js takes ~1.3 s a query at 10k quotes and grows linearly. */
function defaultBaseline(size: string): number {
  const n = Number(size);
  return size === 'polnear' || n <= 20_000 ? 12 : n <= 200_000 ? 5 : 2;
}

const OUT = path.join(import.meta.dirname, 'out');

/** Generates (or reuses) the synthetic corpus of `size` quotations and writes its queries; child arguments. */
async function prepare(size: string): Promise<string[]> {
  if (size === 'polnear') return ['--size', 'polnear', '--dir', values.polnear!];
  const { dir, truthFile } = await ensureCorpus(OUT, Number(size));
  const truth = await readTruth(truthFile);
  const renditions = truth.placements.map((p) => ({ document: p.file, text: p.text, claim: p.claim }));
  const queries = buildQueries(renditions, (n) => truth.absent.slice(0, n), Number(values['per-kind']));
  const file = path.join(OUT, `queries-${size}-${values['per-kind']}.json`);
  await writeFile(file, JSON.stringify(queries));
  return ['--dir', dir, '--queries', file, '--truth', truthFile];
}

async function runChild(size: string): Promise<Record<string, unknown>> {
  const args = [
    ...process.execArgv,
    path.join(import.meta.dirname, 'child.ts'),
    ...(await prepare(size)),
    '--per-kind',
    values['per-kind']!,
  ];
  args.push('--baseline', values.baseline ?? String(defaultBaseline(size)), '--baseline-cap-s', values['baseline-cap-s']!);
  if (values['reload-at']!.split(',').includes(size)) args.push('--reload');
  if (values['adds-at']!.split(',').includes(size)) args.push('--adds', values.adds!);
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      try {
        if (code !== 0) throw new Error(`exit code ${code}`);
        resolve(JSON.parse(line) as Record<string, unknown>);
      } catch (err) {
        reject(new Error(`bench size ${size} failed: ${(err as Error).message}`));
      }
    });
  });
}

const fmt = (x: unknown, d = 1): string => (typeof x === 'number' ? x.toFixed(d) : x === null || x === undefined ? '-' : String(x));

function table(sizes: Record<string, unknown>[]): string {
  const head = [
    'corpus',
    'quotes',
    'load s',
    'snapshot s',
    'RSS MB',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'recall@1',
    'not_found',
    'fuse p50 ms',
    'fuse p95 ms',
    'fuse recall@1',
    'fuse n',
    'reload p99 ms',
    'add p95 ms',
    'p95 during adds ms',
  ];
  const rows = sizes.map((s) => {
    const b = (s.baseline ?? {}) as Record<string, unknown>;
    return [
      s.corpus,
      s.quotes,
      fmt(s.load_s),
      fmt(s.snapshot_load_s, 2),
      s.rss_mb,
      fmt(s.p50_ms, 2),
      fmt(s.p95_ms, 2),
      fmt(s.p99_ms, 2),
      fmt(s.recall_at_1, 3),
      fmt(s.not_found_rate, 3),
      fmt(b.p50_ms, 0),
      fmt(b.p95_ms, 0),
      fmt(b.recall_at_1, 2),
      `${b.sampled ?? 0}${b.capped ? ' (capped)' : ''}`,
      fmt(s.reload_p99_ms, 1),
      fmt(s.add_p95_ms, 0),
      fmt(s.adds_query_p95_ms, 1),
    ].map(String);
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

let machine = { nproc: os.availableParallelism(), mem_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadavg: [0] };
let sizes: Record<string, unknown>[] = [];
if (values.from) ({ sizes, machine } = JSON.parse(await readFile(values.from, 'utf8')) as { sizes: typeof sizes; machine: typeof machine });
else {
  for (const size of values
    .sizes!.split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (size === 'polnear' && !existsSync(values.polnear!)) {
      // a user's clone has no ../shared: the synthetic sizes still run
      process.stderr.write(`bench: polnear skipped: ${values.polnear} does not exist (pass --polnear DIR, the PolNeAR texts)\n`);
      continue;
    }
    if (!values.json) process.stderr.write(`bench: ${size}…\n`);
    sizes.push(await runChild(size));
  }
  machine.loadavg = os.loadavg().map((x) => Math.round(x * 10) / 10);
}
if (values.json) process.stdout.write(`${JSON.stringify({ sizes, machine })}\n`);
else {
  process.stdout.write(
    `${table(sizes)}\n\nMachine: ${machine.nproc} cores, ${machine.mem_gb} GB, Node ${machine.node}, load average at end ${machine.loadavg.join(' ')}.\n`,
  );
  process.stdout.write('Baseline: fuse.js over every quotation (ignoreLocation: true), a sample of the queries per size (fuse n).\n');
  for (const s of sizes) {
    process.stdout.write(
      `${s.corpus} ${s.quotes}: recall by kind ${JSON.stringify(s.recall_by_kind)}; extraction recovered ${fmt(s.extraction_recovered, 3)}, right speaker ${fmt(s.speaker_right, 3)}; load phases ${JSON.stringify(s.load_phases)}\n`,
    );
  }
}
