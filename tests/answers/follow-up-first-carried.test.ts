/**
 * "who published it first?" in a thread: the answer says which outlet carried the words first, that several share
 * the earliest day (which the corpus cannot order), or that some carriers have no date and may have come earlier,
 * in its data and the same in the terminal and on Discord. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { story, writtenStore, type WrittenArticle } from '../support/written.js';

const QUOTE = 'The orchard cooperative will buy every crate of pears our growers cannot sell abroad';
const said = (verb: string) => `"${QUOTE}," cooperative chair Tobiah Lindqvist ${verb}.`;
const article = (file: string, outlet: string, date?: string): WrittenArticle => ({
  file,
  outlet,
  ...(date ? { date } : {}),
  text: story('Pear growers get a buyer of last resort', 'Growers in the valley face a glut after export orders fell away.', said('said')),
});

const thread = { query: QUOTE, speaker: null, outlet: null };
const ask = (articles: WrittenArticle[]) => answerFollowUp(writtenStore(articles), thread, 'who published it first?').answer;
const discordText = (answer: ReturnType<typeof ask>) => JSON.stringify(followUpPayload(answer));

describe('"who published it first?"', () => {
  it('names the one outlet of the earliest day', () => {
    const answer = ask([
      article('valley-gazette.txt', 'Valley Gazette', '2026-04-09'),
      article('orchard-times.txt', 'Orchard Times', '2026-04-08'),
      article('river-post.txt', 'River Post', '2026-04-10'),
    ]);
    expect(answer.kind).toBe('dates');
    if (answer.kind !== 'dates') return;
    expect(answer.result.first).toEqual({ date: '2026-04-08', documents: ['orchard-times.txt'], undated: 0 });
    expect(followUpText(answer)).toContain('First carried by Orchard Times on 2026-04-08.');
    expect(discordText(answer)).toContain('First carried by **Orchard Times** on 2026-04-08.');
  });

  it('says that outlets sharing the earliest day cannot be ordered, naming each, never one of them as first', () => {
    const answer = ask([
      article('valley-gazette.txt', 'Valley Gazette', '2026-04-08'),
      article('orchard-times.txt', 'Orchard Times', '2026-04-08'),
      article('river-post.txt', 'River Post', '2026-04-10'),
    ]);
    if (answer.kind !== 'dates') throw new Error(answer.kind);
    expect(answer.result.first).toEqual({ date: '2026-04-08', documents: ['orchard-times.txt', 'valley-gazette.txt'], undated: 0 });
    const text = followUpText(answer);
    expect(text).toContain(
      'Orchard Times and Valley Gazette share the earliest date, 2026-04-08: the corpus cannot tell which of them carried these words first.',
    );
    expect(text).not.toContain('First carried by');
    const payload = followUpPayload(answer);
    expect(messagePayloadProblems(payload)).toEqual([]);
    expect(JSON.stringify(payload)).toContain('share the earliest date, 2026-04-08');
  });

  it('names an outlet once when two of its documents share the earliest day', () => {
    const answer = ask([
      article('valley-gazette-am.txt', 'Valley Gazette', '2026-04-08'),
      article('valley-gazette-pm.txt', 'Valley Gazette', '2026-04-08'),
      article('river-post.txt', 'River Post', '2026-04-10'),
    ]);
    expect(followUpText(answer)).toContain('First carried by Valley Gazette (2 documents) on 2026-04-08.');
  });

  it('says an undated carrier may have come before the first dated one', () => {
    const answer = ask([
      article('valley-gazette.txt', 'Valley Gazette', '2026-04-09'),
      article('orchard-times.txt', 'Orchard Times'),
      article('river-post.txt', 'River Post', '2026-04-10'),
    ]);
    if (answer.kind !== 'dates') throw new Error(answer.kind);
    expect(answer.result.first).toEqual({ date: '2026-04-09', documents: ['valley-gazette.txt'], undated: 1 });
    expect(followUpText(answer)).toContain(
      'First carried by Valley Gazette on 2026-04-09. 1 document has no date, so the corpus cannot tell whether it carried them earlier.',
    );
  });

  it('says the order is unknown when no carrier is dated', () => {
    const answer = ask([article('valley-gazette.txt', 'Valley Gazette'), article('orchard-times.txt', 'Orchard Times')]);
    if (answer.kind !== 'dates') throw new Error(answer.kind);
    expect(answer.result.first).toEqual({ date: null, documents: [], undated: 2 });
    expect(followUpText(answer)).toContain(
      'No document carrying these words has a date, so the corpus cannot tell which carried them first.',
    );
  });

  it('leaves the question of first out when one document carries the words', () => {
    const answer = ask([article('valley-gazette.txt', 'Valley Gazette', '2026-04-09')]);
    if (answer.kind !== 'dates') throw new Error(answer.kind);
    expect(answer.result.first).toBeUndefined();
    expect(followUpText(answer)).not.toMatch(/first|earliest/i);
  });
});
