/**
 * A headline that credits a clause to a person with only some of its words in marks (“Port Plan Is ‘Dead,’ Hale
 * Says”): the marks are a quotation of their words alone, the clause is what the outlet reports the person said.
 * Asked about the clause, the answer is a paraphrase pointing to that article, never a verbatim.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'gazette.txt',
    outlet: 'Harbour Gazette',
    date: '2026-03-03',
    text: story(
      'Quay Plan Is ‘Dead,’ Hale Says',
      'The proposal to rebuild the northern quay will not go ahead this decade.',
      '"Nobody should pretend otherwise," John Hale, who chairs the transport committee, said on Tuesday.',
    ),
  },
  {
    file: 'ledger.txt',
    outlet: 'Island Ledger',
    date: '2026-03-04',
    text: story(
      'Lind: Ferry Timetable ‘A Disgrace’',
      "The island's ferry timetable drew fire on Monday from councillor Oskar Lind, who called it unworkable for commuters.",
    ),
  },
  {
    file: 'wire.txt',
    outlet: 'Party Wire',
    date: '2026-03-06',
    text: story('Ruiz Win Is ‘Historic,’ Says Tom Hale', 'Tom Hale, the party chair, praised the result on Sunday night.'),
  },
  {
    file: 'post.txt',
    outlet: 'Valley Post',
    date: '2026-03-05',
    text: story(
      'Lind Says Bridge Repairs Are ‘Years Late’',
      'Oskar Lind said the council had ignored the warnings of its own engineers for a decade.',
    ),
  },
]);

describe('a headline that puts only some of its clause in marks', () => {
  it.each([
    ['Did Hale say the quay plan is dead?', 'John Hale', 'Harbour Gazette'],
    ['Hale said the quay plan was dead', 'John Hale', 'Harbour Gazette'],
    ['Did Lind say the ferry timetable is a disgrace?', 'Oskar Lind', 'Island Ledger'],
    ['Did Lind say the bridge repairs are years late?', 'Oskar Lind', 'Valley Post'],
    ['Did Tom Hale say the Ruiz win is historic?', 'Tom Hale', 'Party Wire'],
  ])('“%s” is a paraphrase of %s in %s', (question, speaker, outlet) => {
    const r = whoSaid(store, question);
    expect(r.verdict).toBe('paraphrase');
    expect(r.matches[0]!.speaker).toBe(speaker);
    expect(r.matches[0]!.outlets.map((o) => [o.outlet, o.rendering])).toEqual([[outlet, 'paraphrase']]);
  });

  it.each([
    'Did Hale say the quay plan is alive?',
    'Did Hale say the bridge plan is dead?',
    'Did Lind say the bridge repairs are on time?',
  ])('finds nothing for words the headline does not hold: “%s”', (question) => {
    expect(whoSaid(store, question).verdict).toBe('not_found');
  });

  it('still quotes the words in marks word for word, and only them', () => {
    const r = whoSaid(store, 'years late');
    expect(r.matches.some((m) => m.kind === 'verbatim' && m.quote.startsWith('Years Late'))).toBe(true);
  });
});
