/**
 * Assembles the running bot from configuration: corpus, conversations, commands, client. Used by `npm start`
 * and by the end-to-end tests (which start and restart it against the local Discord emulator).
 */
import path from 'node:path';
import type { ReloadSummary } from '../answers/types.js';
import { createLogger, type Logger } from '../log.js';
import { openStore } from '../store/open.js';
import { openStoreInWorker } from '../store/worker/host.js';
import { createBot, type Bot } from './client.js';
import { helpEntries, loadCommands } from './command-loader.js';
import type { Config } from './config.js';
import type { BotContext } from './context.js';
import { ArticleLibrary } from '../library/articles.js';
import { CorpusHolder, type StoreBuilder } from '../library/holder.js';
import { openState } from '../state/open.js';

export interface RunningBot extends Bot {
  ctx: BotContext;
  /** The first load's summary (per-file errors of the corpus the bot started with). */
  initialLoad: ReloadSummary;
}

export interface AppOptions {
  logger?: Logger;
  /** How reloads build a store (default: on a worker thread, so answers keep flowing). */
  builder?: StoreBuilder;
}

/** Loads the corpus, then logs in; rejects when the corpus cannot be loaded or Discord refuses the login. */
export async function startApp(config: Config, options: AppOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const limits = { maxFileBytes: config.MAX_FILE_BYTES, maxFiles: config.MAX_FILES };
  const cacheDir = path.join(config.STATE_DIR, 'snapshots');
  // the first load has nothing to keep serving, so it runs here (reusing a matching snapshot); reloads build
  // on a worker thread while the current store answers
  let first = true;
  const builder: StoreBuilder =
    options.builder ??
    ((dir: string) => {
      if (first) {
        first = false;
        return openStore(dir, { logger, limits, cacheDir });
      }
      return openStoreInWorker(dir, { logger, limits, cacheDir });
    });
  const state = await openState({ stateDir: config.STATE_DIR, databaseUrl: config.DATABASE_URL, logger });
  const corpus = new CorpusHolder(config.CORPUS_DIR, builder, logger);
  const library = new ArticleLibrary(corpus, state, {
    fetch: { allowPrivate: config.FETCH_ALLOW_PRIVATE, maxBytes: config.MAX_FILE_BYTES, logger },
    logger,
  });
  let initialLoad: ReloadSummary;
  try {
    await library.loadAll();
    initialLoad = await corpus.reload('startup');
    if (!initialLoad.ok) throw new Error(initialLoad.reason ?? 'the corpus could not be loaded');
  } catch (error) {
    await state.close();
    throw error;
  }
  const commands = await loadCommands();
  const ctx: BotContext = { config, logger, corpus, state, library, help: () => helpEntries(commands) };
  const bot = createBot(commands, ctx);
  await bot.start();
  return { ...bot, ctx, initialLoad };
}
