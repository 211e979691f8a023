/**
 * A study, poll or survey speaks for whoever made it when the phrase says so ("according to a 2014 study by two
 * economists, Lena Marsh and Tomas Weir"); one with no maker named, or only a time ("a survey from the spring"),
 * stays the study. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a survey noun with "by" or "from" its maker', () => {
  it('credits the people who made the study', () => {
    const [q] = speakers(
      'According to a 2014 study by economists Lena Marsh and Tomas Weir, the tariff was a "major change in trade policy."',
    );
    expect(q).toMatchObject({ speaker: 'Lena Marsh and Tomas Weir' });
  });

  it('credits the body that ran the poll', () => {
    const [q] = speakers('According to a poll from the Harbour Institute, the race is "too close to call."');
    expect(q?.speaker).toBe('Harbour Institute');
  });

  it('leaves the study alone when no maker is named', () => {
    expect(speakers('According to a survey from the spring, voters were "unhappy."')[0]).toMatchObject({ mention: 'a survey' });
    expect(speakers('According to a recent analysis, the plan is "unaffordable."')[0]).toMatchObject({ mention: 'a recent analysis' });
  });
});

describe('a document "filed", "prepared" or "compiled" by its author', () => {
  it('credits the author after the participle', () => {
    const [q] = speakers(
      'The case is closed: "the evidence is insufficient," according to a court document filed by state attorney Lena Marsh.',
    );
    expect(q).toMatchObject({ speaker: 'Lena Marsh' });
    const [r] = speakers('The fund was "badly run," according to a report prepared by the city auditor.');
    expect(r).toMatchObject({ speaker: 'the city auditor' });
  });
});
