/**
 * Words in a clause that a person's point of view opens ("To Ana Ruiz, …", "because to her, …", "In Li Wei's view, …")
 * are that person's when no verb of saying stands between the phrase and them; a phrase that is no person's ("To date,"),
 * or a verb of saying after it, leaves the words to the rules after. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a point of view opening the clause of the words', () => {
  it('credits the person a sentence opens with "To X,"', () => {
    const [q] = speakers(
      'Ana Ruiz of Harlow has known the harbour master for thirty years.',
      'To Ruiz, Tom Hale is the “stubborn but honest” man who kept the ferry running.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  it('credits "him" after "because to him," to the man it stands for', () => {
    const [q] = speakers(
      'Tom Hale says he will back the levy because to him, the ferry is such a lifeline that it would be folly to “let the boats rot.”',
    );
    expect(q).toMatchObject({ speaker: 'Tom Hale', mention: 'him' });
  });

  it('credits the owner of "In X\'s view,"', () => {
    const [q] = speakers('Li Wei chairs the port board.', 'In Li Wei’s view, the new quay is “a gift to the town” that no one asked for.');
    expect(q).toMatchObject({ speaker: 'Li Wei', mention: 'Li Wei' });
  });

  it('credits the person "his" stands for in "In his view,"', () => {
    const [q] = speakers('Li Wei chairs the port board.', 'In his view, the new quay is “a gift to the town” that no one asked for.');
    expect(q).toMatchObject({ speaker: 'Li Wei', mention: 'his' });
  });

  it('leaves a verb of saying after the phrase to decide', () => {
    const [q] = speakers('To reporters in Harlow, Tom Hale said the quay was “a gift to the town.”');
    expect(q).toMatchObject({ speaker: 'Tom Hale' });
  });

  it('reads no person in "To date,"', () => {
    const [q] = speakers('To date, the board has called the quay “a gift to the town.”');
    expect(q?.speaker).toBe('the board');
  });
});
