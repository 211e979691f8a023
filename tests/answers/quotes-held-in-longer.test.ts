/**
 * /quotes counts a document that quotes the person's longer words holding a quotation word for word as carrying it,
 * as who-said counts it, unless its words are too few to tell it is that quotation (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'dock-1.txt',
    outlet: 'Dockside Times',
    date: '2026-05-01',
    text: story('Dock deal', 'Port chief Selma Ardent said the deal would “double the grain berths at the east dock”.'),
  },
  {
    file: 'dock-2.txt',
    outlet: 'Tidewater News',
    date: '2026-05-01',
    text: story('Dock deal signed', 'Port chief Selma Ardent said the deal would “double the grain berths at the east dock”.'),
  },
  {
    file: 'dock-3.txt',
    outlet: 'Coastal Record',
    date: '2026-05-02',
    text: story(
      'Ardent sets out dock plans',
      '“We have signed the contracts, we will double the grain berths at the east dock, and the old cranes go to the museum by autumn, every one of them, after the last ship of the season,” Selma Ardent said.',
    ),
  },
]);

describe('/quotes of a person quoted in longer words too', () => {
  it('counts the document of the longer quotation, as who-said does', () => {
    const claim = speakerQuotes(store, 'Selma Ardent').quotes.find((q) => q.quote.startsWith('double the grain'))!;
    expect(claim.outlets.map((o) => o.outlet).sort()).toEqual(['Coastal Record', 'Dockside Times', 'Tidewater News']);
    const answer = whoSaid(store, claim.quote);
    expect(answer.matches[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Coastal Record', 'Dockside Times', 'Tidewater News']);
    expect(answer.explanation).toContain('as quoted in 3 documents');
  });

  it('does not count a longer quotation holding a one-word claim', () => {
    const few = writtenStore([
      {
        file: 'a.txt',
        outlet: 'Dockside Times',
        date: '2026-05-03',
        text: story('Cranes', 'Asked about the cranes, Selma Ardent said: “Gone.”'),
      },
      {
        file: 'b.txt',
        outlet: 'Tidewater News',
        date: '2026-05-04',
        text: story('Cranes go', '“The old cranes are gone and the quay is ours again,” Selma Ardent said.'),
      },
    ]);
    const claim = speakerQuotes(few, 'Selma Ardent').quotes.find((q) => q.quote.startsWith('Gone'))!;
    expect(claim.outlets.map((o) => o.outlet)).toEqual(['Dockside Times']);
  });

  it('keeps the longer quotation to its own document', () => {
    const longer = speakerQuotes(store, 'Selma Ardent').quotes.find((q) => q.quote.startsWith('We have signed'))!;
    expect(longer.outlets.map((o) => o.outlet)).toEqual(['Coastal Record']);
  });
});
