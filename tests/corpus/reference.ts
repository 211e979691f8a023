/**
 * The corpus layer as it was before the speed work (commit REFERENCE_COMMIT), extracted from git history
 * into a temporary folder, so tests can check that the faster code returns exactly the same documents.
 * Returns null when the history is not available (a shallow clone, an exported tree).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The last commit before the corpus speed work. */
export const REFERENCE_COMMIT = 'dbc6035609640296dd66dfd8859334605af2d41f';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

/** The folder holding the reference `src/`, extracted on first use; null without git history. */
export function referenceRoot(): string | null {
  const root = path.join(os.tmpdir(), `quotetrail-corpus-ref-${REFERENCE_COMMIT.slice(0, 12)}`);
  if (existsSync(path.join(root, 'done'))) return root;
  let files: string[];
  try {
    files = git('ls-tree', '--name-only', REFERENCE_COMMIT, 'src/corpus/')
      .split('\n')
      .filter((f) => f.endsWith('.ts'));
    files.push('src/log.ts');
    mkdirSync(path.join(root, 'src/corpus'), { recursive: true });
    for (const f of files) writeFileSync(path.join(root, f), git('show', `${REFERENCE_COMMIT}:${f}`));
  } catch {
    return null;
  }
  // The reference imports zod and pino: resolve them from this checkout.
  try {
    symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  } catch {
    // already linked (by an earlier run or a test file running alongside)
  }
  writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(path.join(root, 'done'), REFERENCE_COMMIT);
  return root;
}

/** Imports one module of the reference corpus layer (e.g. 'prepare.ts'), or null without git history. */
export async function importReference<T>(file: string): Promise<T | null> {
  const root = referenceRoot();
  return root ? ((await import(pathToFileURL(path.join(root, 'src/corpus', file)).href)) as T) : null;
}
