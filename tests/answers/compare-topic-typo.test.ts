/**
 * /compare of a topic typed with a typo: a quotation holding the topic's words in order, but for the typo, is on
 * the topic, as who-said finds words typed with typos (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'ferry-a.txt',
    outlet: 'Island Post',
    date: '2026-07-01',
    text: story(
      'Ferry timetable',
      'Harbour master Ines Dahl said: "The winter timetable keeps two ferry crossings a day to the mainland."',
    ),
  },
  {
    file: 'ferry-b.txt',
    outlet: 'Coast Herald',
    date: '2026-07-02',
    text: story('Ferries in winter', '"The winter timetable keeps two ferry crossings a day to the mainland," Ines Dahl said.'),
  },
  {
    file: 'ferry-c.txt',
    outlet: 'Island Post',
    date: '2026-07-04',
    text: story('Ferry fares', 'Councillor Ruth Amsel said: "The ferry fares go up in March and the ferry cafe closes."'),
  },
  {
    file: 'school.txt',
    outlet: 'Coast Herald',
    date: '2026-07-03',
    text: story(
      'School roof',
      'Head teacher Omar Sall said: "The roof will be mended over the summer, and the ferry trip for pupils goes ahead."',
    ),
  },
]);

describe('/compare of a topic with a typo', () => {
  it('compares the claims the topic typed right finds', () => {
    const right = compare(store, 'ferry crossings');
    const typo = compare(store, 'ferry crosings');
    expect(right.claims.length).toBe(1);
    expect(typo.claims.map((c) => c.claimId)).toEqual(right.claims.map((c) => c.claimId));
    expect(typo.claims[0]!.outlets.filter((o) => o.rendering === 'verbatim').map((o) => o.outlet)).toEqual(['Island Post', 'Coast Herald']);
  });

  it('still finds nothing for words no quotation holds in order', () => {
    expect(compare(store, 'ferry strike').claims).toEqual([]);
  });
});
