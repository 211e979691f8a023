/**
 * Data beside the project in `../shared` (PolNeAR, the article-extraction pages, the seed originals, the
 * scorers). CI has it; a user's clone does not. Every test that reads it resolves it here, from this file's
 * location (not the working directory) or QUOTETRAIL_SHARED_DIR, and skips with the reason in its name when it is absent.
 *
 * @example
 * const polnear = sharedData('data/polnear/train/text');
 * describe.skipIf(!polnear.present)(polnear.title('cleanText on PolNeAR train'), () => { … polnear.path … });
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedDir } from '../../scripts/shared-dir.js';

/** `../shared` beside the project, or QUOTETRAIL_SHARED_DIR. */
export const SHARED_ROOT = sharedDir();

export interface SharedData {
  /** Absolute path of the data. */
  path: string;
  present: boolean;
  /** The test's title, with the reason it is skipped when the data is absent. */
  title(name: string): string;
}

/** A file or folder under `../shared`, e.g. `data/polnear/dev`. */
export function sharedData(relative: string): SharedData {
  const full = path.join(SHARED_ROOT, relative);
  const present = existsSync(full);
  return {
    path: full,
    present,
    title: (name) =>
      present ? name : `${name} (skipped: ../shared/${relative} is not beside the project and QUOTETRAIL_SHARED_DIR is not set)`,
  };
}
