/**
 * Opens the bot's state: PostgreSQL when a database URL is given (many processes share it), otherwise
 * SQLite in the state folder (created if missing), importing the old conversations file on the way.
 */
import type { Logger } from '../log.js';
import { importLegacyConversations } from './legacy.js';
import { openPostgresState } from './postgres.js';
import { openSqliteState } from './sqlite.js';
import type { StateStore } from './types.js';

/** Where the state lives. */
export interface OpenStateOptions {
  /** Folder of the SQLite file (and of the old conversations file). */
  stateDir: string;
  /** `postgres://…`: use PostgreSQL instead of SQLite (empty counts as absent). */
  databaseUrl?: string;
  logger: Logger;
  /** Conversations kept (the newest); default 50,000. */
  maxConversations?: number;
}

/** Opens and migrates the state database. Errors and logs never show the database password. */
export async function openState(options: OpenStateOptions): Promise<StateStore> {
  const { stateDir, databaseUrl, logger, maxConversations } = options;
  if (databaseUrl) return openPostgresState({ databaseUrl, logger, maxConversations });
  const store = await openSqliteState({ stateDir, logger, maxConversations });
  try {
    await importLegacyConversations(store, stateDir, logger);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
