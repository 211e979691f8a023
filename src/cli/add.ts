/**
 * `add FILE|URL` and `remove DOCUMENT`: the CLI's own collection, through the same library as the bot's /add
 * and /remove (the same fetcher, extraction, duplicate checks and state database).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddArticleResult, RemoveArticleResult } from '../answers/types.js';
import { OPTION_MAX, optionText } from '../answers/question-text.js';
import { ADDABLE_FILE } from '../library/articles.js';
import { looksLikeLink } from '../fetch/index.js';
import { MAX_INPUT_BYTES, tooLarge } from './article.js';
import { CLI_COLLECTION, type CliSession } from './session.js';

/** The person behind the CLI, as the audit log records it. */
const CLI_ACTOR = { id: 'cli', name: process.env.USER || 'cli' };

export async function addFromCli(
  session: CliSession,
  input: string,
  overrides: { outlet: string | null; date: string | null },
): Promise<AddArticleResult> {
  const clean = (v: string | null) => (v === null ? null : optionText(OPTION_MAX.name).parse(v) || null);
  const request = {
    guildId: CLI_COLLECTION,
    actor: CLI_ACTOR,
    overrides: { outlet: clean(overrides.outlet), date: clean(overrides.date) },
  };
  if (looksLikeLink(input)) return session.library.add({ ...request, source: { kind: 'url', url: input } });
  const name = path.basename(input);
  if (!ADDABLE_FILE.test(name)) throw new Error(`${input}: only .html, .htm, .txt and .md files can be added`);
  const size = (await stat(input)).size;
  if (size > MAX_INPUT_BYTES) throw new Error(tooLarge(input, size));
  const bytes = await readFile(input);
  return session.library.add({ ...request, source: { kind: 'file', name, bytes, contentType: null } });
}

export function removeFromCli(session: CliSession, document: string): Promise<RemoveArticleResult> {
  return session.library.remove(CLI_COLLECTION, document, CLI_ACTOR);
}
