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
