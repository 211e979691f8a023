/**
 * A claim chosen in a thread on a person or a topic is the one answered about, even when its words are few and
 * someone else's quotation holds them too (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type FollowUpContext } from '../../src/answers/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'brine-1.txt',
    outlet: 'Brinehaven Post',
    date: '2026-02-01',
    text: story('Toll row', '“The new harbour toll is unfair to every small boat owner on this coast,” said fisherman Caspar Lode.'),
  },
  {
    file: 'brine-2.txt',
    outlet: 'Coastline Weekly',
    date: '2026-02-02',
    text: story('Toll row goes on', '“The new harbour toll is unfair to every small boat owner on this coast,” Caspar Lode said again.'),
  },
  {
    file: 'brine-3.txt',
    outlet: 'Brinehaven Post',
    date: '2026-02-05',
    text: story(
      'Treasurer answers critics',
      'Port treasurer Wilhelmina Sarto called the criticism “unfair”.',
      '“The harbour toll pays for the breakwater and nothing else,” Sarto said.',
    ),
  },
]);

const personThread: FollowUpContext = {
  query: 'Wilhelmina Sarto',
  speaker: 'Wilhelmina Sarto',
  outlet: null,
  command: 'quotes',
  outlets: [],
};

describe('a short claim chosen by number', () => {
  it('is answered about that claim and its speaker, shown as no name the member gave', () => {
    const listed = answerFollowUp(store, personThread, 'who said it?').answer;
    if (listed.kind !== 'cannot' || listed.result.reason?.kind !== 'which-claim') throw new Error('expected the claims listed');
    const index = listed.result.reason.claims.findIndex((c) => c.quote.startsWith('unfair'));
    expect(index).toBeGreaterThanOrEqual(0);
    const { answer, about } = answerFollowUp(store, personThread, String(index + 1));
    if (answer.kind !== 'who-said') throw new Error('expected a who-said answer');
    expect(answer.result.matches[0]!.speaker).toBe('Wilhelmina Sarto');
    expect(answer.result.askedSpeaker).toBeNull();
    // later questions stay on that claim
    const later = answerFollowUp(store, { ...about!, openedOn: personThread }, 'which outlets carried it?').answer;
    expect(later.kind === 'dates' && later.result.speaker).toBe('Wilhelmina Sarto');
  });
});
