/**
 * /correct speaker and /correct merge give a person a name shown in every answer crediting the words: a name in
 * letters, refused politely when it is a mention, a link, Markdown, too long or no letters at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusHolder } from '../../src/library/holder.js';
import { CorrectionDesk, personNameProblem } from '../../src/library/corrections.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { story, writtenStore } from '../support/written.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-correct-name-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUOTE = 'The ferry cannot run on goodwill alone';

describe('the name a correction gives a person', () => {
  it.each(['Ilka Varga', 'Ana B. Ruiz', "Seán O'Neill-Ruiz", 'Bank of Ostend', 'AT&T', 'Ana Ruiz, Tom Hale and Lea Costa', 'Li'])(
    'takes %s',
    (name) => expect(personNameProblem(name)).toBeNull(),
  );

  it.each([
    ['<@123456789012345678>', /mention/],
    ['@everyone', /mention/],
    ['https://example.com/varga', /link/],
    ['www.example.com', /link/],
    ['**Ilka Varga**', /formatting/],
    ['[Ilka](https://x.y)', /link|formatting/],
    ['`Varga`', /formatting/],
    ['> Varga', /formatting/],
    ['12345', /letters/],
    ['?!', /letters/],
    ['V'.repeat(101), /at most 100 characters/],
  ])('refuses %s', (name, why) => expect(personNameProblem(name)).toMatch(why));

  it('is refused by the desk with nothing stored, and a real name is taken', async () => {
    const state = await openState({ stateDir: dir, logger: silentLogger });
    try {
      const store = writtenStore([
        {
          file: 'quay.txt',
          outlet: 'Harbour Gazette',
          date: '2026-03-02',
          text: story('Ferry fares rise', `Mayor Ilka Varga defended the fares. "${QUOTE}," Varga said at the quay.`),
        },
      ]);
      const holder = new CorpusHolder(dir, async () => store, silentLogger);
      await holder.reload();
      const desk = new CorrectionDesk(holder, state, silentLogger);
      const actor = { id: '1', name: 'mod' };
      for (const speaker of ['<@123456789012345678>', '**Teodor Brandt**', 'https://example.com', '1234']) {
        const refused = await desk.correct('g', actor, { kind: 'set_speaker', quote: QUOTE, speaker });
        expect(refused.ok).toBe(false);
        expect(refused.message).toMatch(/Nothing was changed\.$/);
      }
      const merge = await desk.correct('g', actor, { kind: 'merge', from: 'Ilka Varga', into: '@here' });
      expect(merge.ok).toBe(false);
      expect(await state.listCorrections('g')).toHaveLength(0);
      const made = await desk.correct('g', actor, { kind: 'set_speaker', quote: QUOTE, speaker: 'Teodor Brandt' });
      expect(made.ok).toBe(true);
    } finally {
      await state.close();
    }
  });
});
