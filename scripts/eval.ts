/**
 * `npm run eval [-- SPLIT_DIR] [scorer options]`: attribution accuracy on a PolNeAR split with the shared
 * scorer (default split: ../shared/data/polnear/dev). Says what is missing when the data is not beside the
 * project, instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from './shared-dir.js';

const shared = sharedDir();
const scorer = path.join(shared, 'tools/eval-attribution.mjs');
const args = process.argv.slice(2);
const split = args[0] && !args[0].startsWith('--') ? args.shift()! : path.join(shared, 'data/polnear/dev');

const missing = [scorer, path.join(split, 'text')].filter((p) => !existsSync(p));
if (missing.length) {
  process.stderr.write(
    `eval: cannot run, missing ${missing.join(' and ')}.\n` +
      'The scorer and the PolNeAR splits live in ../shared beside the project, or where QUOTETRAIL_SHARED_DIR says (CI has them; a plain clone does not).\n' +
      'Usage: npm run eval [-- SPLIT_DIR] [--errors N]\n',
  );
  process.exit(2);
}
const run = spawnSync(process.execPath, [scorer, split, ...args], { stdio: 'inherit', cwd: path.resolve(import.meta.dirname, '..') });
process.exit(run.status ?? 1);
