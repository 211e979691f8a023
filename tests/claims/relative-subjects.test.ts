/**
 * A relative pronoun as the subject of a verb of saying: "which" or "who" in a clause set off from its antecedent
 * (by a comma or a dash, or after a name with no comma), also with a phrase set off between it and its verb, or "who"
 * right after people named by a plural role noun that an earlier verb takes ("rebuked critics who say"). The
 * pronoun is the mention; the speaker is what it stands for. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('relative pronouns as the subject of a verb of saying', () => {
  it('credits “…” after ", which notes," to the phrase before "which"', () => {
    const [q] = speakers(
      'Mayor Li Wei linked to the wire report, which notes, “More than half the donors met with her while she was in office.”',
    );
    expect(q).toMatchObject({ speaker: 'the wire report', mention: 'which' });
  });

  it('passes over a phrase set off by dashes between "which" and its verb', () => {
    const [q] = speakers(
      'Her statements match her new ad, which — as columnist Dana Shore noted recently in the Harbour Times — promises to “stop the board from taking all our progress away” while clips play.',
    );
    expect(q).toMatchObject({ speaker: 'her new ad', mention: 'which' });
  });

  it('passes over a phrase set off by commas between "who" and its verb', () => {
    const [q] = speakers(
      'The tone was milder than that of her campaign staff, who, on a call Friday, criticized Li for “misrepresenting what had happened.”',
    );
    expect(q).toMatchObject({ speaker: 'her campaign staff', mention: 'who' });
  });

  it('reads "who" right after a name as set off, with no comma', () => {
    const [q] = speakers(
      'The best reaction was this post from Dana Shore who wrote, “You see, the board never pays attention to any rules at all.”',
    );
    expect(q).toMatchObject({ speaker: 'Dana Shore', mention: 'who' });
  });

  it('ends a clause set off by a dash at the next dash: its verb introduces no later quotation', () => {
    const [banner, thanks] = speakers(
      'Li Wei spotted a banner in the crowd. He held up the banner — which read “Harbour First” — and waved it around, mouthing “thank you” toward the crowd.',
    );
    expect(banner).toMatchObject({ speaker: 'the banner', mention: 'which' });
    expect(thanks).toMatchObject({ speaker: 'Li Wei', mention: 'He' });
  });

  it('leaves a clause that restricts a description to the other rules', () => {
    const [q] = speakers('Ana Ruiz hoisted a sign that read “Harbour First for Everyone Here!”');
    expect(q?.speaker).toBe('Ana Ruiz');
  });
});

describe('a quotation in a name’s relative clause with no comma', () => {
  it('credits "who is looking to …" after a name to that person, not the subject of the sentence', () => {
    const [q] = speakers(
      'Li Wei spoke after the vote.',
      'Tomas Hale contrasted that with Ana Ruiz who is looking to bring "people together to build the quay."',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'who' });
  });

  it('leaves a passive relative clause to its agent', () => {
    const [q] = speakers('Tomas Hale compared the plan with Ana Ruiz who was called "a dreamer" by the board.');
    expect(q?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('"who" after plural people an earlier verb takes', () => {
  it('credits the people, not the subject of the earlier verb', () => {
    const [q] = speakers(
      'Mayor Ana Ruiz rebuked critics who say she should brand the port owners as "greedy thieves," saying names do nothing.',
    );
    expect(q).toMatchObject({ speaker: 'critics', mention: 'who' });
  });
});

describe('a verb that "and" joins to a clause "who" opens with no comma before it', () => {
  it('credits the one "who" follows, not the subject of the sentence', () => {
    const qs = speakers(
      'Tom Hale met a harbour official who oversaw the inquiry and said it was “a minor matter.”',
      'Ana Ruiz “was let off lightly,” said a former ferry inspector who led the audit and described the affair as “a small slip.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['a harbour official', 'a former ferry inspector', 'a former ferry inspector']);
  });

  it('leaves a "who" with a pronoun or determiner after it alone', () => {
    const [q] = speakers('Tom Hale, the clerk who the board hired and praised, said the quay was “a fine piece of work.”');
    expect(q?.speaker).toBe('Tom Hale');
  });
});
