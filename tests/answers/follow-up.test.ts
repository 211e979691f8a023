import { describe, expect, it } from 'vitest';
import { answerFollowUp, isChatter, parseFollowUp, threadAfter } from '../../src/answers/follow-up.js';
import { followUpText } from '../../src/render/follow-up.js';
import { story, writtenStore } from '../support/written.js';
import { fixtureStore } from './fixtures.js';

const OUTLETS = ['Harbor Times', 'Coast Daily', 'Bay Herald', 'Valley Post'];
const store = fixtureStore();
const thread = { query: 'will rebuild the northern pier', speaker: null, outlet: null };

describe('parseFollowUp', () => {
  it.each([
    ['who else said this?', { kind: 'others' }],
    ['What did Coast Daily say?', { kind: 'outlet', outlet: 'Coast Daily' }],
    ['show the context', { kind: 'context', outlet: null }],
    ['show me the context in bay herald please', { kind: 'context', outlet: 'Bay Herald' }],
    ['when was it published?', { kind: 'dates' }],
    ['compare Harbor Times and Coast Daily', { kind: 'compare', outlets: ['Harbor Times', 'Coast Daily'] }],
    // an outlet the corpus lacks is kept, so the answer says so instead of comparing without it
    ['compare Harbor Times and Moon Herald', { kind: 'compare', outlets: ['Harbor Times', 'Moon Herald'] }],
    ['Coast Daily vs the Moon Herald?', { kind: 'compare', outlets: ['Coast Daily', 'the Moon Herald'] }],
    ['compare them', { kind: 'compare', outlets: [] }],
    // as members phrase them
    ['who said this exactly', { kind: 'said-by', name: null }],
    ['what day was it said?', { kind: 'dates', said: true }],
    ['which year was it published?', { kind: 'dates' }],
    ['did the Coast Daily change the words?', { kind: 'wording', outlets: ['Coast Daily'] }],
    ['compare it with coast daily', { kind: 'compare', outlets: ['Coast Daily'] }],
    ['and “nobody will lose their mooring rights”?', { kind: 'who-said', quote: 'nobody will lose their mooring rights' }],
    ['the festival will return bigger than ever', { kind: 'who-said', quote: 'the festival will return bigger than ever' }],
    // named back as typed
    ['what did the Moon Gazette say?', { kind: 'help', unknownOutlet: 'the Moon Gazette' }],
    ['hm?', { kind: 'unknown' }],
    ['help', { kind: 'help', unknownOutlet: null }],
    ['what can I ask here?', { kind: 'help', unknownOutlet: null }],
    // what a thread never does, said as such
    ['and in French?', { kind: 'translation', language: 'French' }],
    ['can you translate it?', { kind: 'translation', language: null }],
    ['is this true?', { kind: 'truth' }],
    // answered from the claim the thread holds
    ['which other outlets carried it?', { kind: 'carriers' }],
    ['who published it first?', { kind: 'carriers' }],
    ['what else did she say?', { kind: 'speaker', name: null }],
    ['what did she say?', { kind: 'context', outlet: null }],
    // who the thread's claim is credited to, and whether it is a person named
    ['who said it?', { kind: 'said-by', name: null }],
    ['so who actually said that?', { kind: 'said-by', name: null }],
    ['did she say it?', { kind: 'said-by', name: null }],
    ['Did Anja Rell say it?', { kind: 'said-by', name: 'Anja Rell' }],
    ['did the councillor really say that?', { kind: 'said-by', name: 'the councillor' }],
    ['did Coast Daily say it?', { kind: 'outlet', outlet: 'Coast Daily' }],
    ['who said it first?', { kind: 'carriers' }],
    // a pasted sentence holding such words is still a quotation to check
    ['we will be the first to teach it in Welsh again', { kind: 'who-said', quote: 'we will be the first to teach it in Welsh again' }],
  ])('%s', (message, intent) => {
    expect(parseFollowUp(message, OUTLETS)).toEqual(intent);
  });
});

describe('isChatter', () => {
  it.each([
    ['thanks!', true],
    ['good catch', true],
    ['ok', true],
    ['hm?', false],
    ['help', false],
    ['dates', false],
    ['the festival will return bigger than ever', false],
    // a speaker's name alone is a question about them
    ['Priya Raman', false],
  ])('%s', (message, chatter) => {
    expect(isChatter(store, message)).toBe(chatter);
  });

  it('answers a speaker’s name alone with what they are quoted saying', () => {
    const { answer } = answerFollowUp(store, thread, 'priya raman');
    expect(answer.kind).toBe('quotes');
  });
});

describe('answerFollowUp', () => {
  it('answers "what did <outlet> say?" with that outlet’s own rendering', () => {
    const { answer } = answerFollowUp(store, thread, 'what did Bay Herald say?');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    expect(answer.result.claims[0]!.outlets).toEqual([expect.objectContaining({ outlet: 'Bay Herald', rendering: 'paraphrase' })]);
  });

  it('shows the paragraph the quotation stands in', () => {
    const { answer } = answerFollowUp(store, thread, 'show the context in Harbor Times');
    expect(answer.kind).toBe('context');
    if (answer.kind !== 'context') return;
    expect(answer.result?.paragraph).toContain('Mayor Dana Whitfield said on Thursday');
    const h = answer.result!.highlight!;
    expect(answer.result!.paragraph.slice(h.start, h.end)).toContain('will rebuild the northern pier');
  });

  it('says an outlet asked for the context does not carry the quotation, and which do', () => {
    const { answer } = answerFollowUp(
      store,
      { query: 'will return bigger than ever', speaker: null, outlet: null },
      'show the context in Harbor Times',
    );
    expect(answer.kind).toBe('context');
    if (answer.kind !== 'context') return;
    expect(answer.result).toBeNull();
    expect(answer.notCarriedBy).toEqual({ outlet: 'Harbor Times', carriers: ['Valley Post'] });
    // it had said "No document in the corpus carries this quotation"
    expect(followUpText(answer)).toMatch(
      /^📍 Not in Harbor Times\nHarbor Times does not carry this quotation[^\n]*\nCarried by: Valley Post/,
    );
  });

  it('lists publication dates of every document that carried it', () => {
    const { answer } = answerFollowUp(store, thread, 'when was this published');
    expect(answer.kind).toBe('dates');
    if (answer.kind !== 'dates') return;
    expect(answer.result.carriers.map((c) => c.date).sort()).toEqual(['2024-03-01', '2024-03-02']);
  });

  it('answers "what did <person> say?" with that speaker’s quotations, not as an unknown outlet', () => {
    const { answer } = answerFollowUp(store, thread, 'what did Priya Raman say?');
    expect(answer.kind).toBe('quotes');
    if (answer.kind !== 'quotes') return;
    expect(answer.result.speaker?.name).toBe('Priya Raman');
  });

  it('says why it cannot translate, with the thread’s claim and its outlets', () => {
    const { answer } = answerFollowUp(store, thread, 'and in French?');
    expect(answer.kind).toBe('cannot');
    if (answer.kind !== 'cannot') return;
    expect(answer.result.reason).toEqual({ kind: 'translation', language: 'French' });
    expect(answer.result.quote).toContain('rebuild the northern pier');
    expect(answer.result.outlets).toContain('Harbor Times');
  });

  it('lists the documents carrying the same words credited to someone else, and the first of them all', () => {
    const conflict = writtenStore([
      {
        file: 'a.txt',
        outlet: 'Harbour Times',
        date: '2025-06-02',
        text: story('Wall', '"We will not let the docks flood again, whatever it costs," said Mayor Ilse Brandt after the vote.'),
      },
      {
        file: 'b.txt',
        outlet: 'Valley Post',
        date: '2025-06-01',
        text: story('Vote', '"We will not let the docks flood again, whatever it costs," Marek Sallo told reporters.'),
      },
      {
        file: 'c.txt',
        outlet: 'Morning Wire',
        date: '2025-06-04',
        text: story('Wall', '"We will not let the docks flood again, whatever it costs," Mayor Ilse Brandt said.'),
      },
    ]);
    const { answer } = answerFollowUp(
      conflict,
      { query: 'we will not let the docks flood again', speaker: null, outlet: null },
      'which outlets carried it?',
    );
    expect(answer.kind).toBe('dates');
    if (answer.kind !== 'dates') return;
    expect(answer.result.speaker).toBe('Ilse Brandt');
    expect(answer.result.creditedElsewhere).toEqual([
      { speaker: 'Marek Sallo', carriers: [expect.objectContaining({ outlet: 'Valley Post' })] },
    ]);
    expect(followUpText(answer)).toMatch(
      /First carried by Valley Post on 2025-06-01[\s\S]*Credited to Marek Sallo \(1\)\n {2}• Valley Post: 2025-06-01 \(verbatim\)/,
    );
  });

  it('takes a new quotation as a new who-said', () => {
    const { answer } = answerFollowUp(store, thread, '"will return bigger than ever"');
    expect(answer.kind).toBe('who-said');
    if (answer.kind !== 'who-said') return;
    expect(answer.result.matches[0]?.speaker).toBe('Priya Raman');
  });

  describe('"who said it?" and "did <person> say it?"', () => {
    const ferry = writtenStore([
      {
        file: 'courier.txt',
        outlet: 'Lakeside Courier',
        date: '2026-02-03',
        text: story(
          'Ferry stays free',
          '"The ferry will stay free for pupils until the bridge opens," said transport councillor Anja Rell on Monday.',
          'Opposition leader Tomas Veit called the plan "a costly promise".',
        ),
      },
      {
        file: 'ledger.txt',
        outlet: 'North Ledger',
        date: '2026-02-04',
        text: story('Ferry fares', '"The ferry will stay free for pupils until the bridge opens," Rell told the council.'),
      },
      {
        file: 'gazette.txt',
        outlet: 'Fjord Gazette',
        date: '2026-02-05',
        text: story(
          'Harbour pledge',
          '"Every quay will have a lift before the winter," councillors Mira Osk and Lene Dahl said in a joint statement.',
        ),
      },
    ]);
    const ferryThread = { query: 'the ferry will stay free for pupils', speaker: null, outlet: null };
    const ask = (message: string, on = ferryThread) => {
      const { answer } = answerFollowUp(ferry, on, message);
      expect(answer.kind).toBe('who-said');
      if (answer.kind !== 'who-said') throw new Error(answer.kind);
      return answer.result;
    };

    // each of these had been "🤔 Not understood"
    it('answers "who said it?" with the speaker and the outlets that carried it', () => {
      const r = ask('who said it?');
      expect(r.matches[0]?.speaker).toBe('Anja Rell');
      expect(r.matches[0]?.outlets.map((o) => o.outlet).sort()).toEqual(['Lakeside Courier', 'North Ledger']);
      expect(r.verdict).toBe('verbatim');
    });

    it('says yes to the speaker, by full name, surname or role', () => {
      for (const q of ['did Anja Rell say it?', 'did Rell say it?', 'did the councillor really say that?']) {
        const r = ask(q);
        expect(r.verdict, q).toBe('verbatim');
        expect(r.matches[0]?.speaker, q).toBe('Anja Rell');
      }
    });

    it('says no to someone else, and who did, without guessing', () => {
      for (const name of ['Tomas Veit', 'Ola Berg']) {
        const r = ask(`did ${name} say it?`);
        expect(r.verdict).toBe('misattributed');
        expect(r.askedSpeaker).toBe(name);
        expect(r.explanation).toBe(`Anja Rell, not ${name}, is who the outlets quote saying this.`);
      }
    });

    it('says one of joint speakers said it together with the other', () => {
      const r = ask('did Lene Dahl say it?', { query: 'every quay will have a lift', speaker: null, outlet: null });
      expect(r.verdict).toBe('verbatim');
      expect(r.explanation).toContain('Lene Dahl is one of the 2 people they are credited to together');
    });

    it('says plainly when the thread’s quotation is no longer in the corpus', () => {
      const gone = writtenStore([
        {
          file: 'ledger.txt',
          outlet: 'North Ledger',
          date: '2026-02-04',
          text: story('Timetable', '"The new timetable starts in March," Mayor Greta Holm said.'),
        },
      ]);
      const { answer } = answerFollowUp(gone, ferryThread, 'which outlets carried it?');
      expect(answer.kind).toBe('dates');
      // it had said "“…” — an unnamed source", as if someone unnamed had said it, above "No document … carries it"
      const text = followUpText(answer);
      expect(text).not.toContain('unnamed source');
      expect(text).toMatch(
        /^📅 No longer carried\n“the ferry will stay free for pupils”\nNo document in the corpus carries these words any more/,
      );
      // "who else said it?": not "— an unnamed source" above "Nobody else"
      const others = answerFollowUp(gone, ferryThread, 'who else said it?').answer;
      expect(others.kind === 'others' && others.result.noLongerCarried).toBe(true);
      const said = followUpText(others);
      expect(said).not.toContain('unnamed source');
      expect(said).toMatch(
        /^👥 No longer carried\n“the ferry will stay free for pupils”\nNo document in the corpus carries these words any more/,
      );
    });
  });
});

describe('threadAfter', () => {
  const tide = writtenStore([
    {
      file: 'tide-a.txt',
      outlet: 'Quay Ledger',
      date: '2025-09-01',
      text: story('Tide gates', '"The tide gates will close before the equinox," said harbourmaster Odile Farrant on Monday.'),
    },
    {
      file: 'tide-b.txt',
      outlet: 'Fenland Courier',
      date: '2025-09-02',
      text: story(
        'Tide gates',
        '"The tide gates will close before the equinox," Odile Farrant said.',
        '"Nobody has asked the eel fishermen what they think," said fisher Bram Ostler.',
        '"We have rehearsed the closing twice this summer," Farrant added.',
      ),
    },
  ]);
  const opened = { query: 'the tide gates will close before the equinox', speaker: 'Odile Farrant', outlet: 'Quay Ledger' };
  const next = (message: string) => {
    const { intent, answer } = answerFollowUp(tide, opened, message);
    if (answer.kind !== 'who-said') throw new Error(answer.kind);
    return threadAfter(tide, opened, intent, answer.result);
  };

  it('keeps the speaker and outlet the thread was opened with after "who said it?"', () => {
    expect(next('who said it?')).toEqual(opened);
    expect(next('did Bram Ostler say it?')).toEqual(opened);
  });

  it('keeps them for a new quotation only where the new answer bears them out', () => {
    // the same speaker, but an outlet that does not carry the new words
    expect(next('"We have rehearsed the closing twice this summer"')).toEqual({
      query: 'We have rehearsed the closing twice this summer',
      speaker: 'Odile Farrant',
      outlet: null,
    });
    // someone else's words: neither stays
    expect(next('"Nobody has asked the eel fishermen what they think"')).toEqual({
      query: 'Nobody has asked the eel fishermen what they think',
      speaker: null,
      outlet: null,
    });
  });
});
