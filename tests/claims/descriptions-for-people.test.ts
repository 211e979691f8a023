/**
 * Descriptions that stand for someone the article named: a party member ("the Democrat"), an age ("the
 * 52-year-old"), a role set off before the name ("The mayor, Ana Ruiz, …"), and documents that speak for whoever
 * issued, sent or owns them ("the statement", "the union’s statement", "a sign held by …"). A description that
 * fits no one stays a description, kept inside its document. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { buildSpeakerIndex } from '../../src/claims/speakers.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('a party word stands for the one member the article named', () => {
  it.each([
    ['an appositive', 'Ana Ruiz, a Democrat, has long opposed the harbour cuts.'],
    ['a party tag', 'Sen. Ana Ruiz (D-N.Y.) has long opposed the harbour cuts.'],
    ['a role before the name', 'The Democratic mayor Ana Ruiz has long opposed the harbour cuts.'],
  ])('gives "the Democrat" to the person %s says is one', (_, intro) => {
    const [q] = speakers(intro, '“We will not back down,” the Democrat said.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the Democrat' });
  });

  it('picks the member of the party the description names', () => {
    const [q] = speakers(
      'Ana Ruiz, a Democrat, and Tomas Hale, a Republican, have long opposed the harbour cuts.',
      '“We will not back down,” the Republican said.',
    );
    expect(q?.speaker).toBe('Tomas Hale');
  });

  it('keeps the description when no one, or more than one, was said to be of that party', () => {
    expect(speakers('Ana Ruiz has long opposed the cuts.', '“We will not back down,” the Democrat said.')[0]).toMatchObject({
      speaker: 'the Democrat',
    });
    const [two] = speakers(
      'Ana Ruiz, a Democrat, and Li Wei, a Democrat, have long opposed the harbour cuts.',
      '“We will not back down,” the Democrat said.',
    );
    expect(two?.speaker).toBe('the Democrat');
  });

  it('asks a place before the party word of the person too', () => {
    const known = speakers('Ana Ruiz, a Lakeside Democrat, opposed the cuts.', '“We will not back down,” the Lakeside Democrat said.');
    expect(known[0]?.speaker).toBe('Ana Ruiz');
    const other = speakers('Ana Ruiz, a Democrat, opposed the cuts.', '“We will not back down,” the Lakeside Democrat said.');
    expect(other[0]?.speaker).toBe('the Lakeside Democrat');
  });

  it('reads "a Lakeside Republican" and "one senior Democrat" as descriptions, not names', () => {
    const qs = speakers(
      'Ana Ruiz, a Republican, opposed the cuts.',
      '“The vote is lost,” said a Lakeside Republican.',
      '“It was never close,” said one senior Democrat.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['a Lakeside Republican', 'one senior Democrat']);
  });

  it('keeps "the Democrat" of one article apart from that of another', () => {
    const one = extractClaims(doc('Ana Ruiz spoke first.', '“We will not back down,” the Democrat said.'));
    const two = extractClaims(doc('Tomas Hale spoke last.', '“The budget is done,” the Democrat said.'));
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: one },
      { documentId: 'b', claims: two },
    ]);
    expect(index.resolve('a', 'the Democrat')).not.toBe(index.resolve('b', 'the Democrat'));
  });
});

describe('an age stands for the one person the article gave it', () => {
  it.each([
    ['after the name', 'Ana Ruiz, 52, has long opposed the harbour cuts.'],
    ['before the name', '52-year-old Ana Ruiz has long opposed the harbour cuts.'],
    ['after a short form', 'Ana Ruiz runs the ferry. Ruiz, 52, has long opposed the harbour cuts.'],
    ['in an appositive', 'Ana Ruiz, a 52-year-old teacher, has long opposed the harbour cuts.'],
  ])('gives "the 52-year-old" to the person aged %s', (_, intro) => {
    const [q] = speakers(intro, '“We will not back down,” the 52-year-old said.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the 52-year-old' });
  });

  it('keeps the description when no one was given that age, or two were', () => {
    expect(speakers('Ana Ruiz has long opposed the cuts.', '“We will not back down,” the 52-year-old said.')[0]?.speaker).toBe(
      'the 52-year-old',
    );
    expect(speakers('Ana Ruiz, 52, and Li Wei, 52, opposed the cuts.', '“We will not back down,” the 52-year-old said.')[0]?.speaker).toBe(
      'the 52-year-old',
    );
  });

  it('gives no age to a name that only modifies the noun after it', () => {
    const [q] = speakers(
      'Tomas Ruiz chairs the board.',
      'The 78-year-old Ruiz supporter stood up.',
      '“We will not back down,” the 78-year-old said.',
    );
    expect(q?.speaker).toBe('the 78-year-old');
  });
});
describe('a role set off before a name', () => {
  it.each([
    ['The mayor, Ana Ruiz, has long opposed the harbour cuts.', '“We will not back down,” the mayor said.'],
    ['Her lawyer, Tomas Hale, was in court on Monday.', '“We will appeal,” the lawyer said.'],
  ])('registers the role for a later description: %s', (intro, quote) => {
    const [q] = speakers(intro, quote);
    expect(q?.speaker).toBe(intro.includes('Ruiz') ? 'Ana Ruiz' : 'Tomas Hale');
  });

  it('gives "one party activist" to no "party chairman": someone new', () => {
    const [q] = speakers('The party chairman, Ana Ruiz, called for a vote.', '“Call the roll,” said one party activist.');
    expect(q?.speaker).toBe('one party activist');
  });

  it.each([
    ['Ana Ruiz, a spokeswoman for the port, was asked about the ferry.', '“It will run,” a port spokeswoman said.', 'a port spokeswoman'],
    ['President Tomas Hale toured the harbour.', '“The quay must go,” said a potential president.', 'a potential president'],
    ['President Tomas Hale toured the harbour.', '“The quay must go,” another president said.', 'another president'],
    ['Senior aide Tomas Hale toured the harbour.', '“The quay must go,” some senior aides said.', 'some senior aides'],
  ])('keeps an indefinite description as written, not the person of that role: %s %s', (intro, quote, speaker) => {
    expect(speakers(intro, quote)[0]?.speaker).toBe(speaker);
  });

  it('still gives a definite description to the person of that role', () => {
    expect(speakers('President Tomas Hale toured the harbour.', '“The quay must go,” the president said.')[0]?.speaker).toBe('Tomas Hale');
  });

  it('not for a name that goes on a list, nor after "unlike"', () => {
    expect(speakers('The mayor, Ana Ruiz and Tomas Hale met.', '“We will appeal,” the mayor said.')[0]?.speaker).toBe('the mayor');
    const [q] = speakers('Unlike the mayor, Ana Ruiz, who was elected in May, likes the plan.', '“We will appeal,” the mayor said.');
    expect(q?.speaker).toBe('the mayor');
  });
});

describe('documents speak for whoever issued, sent or owns them', () => {
  it.each([
    ['Ana Ruiz issued a statement on Monday.'],
    ['Ana Ruiz said in a statement that the ferry would run.'],
    ['In a statement, Ana Ruiz said the ferry would run.'],
  ])('gives "the statement" to its author: %s', (intro) => {
    const [q] = speakers(intro, '“We will not back down,” the statement said.');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the statement' });
  });

  it('gives "the union’s statement" to the union', () => {
    const [q] = speakers('Talks broke down on Monday.', '“We will not back down,” the union’s statement said.');
    expect(q).toMatchObject({ speaker: 'the union', mention: 'the union’s statement' });
  });

  it('gives a statement owned in an earlier sentence to its owner', () => {
    const [q] = speakers('The union’s statement came late on Monday.', '“We will not back down,” the statement said.');
    expect(q?.speaker).toBe('the union');
  });

  it('gives "the letter" to no statement’s author, nor "a statement" (another one) to the last', () => {
    const [letter] = speakers('Ana Ruiz issued a statement on Monday.', '“We will not back down,” the letter said.');
    expect(letter?.speaker).toBe('the letter');
    const [another] = speakers('Ana Ruiz issued a statement on Monday.', '“We will not back down,” a statement from the union said.');
    expect(another?.speaker).toBe('the union');
  });

  it('gives a sign to whoever holds it up', () => {
    const [q] = speakers('Hundreds marched to the quay.', '“We will not back down,” read a sign held by one protester.');
    expect(q).toMatchObject({ speaker: 'one protester', mention: 'a sign held by one protester' });
  });

  it('keeps "the statement" of one article apart from that of another', () => {
    const one = extractClaims(doc('Talks broke down.', '“We will not back down,” the statement said.'));
    const two = extractClaims(doc('Talks went well.', '“The budget is done,” the statement said.'));
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: one },
      { documentId: 'b', claims: two },
    ]);
    expect(index.resolve('a', 'the statement')).not.toBe(index.resolve('b', 'the statement'));
  });
});
