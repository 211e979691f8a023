/**
 * Names that are also function words: a surname such as "Will" or "From", capitalised alone mid-sentence before a
 * verb, is the person the document names in full, not a sentence opener. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: a surname that is a function word', () => {
  it('credits “…,” Will wrote to the person named Will', () => {
    const [q] = speakers(
      'The columnist Dana Will wrote about the harbour vote this week.',
      '“The ferries cannot wait another winter,” Will wrote.',
    );
    expect(q).toMatchObject({ speaker: 'Dana Will', mention: 'Will' });
  });

  it('takes a surname after a subordinator as the subject of its clause', () => {
    const [q] = speakers(
      'Ana From, who advised two mayors, has followed the port plan for years.',
      'While From argues that the quay is “far too short,” she backs the plan.',
    );
    expect(q).toMatchObject({ speaker: 'Ana From', mention: 'From' });
  });

  it('keeps a capitalised "I" a pronoun, and a sentence-opening function word no name', () => {
    const qs = speakers('“The tide is early,” I said. Will the ferry run? “Not today,” Li Wei said.');
    expect(qs[0]?.speaker).not.toBe('I said');
    expect(qs[1]).toMatchObject({ speaker: 'Li Wei' });
  });

  it('reads no name in a determiner or a capital that opens a clause after a colon', () => {
    const [q] = speakers('Harbour desk update: The mayor said the quay would open “before the first storm.”');
    expect(q).toMatchObject({ speaker: 'the mayor' });
  });
});

describe('attribution: a connective that opens the sentence is no part of a name', () => {
  it('reads "Yet", "First" and "Likewise" before a name as connectives', () => {
    const qs = speakers(
      'Ana Ruiz spoke on Monday. Yet Ruiz said the port was “a lost cause.”',
      'First, Li Wei said the council “must act now.” Likewise, Dana Shore called it “overdue.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Li Wei', 'Dana Shore']);
  });
});
