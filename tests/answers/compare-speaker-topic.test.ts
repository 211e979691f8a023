/**
 * /compare on a person's name that no quotation holds: the answer points to /quotes, where what that person said
 * is listed, instead of a bare "no claim matches"; a topic of no one's name says what to try.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { compareText } from '../../src/render/text.js';
import { ClaimStore } from '../../src/store/store.js';

const ARTICLES = [
  {
    file: 'harbour-1.txt',
    outlet: 'Quillby Courier',
    date: '2025-08-11',
    text: 'Ferry timetable changes\n\n"The early boat will leave at six from next month," said harbour master Teodora Vlasic on Monday.\n',
  },
  {
    file: 'harbour-2.txt',
    outlet: 'Marrow Gazette',
    date: '2025-08-12',
    text: 'New ferry hours\n\n"The early boat will leave at six from next month," Teodora Vlasic told the council.\n',
  },
];

function store(): ClaimStore {
  const documents = ARTICLES.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: a.date }));
  return ClaimStore.fromCorpus({ dir: 'speaker-topic', documents, errors: [] });
}

describe('compare on a topic that is a speaker’s name', () => {
  const s = store();

  it('points to /quotes for a person quoted in the corpus, by full name or surname, in any case', () => {
    for (const topic of ['Teodora Vlasic', 'vlasic']) {
      const r = compare(s, topic);
      expect(r.claims).toEqual([]);
      expect(r.explanation).toContain('Teodora Vlasic is quoted in it: /quotes speaker:Teodora Vlasic');
      expect(compareText(r)).toContain('/quotes speaker:Teodora Vlasic');
    }
  });

  it('a topic that is no one’s name and in no quotation says what to try', () => {
    const r = compare(s, 'glacier tourism');
    expect(r.claims).toEqual([]);
    expect(r.explanation).toContain('try a few words they said');
    expect(r.explanation).not.toContain('/quotes speaker:');
  });

  it('a topic some quotation holds is compared as before', () => {
    expect(compare(s, 'early boat').claims[0]?.speaker).toBe('Teodora Vlasic');
  });
});
