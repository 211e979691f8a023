/**
 * Outer sources: a reporter who reports a person's words ("according to …", "…, X reported"), and the
 * attribution a pronoun and its verb make after a quotation. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    mention: q.speakerMention?.text ?? null,
    rule: q.rule,
  }));

describe('outer sources', () => {
  it('credits people named by a plural role noun after "according to"', () => {
    const [q] = speakers('“You have been very critical of me,” Lind told the mayor, according to officials with knowledge of the meeting.');
    expect(q).toMatchObject({ mention: 'officials', rule: 'according-to-reporter' });
  });

  it('reads "according to" after a question that ends its sentence and the attribution that follows it', () => {
    const [q] = speakers('“When does it stop?” the judge asked, according to the Harbour News.');
    expect(q).toMatchObject({ speaker: 'Harbour News', rule: 'according-to-reporter' });
  });

  it('takes a capitalised paper for a reporter, not a document that records the words', () => {
    const [q] = speakers('“This case is about the right to know,” the judge said, according to the Post.');
    expect(q).toMatchObject({ speaker: 'Post' });
  });

  it('credits a named reporter that closes the sentence after a comma', () => {
    const qs = speakers(
      '“The quay is far too short,” said Ana Ruiz, the harbour master, reports Radio North.',
      'Lind acknowledged that the work could be called “influence peddling,” the Harbour News reported in 1991.',
      'Lind said “nothing” at all, and he left.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Radio North', 'Harbour News', 'Lind']);
  });

  it('credits a named reporter whose verb follows an adverb ("Harbour Watch first reported")', () => {
    const [q] = speakers(
      'Tom Lind, who leads the harbour church, slammed the club for “games and noise” on his radio show, Harbour Watch first reported.',
    );
    expect(q).toMatchObject({ speaker: 'Harbour Watch' });
  });

  it('leaves words a record documents to the person who said them, whoever relays the record', () => {
    const [q] = speakers(
      'Ana Ruiz said the ports should “work closely together,” according to a readout from the ministry, Radio North reported.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('lets a pronoun and its verb after a quotation attribute it when a participle carries on', () => {
    const [q] = speakers(
      'Vice Mayor Oskar Lind weighed in as well, telling the radio on Monday, “But they are both qualified,” he said, adding that the vote was close.',
    );
    expect(q).toMatchObject({ mention: 'he' });
  });
});

describe('descriptions with the place or body they name', () => {
  it('keeps the place, platform or body a description goes on to name', () => {
    const qs = speakers(
      'According to the exit polls in New Mexico, 30% of voters wanted someone who would “speak plainly” on trade.',
      'According to some on Twitter, the mayor was “in hiding,” which led to talk.',
      'According to a 2019 study by the Harbour Institute, the slump was a “major change in policy.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['the exit polls in New Mexico', 'some on Twitter', 'a 2019 study by the Harbour Institute']);
    expect(qs[1]?.mention).toBe('some on Twitter');
  });

  it('leaves a person named after "by" no speaker of their own: the study they made speaks', () => {
    const [q] = speakers('According to a 2019 study by economists Ana Ruiz and Li Wei, the slump was a “major change in policy.”');
    expect(q?.speaker).toBe('a 2019 study by economists Ana Ruiz and Li Wei');
  });
});

describe('attribution after the words: hearers and objects', () => {
  it('does not credit the hearer of "told" after an appositive', () => {
    const [q] = speakers(
      '“The agents are under a lot of pressure,” an intelligence source, who was not allowed to speak, told Radio North.',
    );
    expect(q).toMatchObject({ mention: 'an intelligence source' });
  });

  it('takes a verb phrase after the words for part of a list, not an inverted attribution', () => {
    const [q] = speakers('Oskar Lind summed up the mayor as “terrible,” denounced her record as treasurer and said she should resign.');
    expect(q?.speaker).not.toBe('her record');
  });

  it('keeps an inverted subject with its place, and a person a possessive pronoun opens', () => {
    const qs = speakers(
      '“This is fantastic!” beamed Carl Hart of Dover, Delaware, who had come to see the vote.',
      '“We will keep chipping away at the lead,” added his campaign manager Ana Lind, speaking after the rally.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Carl Hart', 'Ana Lind']);
  });
});
