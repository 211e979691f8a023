/**
 * "Carried by …" over documents that name no outlet counts them as documents, as /outlets does, not as outlets of
 * their own ("Carried by 1 outlet" for a file with no outlet said what no document says).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { speakerQuotesText, whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const dunes = '"The dune path stays closed until the nesting season ends," ranger Ottilie Brask said.';
const lanterns = '"Every lantern on the promenade will be switched to solar by October," Ottilie Brask said.';
const store = writtenStore([
  { file: 'dunes-a.txt', outlet: 'Shore Ledger', date: '2026-06-01', text: story('Dune path closed', dunes) },
  { file: 'dunes-b.txt', outlet: '', text: story('Dune path stays shut', dunes) },
  { file: 'lanterns.txt', outlet: '', text: story('Solar promenade', lanterns) },
]);

describe('carriers that name no outlet', () => {
  it('/quotes counts a document naming no outlet as a document', () => {
    const text = speakerQuotesText(speakerQuotes(store, 'Ottilie Brask'));
    expect(text).toContain('Carried by 2 documents: 1 from 1 outlet, 1 naming no outlet');
    expect(text).toContain('Carried by 1 document naming no outlet');
    expect(text).not.toMatch(/Carried by \d+ outlets?\b(?!,)/);
  });

  it('who-said says the same, in its footer too, and keeps "outlets" when every document names one', () => {
    const text = whoSaidText(whoSaid(store, 'The dune path stays closed until the nesting season ends'));
    expect(text).toContain('Carried by 2 documents: 1 from 1 outlet, 1 naming no outlet');
    expect(text).toMatch(/^2 documents · corpus/m);
    const named = writtenStore([
      { file: 'dunes-a.txt', outlet: 'Shore Ledger', date: '2026-06-01', text: story('Dune path closed', dunes) },
    ]);
    expect(speakerQuotesText(speakerQuotes(named, 'Ottilie Brask'))).toContain('Carried by 1 outlet');
  });

  it('counts two documents of one outlet as documents from that outlet, not as two outlets', () => {
    const same = writtenStore([
      { file: 'dunes-a.txt', outlet: 'Shore Ledger', date: '2026-06-01', text: story('Dune path closed', dunes) },
      { file: 'dunes-c.txt', outlet: 'Shore Ledger', date: '2026-06-02', text: story('Dune path still closed', dunes) },
    ]);
    const text = whoSaidText(whoSaid(same, 'The dune path stays closed until the nesting season ends'));
    expect(text).toContain('Carried by 2 documents from 1 outlet');
    expect(text).toMatch(/^2 documents · corpus/m);
    expect(speakerQuotesText(speakerQuotes(same, 'Ottilie Brask'))).toContain('Carried by 2 documents from 1 outlet');
  });
});
