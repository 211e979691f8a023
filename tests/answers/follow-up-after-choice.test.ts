/**
 * A thread on a topic or a person where a claim was chosen: claims named by number or place are still the
 * topic's numbered claims, as before the choice; other questions stay about the chosen claim (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type FollowUpContext } from '../../src/answers/follow-up.js';
import { story, writtenStore } from '../support/written.js';

// invented: a ferry timetable on a lake, three people quoted on it
const store = writtenStore([
  {
    file: 'lake-1.txt',
    outlet: 'Tarnwick Courier',
    date: '2026-04-02',
    text: story(
      'Ferry timetable cut',
      '“The ferry timetable will lose its evening crossings in May,” said ferry operator Halvard Quist.',
      'Councillor Mirela Dunstan said: “The ferry timetable was never meant to serve the tourists alone.”',
      '“Our ferry timetable keeps the island school open,” said headteacher Ysolde Marr.',
    ),
  },
  {
    file: 'lake-2.txt',
    outlet: 'Lakeside Record',
    date: '2026-04-03',
    text: story(
      'Islanders fear for ferry',
      '“The ferry timetable will lose its evening crossings in May,” Halvard Quist told the Record.',
      '“Our ferry timetable keeps the island school open,” headteacher Ysolde Marr said.',
    ),
  },
]);

const topicThread: FollowUpContext = { query: 'ferry timetable', speaker: null, outlet: null, command: 'compare', outlets: [] };

function listed(): { quote: string; speaker: string | null }[] {
  const { answer } = answerFollowUp(store, topicThread, 'who said it?');
  if (answer.kind !== 'cannot' || answer.result.reason?.kind !== 'which-claim') throw new Error('expected the claims listed');
  return answer.result.reason.claims;
}

describe('claims named by number after a claim of the topic was chosen', () => {
  const claims = listed().map((c) => c.quote);
  const secondSpeaker = listed()[1]!.speaker;
  const chosen = answerFollowUp(store, topicThread, '2').about!;
  const thread: FollowUpContext = { ...chosen, openedOn: topicThread };

  it('starts from three claims, the second chosen', () => {
    expect(claims).toHaveLength(3);
    expect(chosen.query).toBe(claims[1]);
  });

  it('"compare 1 and 3" compares those claims of the topic, not the chosen one', () => {
    const { answer, about } = answerFollowUp(store, thread, 'compare 1 and 3');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    expect(answer.result.claims.map((c) => c.quote)).toEqual([claims[0], claims[2]]);
    // the thread stays on the chosen claim
    expect(about).toBeUndefined();
  });

  it('"the third one" chooses that claim of the topic instead', () => {
    const { about } = answerFollowUp(store, thread, 'the third one');
    expect(about?.query).toBe(claims[2]);
  });

  it('other questions, and a quotation opening with a figure, stay about the chosen claim', () => {
    const who = answerFollowUp(store, thread, 'who said it?').answer;
    expect(who.kind === 'who-said' && who.result.matches[0]?.speaker).toBe(secondSpeaker);
    const compared = answerFollowUp(store, thread, 'compare them').answer;
    expect(compared.kind === 'compare' && compared.result.claims.map((c) => c.quote)).toEqual([claims[1]]);
    const figure = answerFollowUp(store, thread, '3 of the island schools will close');
    expect(figure.intent.kind).not.toBe('compare');
    expect(figure.about).toBeUndefined();
  });
});
