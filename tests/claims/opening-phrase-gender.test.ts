/**
 * What the text says of a person's gender: "She" opening the sentence after one whose subject is the only person
 * named counts after an opening phrase its comma closes ("This spring, Makri asked …. She …") as it does with none,
 * so a later "he" passes over her. Names and sentences are our own (given names the name lists do not know).
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a pronoun opening the next sentence after a subject past an opening phrase', () => {
  it('tells the woman, so a later "he" passes over her to the man the sentence is about', () => {
    const qs = speakers(
      'This spring, Zorwen Makri asked the court to drop her name from the case. She did not reply to questions.',
      'Like Makri, the former student, Quillan Rennet no longer wants a fight. “I am too old for that,” he said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Quillan Rennet', mention: 'he' });
  });

  it('tells the man, so a later "she" passes over him', () => {
    const qs = speakers(
      'On Monday, Dorvel Astik filed the complaint at the county office. He did not take questions.',
      'Like Astik, the neighbour, Ysolde Brannick wants the fence gone. “It blocks the light,” she said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Ysolde Brannick', mention: 'she' });
  });

  it('tells nothing where the opening phrase names someone too', () => {
    const qs = speakers(
      'After a call with Orla Fennick, Dorvel Astik filed the complaint. She did not take questions.',
      '“It blocks the light,” he said.',
    );
    expect(qs.at(-1)?.speaker).toBe('Dorvel Astik');
  });
});
