import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const brief = (d: ReturnType<typeof doc>) =>
  extractClaims(d).quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    mention: q.speakerMention?.text ?? null,
    utterance: q.utterance,
  }));

describe('extractClaims: quotations and speakers', () => {
  it('splits a quotation around its attribution into parts of one utterance', () => {
    const d = doc('“The bridge is safe,” said Marta Olsen, the city engineer, “and it will stay open all winter.”');
    const qs = brief(d);
    expect(qs).toHaveLength(2);
    expect(qs.map((q) => q.speaker)).toEqual(['Marta Olsen', 'Marta Olsen']);
    expect(qs[0]?.utterance).toBe(qs[1]?.utterance);
  });

  it('gives offsets that index the text, marks included', () => {
    const d = doc('Farmers were told: “Plant early this year.”');
    const [q] = extractClaims(d).quotes;
    expect(d.text.slice(q!.start, q!.end)).toBe('“Plant early this year.”');
  });

  it('carries a quotation across paragraphs', () => {
    const d = doc('Jonas Berg said: “The river rose overnight.', '“By morning the lower town was under water.”');
    const qs = brief(d);
    expect(qs.map((q) => q.speaker)).toEqual(['Jonas Berg', 'Jonas Berg']);
    expect(qs[0]?.utterance).toBe(qs[1]?.utterance);
  });

  it('resolves a pronoun to the person it refers to, keeping the pronoun as the mention', () => {
    const d = doc('Governor Ana Ruiz visited the flooded valley on Monday.', '“We will rebuild every house,” she said.');
    expect(brief(d)[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('does not resolve "he"/"she" to a place in subject position', () => {
    const d = doc('Mayor Ana Ruiz met the regional council.', 'Oslo and Bergen should “share the costs of the new line,” she said.');
    expect(brief(d)[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('resolves a later surname to the full name', () => {
    const d = doc('Peter Lindqvist, a fisheries expert, studied the lake for years.', '“The fish are coming back,” Lindqvist said.');
    expect(brief(d)[0]).toMatchObject({ speaker: 'Peter Lindqvist', mention: 'Lindqvist' });
  });

  it('resolves a description to the person introduced with that role', () => {
    const d = doc(
      'Omar Haddad, spokesman for the port authority, spoke to reporters.',
      'The weather delayed three ships, said Clara Voss, a harbour pilot.',
      '“No cargo was lost,” the spokesman added.',
    );
    expect(brief(d).at(-1)).toMatchObject({ speaker: 'Omar Haddad', mention: 'the spokesman' });
  });

  it('attributes a short fragment governed by a speech verb', () => {
    const d = doc('Mayor Lena Frost said she hoped to “keep every library open” next year.');
    expect(brief(d)[0]).toMatchObject({ kind: 'quote', speaker: 'Lena Frost' });
  });

  it('keeps scare quotes and titles as phrases without a speaker', () => {
    const d = doc('The company keeps an “open” policy on pricing but has been quiet since.', 'She appeared on “Morning Report” last week.');
    expect(brief(d).map((q) => [q.kind, q.speaker])).toEqual([
      ['phrase', null],
      ['phrase', null],
    ]);
  });

  it('lets organisations speak', () => {
    const d = doc('The ministry said in a statement that the talks were “constructive and frank.”');
    expect(brief(d)[0]?.speaker).toBe('the ministry');
  });

  it('attributes through "according to" a document and its author', () => {
    const d = doc(
      'The tanker left port early, according to a statement released by the Coast Guard.',
      '“The crew acted within the rules,” it says in the same statement.',
    );
    expect(brief(d)[0]?.speaker).toBe('Coast Guard');
  });

  it('ignores quotations outside the blocks', () => {
    const text = '“Subscribe now,” the banner said.\n“Prices fall,” the trader said.';
    const start = text.indexOf('\n') + 1;
    const qs = extractClaims({ text, blocks: [{ start, end: text.length }] }).quotes;
    expect(qs.map((q) => q.text)).toEqual(['Prices fall,']);
  });
});

describe('extractClaims: reported speech', () => {
  it('keeps "X stressed that …" as an attributed paraphrase', () => {
    const d = doc('Finance minister Jan Kowal stressed that the budget would be balanced by next spring.');
    const [p] = extractClaims(d).paraphrases;
    expect(p).toMatchObject({ speaker: 'Jan Kowal', text: 'the budget would be balanced by next spring' });
    expect(d.text.slice(p!.start, p!.end)).toBe(p!.text);
  });

  it('takes "said" without "that" and resolves a pronoun subject', () => {
    const d = doc('Maria Costa toured the plant.', 'She said the two companies should share the new line.');
    expect(extractClaims(d).paraphrases[0]).toMatchObject({ speaker: 'Maria Costa', speakerMention: { text: 'She' } });
  });

  it('does not take clauses that hold a quotation or lack a subject', () => {
    const d = doc('Said to be the oldest tree in town, the oak fell.', 'Ravi Mehta said the plan was “a good start.”');
    expect(extractClaims(d).paraphrases).toEqual([]);
  });
});
