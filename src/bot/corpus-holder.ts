/**
 * Holds the claim store that answers are served from, and replaces it on reload without a gap: the new
 * store is built aside (off the main thread where the builder allows) and swapped in one assignment, so a
 * question is answered by the old corpus or the new one, never a mix. A corpus with no loadable document is
 * refused and the old one keeps serving. Reloads asked for while one runs share its result.
 */
import { reloadRefused, reloadSucceeded } from '../answers/reload.js';
import type { ReloadSummary } from '../answers/types.js';
import type { Logger } from '../log.js';
import type { ClaimStore } from '../store/store.js';

/** Builds a store from a corpus folder (on the main thread or in a worker). */
export type StoreBuilder = (dir: string) => Promise<ClaimStore>;

export class CorpusHolder {
  private store: ClaimStore | null = null;
  private inFlight: Promise<ReloadSummary> | null = null;

  constructor(
    readonly dir: string,
    private readonly build: StoreBuilder,
    private readonly logger: Logger,
  ) {}

  /** The store answers come from; throws before the first successful load. */
  get current(): ClaimStore {
    if (!this.store) throw new Error('the corpus is not loaded yet');
    return this.store;
  }

  get loaded(): boolean {
    return this.store !== null;
  }

  /** Loads (or reloads) the corpus; concurrent calls share one reload. */
  reload(requestedBy = 'startup'): Promise<ReloadSummary> {
    if (this.inFlight) {
      this.logger.info({ requestedBy }, 'reload already running: joining it');
      return this.inFlight;
    }
    this.inFlight = this.run(requestedBy).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async run(requestedBy: string): Promise<ReloadSummary> {
    const started = performance.now();
    const before = this.store;
    let next: ClaimStore;
    try {
      next = await this.build(this.dir);
    } catch (error) {
      const reason = `The corpus could not be read: ${error instanceof Error ? error.message : String(error)}`;
      this.logger.error({ requestedBy, reason }, 'reload refused');
      return reloadRefused(before, reason, [], performance.now() - started);
    }
    // every per-file error goes to the log: the reply can only name the first few dozen
    for (const e of next.errors) this.logger.warn({ requestedBy, file: e.file, code: e.code }, e.message);
    if (next.documents.size === 0) {
      const reason = 'No document in the corpus folder could be loaded, so the current corpus keeps serving.';
      this.logger.warn({ requestedBy, errors: next.errors.length }, 'reload refused: empty corpus');
      return reloadRefused(before, reason, next.errors, performance.now() - started);
    }
    this.store = next;
    const summary = reloadSucceeded(before, next, performance.now() - started);
    this.logger.info(
      {
        requestedBy,
        documents: summary.documents.after,
        quotes: summary.quotes.after,
        errors: summary.errors.length,
        ms: summary.durationMs,
      },
      'corpus reloaded',
    );
    return summary;
  }
}
