/**
 * One speaker across outlets for a body named with "of" in one outlet and without it in another, and the names a
 * speaker is also called by, on articles of our own.
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const ALLOWANCE = 'No family will lose its housing allowance before the winter is over';
const CONTRACTS = 'Every contract signed under the harbour plan will be reviewed line by line';

const store = writtenStore([
  {
    file: 'north.txt',
    outlet: 'North Gazette',
    date: '2026-04-10',
    text: story(
      'Harbour plan collapses',
      `The Ministry of Welfare said in a statement: "${ALLOWANCE}."`,
      `"${CONTRACTS}," the Department of Justice said.`,
      'Bill de Blasio, the former mayor, weighed in. "This is a sad day for the whole waterfront," de Blasio said.',
    ),
  },
  {
    file: 'south.txt',
    outlet: 'South Courier',
    date: '2026-04-11',
    text: story(
      'Harbour plan ends',
      `"${ALLOWANCE}," the Welfare Ministry said.`,
      `The Justice Department said: "${CONTRACTS}."`,
      'De Blasio said the city had "wasted a whole decade on it."',
    ),
  },
]);

describe('bodies named with "of", and the names a speaker is also called', () => {
  it('"the Ministry of Welfare" and "the Welfare Ministry" are one speaker, no disagreement', () => {
    for (const words of [ALLOWANCE, CONTRACTS]) {
      const r = whoSaid(store, words);
      expect(r.matches[0]!.conflict, words).toBeNull();
      expect(r.matches[0]!.outlets.map((o) => o.outlet).sort(), words).toEqual(['North Gazette', 'South Courier']);
    }
    expect(speakerQuotes(store, 'Welfare Ministry').quotes).toHaveLength(1);
  });

  it('a body is not also called by its head word alone, nor a person by a surname without its particles', () => {
    const ministry = speakerQuotes(store, 'Welfare Ministry').speaker!;
    expect(ministry.aliases).not.toContain('Ministry');
    const mayor = speakerQuotes(store, 'de Blasio').speaker!;
    expect(mayor.name).toBe('Bill de Blasio');
    expect(mayor.aliases).not.toContain('Blasio');
    expect(mayor.aliases).toContain('De Blasio');
  });
});
