/**
 * The bot's Prometheus metrics on a registry of its own (never prom-client's global one, so tests and
 * several bots in one process do not collide), with a small typed API the Discord adapter calls. It also
 * remembers the shard and corpus states it was told, which `/healthz` reports.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type CorpusInfo, type HealthStatus, healthStatus, type ShardState } from './health.js';

/** Latency buckets in seconds, 1 ms to 10 s: cached answers take milliseconds, deferred ones seconds. */
export const INTERACTION_SECONDS_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const RELOAD_OUTCOMES = ['ok', 'refused'] as const;
/** `refused`: the new corpus was refused (unreadable, or no loadable document) and the old one keeps serving. */
export type ReloadOutcome = (typeof RELOAD_OUTCOMES)[number];

/** What `/metrics` is served from (a `BotMetrics`, or any registry-like source). */
export interface MetricsSource {
  readonly contentType: string;
  /** The metrics in the Prometheus text format. */
  text(): Promise<string>;
}

export interface BotMetricsOptions {
  /** Add prom-client's process metrics (CPU, memory, event loop lag, GC). Default true. */
  defaultMetrics?: boolean;
  /**
   * Distinct values kept per free-text label (command, outcome); later new values count as `other`, so a
   * label fed from user input can never grow the series without bound. Default 64.
   */
  maxLabelValues?: number;
  /** Clock for uptime (tests). */
  now?: () => number;
}

const LABEL_MAX_LENGTH = 64;

/** Keeps a label's distinct values bounded. */
class LabelValues {
  readonly #seen = new Set<string>();
  constructor(private readonly max: number) {}

  of(raw: string): string {
    const value = raw.trim().slice(0, LABEL_MAX_LENGTH) || 'unknown';
    if (this.#seen.has(value)) return value;
    if (this.#seen.size >= this.max) return 'other';
    this.#seen.add(value);
    return value;
  }
}

/** The metrics of one bot process. */
export class BotMetrics implements MetricsSource {
  readonly registry = new Registry();
  readonly #interactions: Counter<'command' | 'outcome'>;
  readonly #latency: Histogram<'command'>;
  readonly #documents: Gauge;
  readonly #quotations: Gauge;
  readonly #corpusInfo: Gauge<'version'>;
  readonly #reloads: Counter<'outcome'>;
  readonly #shardStatus: Gauge<'shard'>;
  readonly #addedArticles: Counter<'outcome'>;
  readonly #commands: LabelValues;
  readonly #outcomes: LabelValues;
  readonly #articleOutcomes: LabelValues;
  readonly #now: () => number;
  readonly #startedAtMs: number;
  readonly #shards = new Map<number, boolean>();
  readonly #everReady = new Set<number>();
  #corpus: CorpusInfo | null = null;

  constructor(options: BotMetricsOptions = {}) {
    const registers = [this.registry];
    this.#now = options.now ?? Date.now;
    this.#startedAtMs = this.#now();
    this.#commands = new LabelValues(options.maxLabelValues ?? 64);
    this.#outcomes = new LabelValues(options.maxLabelValues ?? 64);
    this.#articleOutcomes = new LabelValues(options.maxLabelValues ?? 64);
    this.#interactions = new Counter({
      name: 'quotetrail_interactions_total',
      help: 'Interactions handled, by command and outcome',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.#latency = new Histogram({
      name: 'quotetrail_interaction_seconds',
      help: 'Time from receiving an interaction to finishing its answer, in seconds',
      labelNames: ['command'],
      buckets: INTERACTION_SECONDS_BUCKETS,
      registers,
    });
    this.#documents = new Gauge({ name: 'quotetrail_corpus_documents', help: 'Documents in the corpus being served', registers });
    this.#quotations = new Gauge({ name: 'quotetrail_corpus_quotations', help: 'Quotations in the corpus being served', registers });
    this.#corpusInfo = new Gauge({
      name: 'quotetrail_corpus_info',
      help: 'The version of the corpus being served (value 1)',
      labelNames: ['version'],
      registers,
    });
    this.#reloads = new Counter({
      name: 'quotetrail_reloads_total',
      help: 'Corpus reloads, by outcome',
      labelNames: ['outcome'],
      registers,
    });
    this.#shardStatus = new Gauge({
      name: 'quotetrail_gateway_shard_status',
      help: 'Gateway shard status: 1 ready, 0 not',
      labelNames: ['shard'],
      registers,
    });
    this.#addedArticles = new Counter({
      name: 'quotetrail_added_articles_total',
      help: 'Articles servers asked to add, by outcome',
      labelNames: ['outcome'],
      registers,
    });
    // known outcomes start at 0, so a rate() over them works before the first reload
    for (const outcome of RELOAD_OUTCOMES) this.#reloads.inc({ outcome }, 0);
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  /** One interaction handled: its command (or component kind), outcome, and seconds it took. */
  interaction(command: string, outcome: string, seconds: number): void {
    const label = this.#commands.of(command);
    this.#interactions.inc({ command: label, outcome: this.#outcomes.of(outcome) });
    // a clock going backwards or a missing start gives no latency sample rather than a wrong one
    if (Number.isFinite(seconds) && seconds >= 0) this.#latency.observe({ command: label }, seconds);
  }

  /** The corpus now served (after the first load and every successful reload). */
  corpus(info: CorpusInfo): void {
    this.#documents.set(info.documents);
    this.#quotations.set(info.quotations);
    this.#corpusInfo.reset();
    this.#corpusInfo.set({ version: info.version.slice(0, LABEL_MAX_LENGTH) }, 1);
    this.#corpus = { ...info };
  }

  /** A reload finished (`refused`: the old corpus keeps serving). */
  reload(outcome: ReloadOutcome): void {
    this.#reloads.inc({ outcome });
  }

  /** A gateway shard became ready (true) or lost its connection (false). */
  shard(id: number, ready: boolean): void {
    if (!Number.isInteger(id) || id < 0) return;
    this.#shardStatus.set({ shard: String(id) }, ready ? 1 : 0);
    this.#shards.set(id, ready);
    if (ready) this.#everReady.add(id);
  }

  /** A server's request to add an article finished with `outcome` (e.g. `added`, `refused`, `failed`). */
  addedArticle(outcome: string): void {
    this.#addedArticles.inc({ outcome: this.#articleOutcomes.of(outcome) });
  }

  /** The shards as last reported, by id. */
  shards(): ShardState[] {
    return [...this.#shards].map(([id, ready]) => ({ id, ready })).sort((a, b) => a.id - b.id);
  }

  /** `/healthz`'s answer from what was reported; `expectedShards`: the shards this process runs, once known. */
  health(expectedShards?: readonly number[]): HealthStatus {
    return healthStatus({
      shards: this.shards(),
      everReady: this.#everReady,
      expectedShards,
      corpus: this.#corpus,
      startedAtMs: this.#startedAtMs,
      nowMs: this.#now(),
    });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
