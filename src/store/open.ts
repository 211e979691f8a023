/** Opens the claim store of a corpus folder: the one entry point the CLI and the bot load a corpus through. */
import { loadCorpus, type LoadOptions } from '../corpus/load.js';
import { silentLogger, type Logger } from '../log.js';
import { ClaimStore } from './store.js';

export interface OpenOptions extends LoadOptions {
  logger?: Logger;
}

/** Loads `dir` and builds its store; per-file errors are on `store.errors` (those files were skipped). */
export async function openStore(dir: string, options: OpenOptions = {}): Promise<ClaimStore> {
  const logger = options.logger ?? silentLogger;
  const started = performance.now();
  const corpus = await loadCorpus(dir, { ...options, logger });
  const store = ClaimStore.fromCorpus(corpus);
  logger.info({ dir, ...store.stats(), errors: corpus.errors.length, ms: Math.round(performance.now() - started) }, 'corpus loaded');
  return store;
}
