/**
 * A thread on a topic where the member chooses a claim by its speaker's name ("the one by Dunstan", "Marr's",
 * "did Quist say it?"): that claim, the name shown as theirs, kept for the thread (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type FollowUpContext } from '../../src/answers/follow-up.js';
import { followUpText } from '../../src/render/follow-up.js';
import { story, writtenStore } from '../support/written.js';

// invented: a mountain railway, three people quoted on it, one of them twice on another story
const store = writtenStore([
  {
    file: 'rail-1.txt',
    outlet: 'Highcombe Courier',
    date: '2026-03-02',
    text: story(
      'Mountain railway to close in winter',
      '“The mountain railway will stop running in December,” said operator Halvard Quist.',
      'Councillor Mirela Dunstan said: “The mountain railway was never meant to carry freight.”',
      '“Our mountain railway keeps the upper village school open,” said headteacher Ysolde Marr.',
    ),
  },
  {
    file: 'rail-2.txt',
    outlet: 'Valley Record',
    date: '2026-03-03',
    text: story(
      'Villagers fear for railway',
      '“The mountain railway will stop running in December,” Halvard Quist told the Record.',
      '“Our mountain railway keeps the upper village school open,” headteacher Ysolde Marr said.',
    ),
  },
]);

const topicThread: FollowUpContext = { query: 'mountain railway', speaker: null, outlet: null, command: 'compare', outlets: [] };

describe('a claim of a topic chosen by its speaker', () => {
  it('chooses the claim by "the one by", a possessive or "the <name> one", the name shown as the member’s', () => {
    for (const message of ['the one by Mirela Dunstan', 'the quote from Dunstan.', "Dunstan's", 'the Dunstan one', 'ok, Dunstan’s one']) {
      const { answer, about } = answerFollowUp(store, topicThread, message);
      expect(answer.kind, message).toBe('who-said');
      if (answer.kind !== 'who-said') continue;
      expect(answer.result.matches[0]!.speaker).toBe('Mirela Dunstan');
      expect(answer.result.verdict).toBe('verbatim');
      expect(followUpText(answer)).toMatch(/You named: (?:Mirela )?Dunstan/);
      // the thread stays on that claim, with the name the member gave
      expect(about?.query).toMatch(/never meant to carry freight/);
      expect(about?.speaker).toMatch(/Dunstan$/);
      expect(about?.command).toBe('who-said');
    }
  });

  it('answers the question asked with the choice, and "did <name> say it?" of that person’s claim', () => {
    const carried = answerFollowUp(store, topicThread, 'the one by Marr — which outlets carried it?');
    expect(carried.about?.query).toMatch(/upper village school/);
    expect(followUpText(carried.answer)).toContain('Valley Record');
    const asked = answerFollowUp(store, topicThread, 'did Quist say it?');
    expect(asked.answer.kind).toBe('who-said');
    if (asked.answer.kind === 'who-said') expect(asked.answer.result.verdict).toBe('verbatim');
    expect(asked.about?.query).toMatch(/stop running in December/);
    expect(followUpText(asked.answer)).toContain('You named: Quist');
  });

  it('a later claim chosen by name in the same thread is the topic’s', () => {
    const chosen = answerFollowUp(store, topicThread, '1').about!;
    const { about } = answerFollowUp(store, { ...chosen, openedOn: topicThread }, 'the one by Dunstan');
    expect(about?.query).toMatch(/never meant to carry freight/);
  });

  it('lists the claims for a name no single claim has, never searching the words as a quotation', () => {
    const { answer, about } = answerFollowUp(store, topicThread, 'the one by Orla Penhallow');
    expect(answer.kind).toBe('cannot');
    if (answer.kind === 'cannot') expect(answer.result.reason?.kind).toBe('which-claim');
    expect(about).toBeUndefined();
  });

  it('says a claim can be chosen by who said it when asking which one', () => {
    const { answer } = answerFollowUp(store, topicThread, 'who said it?');
    expect(followUpText(answer)).toMatch(/Or by who said it \(the one by (?:Halvard Quist|Mirela Dunstan|Ysolde Marr)\)\./);
  });

  it('leaves a claim chosen by number with no name shown', () => {
    const { answer } = answerFollowUp(store, topicThread, '2');
    expect(followUpText(answer)).not.toMatch(/You named/);
  });
});
