/**
 * A reload that takes away what a server's correction applied to (the article it was made on gone from the folder)
 * says so to the moderator who reloaded: the correction, and why it applies to nothing now.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorrectionDesk } from '../../src/library/corrections.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { reloadText } from '../../src/render/text.js';
import { openState } from '../../src/state/open.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-reload-corrections-'));
const corpus = path.join(dir, 'corpus');
mkdirSync(corpus);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const WORDS = 'The island deserves a ferry that runs every hour';
writeFileSync(path.join(corpus, 'gazette.txt'), `Ferry subsidy\n\nCouncillor Teodor Brandt welcomed it. "${WORDS}," Teodor Brandt said.\n`);
writeFileSync(path.join(corpus, 'courier.txt'), `Islanders cheer\n\nResidents gathered. "${WORDS}," Brandt said at the pier.\n`);

describe('a reload and the corrections in force', () => {
  it('names a correction whose article the new folder lacks', async () => {
    const state = await openState({ stateDir: path.join(dir, 'state'), logger: silentLogger });
    try {
      const holder = new CorpusHolder(corpus, (d) => openStore(d, { logger: silentLogger, cacheDir: false }), silentLogger);
      await holder.reload();
      const desk = new CorrectionDesk(holder, state, silentLogger);
      const made = await desk.correct('g', { id: '1', name: 'mod' }, { kind: 'split', document: 'courier.txt', name: 'Brandt' });
      expect(made.ok).toBe(true);
      const before = await desk.inForce('g');
      expect([...before.keys()]).toHaveLength(1);
      rmSync(path.join(corpus, 'courier.txt'));
      const summary = await holder.reload('mod');
      const stopped = await desk.stoppedSince('g', before);
      expect(stopped).toEqual([expect.stringMatching(/^#\d+ “Brandt” in courier\.txt is someone else — article removed$/)]);
      const text = reloadText({ ...summary, correctionsStopped: stopped });
      expect(text).toContain('A correction of this server applies to nothing in the new corpus');
      expect(text).toContain('Corrections that no longer apply (1)');
      // nothing stopped: nothing said
      expect(await desk.stoppedSince('g', await desk.inForce('g'))).toEqual([]);
    } finally {
      await state.close();
    }
  });
});
