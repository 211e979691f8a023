/**
 * Round 64: a participle of saying after a subordinate clause whose subject is a thing that cannot speak ("as the
 * harbour meeting began vowing …") is said by the subject of the clause it hangs on, not by the thing; a person, a
 * body or a document as that subject keeps the participle, and a noun after a preposition ("after the paper's
 * editorial urging") is no clause at all. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a participle after a clause whose subject is a thing', () => {
  it('goes to the subject of the clause it hangs on', () => {
    const [q] = speakers(
      'Tom Hale chairs the port board. He sent out a letter as the harbour meeting began vowing to “fight for every berth” in May.',
    );
    expect(q).toMatchObject({ speaker: 'Tom Hale', mention: 'He' });
    const [r] = speakers(
      'Tom Hale chairs the port board. He sent a letter as the harbour vote began, warning that the levy was “a trap” for crews.',
    );
    expect(r).toMatchObject({ speaker: 'Tom Hale', mention: 'He' });
  });

  it('stays with a person or a body that can speak', () => {
    const [q] = speakers(
      'Tom Hale chairs the port board. He sent a letter as the mayor spoke, warning that the levy was “a trap” for crews.',
    );
    expect(q).toMatchObject({ speaker: 'the mayor' });
    const [r] = speakers(
      'Tom Hale chairs the port board. He sent a letter as the harbour council met, warning that the levy was “a trap” for crews.',
    );
    expect(r).toMatchObject({ speaker: 'the harbour council' });
  });

  it('reads no clause into a noun after a preposition', () => {
    const [q] = speakers(
      'Tom Hale chairs the port board. He sent a letter after the newspaper’s editorial urging crews to drop their “old habits” for good.',
    );
    expect(q).toMatchObject({ speaker: 'the newspaper’s editorial' });
  });
});
