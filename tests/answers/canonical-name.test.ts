/**
 * The name a person is shown under: the fullest usual name, a given name written out before initials alone, and of
 * the full forms the one most outlets write; the others are "Also called".
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const TOLL = 'The bridge toll will double in spring, whatever the chamber of commerce says.';
const LANES = 'Two more lanes will open on the eastern approach before the end of the year.';

describe('the name a person is shown under', () => {
  it('is the full given name, not the initials, though the initials make the longer form', () => {
    const store = writtenStore([
      {
        file: 'a.txt',
        outlet: 'Harbour Times',
        date: '2025-03-01',
        text: story('Toll', `"${TOLL}" said Marcus Delaney, the roads chief.`),
      },
      {
        file: 'b.txt',
        outlet: 'Bay Courier',
        date: '2025-03-01',
        text: story('Toll to double', `Roads chief M. J. Delaney said: "${TOLL}"`),
      },
    ]);
    const r = whoSaid(store, 'the bridge toll will double in spring');
    expect(r.matches[0]!.speaker).toBe('Marcus Delaney');
    const q = speakerQuotes(store, 'Delaney');
    expect(q.speaker?.name).toBe('Marcus Delaney');
    expect(q.speaker?.aliases).toContain('M. J. Delaney');
    expect(speakerQuotesText(q)).toMatch(/Also called: .*M\. J\. Delaney/);
  });

  it('is the full form most documents write, not one article’s longer form', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Harbour Times', date: '2025-03-01', text: story('Toll', `"${TOLL}" said Marcus Delaney.`) },
      { file: 'b.txt', outlet: 'Bay Courier', date: '2025-03-02', text: story('Lanes', `"${LANES}" Marcus Delaney said.`) },
      {
        file: 'c.txt',
        outlet: 'Valley Post',
        date: '2025-03-03',
        text: story('Roads', `Marcus Aurelio Delaney said: "${TOLL}"`, `"${LANES}" Delaney added.`),
      },
    ]);
    expect(speakerQuotes(store, 'Delaney').speaker?.name).toBe('Marcus Delaney');
    expect(speakerQuotes(store, 'Delaney').speaker?.aliases).toContain('Marcus Aurelio Delaney');
  });

  it('writes the surname as most documents write it, hyphen or not', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Harbour Times', date: '2025-03-01', text: story('Toll', `"${TOLL}" said Amara Singh-Whitlock.`) },
      { file: 'b.txt', outlet: 'Bay Courier', date: '2025-03-02', text: story('Lanes', `"${LANES}" Singh-Whitlock said.`) },
      { file: 'c.txt', outlet: 'Valley Post', date: '2025-03-03', text: story('Roads', `Amara Singh Whitlock said: "${TOLL}"`) },
    ]);
    expect(speakerQuotes(store, 'Singh').speaker?.name).toBe('Amara Singh-Whitlock');
  });

  it('keeps the initials where no outlet writes the given name', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Harbour Times', date: '2025-03-01', text: story('Toll', `"${TOLL}" said M. J. Delaney.`) },
      { file: 'b.txt', outlet: 'Bay Courier', date: '2025-03-02', text: story('Lanes', `"${LANES}" Delaney said.`) },
    ]);
    expect(speakerQuotes(store, 'Delaney').speaker?.name).toBe('M. J. Delaney');
  });
});
