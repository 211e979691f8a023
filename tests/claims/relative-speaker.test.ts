/**
 * A verb of saying whose subject is "that" or "who" right after its antecedent (rule relative-speaker): the pronoun is
 * the mention, the antecedent the speaker; what a named sender puts out is left to the rules for the sender. Sentences
 * are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: "that said" / "who promises" right after the antecedent', () => {
  it('credits a thing that says the words, with "that" as the mention', () => {
    const [q] = speakers('The page was replaced by a notice that said, “Sorry, the ferry is sold out.”');
    expect(q).toMatchObject({ speaker: 'a notice', mention: 'that' });
  });

  it('leaves the verb and its particle out of the antecedent', () => {
    const [q] = speakers('The workers passed out caps that said, “The harbour is open to all. Come and see.”');
    expect(q).toMatchObject({ speaker: 'caps', mention: 'that' });
  });

  it('credits "who" for a person named by a description', () => {
    const [q] = speakers('The ad stars a lighthouse keeper who promises that Lind will not “sell the quay to anyone.”');
    expect(q).toMatchObject({ speaker: 'a lighthouse keeper', mention: 'who' });
  });

  it('leaves a verb with a preposition ("called for") to the clause rules', () => {
    const [q] = speakers('Voters may not warm to a candidate who has called for “a far bigger quay” this year.');
    expect(q?.mention).not.toBe('who');
  });

  it('leaves what a named sender put out to the sender', () => {
    const [a] = speakers('Ana Ruiz released a video that said, “We will hire the best pilots in the bay.”');
    expect(a).toMatchObject({ speaker: 'Ana Ruiz' });
    const [b] = speakers('Oskar Lind was the protester, wearing a shirt that read “Free the port.”');
    expect(b).toMatchObject({ speaker: 'Oskar Lind' });
  });
});
