/**
 * Plural role nouns before "to", "of" or "for" and a name ("Aides to Li Wei said"): the speakers are the aides,
 * not the person they work for. Crediting Li Wei would be a misattribution. A participle after the clause such a
 * phrase opens ("Lawyers for Li Wei opposed the plan, saying …") is theirs, the whole phrase. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('people described by the person they serve', () => {
  it('credits "Aides to Li Wei", "Allies of Dana Shore" and "the aides to Li Wei", not the person named', () => {
    const qs = speakers(
      'Aides to Li Wei said the plan “was never funded.”',
      'Allies of Dana Shore said the vote was “rigged from the start.”',
      'The aides to Omar Fiske said the plan “was dead.”',
    );
    expect(qs.map((q) => q.mention)).toEqual(['Aides to Li Wei', 'Allies of Dana Shore', 'The aides to Omar Fiske']);
  });

  it('still credits the person after "of" when the words before are a name ("Tomas Berg of the Harbour Trust")', () => {
    const [q] = speakers('Tomas Berg of the Harbour Trust said the plan “was never funded.”');
    expect(q?.speaker).toBe('Tomas Berg');
  });
});

describe('a participle whose clause opens with a role and the person it serves', () => {
  it('credits the whole phrase, not the role noun alone', () => {
    const [q] = speakers(
      'Lawyers for Tom Lind appeared to oppose the move, saying in court papers that his notes were "never the property of the port."',
    );
    expect(q).toMatchObject({ speaker: 'Lawyers for Tom Lind', mention: 'Lawyers for Tom Lind' });
    const [r] = speakers('An aide to Ana Ruiz opposed the levy, calling it "a tax on every ferry."');
    expect(r).toMatchObject({ mention: 'An aide to Ana Ruiz' });
  });
});
