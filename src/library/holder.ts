/**
 * Holds the corpus answers are served from: the shared folder's claim store and every server's added
 * articles over it (`Collections`). A reload builds the new shared store aside (off the main thread where the
 * builder allows) and swaps it in with the servers' articles in one assignment, so a question is answered by
 * the old corpus or the new one, never a mix. A corpus with no loadable document is refused and the old one
 * keeps serving. Reloads asked for while one runs share its result.
 */
import { reloadRefused, reloadSucceeded } from '../answers/reload.js';
import type { ReloadSummary } from '../answers/types.js';
import type { Logger } from '../log.js';
import type { CorpusDocument } from '../corpus/types.js';
import { Collections } from '../store/collections.js';
import type { ClaimStore } from '../store/store.js';
import type { ClaimView } from '../store/view.js';

/** Builds a store from a corpus folder (on the main thread or in a worker). */
export type StoreBuilder = (dir: string) => Promise<ClaimStore>;

export class CorpusHolder {
  private collections: Collections | null = null;
  /** Servers' documents set before the first load, kept for it. */
  private pending = new Map<string, readonly CorpusDocument[]>();
  private inFlight: Promise<ReloadSummary> | null = null;

  constructor(
    readonly dir: string,
    private readonly build: StoreBuilder,
    private readonly logger: Logger,
  ) {}

  /** The shared folder's store; throws before the first successful load. */
  get current(): ClaimStore {
    return this.loadedCollections().base;
  }

  get loaded(): boolean {
    return this.collections !== null;
  }

  /** What a server's questions are answered from: the shared corpus and that server's added articles. */
  view(guildId: string | null): ClaimView {
    return this.loadedCollections().view(guildId);
  }

  /** A server's added documents. */
  documentsOf(guildId: string): readonly CorpusDocument[] {
    return this.collections ? this.collections.documentsOf(guildId) : (this.pending.get(guildId) ?? []);
  }

  /** Replaces a server's added documents; returns the server's new view once loaded (built at once). */
  setDocuments(guildId: string, docs: readonly CorpusDocument[]): ClaimView | null {
    if (!this.collections) {
      this.pending.set(guildId, docs);
      return null;
    }
    return this.collections.setDocuments(guildId, docs);
  }

  private loadedCollections(): Collections {
    if (!this.collections) throw new Error('the corpus is not loaded yet');
    return this.collections;
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
    const before = this.collections?.base ?? null;
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
    // one assignment: the new shared store and every server's articles over it
    this.collections = this.collections ? this.collections.withBase(next) : this.firstCollections(next);
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

  /** Servers' views are built when first asked for: a start with many servers does not wait for them all. */
  private firstCollections(base: ClaimStore): Collections {
    const collections = new Collections(base, new Map(this.pending));
    this.pending.clear();
    return collections;
  }
}
