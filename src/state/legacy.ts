/**
 * The conversations file of earlier versions (`conversations.json`: `{"version":1,"entries":{key: …}}`),
 * imported once into the state database and renamed `conversations.json.migrated`, so it is never read
 * again. Entries that do not check are skipped and counted; a file that is not such an object at all is
 * logged and left where it is. Importing is idempotent (a stored newer entry wins), so a crash between
 * the import and the rename costs nothing.
 */
import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { SqlStateStore } from './sql-store.js';
import { type Conversation, ConversationSchema } from './types.js';

const LegacyFileSchema = z.object({ version: z.literal(1), entries: z.record(z.string(), z.unknown()) });

/** What happened to the old file: none there, imported (with counts), or left (unreadable). */
export type LegacyImport =
  | { status: 'none' }
  | { status: 'imported'; imported: number; skipped: number }
  | { status: 'left'; reason: string };

/** Imports `${stateDir}/conversations.json` if it exists, then renames it. */
export async function importLegacyConversations(store: SqlStateStore, stateDir: string, logger: Logger): Promise<LegacyImport> {
  const file = path.join(stateDir, 'conversations.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'none' };
    return left(logger, file, `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: z.infer<typeof LegacyFileSchema>;
  try {
    parsed = LegacyFileSchema.parse(JSON.parse(text));
  } catch {
    return left(logger, file, 'not a version-1 conversations file');
  }
  const entries: Array<[string, Conversation]> = [];
  for (const [key, value] of Object.entries(parsed.entries)) {
    const entry = ConversationSchema.safeParse(value);
    if (entry.success) entries.push([key, entry.data]);
  }
  await store.importConversations(entries);
  try {
    await rename(file, `${file}.migrated`);
  } catch (error) {
    // imported all the same; the next start imports it again, which changes nothing
    logger.warn({ file, code: (error as NodeJS.ErrnoException).code }, 'old conversations file imported but could not be renamed');
  }
  const skipped = Object.keys(parsed.entries).length - entries.length;
  logger.info({ file, imported: entries.length, skipped }, 'old conversations file imported into the state database');
  return { status: 'imported', imported: entries.length, skipped };
}

function left(logger: Logger, file: string, reason: string): LegacyImport {
  logger.warn({ file, reason }, 'old conversations file not imported: left in place');
  return { status: 'left', reason };
}
