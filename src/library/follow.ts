/**
 * Keeps this process's corpus in step with the other processes sharing the state database. Every change
 * to a corpus is an event in the audit log (`reload`, `article_added`, `article_removed`). The follower
 * reads the events after the last one it applied — when the store says one was appended (PostgreSQL
 * LISTEN/NOTIFY reaches every process), and every `pollMs` as a safety net for a lost notification — and:
 *
 * - a successful reload made by another process → reloads this process's folder corpus (built aside and
 *   swapped in one assignment by `CorpusHolder`, so no answer ever reads a mix of two versions);
 * - an article added or removed in server G (by any process, this one included) → reads G's articles from
 *   the state and, when they differ from what this process serves, swaps G's documents in one assignment;
 * - a correction made or undone in server G → reads G's corrections in force again.
 *
 * Article events are applied by comparing with the state rather than skipped by origin: that is
 * idempotent, so an event this process made costs one listing, and an add that raced with the follower
 * is read again. Reloads are expensive, so this process's own are recognised by the `process` field
 * `tagEvents` writes into their detail.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { CorpusDocument } from '../corpus/types.js';
import type { Logger } from '../log.js';
import type { ArticleSummary, AuditEvent, StateStore } from '../state/types.js';
import { articleDocument } from './document.js';
import type { CorpusHolder } from './holder.js';

/** The detail field naming the process that appended an event (written by `tagEvents`). */
export const ORIGIN_FIELD = 'process';
const DEFAULT_POLL_MS = 30_000;
const DEFAULT_BATCH = 500;
/** Times a server's articles are read again when this process changed them during the read. */
const GUILD_ATTEMPTS = 3;

/** A name for this process in the events it writes: host, pid and a random part (pids repeat after restarts). */
export function processOrigin(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * The state store, with `origin` in the detail of every event appended through `appendEvent` (a reload's),
 * so this process's follower can tell its own reloads. Every other method is the store's own.
 */
export function tagEvents(state: StateStore, origin: string): StateStore {
  const appendEvent: StateStore['appendEvent'] = (event) =>
    state.appendEvent({ ...event, detail: { ...event.detail, [ORIGIN_FIELD]: origin } });
  return new Proxy(state, {
    get(target, property) {
      if (property === 'appendEvent') return appendEvent;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The id of the newest event in the log (0 when it is empty). */
export function newestEventId(state: StateStore): Promise<number> {
  return state.latestEventId();
}

export interface FollowerOptions {
  holder: CorpusHolder;
  state: StateStore;
  logger: Logger;
  /** This process's name, as `tagEvents` writes it: reloads carrying it are not followed. */
  origin: string;
  /** The last event already reflected in the corpus (read with `newestEventId` before loading it). */
  afterId: number;
  /** Safety-net poll (default 30 s). */
  pollMs?: number;
  /** Events read at a time (default 500). */
  batch?: number;
  /** Reads a server's corrections again (after a `correction` or `correction_undone` event). */
  corrections?: { refresh(guildId: string): Promise<void> };
}

const sameDocuments = (listed: readonly ArticleSummary[], served: readonly CorpusDocument[]): boolean =>
  listed.length === served.length && listed.every((a, i) => a.id === served[i]!.id && a.textHash === served[i]!.contentHash);

/** Follows the change feed for one process (see the module comment). */
export class CorpusFollower {
  #lastSeen: number;
  #stopped = false;
  #draining: Promise<void> | null = null;
  #again = false;
  readonly #reloads = new Set<Promise<void>>();
  /** Servers whose articles could not be read: read again at every round until they are. */
  readonly #stale = new Set<string>();
  #timer: NodeJS.Timeout | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(private readonly options: FollowerOptions) {
    this.#lastSeen = options.afterId;
  }

  /** The last event applied. */
  get lastSeen(): number {
    return this.#lastSeen;
  }

  /** Listens for events, starts the poll, and catches up on events appended since `afterId`. */
  start(): void {
    this.#unsubscribe = this.options.state.onEvent((eventId) => {
      if (eventId > this.#lastSeen || this.#stale.size > 0) this.poke();
    });
    this.#timer = setInterval(() => this.poke(), this.options.pollMs ?? DEFAULT_POLL_MS);
    this.#timer.unref();
    this.poke();
  }

  /** Reads and applies whatever was appended since the last event applied (one round at a time). */
  poke(): void {
    if (this.#stopped) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.drain().finally(() => {
      this.#draining = null;
    });
  }

  /** Resolves once the events read so far are applied, reloads included (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.#draining || this.#reloads.size > 0) await Promise.allSettled([this.#draining, ...this.#reloads]);
  }

  /** Stops listening and polling; waits for the round in progress (a reload running on a worker is left to end). */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#unsubscribe?.();
    if (this.#timer) clearInterval(this.#timer);
    await this.#draining;
  }

  private async drain(): Promise<void> {
    const batch = this.options.batch ?? DEFAULT_BATCH;
    do {
      this.#again = false;
      try {
        for (const guildId of [...this.#stale]) await this.refreshGuild(guildId);
        for (;;) {
          const events = await this.options.state.eventsSince(this.#lastSeen, batch);
          if (events.length === 0 || this.#stopped) break;
          await this.apply(events);
          this.#lastSeen = events.at(-1)!.id;
          if (events.length < batch) break;
        }
      } catch (error) {
        // the log could not be read: the next notification or poll reads from the same event again
        this.options.logger.warn({ err: message(error), lastSeen: this.#lastSeen }, 'could not read the change feed: retrying later');
        return;
      }
    } while (this.#again && !this.#stopped);
  }

  private async apply(events: readonly AuditEvent[]): Promise<void> {
    const guilds = new Set<string>();
    const corrected = new Set<string>();
    let reload: AuditEvent | null = null;
    for (const event of events) {
      if (event.kind === 'reload') {
        if (event.detail[ORIGIN_FIELD] !== this.options.origin && event.detail.ok !== false) reload = event;
      } else if ((event.kind === 'article_added' || event.kind === 'article_removed') && event.guildId) {
        guilds.add(event.guildId);
      } else if ((event.kind === 'correction' || event.kind === 'correction_undone') && event.guildId) {
        corrected.add(event.guildId);
      }
    }
    if (reload) this.requestReload(reload);
    for (const guildId of guilds) await this.refreshGuild(guildId);
    // corrections are read again from the state, which is idempotent: this process's own cost one read
    for (const guildId of corrected) await this.options.corrections?.refresh(guildId);
  }

  /**
   * Reloads the folder corpus: at once, or after a reload already running (it may have read the folder
   * before this change); one waiting reload serves every event that comes before it starts.
   */
  private requestReload(event: AuditEvent): void {
    const from = typeof event.detail[ORIGIN_FIELD] === 'string' ? event.detail[ORIGIN_FIELD] : 'another process';
    const requestedBy = `event ${event.id}: reload by ${event.actorName ?? 'unknown'} on ${from}`;
    this.options.logger.info({ requestedBy }, 'following a reload made by another process');
    // a refused reload keeps the current corpus and is logged by the holder
    const reload = this.options.holder.reload(requestedBy, { fresh: true }).then(
      () => undefined,
      (error: unknown) => this.options.logger.error({ requestedBy, err: message(error) }, 'following a reload failed'),
    );
    this.#reloads.add(reload);
    void reload.finally(() => this.#reloads.delete(reload));
  }

  /** Serves the server's articles as the state has them, unless that is what it serves already. */
  private async refreshGuild(guildId: string): Promise<void> {
    const { holder, state, logger } = this.options;
    try {
      for (let attempt = 0; attempt < GUILD_ATTEMPTS; attempt++) {
        const revision = holder.revisionOf(guildId);
        if (sameDocuments(await state.listArticles(guildId), holder.documentsOf(guildId))) break;
        const articles = await state.loadArticles(guildId);
        // an add or remove in this process landed while reading: its result may be newer than this read
        if (holder.revisionOf(guildId) !== revision) continue;
        holder.setDocuments(guildId, articles.map(articleDocument));
        logger.info({ guildId, documents: articles.length }, "followed a change to a server's added articles");
        break;
      }
      this.#stale.delete(guildId);
    } catch (error) {
      this.#stale.add(guildId);
      logger.warn({ guildId, err: message(error) }, "could not read a server's added articles: retrying at the next round");
    }
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
