/**
 * "more", "next", "show all" in a thread ask for the rest of the answer, which a thread does not page: the reply
 * says where the rest is, and never takes "more" for the words of a quotation that happens to hold it.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, asksForMore, parseFollowUp } from '../../src/answers/follow-up.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { followUpText } from '../../src/render/follow-up.js';
import { ClaimStore } from '../../src/store/store.js';

const ARTICLES = [
  {
    file: 'beacon-1.txt',
    outlet: 'Lindqvist Beacon',
    date: '2025-09-01',
    text: 'Library hours extended\n\n"We will open the reading rooms more often from October," said librarian Maud Ekwueme.\n\n"The basement archive stays closed for repairs," Ekwueme added.\n',
  },
  {
    file: 'herald-1.txt',
    outlet: 'Corvale Herald',
    date: '2025-09-02',
    text: 'Reading rooms to open longer\n\n"We will open the reading rooms more often from October," librarian Maud Ekwueme said.\n\n"Volunteers have catalogued every map in the archive," said archivist Piet Oyelaran.\n',
  },
];

function store(): ClaimStore {
  const documents = ARTICLES.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: a.date }));
  return ClaimStore.fromCorpus({ dir: 'follow-up-more', documents, errors: [] });
}

describe('asking for more in a thread', () => {
  const s = store();

  it('reads the usual ways of asking for the next page, and not questions that hold those words', () => {
    for (const m of ['more', 'More!', 'next', 'next page', 'show all', 'show more please', 'the rest'])
      expect(asksForMore(m), m).toBe(true);
    for (const m of ['who else said it?', 'more often from October', 'what did the Corvale Herald say?'])
      expect(asksForMore(m), m).toBe(false);
    expect(parseFollowUp('show all', s.outletLabels())).toEqual({ kind: 'help', unknownOutlet: null, paging: true });
  });

  it('on a person’s quotations, "more" chooses none of them (one holds the word) and says how to find the others', () => {
    const r = answerFollowUp(s, { query: '', speaker: 'Maud Ekwueme', outlet: null, command: 'quotes' }, 'more');
    expect(r.answer.kind).toBe('help');
    expect(r.about).toBeUndefined();
    const text = followUpText(r.answer);
    expect(text).toContain('what did Maud Ekwueme say about …?');
    expect(text).not.toContain('Verbatim');
  });

  it('on a topic, "show all" says the thread is about the claims shown and how to look for others', () => {
    const r = answerFollowUp(s, { query: 'archive', speaker: null, outlet: null, command: 'compare' }, 'show all');
    expect(r.answer.kind).toBe('help');
    expect(followUpText(r.answer)).toContain('/compare again');
  });

  it('on one quotation, "next" says every outlet is in the answer above', () => {
    const r = answerFollowUp(s, { query: 'open the reading rooms more often', speaker: null, outlet: null }, 'next');
    expect(r.answer.kind).toBe('help');
    expect(followUpText(r.answer)).toContain('Every outlet that carried this quotation is in the answer above');
  });
});
