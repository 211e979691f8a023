/**
 * "when was it said?" in a thread: the corpus dates the articles carrying the words, not the saying. The answer
 * says so, dates a live blog's carrying by its entry (with the entry's clock time), and shows the time words an
 * article itself puts with the words, outside any quotation. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, parseFollowUp } from '../../src/answers/follow-up.js';
import { pageToDocument } from '../../src/corpus/web/document.js';
import { followUpText } from '../../src/render/follow-up.js';
import { ClaimStore } from '../../src/store/store.js';
import { writtenDocument } from '../support/written.js';

const entry = (iso: string, hm: string, heading: string, text: string) =>
  `<article class="live-entry"><header><time datetime="${iso}">${hm}</time><h2>${heading}</h2></header><p>${text}</p></article>`;

const page = `<!doctype html><html><head><title>Ferry strike: live | Saltmarsh Chronicle</title></head><body><main>
<h1>Ferry strike: live</h1><p>Follow the ferry crews' strike as it happens, with news from every pier on the estuary.</p>
${entry('2026-07-02T14:45:00Z', '14:45', 'Union speaks', 'The crews’ union spoke outside the depot. “Not one boat will sail until the rota is rewritten with us at the table,” union secretary Halvard Quist told reporters.')}
${entry('2026-07-01T09:15:00Z', '09:15', 'Strike begins', 'The first sailings were cancelled at dawn. “Passengers should expect no crossings today or tomorrow,” operator spokeswoman Ines Morrow said.')}
</main></body></html>`;

const live = pageToDocument('saltmarsh-live.html', new TextEncoder().encode(page), { url: 'https://saltmarsh.example/live' });
if ('code' in live) throw new Error(live.message);
const store = ClaimStore.fromCorpus({
  dir: 'written',
  documents: [
    live,
    writtenDocument({
      file: 'estuary-news.txt',
      outlet: 'Estuary News',
      date: '2026-07-03',
      text: [
        'Ferry crews walk out',
        '',
        'Ferry crews on the estuary walked out on Wednesday in a row over shift rotas.',
        '',
        '"Not one boat will sail until the rota is rewritten with us at the table," union secretary Halvard Quist said on Tuesday evening.',
      ].join('\n'),
    }),
  ],
  errors: [],
});

describe('"when was it said?"', () => {
  it('is read as asking when the words were said, apart from when they were published', () => {
    const outlets = ['Estuary News'];
    expect(parseFollowUp('when was it said?', outlets)).toEqual({ kind: 'dates', said: true });
    expect(parseFollowUp('when did she say that?', outlets)).toEqual({ kind: 'dates', said: true });
    expect(parseFollowUp('when was it sad?', outlets)).toEqual({ kind: 'dates', said: true });
    expect(parseFollowUp('when was it published?', outlets)).toEqual({ kind: 'dates' });
    expect(parseFollowUp('when was the statement published?', outlets)).toEqual({ kind: 'dates' });
  });

  it('says the corpus has publication dates, not the day it was said, with what the articles say of when', () => {
    const thread = { query: 'Not one boat will sail until the rota is rewritten', speaker: null, outlet: null };
    const { answer } = answerFollowUp(store, thread, 'when was it said?');
    expect(answer.kind).toBe('dates');
    if (answer.kind !== 'dates') return;
    expect(answer.result.whenSaid).toBe(true);
    expect(answer.result.saidWhen).toEqual([{ document: 'estuary-news.txt', words: 'on Tuesday evening' }]);
    const text = followUpText(answer);
    expect(text).toMatch(/does not record when these words were said, only when the articles carrying them were published/);
    // the live blog by its entry, with the entry's time
    expect(text).toContain('Saltmarsh Chronicle: 2026-07-02, 14:45 UTC (verbatim, live-blog entry)');
    expect(text).toContain('Estuary News: 2026-07-03 (verbatim)');
    expect(text).toContain('Estuary News (published 2026-07-03): “on Tuesday evening”');
    expect(text).not.toMatch(/was said on 2026/);
  });

  it('never takes time words from inside the quotation', () => {
    const thread = { query: 'Passengers should expect no crossings today or tomorrow', speaker: null, outlet: null };
    const { answer } = answerFollowUp(store, thread, 'when did she say that?');
    expect(answer.kind === 'dates' && answer.result.saidWhen).toBeUndefined();
    expect(followUpText(answer)).toContain('first carried by Saltmarsh Chronicle on 2026-07-01, 09:15 UTC');
  });

  it('"when was it published?" keeps its answer, with the live entry’s time', () => {
    const thread = { query: 'Not one boat will sail until the rota is rewritten', speaker: null, outlet: null };
    const { answer } = answerFollowUp(store, thread, 'when was it published?');
    expect(answer.kind === 'dates' && answer.result.whenSaid).toBeUndefined();
    const text = followUpText(answer);
    expect(text).toMatch(/^📅 Where and when it was published\n/);
    expect(text).not.toMatch(/does not record/);
    expect(text).toContain('Saltmarsh Chronicle: 2026-07-02, 14:45 UTC (verbatim, live-blog entry)');
  });
});

describe('"was it said before the vote?" in a thread', () => {
  // invented: a depot closure two papers date differently against the vote, a third a week on
  const depot = ClaimStore.fromCorpus({
    dir: 'written',
    documents: [
      writtenDocument({
        file: 'ridge.txt',
        outlet: 'Ridge Courier',
        date: '2026-03-04',
        text: 'Depot to close\n\nCouncillor Mira Oduya said on Tuesday, hours before the vote, that the depot "has cost the town more than it ever saved".\n',
      }),
      writtenDocument({
        file: 'fenwick.txt',
        outlet: 'Fenwick Gazette',
        date: '2026-03-05',
        text: 'Depot closure approved\n\n"The depot has cost the town more than it ever saved," Councillor Mira Oduya said after the vote on Tuesday evening.\n',
      }),
      writtenDocument({
        file: 'tarn.txt',
        outlet: 'Tarn Weekly',
        date: '2026-03-11',
        text: 'Bridge stays shut\n\nMayor Ivo Lindqvist said before the council meeting that "the bridge is safe for walkers but not for lorries".\n',
      }),
    ],
    errors: [],
  });
  const depotThread = { query: 'has cost the town more than it ever saved', speaker: null, outlet: null };
  const bridgeThread = { query: 'the bridge is safe for walkers but not for lorries', speaker: null, outlet: null };
  const ask = (thread: typeof depotThread, message: string) => followUpText(answerFollowUp(depot, thread, message).answer);

  it.each([
    ['was it said before the vote?', { kind: 'dates', said: true, relative: { relation: 'before', to: 'the vote' } }],
    ['did she say it after March 10?', { kind: 'dates', said: true, relative: { relation: 'after', to: 'March 10' } }],
    ['before or after the vote?', { kind: 'dates', said: true, relative: { relation: 'either', to: 'the vote' } }],
    ['was it published before 2026-03-05?', { kind: 'dates', relative: { relation: 'before', to: '2026-03-05' } }],
    ['was it said before by anyone?', { kind: 'others' }],
    // was "Not understood" (read as "was it <tuesday>?", a name)
    ['was it said on tuesday?', { kind: 'dates', said: true }],
    ['was it published in March?', { kind: 'dates' }],
    ['was it in the Monday Post?', { kind: 'was-it', name: 'the Monday Post', hint: 'outlet' }],
  ])('reads %s', (message, intent) => {
    expect(parseFollowUp(message, ['Ridge Courier', 'Monday Post'])).toEqual(intent);
  });

  it('shows the articles’ own words when they differ, instead of "not understood"', () => {
    const text = ask(depotThread, 'was it said before the vote?');
    expect(text).not.toMatch(/Not understood|Who is that/);
    expect(text).toMatch(/The articles differ on whether these words were said before or after the vote/);
    expect(text).toMatch(/Ridge Courier: “hours before the vote”/);
    expect(text).toMatch(/Fenwick Gazette: “after the vote”/);
  });

  it('answers a date from the first publication, and says when the corpus cannot tell', () => {
    expect(ask(depotThread, 'was it said before March 10?')).toMatch(
      /Yes: first carried by Ridge Courier on 2026-03-04, so they were said by then, before March 10 \(taken as 2026/,
    );
    expect(ask(depotThread, 'was it said after 10 March 2026?')).toMatch(/No: first carried by Ridge Courier on 2026-03-04/);
    // published on 4 March: said by then, but whether before 1 March is not known
    expect(ask(depotThread, 'was it said before March 2026?')).toMatch(/The corpus cannot tell/);
  });

  it('says so when no article puts the words against the event asked about, and answers from one that does', () => {
    expect(ask(depotThread, 'was it said before the budget debate?')).toMatch(
      /No article carrying these words says whether they were said before or after the budget debate/,
    );
    expect(ask(bridgeThread, 'was it said after the council meeting?')).toMatch(
      /No: by what the articles carrying them say, they were said before the council meeting:\n• Tarn Weekly: “before the council meeting”/,
    );
  });
});
