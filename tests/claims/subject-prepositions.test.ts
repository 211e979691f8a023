/**
 * The subject of a speech verb before a quotation: phrases that cannot be the subject (the object of a preposition,
 * a phrase that opens the sentence) are passed over for the one that is. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('subject of a speech verb: prepositional phrases', () => {
  it('passes over a description after a preposition between the subject and its verb', () => {
    const [q] = speakers('Li Wei in his opening speech called the striking workers “heroes of the harbour.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('passes over nested prepositional phrases to the subject', () => {
    const [q] = speakers('Li Wei in his speech at the rally called the striking workers “heroes of the harbour.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('takes a role description before the prepositional phrase', () => {
    const [q] = speakers('The new chairwoman for the next term later said the budget was “a fair deal for everyone.”');
    expect(q?.mention).toBe('The new chairwoman');
  });

  it('gives a message sent out by someone, with a time phrase after the agent, to that agent', () => {
    const [q] = speakers('In addition, a fundraising email sent out by Li Wei on Tuesday night warned: “The fight is only starting now.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('keeps a description whose preposition is governed by another one (no person before it)', () => {
    const [q] = speakers('The talks before the board on the new budget said little, and Ana Ruiz called them “a waste of time.”');
    expect(q?.speaker).not.toBe('the new budget');
  });

  it('finds the subject after a prepositional phrase that opens the sentence', () => {
    const [q] = speakers('On the morning of May 2 Li Wei jumped onto his account and called the plan a “total disaster for everyone.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });
});

describe('subject of a speech verb: a sentence adverb set off before it', () => {
  it('passes over "Likewise," or "Moreover," to the description after it', () => {
    const qs = speakers(
      'Tom Lind spoke first.',
      'Likewise, a paper from the Harbour Institute had this to say about his plan: "Families from the top half would gain more."',
      'Moreover, a report by the port board had this to say: "The quay is too short."',
    );
    expect(qs.map((q) => q.mention)).toEqual(['a paper from the Harbour Institute', 'a report by the port board']);
  });
});
