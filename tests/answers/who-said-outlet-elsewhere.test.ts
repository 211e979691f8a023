/**
 * /who-said with an outlet that does not carry the words: the not-found answer names the outlets that do, so
 * "the outlet does not carry these words" does not read as "nobody said them" (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const said = 'The tram line to the airport will be finished before the end of next year';

const store = writtenStore([
  {
    file: 'tram-a.txt',
    outlet: 'City Ledger',
    date: '2026-06-01',
    text: story('Airport tram on track', `Transport chief Nadia Holm said: "${said}."`),
  },
  {
    file: 'tram-b.txt',
    outlet: 'Metro Daily',
    date: '2026-06-02',
    text: story('Tram promise', `"${said}," Nadia Holm told the council.`),
  },
  {
    file: 'bakery.txt',
    outlet: 'Harbour Notes',
    date: '2026-06-02',
    text: story('Bakery wins prize', 'Owner Lucas Brandt said: "We bake every loaf by hand before dawn."'),
  },
]);

describe('who-said of words the outlet asked about does not carry', () => {
  it('names the outlets that carry them', () => {
    const result = whoSaid(store, 'tram line to the airport will be finished', { outlet: 'Harbour Notes' });
    expect(result.verdict).toBe('not_found');
    expect(result.explanation).toBe(
      'No article of Harbour Notes carries these words or a close version of them. The corpus has them from City Ledger and Metro Daily: ask without the outlet to see them.',
    );
    expect(whoSaidText(result)).toContain('The corpus has them from City Ledger and Metro Daily');
  });

  it('says they are close when only a close version is carried', () => {
    const result = whoSaid(store, 'tram line to the airprot will be finished', { outlet: 'Harbour Notes' });
    expect(result.explanation).toContain('The corpus has them, or words close to them, from City Ledger and Metro Daily');
  });

  it('adds nothing when no outlet carries them', () => {
    const result = whoSaid(store, 'the ferry will stop running in winter', { outlet: 'Harbour Notes' });
    expect(result.explanation).toBe('No article of Harbour Notes carries these words or a close version of them.');
  });
});
