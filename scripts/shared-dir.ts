/**
 * Where the outside data lives (PolNeAR, the article pages, the scorers): `../shared` beside the project, or
 * the folder QUOTETRAIL_SHARED_DIR names. The scripts, the benchmark and the tests that read it all ask here.
 */
import path from 'node:path';

/** The project's root folder. */
const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** The shared data folder: QUOTETRAIL_SHARED_DIR when set, else `../shared` beside the project. */
export function sharedDir(): string {
  const chosen = process.env.QUOTETRAIL_SHARED_DIR?.trim();
  return chosen ? path.resolve(chosen) : path.resolve(PROJECT_ROOT, '../shared');
}

/** A path under the shared data folder, e.g. `sharedPath('data/polnear/dev')`. */
export const sharedPath = (relative: string): string => path.join(sharedDir(), relative);
