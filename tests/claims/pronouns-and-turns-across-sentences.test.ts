/**
 * Shapes of attribution across sentences and paragraphs: pronouns between two people,
 * a speaker introduced after the words, paragraphs of quotation with no cue, transcripts. Each wrong speaker found
 * was fixed by its general cause; shapes that already came out right are kept so they stay so. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const INTRO = 'Kiran Dale runs the port. Sasha Vrell runs the ferry.';

describe('a surname after the verb of a one-word subject ("Dale met Vrell") is its object, not a subject', () => {
  it('leaves "he" to the subject', () => {
    expect(speakers(INTRO, 'Dale met Vrell on Monday. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
    expect(speakers(INTRO, 'Vrell met Dale on Monday. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Sasha Vrell' }]);
    expect(speakers(INTRO, 'Dale called Vrell. “I told him no,” he said.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
    expect(speakers(INTRO, 'Dale urged Vrell to resign. “It is time,” he said.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
    expect(speakers(INTRO, 'Dale met Vrell.', '“We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
  });

  it('after an opening pronoun too', () => {
    expect(speakers(INTRO, 'Dale spoke first. He thanked Vrell.', '“You were right,” he said.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
  });

  it('still takes a name after an opening phrase, a connective or "and" as a subject', () => {
    expect(speakers(INTRO, 'On Monday, Vrell spoke. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Sasha Vrell' }]);
    expect(speakers(INTRO, 'But Vrell left early. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Sasha Vrell' }]);
  });

  it('gives "she" and "he" to the one of that gender, whichever is subject', () => {
    const mf = 'Tomas Dale runs the port. Maria Vrell runs the ferry.';
    expect(speakers(mf, 'Dale met Vrell on Monday. “We agreed on nothing,” she said.')).toMatchObject([{ speaker: 'Maria Vrell' }]);
    expect(speakers(mf, 'Vrell met Dale on Monday. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Tomas Dale' }]);
    expect(speakers('Maria Ruiz met Tomas Hale on Monday. “We agreed on nothing,” he said.')).toMatchObject([{ speaker: 'Tomas Hale' }]);
    expect(speakers('Ms. Ruiz met Mr. Hale on Monday. “We agreed on nothing,” she said.')).toMatchObject([{ speaker: 'Ruiz' }]);
  });
});

describe('a name right after a pronoun’s own verb is someone else ("“…,” he told Vrell")', () => {
  it('passes the pronoun over the person it addresses or speaks of', () => {
    expect(speakers(INTRO, 'Vrell asked Dale about the fares.', '“They will stay,” he told Vrell.')).toMatchObject([
      { speaker: 'Kiran Dale' },
    ]);
    expect(speakers(INTRO, 'Vrell wrote to Dale.', '“He never listens,” he said of Vrell.')).toMatchObject([{ speaker: 'Kiran Dale' }]);
    expect(speakers('Ana Berg met Lea Moss on Monday. Moss asked Berg about the port.', '“It will close,” she told Moss.')).toMatchObject([
      { speaker: 'Ana Berg' },
    ]);
  });

  it('leaves it to that person otherwise', () => {
    expect(speakers(INTRO, 'Vrell asked Dale about the fares.', '“They will stay,” he told reporters.')).toMatchObject([
      { speaker: 'Sasha Vrell' },
    ]);
  });
});

describe('an owner whose role a name stands beside ("Ruiz’s lawyer, Tom Hale, said") is not the subject', () => {
  it('leaves a later "he" to the name', () => {
    expect(
      speakers(
        'Mr. Vrell sued Mr. Dale in May. Dale’s lawyer, Tom Hale, said the suit was “a stunt.” He said Vrell was “looking for attention.”',
      ),
    ).toMatchObject([{ speaker: 'Tom Hale' }, { speaker: 'Tom Hale', mention: 'He' }]);
  });
});

describe('a "he" or "she" no one named before it stands for is the person introduced right after it', () => {
  it('as the subject that opens the next sentence, in its paragraph or the next', () => {
    expect(speakers('“The port is dying,” she said. Maria Ruiz, the mayor, has run the town since 2014.')).toMatchObject([
      { speaker: 'Maria Ruiz', mention: 'she' },
    ]);
    expect(speakers('“The port is dying,” he said. Tomas Hale, who owns the ferry, has watched trade fall.')).toMatchObject([
      { speaker: 'Tomas Hale' },
    ]);
    expect(speakers('“The port is dying,” she says.', 'Maria Ruiz, the mayor, has run the town since 2014.')).toMatchObject([
      { speaker: 'Maria Ruiz' },
    ]);
    expect(speakers('“The port is dying,” she said. Ms. Ruiz has run the town since 2014.')).toMatchObject([{ speaker: 'Ruiz' }]);
  });

  it('as the subject of the clause after the one it opens', () => {
    expect(speakers('After he called the plan “a sham,” Tomas Hale walked out.')).toMatchObject([{ speaker: 'Tomas Hale' }]);
  });

  it('not a person of the other gender, one named further on, or one after a preposition', () => {
    expect(speakers('“The port is dying,” she said. Tomas Hale, the mayor, disagrees.')).toMatchObject([{ speaker: 'she' }]);
    expect(speakers('“The port is dying,” she said. The town is small. Maria Ruiz has run it since 2014.')).toMatchObject([
      { speaker: 'she' },
    ]);
    expect(speakers('“The port is dying,” he said. As for Hale, he left.')).toMatchObject([{ speaker: 'he' }]);
  });

  it('leaves a pronoun someone named before stands for to that person', () => {
    expect(speakers('Ana Berg runs the port.', '“It is dying,” she said. Maria Ruiz, the mayor, agrees.')).toMatchObject([
      { speaker: 'Ana Berg' },
    ]);
  });
});

describe('a transcript turn carried on into paragraphs of its own before the next label', () => {
  const T = 'Ana Ruiz, the mayor, spoke with Tom Hale of Radio North. An edited transcript:';
  const who = (...paragraphs: string[]) => speakers(T, ...paragraphs).map((q) => q.speaker);

  it('is the labelled speaker’s, paragraph by paragraph', () => {
    expect(
      who(
        'HALE: Will the port close?',
        'RUIZ: Not while I am mayor.',
        'We have fought for it for ten years.',
        'HALE: And the ferry?',
        'RUIZ: It stays.',
      ),
    ).toEqual(['Tom Hale', 'Ana Ruiz', 'Ana Ruiz', 'Tom Hale', 'Ana Ruiz']);
    expect(
      who(
        'HALE: Will the port close?',
        'RUIZ: Not while I am mayor.',
        'We fought for ten years.',
        'And you know we will fight on.',
        'HALE: And the ferry?',
      ),
    ).toEqual(['Tom Hale', 'Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Tom Hale']);
    expect(
      speakers(
        'Radio North interviewed Ana Ruiz, the mayor, on Monday. Ruiz has run the town since 2014.',
        'Q: Will the port close?',
        'A: Not while I am mayor.',
        'We have fought for it for ten years.',
        'Q: And the ferry?',
        'A: It stays.',
      ).map((q) => q.speaker),
    ).toEqual(['the interviewer', 'Ana Ruiz', 'Ana Ruiz', 'the interviewer', 'Ana Ruiz']);
  });

  it('not a stage note, a line of the article’s own between turns, or the article after the last turn', () => {
    expect(who('HALE: Will the port close?', 'RUIZ: Not while I am mayor.', '(LAUGHTER)', 'HALE: And the ferry?')).toEqual([
      'Tom Hale',
      'Ana Ruiz',
      'Tom Hale',
    ]);
    expect(who('HALE: Will the port close?', 'RUIZ: Not while I am mayor.', 'Ruiz has said so before.', 'HALE: And the ferry?')).toEqual([
      'Tom Hale',
      'Ana Ruiz',
      'Tom Hale',
    ]);
    expect(
      who(
        'HALE: Will the port close?',
        'RUIZ: Not while I am mayor.',
        'HALE: And the ferry?',
        'RUIZ: It stays.',
        'We asked the council too.',
      ),
    ).toEqual(['Tom Hale', 'Ana Ruiz', 'Tom Hale', 'Ana Ruiz']);
  });
});

describe('the sentence right after words that stand alone says whose they were', () => {
  const WORDS = '“We will not back down.”';
  it('"So said X", "Those were the words of X", "The words were X’s", "That is what X said …"', () => {
    for (const after of [
      'So said Maria Ruiz, the mayor, on Monday.',
      'Or so said Maria Ruiz.',
      'So says Maria Ruiz.',
      'Those were the words of Maria Ruiz, the mayor.',
      'The words were Maria Ruiz’s.',
      'The words belonged to Maria Ruiz.',
      'That is what Maria Ruiz said on Monday.',
      'That was the message from Maria Ruiz on Monday.',
    ])
      expect(speakers(`${WORDS} ${after}`), after).toMatchObject([{ speaker: 'Maria Ruiz' }]);
    expect(speakers('Tomas Hale spoke first.', WORDS, 'So said Maria Ruiz, the mayor.')).toMatchObject([{ speaker: 'Maria Ruiz' }]);
  });

  it('not words inside a sentence, or a sentence that only mentions someone', () => {
    expect(speakers(`The sign read ${WORDS} So said nobody.`)).toMatchObject([{ speaker: 'the sign' }]);
    expect(speakers(`${WORDS} That was the mood in Ostend on Monday.`)).toMatchObject([{ speaker: null }]);
  });
});

describe('a paragraph of quotation with no cue after a paragraph about someone', () => {
  it('goes on with the speaker of the paragraph before', () => {
    expect(speakers('“The port is dying,” said Maria Ruiz, the mayor.', '“We need a new pier before winter.”')).toMatchObject([
      { speaker: 'Maria Ruiz' },
      { speaker: 'Maria Ruiz' },
    ]);
  });

  it('is the words of a person the paragraph before says disagreed or objected', () => {
    for (const verb of ['disagreed', 'objected'])
      expect(speakers('“The port is dying,” said Maria Ruiz, the mayor.', `Tomas Hale ${verb}.`, '“The port is fine.”')).toMatchObject([
        { speaker: 'Maria Ruiz' },
        { speaker: 'Tomas Hale' },
      ]);
  });

  it('is no one’s after narration about someone else that quotes no one', () => {
    expect(
      speakers('“The port is dying,” said Maria Ruiz, the mayor.', 'Tomas Hale owns the ferry.', '“I have seen worse years.”'),
    ).toMatchObject([{ speaker: 'Maria Ruiz' }, { speaker: null }]);
  });
});
