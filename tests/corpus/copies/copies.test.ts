/**
 * Copied articles: one wire story under three mastheads (one trimmed, one with a paragraph of its own) folds
 * to its earliest copy; an independent report of the same event, quoting the same words, stays a source of
 * its own; agency credits are read; unrelated documents never fold; input order changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CopySource, findCopies, wireCredit } from '../../../src/corpus/copies/copies.js';
import { sampledPairs } from '../../../src/corpus/copies/samples.js';
import { candidatePairs, distinctSorted, shingles, signature } from '../../../src/corpus/copies/sketch.js';
import { loadCorpus } from '../../../src/corpus/load.js';

/** A document whose paragraphs are its blocks, after a header line that is not (page chrome). */
function article(
  id: string,
  outlet: string | null,
  date: string | null,
  paragraphs: readonly string[],
  chrome = 'Home | News | Sport',
): CopySource {
  let text = `${chrome}\n\n`;
  const blocks: { start: number; end: number }[] = [];
  for (const p of paragraphs) {
    blocks.push({ start: text.length, end: text.length + p.length });
    text += `${p}\n\n`;
  }
  return { id, text, blocks, meta: { outlet, date } };
}

const QUOTE = '“We will finish the terminal before the autumn storms, and we will not raise the fares to pay for it,”';

const WIRE = [
  'MARLOW BAY (Reuters) - The regional port authority on Tuesday approved a new ferry terminal for Marlow Bay, ending two years of dispute over the cost of the project and the route of the access road.',
  `${QUOTE} authority chair Imogen Castellane told reporters after a vote that passed by seven votes to two.`,
  'The terminal will replace a wooden pier built in the nineteen fifties, which inspectors closed last winter after finding rot in the pilings beneath the waiting hall.',
  'Ferry operators had warned that the closure cost them passengers every week, as travellers drove the long way round the estuary instead of waiting for the temporary landing stage.',
  'Opponents of the plan, led by a residents group from the northern shore, said the access road would cut through salt marsh that shelters wading birds in the colder months.',
  'The authority said the road had been moved two hundred metres inland and that an ecologist would survey the marsh each spring until the works are finished.',
  'Construction is due to begin in June, with the first sailings from the new terminal planned for the following year if the contractor keeps to its schedule.',
  'The project will be paid for by a loan from the national infrastructure bank and a grant from the coastal communities fund, according to documents published with the agenda.',
];

const INDEPENDENT = [
  'Marlow Bay finally has the go-ahead for its ferry terminal. Port authority members voted on Tuesday evening, and the result was closer to unanimous than many in the harbour expected.',
  `Speaking on the steps of the council offices, Imogen Castellane repeated her promise: ${QUOTE} she said, to applause from a handful of ferry crews.`,
  'Not everyone was celebrating. Members of the Northern Shore Residents Association stood silently at the back of the chamber holding photographs of curlews and oystercatchers.',
  'Their spokesman, a retired geography teacher, argued that no survey could undo the damage of heavy lorries crossing the marsh for a year and a half.',
  'Local traders were happier. The owner of the fish bar opposite the old pier said her takings had halved since it closed and she hoped to see queues again by next summer.',
];

const wireCopies = [
  article('a-harbor-times.txt', 'Harbor Times', '2024-03-05', WIRE),
  // trimmed: the first five paragraphs only
  article('b-coast-daily.txt', 'Coast Daily', '2024-03-06', WIRE.slice(0, 5)),
  // the whole story and a paragraph of the outlet's own
  article('c-valley-post.txt', 'Valley Post', '2024-03-06', [
    ...WIRE,
    'Readers in the valley who use the ferry to reach the hospital on the far shore can find the current timetable on our transport page, which is updated every Friday.',
  ]),
];
const independent = article('d-bay-herald.txt', 'Bay Herald', '2024-03-05', INDEPENDENT);

describe('findCopies', () => {
  it('folds three copies of one wire story to the earliest, and leaves an independent report alone', () => {
    const copies = findCopies([...wireCopies, independent]);
    expect([...copies.keys()]).toEqual(['b-coast-daily.txt', 'c-valley-post.txt']);
    expect(copies.get('b-coast-daily.txt')).toMatchObject({ copyOf: 'a-harbor-times.txt' });
    expect(copies.get('c-valley-post.txt')).toMatchObject({ copyOf: 'a-harbor-times.txt' });
    // the trimmed copy lies within the original, the original within the copy with a paragraph added
    expect(copies.get('b-coast-daily.txt')!.evidence).toBe('shorter body within the longer (1 of its 5-word shingles)');
    expect(copies.get('c-valley-post.txt')!.evidence).toBe('shorter body within the longer (1 of its 5-word shingles)');
    expect(copies.get('c-valley-post.txt')!.similarity).toBe(1);
  });

  it('takes the earliest dated copy as the original, then the first by id', () => {
    const later = article('0-first-by-id.txt', 'Tide Weekly', '2024-03-09', WIRE);
    expect(findCopies([...wireCopies, later]).get('0-first-by-id.txt')?.copyOf).toBe('a-harbor-times.txt');
    const sameDay = article('0-first-by-id.txt', 'Tide Weekly', '2024-03-05', WIRE);
    expect(findCopies([...wireCopies, sameDay]).get('a-harbor-times.txt')?.copyOf).toBe('0-first-by-id.txt');
  });

  it('reads the body only: a page whose chrome alone matches is no copy', () => {
    const chromeOnly = article('e.txt', 'Tide Weekly', '2024-03-07', INDEPENDENT.slice(2), WIRE.join('\n'));
    expect(findCopies([wireCopies[0]!, chromeOnly]).size).toBe(0);
  });

  it('folds one masthead’s own articles only when near-identical', () => {
    const update = article('f-harbor-times-update.txt', 'Harbor Times', '2024-03-06', WIRE.slice(0, 5));
    expect(findCopies([wireCopies[0]!, update]).size).toBe(0);
    const republished = article('g-harbor-times-again.txt', 'harbor times', '2024-03-07', WIRE);
    expect(findCopies([wireCopies[0]!, republished]).get('g-harbor-times-again.txt')).toEqual({
      copyOf: 'a-harbor-times.txt',
      similarity: 1,
      evidence: 'near-identical body (1 of 5-word shingles)',
    });
  });

  it('folds two documents crediting one agency that share a large part of the shorter body', () => {
    const own = INDEPENDENT.map((p) => p.replace(/Marlow Bay|Imogen Castellane/g, 'the town'));
    const pair = (credit: boolean) => [
      article('h.txt', 'Harbor Times', '2024-03-05', credit ? WIRE : WIRE.map((p) => p.replace(' (Reuters)', ''))),
      // three fifths of the wire text, then as much of the outlet's own: too little of either body for the other rules
      article('i.txt', 'Inland Courier', '2024-03-06', [
        ...(credit ? WIRE : WIRE.map((p) => p.replace(' (Reuters)', ''))).slice(0, 5),
        ...own,
        'According to Reuters, the vote followed a four-hour debate.',
      ]),
    ];
    const credited = findCopies(pair(true));
    expect(credited.get('i.txt')?.copyOf).toBe('h.txt');
    expect(credited.get('i.txt')?.evidence).toMatch(/^both credit "\(Reuters\)"; 0\.\d+ of the shorter body shared$/);
    // the text of the pair without the credits: not enough shared for a copy
    expect(findCopies(pair(false)).size).toBe(0);
  });

  it('never folds unrelated documents, even with a boilerplate sentence in common', () => {
    const vocabulary = fc.constantFrom(
      ...'harbour market river council budget school bridge orchestra festival rainfall library bakery tram railway election museum garden clinic factory ferry'.split(
        ' ',
      ),
    );
    const sentence = fc.array(vocabulary, { minLength: 8, maxLength: 16 }).map((ws) => `${ws.join(' ')}.`);
    const documents = fc.array(fc.array(sentence, { minLength: 3, maxLength: 8 }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(documents, (docs) => {
        const boilerplate = 'Sign up for our newsletter to get the morning headlines delivered to your inbox every day.';
        const sources = docs.map((paragraphs, i) => article(`${i}.txt`, `Outlet ${i}`, '2024-01-01', [...paragraphs, boilerplate]));
        expect(findCopies(sources).size).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('folds a copy that cut two paragraphs and added two of its own by the share of text in common', () => {
    const edited = article('k-edited.txt', 'Tide Weekly', '2024-03-07', [
      ...WIRE.slice(0, 6),
      'The harbour master said the old pier would be taken down by a salvage firm once the new landing stage is open to the public.',
      'Tide Weekly asked the contractor how many local workers it would hire for the build, but had not received an answer by the time this edition went to print.',
    ]);
    const copy = findCopies([wireCopies[0]!, edited]).get('k-edited.txt')!;
    expect(copy.copyOf).toBe('a-harbor-times.txt');
    expect(copy.evidence).toBe(`same body for the most part (${copy.similarity} of 5-word shingles)`);
    expect(copy.similarity).toBeGreaterThanOrEqual(0.5);
  });

  it('finds no copies among the seed articles: five separate reports, one of them partly rewritten from another', async () => {
    const seeds = await loadCorpus('seeds');
    expect(seeds.documents).toHaveLength(5);
    expect(findCopies(seeds.documents).size).toBe(0);
  });

  it('gives the same answer whatever the order of the documents', () => {
    const docs = [
      ...wireCopies,
      independent,
      article('h-tide-weekly.txt', 'Tide Weekly', null, WIRE.slice(2)),
      article('i-no-date.txt', null, null, WIRE.slice(1, 7)),
      article('j-empty.txt', 'Empty', '2024-03-01', []),
    ];
    const expected = findCopies(docs);
    expect(expected.size).toBe(4);
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length }), (shuffled) => {
        expect([...findCopies(shuffled)]).toEqual([...expected]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('candidate pairs', () => {
  const sets = [WIRE.join('\n'), WIRE.slice(0, 6).join('\n'), INDEPENDENT.join('\n'), [...WIRE.slice(0, 4), ...INDEPENDENT].join('\n')].map(
    (text) => distinctSorted(shingles(text)),
  );

  it('MinHash + LSH pairs a story with its trimmed copy, not with another report of the event', () => {
    const pairs = candidatePairs(sets.slice(0, 3).map(signature));
    expect(pairs.has(0 * 3 + 1)).toBe(true);
    expect(pairs.has(0 * 3 + 2) || pairs.has(1 * 3 + 2)).toBe(false);
  });

  it('sampled shingles pair documents of one group by the share of the shorter body they hold', () => {
    // document 3 holds half the wire story and as much of its own: found within the group, never across
    const group = (names: (string | null)[]) => (d: number) => names[d] ?? null;
    const pairs = sampledPairs(group(['Reuters', null, 'AP', 'Reuters']), (d) => sets[d]!, 4, 0.25);
    expect(pairs).toEqual([0 * 4 + 3]);
    // in another group document 3 meets the report it took its own half from, not the wire story
    expect(sampledPairs(group(['Reuters', null, 'AP', 'AP']), (d) => sets[d]!, 4, 0.25)).toEqual([2 * 4 + 3]);
  });
});

describe('wireCredit', () => {
  it.each([
    ['BEIJING, July 3 (Xinhua) -- China and Russia held talks.', '(Xinhua)'],
    ['MARLOW BAY (Reuters) - The authority voted.', '(Reuters)'],
    ['Li said he hoped both countries could cooperate, AFP reported.', 'AFP reported'],
    ['The talks went well, Xinhua said on Monday.', 'Xinhua said'],
    ['The minister told The Associated Press that talks would resume.', 'Associated Press'],
    ['Officials spoke on condition of anonymity, according to Reuters.', 'according to Reuters'],
    ['(AP) — Storms hit the coast.', '(AP)'],
    // an agency's own credit comes before an earlier mention of another
    [
      'Turnout rose, according to the Associated Press. (Reporting by Ann Lee; Editing by Tom Hale)',
      '(Reporting by Ann Lee; Editing by Tom Hale)',
    ],
  ])('%s → %s', (text, credit) => {
    expect(wireCredit(text)).toBe(credit);
  });

  it.each([
    'Reuters journalists were among those detained at the border.',
    'Image: RoslanRahman/AFP',
    'The tapas bar serves apple pie.',
    'A map of the area shows the route.',
  ])('finds no credit in "%s"', (text) => {
    expect(wireCredit(text)).toBeNull();
  });
});
