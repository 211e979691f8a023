/**
 * Follow-ups a member asks in a thread that had been "Not understood" or taken as a quotation to check: "was it X?"
 * with X a person or an outlet of the corpus (or both, or neither), "did <outlet> carry it?", "where?", "link?",
 * "what's the full quote?", "is that verbatim?", "who disagrees?", misspelt key words, other scripts' question
 * marks and mentions. Articles of our own.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, parseFollowUp } from '../../src/answers/follow-up.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { followUpText } from '../../src/render/follow-up.js';
import { ClaimStore } from '../../src/store/store.js';
import { story } from '../support/written.js';

const ARTICLES = [
  {
    file: 'kiln-wire.txt',
    outlet: 'Tidewater Wire',
    date: '2026-05-11',
    url: 'https://tidewater.example/kiln-closure',
    text: story(
      'Kiln to close',
      'Works manager Edda Morrow told staff on Monday: "The old kiln will go cold before the autumn fair."',
      'Union steward Pim Corvale disagreed. "Nobody has shown us the figures," Corvale said.',
    ),
  },
  {
    file: 'kiln-ledger.txt',
    outlet: 'Brackwater Ledger',
    date: '2026-05-12',
    text: story('Kiln closing', '"The old kiln will go cold before the autumn fair," Morrow said on Tuesday.'),
  },
  {
    file: 'kiln-corvale.txt',
    outlet: 'Corvale Weekly',
    date: '2026-05-13',
    text: story('Corvale speaks', '"Nobody has shown us the figures," Pim Corvale said again.'),
  },
  {
    file: 'kiln-sallow.txt',
    outlet: 'Sallow Post',
    date: '2026-05-14',
    text: story(
      'Town notes',
      '"The ferry timetable changes in June," said harbour clerk Jo Tidewater.',
      '"The bridge reopens in July," said engineer Lin Sallow.',
    ),
  },
];

const store = ClaimStore.fromCorpus({
  dir: 'written',
  documents: ARTICLES.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: a.date, url: a.url })),
  errors: [],
});
const OUTLETS = store.outletLabels();
const kiln = { query: 'the old kiln will go cold before the autumn fair', speaker: null, outlet: null };
const ask = (message: string) => answerFollowUp(store, kiln, message);

describe('parseFollowUp: questions that had been "Not understood" or checked as quotations', () => {
  it.each([
    ['was it Tidewater?', { kind: 'was-it', name: 'Tidewater', hint: null }],
    ['was it Morrow?', { kind: 'was-it', name: 'Morrow', hint: null }],
    ['wasn’t it said by Corvale?', { kind: 'was-it', name: 'Corvale', hint: 'speaker' }],
    ["wasn't it said by Corvale?", { kind: 'was-it', name: 'Corvale', hint: 'speaker' }],
    ['was it first published in the Ledger?', { kind: 'was-it', name: 'the Ledger', hint: 'outlet' }],
    ['was it Edda Morrow who said it?', { kind: 'was-it', name: 'Edda Morrow', hint: 'speaker' }],
    ['ok, so was it the Ledger that first published this?', { kind: 'was-it', name: 'the Ledger', hint: 'outlet' }],
    ['did Sallow Post carry it?', { kind: 'was-it', name: 'Sallow Post', hint: 'outlet' }],
    ['was it her?', { kind: 'said-by', name: null }],
    ['was it Morrow or Corvale?', { kind: 'was-it', name: 'Morrow or Corvale', hint: null }],
    ['was it ?', { kind: 'unknown' }],
    ['is this quote from the Ledger?', { kind: 'was-it', name: 'the Ledger', hint: null }],
    // whether the words were said at all, and who the speaker is
    ['is it a real quote?', { kind: 'said-by', name: null }],
    ['is this quote fake?', { kind: 'said-by', name: null }],
    ['who was it?', { kind: 'said-by', name: null }],
    ['who is the quote by?', { kind: 'said-by', name: null }],
    ['who is she?', { kind: 'speaker', name: null }],
    ['who is quoted saying it?', { kind: 'said-by', name: null }],
    ['who is Corvale?', { kind: 'speaker', name: 'Corvale' }],
    ['did she say it in those words?', { kind: 'wording', outlets: [] }],
    // not names: what the words were, or when
    ['was it true?', { kind: 'truth' }],
    ['was it recent?', { kind: 'dates' }],
    ['is it an old quote?', { kind: 'dates' }],
    ['is that verbatim?', { kind: 'wording', outlets: [] }],
    ['was she misquoted in Brackwater Ledger?', { kind: 'wording', outlets: ['Brackwater Ledger'] }],
    ['who disagrees?', { kind: 'stance' }],
    ['where?', { kind: 'carriers' }],
    ['link?', { kind: 'carriers' }],
    ['show me the original article', { kind: 'carriers' }],
    ['what’s the full quote?', { kind: 'context', outlet: null }],
    // misspelt key words in a question; other scripts' question marks; mentions of people in the thread
    ['wich outlets carried it?', { kind: 'carriers' }],
    ['who sad it?', { kind: 'said-by', name: null }],
    ['hwo said it?', { kind: 'said-by', name: null }],
    ['was it Tidewater？', { kind: 'was-it', name: 'Tidewater', hint: null }],
    ['¿was it Tidewater?', { kind: 'was-it', name: 'Tidewater', hint: null }],
    ['which other outlets carried this quote from the works manager؟', { kind: 'carriers' }],
    ['<@123456789012345678> was it Morrow?', { kind: 'was-it', name: 'Morrow', hint: null }],
    ['@everyone who else said this?', { kind: 'others' }],
  ])('%s', (message, intent) => {
    expect(parseFollowUp(message, OUTLETS)).toEqual(intent);
  });

  it.each([
    // a pasted sentence is still a quotation to check, its words never "corrected"
    'the sad truth is that the kiln was never safe',
    'it was the full quote that nobody printed',
  ])('%s stays a quotation to check', (message) => {
    expect(parseFollowUp(message, OUTLETS)).toEqual({ kind: 'who-said', quote: message });
  });
});

describe('"was it X?" resolved against the corpus’s speakers and outlets', () => {
  it('a person: answered as "did X say it?"', () => {
    const yes = ask('was it Morrow?').answer;
    expect(yes.kind === 'who-said' && yes.result.verdict).toBe('verbatim');
    expect(followUpText(yes)).toMatch(/^✅ Verbatim — said by Edda Morrow/);
    const no = ask('was it Pim Corvale?').answer;
    expect(no.kind === 'who-said' && no.result.verdict).toBe('misattributed');
    expect(followUpText(no)).toContain('Edda Morrow, not Pim Corvale, is who the outlets quote saying this.');
  });

  it('an outlet: whether it carries the words, then every document that does', () => {
    const yes = ask('was it the Ledger?').answer;
    expect(yes.kind).toBe('dates');
    expect(yes.kind === 'dates' && yes.result.asked).toEqual({ outlet: 'Brackwater Ledger', carried: true });
    expect(followUpText(yes)).toMatch(/^📰 Carried by Brackwater Ledger\nYes: Brackwater Ledger carries these words\.\n/);

    const no = ask('did Sallow Post carry it?').answer;
    expect(no.kind === 'dates' && no.result.asked).toEqual({ outlet: 'Sallow Post', carried: false });
    const text = followUpText(no);
    expect(text).toMatch(/^📰 Not carried by Sallow Post\nNo: Sallow Post does not carry these words/);
    expect(text).toContain('Tidewater Wire: 2026-05-11 (verbatim)');
    expect(text).toContain('Brackwater Ledger: 2026-05-12 (verbatim)');
  });

  it('a name that is a person and an outlet both: asked back, with a question for each', () => {
    // Jo Tidewater is quoted in the corpus, and Tidewater Wire is an outlet; Corvale is a person and Corvale Weekly
    for (const [q, person, outlet] of [
      ['was it Tidewater?', 'Jo Tidewater', 'Tidewater Wire'],
      ['was it Corvale?', 'Pim Corvale', 'Corvale Weekly'],
    ] as const) {
      const { answer } = ask(q);
      expect(answer.kind, q).toBe('cannot');
      if (answer.kind !== 'cannot') return;
      expect(answer.result.reason).toEqual({ kind: 'which', name: q.slice(7, -1), speakers: [person], outlets: [outlet] });
      const text = followUpText(answer);
      expect(text).toMatch(/^❓ A person or an outlet\?\n/);
      expect(text).toContain(`may be a person quoted in the corpus (${person}) or an outlet (${outlet}): which do you mean?`);
      expect(text).toContain(`did ${person} say it? · did ${outlet} carry it?`);
      // the questions offered back are understood
      expect(ask(`did ${person} say it?`).answer.kind).toBe('who-said');
      expect(ask(`did ${outlet} carry it?`).answer.kind).toBe('dates');
    }
  });

  it('the question’s own words choose between them', () => {
    expect(ask('was it said by Tidewater?').answer.kind).toBe('who-said');
    const printed = ask('was it published in Tidewater?').answer;
    expect(printed.kind === 'dates' && printed.result.asked).toEqual({ outlet: 'Tidewater Wire', carried: true });
  });

  it('two names: who is credited, or, for two outlets, the documents carrying it', () => {
    const people = ask('was it Morrow or Corvale?').answer;
    expect(people.kind === 'who-said' && people.result.matches[0]?.speaker).toBe('Edda Morrow');
    const outlets = ask('was it the Ledger or Sallow Post?').answer;
    expect(outlets.kind).toBe('dates');
    expect(followUpText(outlets)).toMatch(/^📅 Where and when it was published\n/);
  });

  it('a name the corpus does not know: said so, with what can be asked', () => {
    const { answer } = ask('was it Bertram Quill?');
    expect(answer.kind === 'cannot' && answer.result.reason).toEqual({
      kind: 'which',
      name: 'Bertram Quill',
      speakers: [],
      outlets: [],
    });
    const text = followUpText(answer);
    expect(text).toMatch(/^❓ Who is that\?\nNo person quoted in the corpus and no outlet in it is called “Bertram Quill”\./);
    expect(text).toContain('— Edda Morrow, ask here:');
    // a word written as no name ("was it sad?") is not understood, not "nobody is called sad"
    expect(followUpText(ask('was it sad?').answer)).toMatch(/^🤔 Not understood/);
  });
});

describe('other follow-ups a member expects understood', () => {
  it('"link?" lists the documents with their addresses', () => {
    const text = followUpText(ask('link?').answer);
    expect(text).toContain('Tidewater Wire: 2026-05-11 (verbatim) — https://tidewater.example/kiln-closure');
  });

  it('"show me the original article" names the first document, not "Not found"', () => {
    const text = followUpText(ask('show me the original article').answer);
    expect(text).toContain('First carried by Tidewater Wire on 2026-05-11');
  });

  it('"what’s the full quote?" shows the paragraph', () => {
    const { answer } = ask('what’s the full quote?');
    expect(answer.kind === 'context' && answer.result?.paragraph).toContain('Works manager Edda Morrow told staff on Monday');
  });

  it('"is that verbatim?" shows how each outlet worded this one claim', () => {
    const { answer } = ask('is that verbatim?');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    expect(answer.result.claims).toHaveLength(1);
    const verbatim = answer.result.claims[0]!.outlets.filter((o) => o.rendering === 'verbatim').map((o) => o.outlet);
    expect(verbatim.sort()).toEqual(['Brackwater Ledger', 'Tidewater Wire']);
  });

  it('"what else did <person> say?" lists that person’s quotations, not the thread speaker’s', () => {
    // it had listed Edda Morrow's, whoever was named
    for (const q of ['what else did Pim Corvale say?', 'more from Corvale?', 'other quotes by Pim Corvale?']) {
      const { answer } = ask(q);
      expect(answer.kind === 'quotes' && answer.result.speaker?.name, q).toBe('Pim Corvale');
    }
    const { answer } = ask('what else did she say?');
    expect(answer.kind === 'quotes' && answer.result.speaker?.name).toBe('Edda Morrow');
  });

  it('"who disagrees?" says what the bot cannot tell and where to look', () => {
    const text = followUpText(ask('who disagrees?').answer);
    expect(text).toMatch(/^🗣️ Not who agrees\nI can tell who said these words and how each outlet carried them, not who agrees/);
    expect(text).toContain('ask show the context');
  });
});
