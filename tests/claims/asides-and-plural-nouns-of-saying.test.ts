/**
 * Shapes of attribution: an aside "as X said" between dashes, the -s form of a verb of saying that
 * is a plural noun after a quantifier that wants a plural or after an adjective in -ly. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('an aside "as X has said" between dashes speaks of what came before it', () => {
  it('leaves the quotation after the aside to the subject of the clause it belongs to', () => {
    expect(
      speakers(
        'Ana Ruiz spoke on Monday. She told the room that she never lost a vote - as Tom Hale has said - and she can "win it all" again.',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still credits "as X said" that introduces the words', () => {
    expect(speakers('As Tom Hale has said, "the port is not for sale."')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('still reads a verb of saying after the aside', () => {
    expect(speakers('Ana Ruiz spoke on Monday. Ruiz - as Tom Hale had warned - said the levy was "a mistake."')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('an -s form of a verb of saying that is a plural noun', () => {
  it('after a quantifier that wants a plural and a lower-case word', () => {
    expect(speakers('Several press reports say there were "many cases."')).toMatchObject([{ speaker: 'several press reports' }]);
    expect(speakers('Multiple news reports show that the port was "run down."')).toMatchObject([{ speaker: 'Multiple news reports' }]);
  });

  it('after a determiner and an adjective in -ly', () => {
    const [q] = speakers('After the costly claims of last year, the board voted on Monday to call the levy "final."');
    expect(q?.speaker).not.toBe('the costly');
  });

  it('keeps a bare form after a quantifier a verb, and a singular subject with its verb', () => {
    expect(speakers('Tom Hale and Ana Ruiz met. Both sides stress that "the talks went well."')).not.toMatchObject([
      { speaker: 'both sides stress' },
    ]);
    expect(speakers('The letter says the plan is "a disaster."')).toMatchObject([{ speaker: 'the letter' }]);
    expect(speakers('Ana Ruiz spoke. Her deputy says the plan is "a disaster."')).toMatchObject([{ speaker: 'her deputy' }]);
  });

  it('opens a description at a capitalised quantifier that wants a plural', () => {
    expect(speakers('Numerous aides said the plan was "dead."')).toMatchObject([{ speaker: 'Numerous aides' }]);
  });
});

describe('a name written in mojibake (UTF-8 read as Latin-1)', () => {
  it('keeps the sign after Ã or Â inside the word', () => {
    expect(speakers('Governor Ana PeÃ±a Ortiz said the levy was "a mistake."')).toMatchObject([{ speaker: 'Ana PeÃ±a Ortiz' }]);
    expect(speakers('Tomás Ruiz spoke first. "We lost," said TomÃÂ¡s Ruiz.')).toMatchObject([{ speaker: 'TomÃÂ¡s Ruiz' }]);
  });

  it('reads the same letters decomposed (A with a combining tilde)', () => {
    expect(speakers('Governor Ana PeA\u0303\u00b1a Ortiz said the levy was "a mistake."')).toMatchObject([
      { speaker: 'Ana PeA\u0303\u00b1a Ortiz' },
    ]);
  });

  it('still ends a word at a sign after another letter', () => {
    expect(speakers('Ana Ruiz said the levy was "a mistake ±5%."')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a bare form of a verb of saying after a capitalised word that modifies it', () => {
  it('is a noun after a determiner or an adverb in -ly and that word', () => {
    expect(
      speakers(
        'Ana Ruiz praised the mayor and his way of getting things done in a heavily Republican state.',
        '"We need someone who will bring people together."',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('stays a verb after a plural or a name with no determiner', () => {
    expect(speakers('Ruiz and Li state that the levy is "final."')).toMatchObject([{ speaker: 'Ruiz and Li' }]);
    expect(speakers('The Democrats claim the levy is "final."')).toMatchObject([{ speaker: 'Democrats' }]);
  });
});
