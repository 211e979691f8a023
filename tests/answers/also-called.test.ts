/**
 * "Also called" lists the fuller forms outlets write for a person; a bare surname or given name, already in a name
 * shown, is in the answer's data (`aliases`) and not repeated to the reader.
 */
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
    const text = speakerQuotesText(r);
    expect(text).toContain('Also called: Lene Marit Falk\n');
    expect(text).not.toContain(', Falk');
  });

  it('shows no line when the other names are the surname alone', () => {
    const alone = writtenStore([
      {
        file: 'd.txt',
        outlet: 'Quay Times',
        date: '2026-05-06',
        text: story('Kelp', '"The kelp beds are coming back," diver Jorunn Vestre said.', '"We counted twice as many," Vestre added.'),
      },
    ]);
    const q = speakerQuotes(alone, 'Jorunn Vestre');
    expect(q.speaker?.aliases).toEqual(['Vestre']);
    expect(speakerQuotesText(q)).not.toContain('Also called');
  });
});
