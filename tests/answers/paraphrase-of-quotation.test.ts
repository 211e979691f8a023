/**
 * A question that paraphrases a quotation (its words in another order, a few of them swapped) is answered as a
 * paraphrase of what the outlets quote, not as reported speech: the verdict line and the explanation say the
 * speaker is quoted in other words, and the diff shows how, where the quotation holds most of the member's words.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'ferry.txt',
    outlet: 'Fjord Courier',
    date: '2026-03-09',
    text: story(
      'Ferry timetable',
      '"The island school never gets the ferry service its children deserve," headteacher Oskar Lindqvist said on Monday.',
    ),
  },
  {
    file: 'mill.txt',
    outlet: 'Valley Ledger',
    date: '2026-03-10',
    text: story(
      'Mill reopens',
      'Mill owner Agathe Moreau said that the old paper mill would hire forty workers from the valley by autumn.',
    ),
  },
]);

describe('a paraphrase of a quotation', () => {
  it('says the speaker is quoted in other words, and shows the same words moved', () => {
    const r = whoSaid(store, 'the ferry service its children deserve the island school never gets');
    expect(r.verdict).toBe('paraphrase');
    expect(r.matches[0]!.speaker).toBe('Oskar Lindqvist');
    expect(r.matches[0]!.quoted).toBe(true);
    expect(r.explanation).toBe('Oskar Lindqvist is quoted saying this in other words than yours (1 document).');
    expect(r.askedDiff?.some((p) => p.op === 'same')).toBe(true);
    const text = whoSaidText(r);
    expect(text.split('\n')[0]).toBe('🔁 Paraphrase — in other words, quoted from Oskar Lindqvist');
    expect(text).toContain('Your words → the quotation: ');
    expect(text).not.toContain('reported as said by');
  });

  it('shows words moved to the front whole where the quotation has them, not cut to its first few', () => {
    const r = whoSaid(store, 'its children deserve a ferry service the island school never gets');
    expect(r.verdict).toBe('paraphrase');
    expect(r.askedDiff?.at(-1)).toEqual({ op: 'added', text: 'the ferry service its children deserve,' });
  });

  it('keeps "reported as said by" for words the corpus holds only as reported speech', () => {
    const r = whoSaid(store, 'forty workers from the valley will be hired by the old paper mill');
    expect(r.verdict).toBe('paraphrase');
    expect(r.matches[0]!.quoted).toBe(false);
    expect(r.explanation).toMatch(/^The corpus carries this as a paraphrase of Agathe Moreau, not in these words/);
    expect(whoSaidText(r).split('\n')[0]).toBe('🔁 Paraphrase — reported as said by Agathe Moreau');
    expect(r.askedDiff).toBeUndefined();
  });

  it('shows no diff for a paraphrase in words of its own', () => {
    const r = whoSaid(store, 'children of the island school are never given the boat connection they are owed');
    if (r.verdict === 'paraphrase') expect(r.askedDiff).toBeUndefined();
    else expect(r.verdict).toBe('not_found');
  });
});
