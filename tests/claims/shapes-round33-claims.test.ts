/**
 * Shapes of round 33 (helper "claims"): an aside "as X said" between dashes, the -s form of a verb of saying that
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
    expect(
      speakers('Ana Ruiz spoke on Monday. Ruiz - as Tom Hale had warned - said the levy was "a mistake."'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('an -s form of a verb of saying that is a plural noun', () => {
  it('after a quantifier that wants a plural and a lower-case word', () => {
    expect(speakers('Several press reports say there were "many cases."')).toMatchObject([{ speaker: 'several press reports' }]);
    expect(speakers('Multiple news reports show that the port was "run down."')).toMatchObject([
      { speaker: 'Multiple news reports' },
    ]);
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
