/**
 * Who-said's "first by …" names one outlet only when it alone carried the words on the earliest day: outlets dated
 * the same day cannot be ordered (most articles carry a day, no time), as a thread's "who published it first?" says.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const ferry = '"The night ferry will run twice a week from the first of May," harbourmaster Ines Varga said.';
const query = 'The night ferry will run twice a week from the first of May';

describe('who-said: first carrier', () => {
  it('names the one outlet that carried the words first', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Quay Post', date: '2026-04-02', text: story('Night ferry returns', ferry) },
      { file: 'b.txt', outlet: 'Tide Herald', date: '2026-04-03', text: story('Ferry twice weekly', ferry) },
    ]);
    expect(whoSaidText(whoSaid(store, query))).toContain('first by Quay Post on 2026-04-02');
  });

  it('names every outlet of a shared earliest day, none as first', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Quay Post', date: '2026-04-02', text: story('Night ferry returns', ferry) },
      { file: 'b.txt', outlet: 'Tide Herald', date: '2026-04-02', text: story('Ferry twice weekly', ferry) },
      { file: 'c.txt', outlet: 'Cove Daily', date: '2026-04-05', text: story('Ferry timetable', ferry) },
    ]);
    const text = whoSaidText(whoSaid(store, query));
    expect(text).toContain('earliest on 2026-04-02: Quay Post and Tide Herald (same day)');
    expect(text).not.toContain('first by');
  });

  it('says one outlet with two documents that day was first, with its count', () => {
    const store = writtenStore([
      { file: 'a.txt', outlet: 'Quay Post', date: '2026-04-02', text: story('Night ferry returns', ferry) },
      { file: 'a2.txt', outlet: 'Quay Post', date: '2026-04-02', text: story('Night ferry, update', ferry) },
      { file: 'b.txt', outlet: 'Tide Herald', date: '2026-04-04', text: story('Ferry twice weekly', ferry) },
    ]);
    expect(whoSaidText(whoSaid(store, query))).toContain('first by Quay Post on 2026-04-02 (2 documents)');
  });
});
