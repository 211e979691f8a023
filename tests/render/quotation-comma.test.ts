/**
 * A quotation followed by its attribution carries the sentence's comma ("“…generation,” said X"): shown alone,
 * its marks close without it, in every answer (the stored text, and so the JSON, keeps it).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { comparePayload, whoSaidPayload } from '../../src/render/discord.js';
import { compareText, speakerQuotesText, whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'tide-1.txt',
    outlet: 'Tide Chronicle',
    date: '2026-02-11',
    text: story('Sea wall plan unveiled', '"The new sea wall will protect the old town for a century," said engineer Brigitte Haldane.'),
  },
  {
    file: 'tide-2.txt',
    outlet: 'Marsh Echo',
    date: '2026-02-12',
    text: story(
      'Sea wall to cost millions',
      '"The new sea wall will shelter the old town for a century," Brigitte Haldane told the council.',
    ),
  },
]);

describe('a quotation’s trailing comma', () => {
  it('is kept in the answer’s data', () => {
    expect(whoSaid(store, 'The new sea wall will protect the old town for a century').matches[0]!.quote).toMatch(/century,$/);
  });

  it('is not shown inside the marks, in text and in Discord payloads', () => {
    const r = whoSaid(store, 'The new sea wall will protect the old town for a century');
    for (const shown of [whoSaidText(r), JSON.stringify(whoSaidPayload(r))]) {
      expect(shown).toContain('for a century”');
      expect(shown).not.toContain('century,”');
    }
    const c = compare(store, 'sea wall old town');
    for (const shown of [compareText(c), JSON.stringify(comparePayload(c))]) {
      expect(shown).not.toContain('century,”');
      expect(shown).not.toMatch(/century,\s*$/m);
    }
    const q = speakerQuotes(store, 'Haldane');
    expect(speakerQuotesText(q)).not.toContain('century,”');
  });
});
