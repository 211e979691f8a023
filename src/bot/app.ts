/**
 * Assembles the running bot from configuration: metrics and the health endpoint (first, so /healthz says
 * `starting` during the corpus load), the shards, the state database, the corpus (loaded once however
 * many shards the process runs) and the follower that keeps it in step with other processes, commands,
 * client. Used by `npm start` and by the end-to-end tests (which start and restart it against the local
 * Discord emulator).
 */
import path from 'node:path';
import type { AddArticleResult, ReloadSummary } from '../answers/types.js';
import { ArticleLibrary, type AddRequest } from '../library/articles.js';
import { CorpusFollower, newestEventId, processOrigin, tagEvents } from '../library/follow.js';
import { CorrectionDesk } from '../library/corrections.js';
import { CorpusHolder, type StoreBuilder } from '../library/holder.js';
import { loadSynonyms } from '../store/search/synonyms.js';
import { createLogger, type Logger } from '../log.js';
import { type HealthServer, startHealthServer } from '../ops/health-server.js';
import { BotMetrics } from '../ops/metrics.js';
import { openState } from '../state/open.js';
import type { StateStore } from '../state/types.js';
import { openStore } from '../store/open.js';
import { openStoreInWorker } from '../store/worker/host.js';
import { type Bot, createBot } from './client.js';
import { helpEntries, loadCommands } from './command-loader.js';
import type { Config } from './config.js';
import type { BotContext } from './context.js';
import { type GatewayMode, plannedShards, resolveSharding } from './sharding.js';

export interface RunningBot extends Bot {
  ctx: BotContext;
  /** The first load's summary (per-file errors of the corpus the bot started with). */
  initialLoad: ReloadSummary;
  /** The endpoint on HEALTH_PORT, or null when it is unset. */
  health: HealthServer | null;
  /** Applies other processes' reloads and articles to this one. */
  follower: CorpusFollower;
}

export interface AppOptions {
  logger?: Logger;
  /** How reloads build a store (default: on a worker thread, so answers keep flowing). */
  builder?: StoreBuilder;
  /** Where the gateway connections run (default `main`; `worker` for the sharding measurement). */
  gateway?: GatewayMode;
  /** The follower's safety-net poll (default 30 s). */
  followPollMs?: number;
}

/** The library with each add's outcome counted in the metrics. */
class MeteredLibrary extends ArticleLibrary {
  constructor(
    holder: CorpusHolder,
    state: StateStore,
    options: ConstructorParameters<typeof ArticleLibrary>[2],
    private readonly metrics: BotMetrics,
  ) {
    super(holder, state, options);
  }

  override async add(request: AddRequest): Promise<AddArticleResult> {
    const result = await super.add(request);
    this.metrics.addedArticle(result.code);
    return result;
  }
}

/** Closes what was opened, in reverse order, whatever fails. */
async function closeAll(steps: (() => Promise<unknown>)[], logger: Logger): Promise<void> {
  for (const step of steps.reverse()) {
    await step().catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'close failed'));
  }
}

/** Loads the corpus, then logs in; rejects when the corpus cannot be loaded or Discord refuses the login. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const metrics = new BotMetrics();
  let bot: Bot | null = null;
  const opened: (() => Promise<unknown>)[] = [];
  try {
    const health =
      config.HEALTH_PORT === undefined
        ? null
        : await startHealthServer({
            port: config.HEALTH_PORT,
            host: config.HEALTH_HOST,
            metrics,
            logger,
            health: () => metrics.health(bot?.shardIds() ?? plannedShards(config)),
          });
    if (health) opened.push(() => health.close());
    const sharding = await resolveSharding(config);
    const origin = processOrigin();
    const rawState = await openState({ stateDir: config.STATE_DIR, databaseUrl: config.DATABASE_URL, logger });
    opened.push(() => rawState.close());
    const state: StateStore = tagEvents(rawState, origin);
    // events up to here are in what is loaded next: a process starting late replays nothing
    const afterId = await newestEventId(state);
    // a snapshot still being written when the process stops is finished, not left half-written
    const snapshotWrites = new Set<Promise<void>>();
    opened.push(() => Promise.all(snapshotWrites));
    const corpus = new CorpusHolder(config.CORPUS_DIR, options.builder ?? defaultBuilder(config, logger, snapshotWrites), logger);
    corpus.onReload((summary, requestedBy) => {
      if (requestedBy !== 'startup') metrics.reload(summary.ok ? 'ok' : 'refused');
      if (!summary.ok) return;
      const current = corpus.current;
      metrics.corpus({ ...current.corpusVersion(), documents: current.documents.size, quotations: summary.quotes.after });
    });
    const library = new MeteredLibrary(
      corpus,
      state,
      { fetch: { allowPrivate: config.FETCH_ALLOW_PRIVATE, maxBytes: config.MAX_FILE_BYTES, logger }, logger },
      metrics,
    );
    await library.loadAll();
    const desk = new CorrectionDesk(corpus, state, logger);
    await desk.loadAll();
    const initialLoad = await corpus.reload('startup');
    if (!initialLoad.ok) throw new Error(initialLoad.reason ?? 'the corpus could not be loaded');
    // WordNet is read now, not on the first question
    loadSynonyms();
    const follower = new CorpusFollower({
      holder: corpus,
      state,
      logger,
      origin,
      afterId,
      pollMs: options.followPollMs,
      corrections: desk,
    });
    follower.start();
    opened.push(() => follower.stop());
    const commands = await loadCommands();
    const ctx: BotContext = { config, logger, corpus, state, library, desk, metrics, help: () => helpEntries(commands) };
    const started = createBot(commands, ctx, { sharding, gateway: options.gateway });
    bot = started;
    await started.start();
    logger.info({ origin, shards: started.shardIds(), engine: rawState.engine }, 'process serving');
    return {
      ...started,
      ctx,
      initialLoad,
      health,
      follower,
      // answers in flight finish and the gateway closes first; then the follower, the endpoint, the database
      async stop() {
        await started.stop();
        await closeAll(opened, logger);
      },
    };
  } catch (error) {
    const client = bot?.client;
    if (client) opened.push(() => client.destroy());
    await closeAll(opened, logger);
    throw error;
  }
}

/** The first load has nothing to keep serving, so it runs here (reusing a matching snapshot); reloads build on a worker thread. */
function defaultBuilder(config: Config, logger: Logger, snapshotWrites: Set<Promise<void>>): StoreBuilder {
  const limits = { maxFileBytes: config.MAX_FILE_BYTES, maxFiles: config.MAX_FILES };
  const cacheDir = path.join(config.STATE_DIR, 'snapshots');
  let first = true;
  return (dir: string) => {
    if (first) {
      first = false;
      return openStore(dir, {
        logger,
        limits,
        cacheDir,
        onSnapshotWrite: (written) => {
          snapshotWrites.add(written);
          void written.finally(() => snapshotWrites.delete(written));
        },
      });
    }
    return openStoreInWorker(dir, { logger, limits, cacheDir });
  };
}
