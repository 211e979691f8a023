/** Hand-written answer data for the render tests (invented sentences, realistic shape). */
import type {
  CompareResult,
  ContextResult,
  HelpEntry,
  OutletCarrier,
  OutletsResult,
  ReloadSummary,
  SourceResult,
  SpeakerQuotesResult,
  WhoSaidResult,
} from '../../src/answers/types.js';

/** The corpus version every fixture answer names. */
export const CORPUS = { version: '3f9a1c0b7e21', loadedAt: '2024-04-20T09:00:00.000Z' };

export const harbourQuote = 'The harbour will reopen to fishing boats before the end of the month';

export function carrier(over: Partial<OutletCarrier> = {}): OutletCarrier {
  return {
    document: 'coast-gazette-0412.txt',
    outlet: 'Coast Gazette',
    date: '2024-04-12',
    url: null,
    text: harbourQuote,
    rendering: 'verbatim',
    start: 120,
    end: 188,
    changes: [],
    copyOf: null,
    ...over,
  };
}

export const outlets: OutletCarrier[] = [
  carrier(),
  carrier({ document: 'northern-wire-0413.txt', outlet: 'Northern Wire', date: '2024-04-13' }),
  carrier({
    document: 'bay-times-0413.txt',
    outlet: 'Bay Times',
    date: '2024-04-13',
    text: 'The harbour should reopen to fishing boats before the month ends',
    rendering: 'reworded',
    diff: [
      { op: 'same', text: 'The harbour ' },
      { op: 'removed', text: 'will ' },
      { op: 'added', text: 'should ' },
      { op: 'same', text: 'reopen to fishing boats before the ' },
      { op: 'removed', text: 'end of the month' },
      { op: 'added', text: 'month ends' },
    ],
  }),
  carrier({ document: 'river-post-0414.txt', outlet: null, date: null, text: 'the harbour would reopen soon', rendering: 'paraphrase' }),
];

export const verbatimResult: WhoSaidResult = {
  corpus: CORPUS,
  query: 'harbour will reopen to fishing boats',
  askedSpeaker: null,
  askedOutlet: null,
  verdict: 'verbatim',
  explanation: 'Two outlets quote these exact words, and every outlet attributes them to Mara Quint.',
  matches: [
    {
      claimId: 7,
      quote: harbourQuote,
      speaker: 'Mara Quint',
      speakerRef: { id: 'mara-quint', name: 'Mara Quint', aliases: ['Quint'], roles: ['harbour master'] },
      score: 0.97,
      kind: 'verbatim',
      outlets,
      conflict: null,
      independentSources: 1,
      firstAppearance: null,
      order: [],
      meaningChanged: false,
    },
    {
      claimId: 9,
      quote: 'Fishing boats are our first priority',
      speaker: 'Oren Vale',
      speakerRef: null,
      score: 0.41,
      kind: 'paraphrase',
      outlets: [carrier({ text: 'Fishing boats are our first priority' })],
      conflict: null,
      independentSources: 1,
      firstAppearance: null,
      order: [],
      meaningChanged: false,
    },
  ],
};

export const misattributedResult: WhoSaidResult = {
  ...verbatimResult,
  askedSpeaker: 'Oren Vale',
  verdict: 'misattributed',
  explanation: 'No outlet has Oren Vale saying this; four outlets attribute it to Mara Quint.',
};

export const notFoundResult: WhoSaidResult = {
  corpus: CORPUS,
  query: 'the lighthouse will be painted green',
  askedSpeaker: null,
  askedOutlet: 'Coast Gazette',
  verdict: 'not_found',
  explanation: 'No outlet in the corpus carries words close to these.',
  matches: [],
};

export function manyOutlets(n: number): OutletCarrier[] {
  return Array.from({ length: n }, (_, i) => carrier({ document: `paper-${i + 1}.txt`, outlet: `Paper ${i + 1}` }));
}

export const compareResult: CompareResult = {
  corpus: CORPUS,
  topic: 'harbour reopening',
  outletFilter: [],
  explanation: 'One claim on this topic; the outlets differ in how they carried it.',
  claims: [
    {
      claimId: 7,
      quote: harbourQuote,
      speaker: 'Mara Quint',
      score: 0.9,
      outlets: [
        {
          document: 'coast-gazette-0412.txt',
          outlet: 'Coast Gazette',
          date: '2024-04-12',
          url: null,
          rendering: 'verbatim',
          text: harbourQuote,
          changes: [],
          copyOf: null,
        },
        {
          document: 'bay-times-0413.txt',
          outlet: 'Bay Times',
          date: '2024-04-13',
          url: 'https://bay-times.example/harbour',
          rendering: 'reworded',
          text: 'The harbour should reopen to fishing boats before the month ends',
          diff: outlets[2]?.diff ?? [],
          changes: [{ kind: 'modality', from: 'will', to: 'should' }],
          copyOf: null,
        },
        {
          document: 'river-post-0414.txt',
          outlet: null,
          date: null,
          url: null,
          rendering: 'paraphrase',
          text: 'the harbour would reopen soon',
          changes: [],
          copyOf: null,
        },
        {
          document: 'hill-herald-0415.txt',
          outlet: 'Hill Herald',
          date: '2024-04-15',
          url: null,
          rendering: 'absent',
          text: '',
          changes: [],
          copyOf: null,
        },
      ],
      independentSources: 3,
      meaningChanged: true,
    },
  ],
};

export const speakerResult: SpeakerQuotesResult = {
  corpus: CORPUS,
  query: 'Quint',
  speaker: { id: 'mara-quint', name: 'Mara Quint', aliases: ['Quint', 'M. Quint'], roles: ['harbour master'] },
  suggestions: [],
  quotes: [{ claimId: 7, quote: harbourQuote, outlets }],
  total: 1,
};

export const outletsResult: OutletsResult = {
  corpus: CORPUS,
  totalDocuments: 2,
  outlets: [
    {
      outlet: 'Coast Gazette',
      label: 'Coast Gazette',
      documents: [
        { document: 'coast-gazette-0412.txt', date: '2024-04-12', title: 'Harbour to reopen', quotes: 3 },
        { document: 'coast-gazette-0420.txt', date: '2024-04-20', title: null, quotes: 0 },
      ],
      quotes: 3,
      firstDate: '2024-04-12',
      lastDate: '2024-04-20',
    },
  ],
};

export const sourceResult: SourceResult = {
  corpus: CORPUS,
  document: 'coast-gazette-0412.txt',
  found: true,
  added: null,
  suggestions: [],
  outlet: 'Coast Gazette',
  date: '2024-04-12',
  title: 'Harbour to reopen',
  url: 'https://example.org/news/harbour_reopen?id=1',
  evidence: [{ field: 'outlet', source: 'byline', detail: 'line 2 reads "By the Coast Gazette staff"' }],
  quotes: [{ claimId: 7, text: harbourQuote, speaker: 'Mara Quint', kind: 'quote', start: 120, end: 188 }],
};

const paragraph = `Speaking on Tuesday, the harbour master said "${harbourQuote}," adding that repairs were done.`;
export const contextResult: ContextResult = {
  corpus: CORPUS,
  document: 'coast-gazette-0412.txt',
  outlet: 'Coast Gazette',
  date: '2024-04-12',
  paragraph,
  highlight: { start: paragraph.indexOf(harbourQuote), end: paragraph.indexOf(harbourQuote) + harbourQuote.length },
};

export const reloadOk: ReloadSummary = {
  ok: true,
  reason: null,
  documents: { before: 5, after: 6, added: ['hill-herald-0415.txt'], removed: [] },
  quotes: { before: 40, after: 47 },
  speakers: { before: 9, after: 10, added: ['Oren Vale'], removed: [] },
  errors: [{ file: 'broken.txt', code: 'E_EMPTY', message: 'the file has no text' }],
  durationMs: 1234,
  corpus: CORPUS,
};

export const helpEntries: HelpEntry[] = [
  {
    name: 'who-said',
    description: 'Who said these words, and which outlets carried them',
    options: [
      { name: 'quote', description: 'the words to check', required: true },
      { name: 'speaker', description: 'who you think said it', required: false },
    ],
  },
];
