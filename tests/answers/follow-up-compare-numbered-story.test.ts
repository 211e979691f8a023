/**
 * "compare 1 and 2" in a thread on a /compare topic: each claim is compared by its words, and the articles on the
 * topic that leave it out are the ones /compare on the topic lists, not only those on the claim's own words.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'rink-a.txt',
    outlet: 'Frost Gazette',
    date: '2026-11-02',
    text: story(
      'Ice rink promised',
      'Sports councillor Marta Lind said that "the ice rink will open before the winter fair".',
      'Treasurer Olof Brand disagreed. "The ice rink plan is wishful thinking," Brand said.',
    ),
  },
  {
    file: 'rink-b.txt',
    outlet: 'Valley Bulletin',
    date: '2026-11-03',
    text: story('Rink by the fair', '"The ice rink will open before the winter fair," Lind told the council.'),
  },
]);

const leftOut = (outlets: { outlet: string | null; rendering: string }[]) =>
  outlets.filter((o) => o.rendering === 'absent').map((o) => o.outlet);

describe('"compare 1 and 2" in a thread on a topic', () => {
  it('lists the articles on the topic that left a claim out, as /compare on the topic does', () => {
    const onTopic = compare(store, 'ice rink');
    const brand = onTopic.claims.find((c) => c.speaker === 'Olof Brand');
    expect(brand).toBeDefined();
    expect(leftOut(brand!.outlets)).toEqual(['Valley Bulletin']);
    const { answer } = answerFollowUp(store, { query: 'ice rink', speaker: null, outlet: null, command: 'compare' }, 'compare 1 and 2');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    const inThread = answer.result.claims.find((c) => c.speaker === 'Olof Brand');
    expect(inThread).toBeDefined();
    expect(leftOut(inThread!.outlets)).toEqual(['Valley Bulletin']);
  });
});
