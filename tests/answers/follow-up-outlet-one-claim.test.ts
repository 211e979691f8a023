/**
 * "What did <outlet> say?" in a thread answers about the thread's one claim: other claims on its words are no list
 * cut short, so the answer does not say they are "not shown" nor how to narrow them.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'mill-a.txt',
    outlet: 'Weir Chronicle',
    date: '2026-03-02',
    text: story(
      'Old mill to reopen',
      '“The old mill will grind flour again by harvest,” miller Aurelio Penhale said.',
      'Penhale later said that once the weir is repaired, “the old mill will grind flour again by harvest, the bakery next door will open in the autumn, and the village will have its own bread for the first time in forty years.”',
    ),
  },
  {
    file: 'mill-b.txt',
    outlet: 'Millrace Post',
    date: '2026-03-03',
    text: story('Mill back in business', '“The old mill will grind flour again by harvest,” Aurelio Penhale told the meeting.'),
  },
]);
const thread = { query: 'The old mill will grind flour again by harvest', speaker: null, outlet: null };

describe('an outlet asked about in a thread on one quotation', () => {
  it('is answered on that claim, without a count of other claims not shown', () => {
    // the topic itself holds more than one claim: /compare on it lists them
    expect(compare(store, thread.query).claims.length).toBeGreaterThan(1);
    const { answer } = answerFollowUp(store, thread, 'what did Millrace Post say?');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    expect(answer.result.claims).toHaveLength(1);
    expect(answer.result.moreClaims).toBeUndefined();
    expect(answer.result.explanation).not.toMatch(/not shown/);
  });
});
