/**
 * The CLI's `remove` speaks of the corpus and the add command, not of a Discord server, /add or /reload; a miss
 * typed as the file name the article was added from is answered with that article's id.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addFromCli, removeFromCli } from '../../src/cli/add.js';
import { openSession } from '../../src/cli/session.js';
import { silentLogger } from '../../src/log.js';
import { removeArticleText } from '../../src/render/text.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-cli-remove-'));
const corpus = path.join(dir, 'corpus');
const env = { STATE_DIR: path.join(dir, 'state') };
mkdirSync(corpus);
writeFileSync(
  path.join(corpus, 'quay.txt'),
  'Ferry fares rise\n\nMayor Ilka Varga defended the fares. "The ferry cannot run on goodwill alone," Varga said.\n',
);
const extra = path.join(dir, 'extra.txt');
writeFileSync(
  extra,
  'Library hours cut despite promise\n\nMayor Ilka Varga promised that reading rooms would stay open. "Not one library will close while I am mayor," Varga said.\n',
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('remove, from the command line', () => {
  it('names no server, and points from the added file name to the article’s id', async () => {
    const session = await openSession(corpus, silentLogger, env);
    try {
      const added = await addFromCli(session, extra, { outlet: null, date: null });
      expect(added.ok).toBe(true);
      const byFile = await removeFromCli(session, 'extra.txt');
      expect(byFile.ok).toBe(false);
      expect(byFile.suggestions[0]).toBe(added.document);
      const folder = await removeFromCli(session, 'quay.txt');
      const removed = await removeFromCli(session, added.document!);
      expect(removed.ok).toBe(true);
      for (const result of [byFile, folder, removed]) {
        const text = removeArticleText(result);
        expect(text).not.toMatch(/server|\/add|\/reload/);
      }
      expect(removeArticleText(byFile)).toContain('No article added with the add command is called “extra.txt”.');
      expect(removeArticleText(folder)).toContain('“quay.txt” is a file of the corpus folder, not an added article');
    } finally {
      await session.close();
    }
  });
});
