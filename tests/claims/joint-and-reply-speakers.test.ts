/**
 * Speakers a reader names from the shape around a quotation: two people joined by "and" (surnames too, or a name set
 * off after "and her deputy"), never a quantifier floating after them ("both said"); a noun of replying after the
 * words ("came the reply from X", "“…,” was another.", after a semicolon too: "X wrote to Y; “…” was his reply"); and a pronoun that only a description in the sentence before can stand for ("The
 * minister was blunt. “…,” she said."). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const Q = '“We will not back down,”';

describe('joint speakers', () => {
  it('credits surnames joined by "and" to the pair, after the words and before them', () => {
    expect(speakers(`${Q} Ruiz and Li said in a joint statement.`)[0]).toMatchObject({ speaker: 'Ruiz and Li', mention: 'Ruiz and Li' });
    expect(speakers('Ruiz and Li said, “We will not back down.”')[0]?.speaker).toBe('Ruiz and Li');
    expect(speakers(`${Q} said Ruiz and Li.`)[0]?.speaker).toBe('Ruiz and Li');
    expect(speakers('In a statement, Ruiz and Li said, “We will not back down.”')[0]?.speaker).toBe('Ruiz and Li');
  });

  it('names each of the pair in full when the text has', () => {
    const [q] = speakers('Ana Ruiz met Li Wei on Monday.', `${Q} Ruiz and Li said.`);
    expect(q).toMatchObject({ speaker: 'Ana Ruiz and Li Wei', mention: 'Ruiz and Li' });
  });

  it('still credits two full names to the pair', () => {
    expect(speakers('Ana Ruiz and Li Wei said, “We will not back down.”')[0]?.speaker).toBe('Ana Ruiz and Li Wei');
  });

  it('leaves out a name that is the object of a verb before "and"', () => {
    expect(speakers('He met Obama and Li said, “We will not back down.”')[0]?.speaker).toBe('Li');
  });

  it('leaves a given name before a full name apart (they share the surname)', () => {
    expect(speakers('David and Ana Ruiz wrote that the port was “a relic.”')[0]?.speaker).toBe('Ana Ruiz');
  });

  it('takes the people a floating quantifier counts, never the quantifier', () => {
    const [q] = speakers('Mayor Ana Ruiz and her deputy, Tom Hale, both said: “The budget is balanced.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz and Tom Hale', mention: 'Mayor Ana Ruiz and her deputy, Tom Hale' });
    expect(speakers('“The budget is balanced,” Mayor Ana Ruiz and her deputy, Tom Hale, both said.')[0]?.speaker).toBe(
      'Ana Ruiz and Tom Hale',
    );
    expect(speakers('Ruiz and Hale, her deputy, both said: “The budget is balanced.”')[0]?.speaker).toBe('Ruiz and Hale');
    expect(speakers('The aides each said: “The budget is balanced.”')[0]?.speaker).toBe('the aides');
  });

  it('gives no bare quantifier as a speaker', () => {
    for (const lead of ['Each says', 'All said', 'Both said']) {
      const [q] = speakers('Ana Ruiz met Tom Hale on the quay, near the ferry office.', `${lead}: “The budget is balanced.”`);
      expect(['each', 'all', 'both']).not.toContain(q?.speaker?.toLowerCase());
    }
  });
});

describe('a noun of replying after the words', () => {
  const asked = 'Ana Ruiz was asked whether the port would close.';

  it('credits the one the reply came from', () => {
    expect(speakers(asked, '“Absolutely not,” came the reply from Ruiz.')[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
    expect(speakers(asked, '“Absolutely not,” was the reply from Ruiz.')[0]?.speaker).toBe('Ana Ruiz');
    expect(speakers('“Absolutely not,” came the answer from the minister.')[0]?.speaker).toBe('the minister');
    expect(speakers(asked, '“Is it negotiable?” came the reply from Ruiz.')[0]?.speaker).toBe('Ana Ruiz');
  });

  it('credits the owner of the reply', () => {
    expect(speakers(asked, '“Absolutely not,” came Ruiz’s curt reply.')[0]?.speaker).toBe('Ana Ruiz');
    expect(speakers(asked, '“Absolutely not,” was her answer.')[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('reads the words right after a semicolon as opening their clause', () => {
    const [q] = speakers('Ana Ruiz answered Tom Berg’s letter; “We will not pay” was his reply.');
    expect(q).toMatchObject({ speaker: 'Tom Berg', mention: 'his' });
    expect(speakers('Tom Berg wrote to Ana Ruiz; “Never,” came the reply from Ruiz.')[0]?.speaker).toBe('Ana Ruiz');
    expect(speakers('Ana Ruiz spoke first; “Not now,” was the answer from the minister.')[0]?.speaker).toBe('the minister');
  });

  it('reads nothing into an answer that came from no one', () => {
    expect(speakers(asked, '“Yes,” was the answer most voters gave.')[0]?.speaker).toBeNull();
  });
});

describe('a pronoun after a description in the sentence before', () => {
  const words = '“We are not going to pay,”';

  it('stands for the description when no one is named', () => {
    expect(speakers(`The minister was blunt. ${words} she said.`)[0]).toMatchObject({ speaker: 'the minister', mention: 'she' });
    expect(speakers('The minister was blunt.', `${words} she said.`)[0]?.speaker).toBe('the minister');
    expect(speakers(`The ministers were blunt. ${words} they said.`)[0]?.speaker).toBe('the ministers');
  });

  it('goes to a person named before', () => {
    expect(speakers(`Ana Ruiz spoke on Monday at the quay. The minister was blunt. ${words} she said.`)[0]?.speaker).toBe('Ana Ruiz');
    expect(speakers(`Maria Costa spoke first. ${words} she said.`)[0]?.speaker).toBe('Maria Costa');
  });

  it('does not stand for a thing, a description of the other gender, or one two sentences back', () => {
    expect(speakers(`The plan was dead. ${words} she said.`)[0]?.speaker).toBe('she');
    expect(speakers(`The chairwoman was blunt. ${words} he said.`)[0]?.speaker).toBe('he');
    expect(speakers(`The minister was blunt. The talks ended. ${words} she said.`)[0]?.speaker).toBe('she');
  });
});

describe('"another" alone after the words ("“…,” was another.")', () => {
  it('is the speaker, not the "one" of the sentence before', () => {
    const qs = speakers('“The port is great! Lind is awful,” read one. “Anybody but Lind,” was another.');
    expect(qs.map((q) => q.mention)).toEqual(['one', 'another']);
  });
});
