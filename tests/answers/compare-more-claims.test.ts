/**
 * /compare on a topic more claims hold than it compares: the answer says how many are not shown and how to narrow
 * them (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { story, writtenStore } from '../support/written.js';

// invented: seven people each say one thing of the glassworks
const SAYINGS: [string, string][] = [
  ['Brannoc Tell', 'The glassworks furnace burns through the night'],
  ['Ilsa Moravec', 'The glassworks will hire forty apprentices'],
  ['Duarte Fennick', 'The glassworks chimney needs a new filter'],
  ['Renske Audley', 'The glassworks kept my grandfather in work'],
  ['Tobiah Crane', 'The glassworks pays its bills late'],
  ['Wendeline Orr', 'The glassworks shop sells the seconds cheaply'],
  ['Casimir Yeld', 'The glassworks museum opens on Sundays'],
];
const store = writtenStore([
  {
    file: 'glass.txt',
    outlet: 'Kilnmere Gazette',
    date: '2026-02-10',
    text: story('Glassworks at a crossroads', ...SAYINGS.map(([who, words]) => `“${words},” said ${who}.`)),
  },
]);

describe('a topic with more claims than are compared', () => {
  it('counts those not shown and says how to narrow them', () => {
    const result = compare(store, 'glassworks');
    expect(result.claims).toHaveLength(5);
    expect(result.moreClaims).toBe(2);
    expect(result.explanation).toContain('2 more claims on this topic are not shown');
    expect(result.explanation).toContain('narrows the list');
  });

  it('says nothing of more when every claim is shown', () => {
    const result = compare(store, 'glassworks apprentices');
    expect(result.moreClaims).toBeUndefined();
    expect(result.explanation).not.toContain('not shown');
  });
});
