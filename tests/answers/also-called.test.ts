/** "Also called" lists the fuller forms outlets write before a bare surname. */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

describe('also called', () => {
  const store = writtenStore([
    {
      file: 'a.txt',
      outlet: 'Quay Times',
      date: '2026-05-04',
      text: story('Pier', '"The southern pier will reopen before the regatta," said Lene Falk, the harbour master.'),
    },
    {
      file: 'b.txt',
      outlet: 'Gull Evening',
      date: '2026-05-05',
      text: story(
        'Pier',
        '"The southern pier will reopen before the regatta," Lene Falk said.',
        '"We have the divers booked," Falk added.',
      ),
    },
    {
      file: 'c.txt',
      outlet: 'Tide Register',
      date: '2026-05-05',
      text: story('Regatta', '"The regatta will start from the northern quay this year," harbour master Lene Marit Falk said.'),
    },
  ]);

  it('puts fuller forms first, the bare surname last', () => {
    const r = speakerQuotes(store, 'Lene Falk');
    expect(r.speaker?.name).toBe('Lene Falk');
    expect(r.speaker?.aliases).toEqual(['Lene Marit Falk', 'Falk']);
    expect(speakerQuotesText(r)).toContain('Also called: Lene Marit Falk, Falk');
  });
});
