/**
 * A noun of saying whose author a name (or a description of a person) after "by", "from" or "of" gives, with a short
 * "that" clause holding the words ("knocked a statement by Tom Berg that the quay was “unsafe”"), credits them to that
 * author, as "Berg’s statement that …" does, not to the subject of the verb before it; words the subject says past the
 * clause stay the subject's.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: an authored noun of saying and its "that" clause after a verb of saying', () => {
  it('gives the words in the clause to the author after "by"', () => {
    const [q] = speakers('Ana Ruiz criticized a statement by Tom Berg that the quay was “unsafe” for boats.');
    expect(q).toMatchObject({ speaker: 'Tom Berg', mention: 'Tom Berg' });
  });

  it('gives them to the author after "from" past a role', () => {
    const [q] = speakers('Ana Ruiz rejected the claim from harbour master Tom Berg that the fees are “entirely fair.”');
    expect(q?.speaker).toBe('Tom Berg');
  });

  it('gives them to a person described after "by": as written when indefinite, the one of that role when definite', () => {
    const intro = 'Harbour master Tom Berg toured the quay on Monday.';
    const [q] = speakers(intro, 'Ana Ruiz rejected the suggestion by a future harbour master that the fees are “entirely fair.”');
    expect(q).toMatchObject({ speaker: 'a future harbour master', mention: 'a future harbour master' });
    const [r] = speakers(intro, 'Ana Ruiz rejected the claim by the harbour master that the fees are “entirely fair.”');
    expect(r?.speaker).toBe('Tom Berg');
  });

  it('leaves the verb’s subject the words past a long clause', () => {
    const qs = speakers(
      'Tom Berg wrote to the council in May.',
      'Ana Ruiz said the claim by Tom Berg that the quay was unsafe for boats in winter was “plain nonsense.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
  });
});
