/**
 * A printed interview whose questions carry no label (the page sets them in bold) and whose answers carry the
 * interviewee's name: before, one labelled speaker made no transcript and no answer was anyone's.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

const speakers = (...paragraphs: string[]) => speakersIn(...paragraphs).map((q) => q.speaker);

describe('an interview with unlabelled questions and named answers', () => {
  const intro = 'Mira Holt has spent fifteen years turning sheep pasture into young woodland. We spoke to her at the field station.';
  it('credits each answer to the interviewee', () => {
    expect(
      speakers(
        intro,
        'Why did you start the project?',
        'Mira Holt: Because nobody else was going to. The valley had been grazed bare for two hundred years.',
        'What went wrong in the first years?',
        'Holt: Almost everything. We lost half of the first trees to drought.',
      ),
    ).toEqual(['Mira Holt', 'Mira Holt']);
  });

  it('not in an article that does not call itself an interview, nor without the questions', () => {
    const plain = 'Mira Holt has spent fifteen years turning sheep pasture into young woodland.';
    expect(
      speakers(
        plain,
        'Why did you start the project?',
        'Holt: Because nobody else was going to.',
        'What went wrong?',
        'Holt: Almost everything.',
      ),
    ).toEqual([]);
    expect(
      speakers(intro, 'The project began in 2011.', 'Holt: Because nobody else was going to.', 'It grew fast.', 'Holt: Almost everything.'),
    ).toEqual([]);
  });
});
