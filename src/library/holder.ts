/**
 * Holds the corpus answers are served from: the shared folder's claim store and every server's added
 * articles over it (`Collections`). A reload builds the new shared store aside (off the main thread where the
 * builder allows) and swaps it in with the servers' articles in one assignment, so a question is answered by
 * the old corpus or the new one, never a mix. A corpus with no loadable document is refused and the old one
 * keeps serving. Reloads asked for while one runs share its result.
 */
import path from 'node:path';
import { reloadRefused, reloadSucceeded } from '../answers/reload.js';
import type { ReloadSummary } from '../answers/types.js';
import type { Logger } from '../log.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { DocumentClaims } from '../claims/types.js';
import { Collections } from '../store/collections.js';
import type { SpeakerCorrection } from '../store/corrected.js';
import type { ClaimStore } from '../store/store.js';
import type { ClaimView } from '../store/view.js';

/** Builds a store from a corpus folder (on the main thread or in a worker). */
export type StoreBuilder = (dir: string) => Promise<ClaimStore>;

/** Told after every load or reload of the shared corpus, served or refused. */
export type ReloadListener = (summary: ReloadSummary, requestedBy: string) => void;

/** The documents with each id once, the last one given winning (two writers may both add one article). */
function uniqueById(docs: readonly CorpusDocument[]): readonly CorpusDocument[] {
  const byId = new Map<string, CorpusDocument>();
  for (const doc of docs) {
    byId.delete(doc.id);
    byId.set(doc.id, doc);
  }
  return byId.size === docs.length ? docs : [...byId.values()];
}

export class CorpusHolder {
  private collections: Collections | null = null;
  /** Servers' documents and corrections set before the first load, kept for it. */
  private pending = new Map<string, readonly CorpusDocument[]>();
  private pendingCorrections = new Map<string, readonly SpeakerCorrection[]>();
  private inFlight: Promise<ReloadSummary> | null = null;
  /** A reload to start once the running one ends (`fresh` requests). */
  private queued: Promise<ReloadSummary> | null = null;
  private readonly listeners = new Set<ReloadListener>();
  /** Per server, how many times its documents were set: a reader can tell they changed while it waited. */
  private readonly revisions = new Map<string, number>();

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

  /**
   * Replaces a server's added documents (a repeated id is kept once); returns the server's new view once
   * loaded (built at once, and swapped in one assignment).
   */
  setDocuments(guildId: string, docs: readonly CorpusDocument[]): ClaimView | null {
    const unique = uniqueById(docs);
    this.revisions.set(guildId, this.revisionOf(guildId) + 1);
    if (!this.collections) {
      this.pending.set(guildId, unique);
      return null;
    }
    return this.collections.setDocuments(guildId, unique);
  }

  /**
   * Does beforehand, in slices between which the bot keeps answering, the long part of a
   * `setDocuments(guildId, docs)` to follow (`Collections.prepareDocuments`): that call is then quick. Changes
   * nothing a question reads; a reload meanwhile ends it (the new shared store's views start afresh). `claims`:
   * those of `docs` already extracted (a large page's, on its reading thread).
   */
  async prepareDocuments(
    guildId: string,
    docs: readonly CorpusDocument[],
    claims?: ReadonlyMap<CorpusDocument, DocumentClaims>,
  ): Promise<void> {
    const collections = this.collections;
    if (!collections) return;
    await collections.prepareDocuments(guildId, uniqueById(docs), {
      stop: () => this.collections !== collections,
      ...(claims ? { claims } : {}),
    });
  }

  /** Forgets what `prepareDocuments(guildId, docs)` did when those documents will not be set (the add was refused). */
  discardPrepared(guildId: string, docs: readonly CorpusDocument[]): void {
    this.collections?.discardPrepared(guildId, docs);
  }

  /** Grows by one at every `setDocuments` of this server. */
  revisionOf(guildId: string): number {
    return this.revisions.get(guildId) ?? 0;
  }

  /** Calls `listener` after every load or reload (startup included, refused ones too); returns an unsubscribe. */
  onReload(listener: ReloadListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces a server's speaker corrections in force; returns its new view once loaded. */
  setCorrections(guildId: string, corrections: readonly SpeakerCorrection[]): ClaimView | null {
    if (!this.collections) {
      this.pendingCorrections.set(guildId, corrections);
      return null;
    }
    return this.collections.setCorrections(guildId, corrections);
  }

  private loadedCollections(): Collections {
    if (!this.collections) throw new Error('the corpus is not loaded yet');
    return this.collections;
  }

  /**
   * Loads (or reloads) the corpus; concurrent calls share one reload. With `fresh`, a reload already
   * running (which may have read the folder before the change being followed) is waited for, and then
   * the folder is read again.
   */
  reload(requestedBy = 'startup', options: { fresh?: boolean } = {}): Promise<ReloadSummary> {
    if (this.inFlight && options.fresh) {
      // one reload after the running one serves every fresh request made meanwhile
      this.queued ??= this.inFlight
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          this.queued = null;
          return this.reload(requestedBy);
        });
      return this.queued;
    }
    if (this.inFlight) {
      this.logger.info({ requestedBy }, 'reload already running: joining it');
      return this.inFlight;
    }
    this.inFlight = this.run(requestedBy)
      .then((summary) => {
        this.tell(summary, requestedBy);
        return summary;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private tell(summary: ReloadSummary, requestedBy: string): void {
    for (const listener of this.listeners) {
      try {
        listener(summary, requestedBy);
      } catch (error) {
        this.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'reload listener failed');
      }
    }
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
    for (const [guildId, list] of this.pendingCorrections) collections.setCorrections(guildId, list, true);
    this.pending.clear();
    this.pendingCorrections.clear();
    return collections;
  }
}

/**
 * The summary as a Discord server's moderators read it: the corpus folder's path on the bot's host is no
 * business of theirs, so it is named "the corpus folder" (the log, and the command line, keep the path).
 */
export function withoutFolderPath(summary: ReloadSummary, folder: string): ReloadSummary {
  const spellings = [...new Set([folder, path.resolve(folder)])].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
  const hide = (text: string): string => {
    let out = text;
    for (const s of spellings)
      out = out.split(`folder "${s}"`).join('folder').split(`"${s}"`).join('the corpus folder').split(s).join('the corpus folder');
    return out;
  };
  return {
    ...summary,
    reason: summary.reason === null ? null : hide(summary.reason),
    errors: summary.errors.map((e) => ({
      ...e,
      file: spellings.includes(e.file) ? 'corpus folder' : hide(e.file),
      message: hide(e.message),
    })),
  };
}
