/**
 * Shapes of attribution that named the wrong person: a verb after "and" that shares the main subject, not a document the clause before put out
 * ("issued a statement calling it “…” and said", "and in a statement praised", "but in a later interview said"); a source set off by a dash before the
 * colon that opens the words ("… did predict the vote - CityPulse: “…”", "- More from Lund and Berg: “…”"); a verb of saying inside a clause
 * that opens after words quoted mid-sentence ("… his trademark “…” when I ask") does not tag them; "implied" is a verb
 * of saying; the object of a restrictive "who" clause is not the subject of the verb after it ("an official who
 * attended the meeting said"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a verb after "and" keeps the subject of the clause', () => {
  it('is not joined to a participle that hangs on the object', () => {
    const qs = speakers(
      'Mayor Ana Ruiz issued a statement calling the levy "reckless" and said the council will face a "day of reckoning."',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Mayor Ana Ruiz' });
  });

  it('passes a preposition and its object after "and" (a verb of saying)', () => {
    const [q] = speakers('Tomas Berg is backing Ruiz and in a statement praised her for "a steady and honest campaign."');
    expect(q).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('passes a preposition and its object after "and" (any verb)', () => {
    const [q] = speakers(
      'Tomas Berg, the chairman of the county board, is backing Ruiz and in a statement credited her for "a steady and honest campaign."',
    );
    expect(q).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('keeps a subject that follows the phrase after "and"', () => {
    expect(
      speakers('Boos rang out when Ruiz spoke, and at one point the crowd loudly repeated the chant "Vote her out!"')[0]?.mention,
    ).toBe('the crowd');
    expect(speakers('Ruiz was upbeat, and since May she has often told aides that "we will win this one."')[0]?.mention).toBe('she');
  });

  it('still joins a verb to a progressive participle', () => {
    const qs = speakers('Ana Ruiz was calling the plan "reckless" and said the council will face a "day of reckoning."');
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('a source set off by a dash before the colon', () => {
  it('speaks the words over a verb of saying before the dash', () => {
    const [q] = speakers('But polls did predict the city vote - CityPulse: "Most surveys were close to the final count."');
    expect(q).toMatchObject({ speaker: 'CityPulse' });
  });

  it('takes two names joined by "and" after "More from"', () => {
    expect(speakers('Polls missed the swing - More from Lund and Berg: "Our data show a clear shift in the last week."')[0]?.speaker).toBe(
      'Lund and Berg',
    );
    expect(
      speakers('Signs of a late swing were there all along -More from Lund and Berg: "Our data show a clear shift in the last week."')[0]
        ?.speaker,
    ).toBe('Lund and Berg');
  });

  it('leaves a date set off by a dash to the verb', () => {
    const [q] = speakers('Ana Ruiz said the vote would be held in May - Election Day: "a day to remember for us all, I promise."');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('a clause of its own after words quoted mid-sentence', () => {
  it('does not lend its verb of saying to the words before it', () => {
    const qs = speakers(
      'Tom Berg looked shaken at the last hearing, unable to offer more than "well, maybe" when Ana Ruiz accused him of a "cheap trick" over the levy.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Berg', 'Ana Ruiz']);
  });

  it('leaves the narrator out of a habit it describes', () => {
    const [q] = speakers('Typically, Berg just cuts me off with his trademark "no, no, no" when I ask a question he dislikes.');
    expect(q?.mention).not.toBe('I');
  });

  it('still reads a verb after the comma that closes the clause, and "as"', () => {
    expect(speakers('"I want to wait until the vote" before discussing details, Berg said.')[0]?.speaker).toBe('Berg');
    expect(speakers('The fares are "far too high" as Ruiz said on Monday.')[0]?.speaker).toBe('Ruiz');
  });
});

describe('"implied" as a verb of saying', () => {
  it('credits the words of the clause it reports', () => {
    const [q] = speakers('Ana Ruiz conceded that Berg had touched Lind but implied that it was Lind\'s fault for "grabbing" at the mayor.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('a restrictive "who" clause before the verb', () => {
  it('gives the verb the phrase "who" stands for, not the clause\'s object', () => {
    expect(speakers('One council official who attended the meeting said the plan was "dead on arrival."')[0]?.mention).toBe(
      'One council official',
    );
    expect(speakers('Voters who backed the levy said it was "a fair deal for the town."')[0]?.mention).toBe('Voters');
    expect(speakers('A man who knows Tom Berg well said he was "a decent sort."')[0]?.mention).toBe('A man');
  });

  it('keeps a subject that follows "who"', () => {
    expect(speakers('She is the one who Ruiz said was "the best of them all."')[0]?.speaker).toBe('Ruiz');
  });
});

describe('a verb after "but" and a phrase of its own keeps the subject of the clause', () => {
  it('gives the words to the subject of the first clause, past "in a later interview"', () => {
    const qs = speakers(
      'Tom Hale spoke with aides of Ana Ruiz.',
      'The clerk first said he did not remember the files, but in a later interview said he had an "awful" moment and deleted them.',
    );
    expect(qs[0]).toMatchObject({ mention: 'The clerk' });
  });
});
