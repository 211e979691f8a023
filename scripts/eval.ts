/**
 * `npm run eval [-- SPLIT_DIR] [scorer options]`: attribution accuracy on a PolNeAR split with the shared
 * scorer (default split: ../shared/data/polnear/dev). Says what is missing when the data is not beside the
 * project, instead of a stack trace; `--help` prints the usage and runs nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { commandLine, usageError } from '../src/cli/command-line.js';
import { sharedDir } from './shared-dir.js';

const USAGE = `Usage: npm run eval [-- SPLIT_DIR] [--cmd CMD] [--min-recall R] [--min-precision P] [--min-attribution A] [--errors N]

Attribution accuracy of the extractor on a PolNeAR split, with the shared scorer (tools/eval-attribution.mjs).

  SPLIT_DIR            a PolNeAR split folder holding text/ (default: data/polnear/dev in the shared folder)
  --cmd CMD            the extractor command the scorer runs (default: npm run --silent cli -- extract --json)
  --min-recall R       exit non-zero when recall is below R (also --min-precision P, --min-attribution A)
  --errors N           print the first N errors
  --help               this text

The shared folder is ../shared beside the project, or QUOTETRAIL_SHARED_DIR.
`;

/** The scorer's own options, passed on to it as given. */
const SCORER_OPTIONS = ['cmd', 'min-recall', 'min-precision', 'min-attribution', 'errors'] as const;

const { values, positionals } = commandLine(
  'eval',
  USAGE,
  {
    cmd: { type: 'string' },
    'min-recall': { type: 'string' },
    'min-precision': { type: 'string' },
    'min-attribution': { type: 'string' },
    errors: { type: 'string' },
  },
  { allowPositionals: true },
);
if (positionals.length > 1) usageError('eval', USAGE, `one split folder at most (got ${positionals.length})`);
for (const name of SCORER_OPTIONS.filter((n) => n !== 'cmd')) {
  const value = values[name];
  if (value !== undefined && !Number.isFinite(Number(value))) usageError('eval', USAGE, `--${name} takes a number (got "${value}")`);
}

const shared = sharedDir();
const scorer = path.join(shared, 'tools/eval-attribution.mjs');
const split = positionals[0] ?? path.join(shared, 'data/polnear/dev');
const forwarded = SCORER_OPTIONS.flatMap((name) => (values[name] === undefined ? [] : [`--${name}`, values[name]!]));

const missing = [scorer, path.join(split, 'text')].filter((p) => !existsSync(p));
if (missing.length) {
  process.stderr.write(
    `eval: cannot run, missing ${missing.join(' and ')}.\n` +
      'The scorer and the PolNeAR splits live in ../shared beside the project, or where QUOTETRAIL_SHARED_DIR says (CI has them; a plain clone does not).\n' +
      'Usage: npm run eval [-- SPLIT_DIR] [--errors N]\n',
  );
  process.exit(2);
}
const run = spawnSync(process.execPath, [scorer, split, ...forwarded], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
process.exit(run.status ?? 1);
