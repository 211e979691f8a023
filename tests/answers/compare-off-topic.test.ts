/**
 * /compare limited to outlets: an outlet's article on another story did not "leave out" the claim. It is named
 * apart (off topic), and an outlet with no article on the topic is said to have none.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { compareText } from '../../src/render/text.js';
import { ClaimStore } from '../../src/store/store.js';

const ARTICLES = [
  {
    file: 'ledger-1.txt',
    outlet: 'Fenwick Ledger',
    date: '2025-05-02',
    text: 'Tram line extended to the airport\n\n"The tram will finally reach the terminals by winter," said transport chief Odile Marchetti on Friday.\n',
  },
  {
    file: 'ledger-2.txt',
    outlet: 'Fenwick Ledger',
    date: '2025-05-03',
    text: 'Chess club celebrates fiftieth year\n\n"Our members have played every Thursday since 1975," said club secretary Hugo Brandt.\n',
  },
  {
    file: 'ledger-3.txt',
    outlet: 'Fenwick Ledger',
    date: '2025-05-04',
    text: 'Tram works close Mill Road\n\nThe airport tram works will close Mill Road for two weeks, the city said. Marchetti was not available for comment.\n',
  },
  {
    file: 'post-1.txt',
    outlet: 'Ostby Post',
    date: '2025-05-02',
    text: 'Airport tram approved\n\n"The tram will finally reach the terminals by winter," Odile Marchetti told reporters.\n',
  },
  {
    file: 'post-2.txt',
    outlet: 'Ostby Post',
    date: '2025-05-05',
    text: 'River swim returns\n\n"The water is clean enough again," said organiser Petra Lund.\n',
  },
  {
    file: 'wire-1.txt',
    outlet: 'Kessel Wire',
    date: '2025-05-06',
    text: 'Orchestra names new conductor\n\n"I grew up listening to this orchestra," said conductor Ines Varga.\n',
  },
];

function store(): ClaimStore {
  const documents = ARTICLES.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: a.date }));
  return ClaimStore.fromCorpus({ dir: 'off-topic', documents, errors: [] });
}

describe('compare limited to outlets: articles on other stories', () => {
  const s = store();

  it('lists an outlet article on the same story that left the words out, not its articles on other stories', () => {
    const r = compare(s, 'tram terminals winter', { outlets: ['Fenwick Ledger'] });
    const claim = r.claims[0]!;
    expect(claim.speaker).toBe('Odile Marchetti');
    expect(claim.outlets.map((o) => [o.document, o.rendering])).toEqual([
      ['ledger-1.txt', 'verbatim'],
      ['ledger-3.txt', 'absent'],
    ]);
    expect(r.offTopic).toEqual([{ document: 'ledger-2.txt', outlet: 'Fenwick Ledger' }]);
    expect(r.explanation).toContain('2 documents');
    const text = compareText(r);
    expect(text).not.toMatch(/Left it out[^\n]*2025-05-03/);
    expect(text).toContain('On other stories, not listed: Fenwick Ledger (1 article)');
  });

  it('says an outlet of the filter has no article on the topic instead of listing its articles as leaving it out', () => {
    const r = compare(s, 'tram terminals winter', { outlets: ['Ostby Post', 'Kessel Wire'] });
    expect(r.claims[0]!.outlets.map((o) => o.document)).toEqual(['post-1.txt']);
    const text = compareText(r);
    expect(text).not.toContain('Left it out');
    expect(text).toContain('No article on this topic: Kessel Wire (1 article on other stories)');
    expect(text).toContain('On other stories, not listed: Ostby Post (1 article)');
  });

  it('says so when no article of the outlets asked for is on the topic', () => {
    const r = compare(s, 'tram terminals winter', { outlets: ['Kessel Wire'] });
    expect(r.claims[0]!.outlets).toEqual([]);
    expect(r.explanation).toMatch(/^No article of Kessel Wire is on this topic/);
    expect(compareText(r)).not.toContain('Left it out');
  });

  it('does not list the corpus’s articles on other stories without a filter either', () => {
    const r = compare(s, 'tram terminals winter');
    expect(r.claims[0]!.outlets.map((o) => o.document).sort()).toEqual(['ledger-1.txt', 'ledger-3.txt', 'post-1.txt']);
    expect(r.offTopic).toBeUndefined();
  });

  it('a topic in the articles’ titles but in no quotation says so and what to try, not a bare "no claim"', () => {
    const r = compare(s, 'chess club');
    expect(r.claims).toEqual([]);
    expect(r.explanation).toContain('1 article’s title does');
    expect(r.explanation).toContain('try a few words they said');
    expect(compare(s, 'volcanic eruption').explanation).toMatch(/^No claim in the corpus matches this topic: .*try a few words they said/);
  });
});

describe('compare limited to outlets: which articles are read as on the story', () => {
  const docs = [
    ['harbour-1.txt', 'Harbour Sentinel', 'Ferry fares rise\n\n"The ferry fare will rise in spring," said port director Elsa Dorn.\n'],
    // on the story by the topic's words only: "city" stems to "citi", which this text does not hold as letters
    ['harbour-2.txt', 'Harbour Sentinel', 'Council meets\n\nThe city council met on the ferry fare plan and the city budget on Monday.\n'],
    ['harbour-3.txt', 'Harbour Sentinel', 'Bakery wins award\n\nA bakery on Dock Street won a regional prize for its rye bread.\n'],
  ];
  const s = ClaimStore.fromCorpus({
    dir: 'story',
    documents: docs.map(([file, outlet, text]) => prepareDocument(file!, text!, { file: file!, outlet: outlet!, date: '2025-06-01' })),
    errors: [],
  });

  it('reads an article whose words stem differently from their letters ("city") as on the story', () => {
    const r = compare(s, 'city ferry fare', { outlets: ['Harbour Sentinel'] });
    expect(r.claims[0]!.outlets.map((o) => [o.document, o.rendering])).toEqual([
      ['harbour-1.txt', 'verbatim'],
      ['harbour-2.txt', 'absent'],
    ]);
    expect(r.offTopic).toEqual([{ document: 'harbour-3.txt', outlet: 'Harbour Sentinel' }]);
  });
});
