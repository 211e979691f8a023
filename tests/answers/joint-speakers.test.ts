/**
 * Words credited to several people together ("Ana Ruiz, Tom Hale and Lea Costa said", "Ruiz and Hale said"), as a
 * member asks about them, on articles of our own: one of those people is no misattribution, one outlet crediting
 * the list and another one of them is one claim, and a person's quotes list the statements they made with others.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const PORT = 'We will not let the quay be sold off to the highest bidder while this council still has a say';
const FERRY = 'The ferry must stay in public hands, whatever the treasury tells us.';

const store = writtenStore([
  {
    file: 'tide.txt',
    outlet: 'Tide Gazette',
    date: '2026-03-02',
    text: story(
      'Councillors unite against quay sale',
      'Three councillors came out together on Monday against the plan to sell the quay.',
      `"${PORT}," Ana Ruiz, Tom Hale and Lea Costa said in a joint statement.`,
      `Ruiz and Hale said later: "${FERRY}"`,
    ),
  },
  {
    file: 'valley.txt',
    outlet: 'Valley Courier',
    date: '2026-03-03',
    text: story(
      'Hale leads quay revolt',
      'Councillor Tom Hale led the opposition to the quay sale on Monday.',
      `"${PORT}," Hale said.`,
      'Lea Costa, a councillor for the north ward, said: "Nobody asked the people who work on the docks."',
    ),
  },
  {
    file: 'wire.txt',
    outlet: 'Evening Wire',
    date: '2026-03-03',
    text: story('Quay sale in doubt', `"${PORT}," the three councillors, Ana Ruiz, Tom Hale and Lea Costa, said.`),
  },
]);

describe('joint speakers in answers', () => {
  it('one outlet crediting the list and another one of its people is one claim, no disagreement', () => {
    const r = whoSaid(store, PORT);
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe('Ana Ruiz, Tom Hale and Lea Costa');
    expect(r.matches[0]!.conflict).toBeNull();
    expect(r.explanation).not.toMatch(/disagree/);
    const valley = r.matches[0]!.outlets.find((o) => o.outlet === 'Valley Courier');
    expect(valley?.creditedAs).toBe('Tom Hale');
  });

  it('asking about one of the people credited together is no misattribution, and says they were together', () => {
    for (const name of ['Hale', 'Tom Hale', 'Lea Costa']) {
      const r = whoSaid(store, `Did ${name} say "${PORT}"?`);
      expect(r.verdict, name).toBe('verbatim');
      expect(r.explanation, name).toMatch(/one of the 3 people/);
    }
    // someone not in the pair, and a name made of two of the people's words, are
    expect(whoSaid(store, FERRY, { speaker: 'Lea Costa' }).verdict).toBe('misattributed');
    expect(whoSaid(store, PORT, { speaker: 'Tom Costa' }).verdict).toBe('misattributed');
  });

  it('lists a person’s joint statements among their quotes, marked as joint, and the joint credits are no other speakers', () => {
    const r = speakerQuotes(store, 'Tom Hale');
    expect(r.speaker?.name).toBe('Tom Hale');
    expect(r.suggestions).toEqual([]);
    const port = r.quotes.find((q) => q.quote.includes('quay'))!;
    expect(port.jointly).toBe('Ana Ruiz, Tom Hale and Lea Costa');
    expect(port.outlets.map((o) => o.outlet).sort()).toEqual(['Evening Wire', 'Tide Gazette', 'Valley Courier']);
    const ferry = r.quotes.find((q) => q.quote.includes('ferry'))!;
    expect(ferry.jointly).toBe('Ana Ruiz and Tom Hale');
    expect(r.total).toBe(2);
    // a list typed is the joint speaker of that many people
    expect(speakerQuotes(store, 'ruiz and hale').speaker?.name).toBe('Ana Ruiz and Tom Hale');
  });

  it('compare shows one claim, not the list and one of its people as rivals', () => {
    const r = compare(store, 'quay sold off to the highest bidder');
    expect(r.claims.map((c) => c.speaker)).toEqual(['Ana Ruiz, Tom Hale and Lea Costa']);
    expect(r.claims[0]!.outlets.every((o) => !o.creditedTo)).toBe(true);
  });
});
