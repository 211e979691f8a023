/**
 * A study, poll or survey keeps the people its phrase says made it ("according to a 2014 study by economists Lena
 * Marsh and Tomas Weir"): the study still speaks, described in full; one with no maker named, or only a time ("a
 * survey from the spring"), stays the study as written. A document "filed" or "prepared" by someone is theirs. A
 * counted group that says words in the clause a survey "finds" or "shows", or right after a colon or a dash in a
 * sentence a survey opens, answers the survey, which speaks.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a survey noun with "by" or "from" the people who made it', () => {
  it('keeps the makers in the study that speaks', () => {
    const [q] = speakers(
      'According to a 2014 study by economists Lena Marsh and Tomas Weir, the tariff was a "major change in trade policy."',
    );
    expect(q).toMatchObject({ speaker: 'a 2014 study by economists Lena Marsh and Tomas Weir' });
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

describe('a counted group in the clause a survey reports', () => {
  it('credits the survey that finds or shows what the group says', () => {
    const qs = speakers(
      'The Harbour poll also finds that, while 41 percent of voters say Mayor Lind is "too slow" on the ferry, 12 percent say he is "doing fine."',
    );
    expect(qs.map((q) => q.mention)).toEqual(['The Harbour poll', 'The Harbour poll']);
    const [q] = speakers('A new survey shows that 30 percent of likely voters say the levy is "a fair price."');
    expect(q).toMatchObject({ mention: 'A new survey' });
  });

  it('credits the survey a sentence opens with for a group right after its colon or dash', () => {
    const [q] = speakers(
      'But a new Harbour poll shows how hard the vote will be for Lind: Six in 10 voters said the mayor "should step aside now."',
    );
    expect(q).toMatchObject({ mention: 'a new Harbour poll' });
    const [r] = speakers(
      'The poll has bad news for Lind, who has been trying to win back the port — 25 percent of likely voters say they would "never back" him.',
    );
    expect(r).toMatchObject({ mention: 'The poll' });
  });

  it('leaves the group its words when a person, not a survey, found them', () => {
    const [q] = speakers('Ana Ruiz found that 37 percent of voters said the mayor was "very rude" to them.');
    expect(q).toMatchObject({ speaker: 'voters' });
    const [r] = speakers('Ana Ruiz had bad news for Lind — 25 percent of likely voters say they would "never back" him.');
    expect(r).toMatchObject({ speaker: 'voters' });
  });
});

describe('a survey that opens the sentence ("In a poll released Monday, …")', () => {
  it('is the source of the words in the sentence it opens', () => {
    const [q] = speakers('In a poll released Monday, 31 percent of voters said the levy was "too high."');
    expect(q).toMatchObject({ speaker: 'a poll released Monday' });
  });

  it('is none when the survey noun sits in a clause of the opening phrase', () => {
    const [q] = speakers(
      'In a memo released as polls closed Tuesday, campaign manager Tom Lind said the vote was split, which is an outcome, he said, "we have long expected."',
    );
    expect(q).toMatchObject({ speaker: 'Tom Lind', mention: 'he' });
  });
});
