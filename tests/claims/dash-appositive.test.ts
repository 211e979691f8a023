/**
 * A phrase set off by dashes right before a verb of saying: the last name before the verb sits inside the aside,
 * so the subject is the person the aside opens with (after a description), or the phrase before the dashes. Both
 * the em dash and a double hyphen (" -- ", which leaves no token of its own). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a dash appositive before a verb of saying', () => {
  it('credits the name that opens an em-dash aside after a description', () => {
    const [q] = speakers('A former candidate — Ana Ruiz, who lost to Li Wei — said the plan “will not work at all.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('credits the name that opens a double-hyphen aside after a description', () => {
    const [q] = speakers('A former candidate -- Ana Ruiz, who lost to Li Wei -- said the plan “will not work at all.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('credits the name that opens an en-dash aside', () => {
    const [q] = speakers('The retired judge – Tomas Berg, who sat with Dana Shore for a decade – wrote that the ruling was “a mistake.”');
    expect(q).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('reads no dash into a possessive inside the aside ("Li Wei’s running mate")', () => {
    const [q] = speakers(
      'On Friday, Ana Ruiz — named by the Gazette as the likely choice for Li Wei’s running mate — told the paper that “it is an honour.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('credits the name before an aside that describes it', () => {
    const [em] = speakers('Ana Ruiz — a former candidate who lost to Li Wei — said the plan “will not work at all.”');
    expect(em).toMatchObject({ speaker: 'Ana Ruiz' });
    const [hyphens] = speakers('Ana Ruiz -- a former candidate who lost to Li Wei -- said the plan “will not work at all.”');
    expect(hyphens).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('credits the description before an aside that is a relative clause', () => {
    const [em] = speakers('The mayor — who lost to Li Wei last spring — said the plan “will not work at all.”');
    expect(em).toMatchObject({ speaker: 'the mayor' });
    const [hyphens] = speakers('The mayor -- who lost to Li Wei last spring -- said the plan “will not work at all.”');
    expect(hyphens).toMatchObject({ speaker: 'the mayor' });
  });

  it('leaves a comma appositive as it was', () => {
    const [q] = speakers('A former candidate, Ana Ruiz, who lost to Li Wei, said the plan “will not work at all.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
