/**
 * The CLI's corpus: the folder given with --corpus plus the articles added with `cli add`, kept in the CLI's
 * own state database (STATE_DIR, default .quotetrail). The CLI is one collection, as one server is for the
 * bot: its added articles are answered from beside the folder's, and no server of a bot ever sees them.
 */
import { ArticleLibrary } from '../library/articles.js';
import { CorpusHolder } from '../library/holder.js';
import type { Logger } from '../log.js';
import { openState } from '../state/open.js';
import type { StateStore } from '../state/types.js';
import { openStore } from '../store/open.js';
import type { ClaimView } from '../store/view.js';
import { cliFetchPolicy, MAX_INPUT_BYTES } from './article.js';

/** The collection id of the CLI's added articles in its state database. */
export const CLI_COLLECTION = 'cli';

export interface CliSession {
  view: ClaimView;
  library: ArticleLibrary;
  state: StateStore;
  close(): Promise<void>;
}

/** Opens the corpus folder (from its snapshot when unchanged) with the CLI's added articles over it. */
export async function openSession(corpusDir: string, logger: Logger, env: NodeJS.ProcessEnv = process.env): Promise<CliSession> {
  const state = await openState({ stateDir: env.STATE_DIR || '.quotetrail', logger });
  try {
    const holder = new CorpusHolder(corpusDir, (dir) => openStore(dir, { logger }), logger);
    const library = new ArticleLibrary(holder, state, {
      fetch: { ...cliFetchPolicy(env), maxBytes: MAX_INPUT_BYTES, logger },
      logger,
      surface: 'cli',
    });
    await library.loadAll(CLI_COLLECTION);
    const loaded = await holder.reload('cli');
    for (const e of loaded.errors) process.stderr.write(`skipped ${e.file}: ${e.message}\n`);
    if (!loaded.ok) throw new Error(`no document could be loaded from ${corpusDir}`);
    return { view: holder.view(CLI_COLLECTION), library, state, close: () => state.close() };
  } catch (error) {
    await state.close();
    throw error;
  }
}
