import { describe, expect, it } from 'vitest';
import { answerFollowUp, claimsChosen, isChatter } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText, followUpTextWithNotes, outletsGoneNote } from '../../src/render/follow-up.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

// invented: a ferry pier and four people quoted on it by two papers
const articles = [
  {
    file: 'tern-1.txt',
    outlet: 'Tern Bay Courier',
    date: '2026-04-02',
    text: story(
      'Ferry pier to shut for repairs',
      'Engineer Halla Morrow said "the ferry pier will stay shut until the autumn at the earliest".',
      'Mayor Ruben Quaile said on Monday that "the ferry pier is safe for walkers but not for cars".',
      'Cafe owner Sunniva Dahl said "the ferry pier closure has halved my takings since January".',
      'Treasurer Oskar Fenn said "the ferry pier budget was never meant to pay for a rebuild".',
    ),
  },
  {
    file: 'pell-1.txt',
    outlet: 'Pell Weekly',
    date: '2026-04-03',
    text: story(
      'Pier shut, engineers say',
      '"The ferry pier will stay shut until the autumn at the earliest," engineer Halla Morrow told the Weekly.',
      '"The ferry pier closure has halved my takings since January," said Sunniva Dahl.',
    ),
  },
];
const store = writtenStore(articles);
const topic = { query: 'ferry pier', speaker: null, outlet: null, command: 'compare' as const, outlets: [] };

describe('a question asked of several claims of a thread on a topic', () => {
  it('reads "2 and 3", "1, 2 & 4", "the first and the last" and "both" as several claims, with the question after them', () => {
    const four = [1, 2, 3, 4].map((n) => ({ quote: `claim ${n}`, speaker: null }));
    expect(claimsChosen('2 and 3, who carried them?', four)).toEqual({ indexes: [1, 2], rest: 'who carried them?' });
    expect(claimsChosen('1, 2 & 4 — when were they said?', four)).toEqual({ indexes: [0, 1, 3], rest: 'when were they said?' });
    expect(claimsChosen('the first and the last', four)).toEqual({ indexes: [0, 3], rest: '' });
    expect(claimsChosen('1 2 and 3 - show the context', four)).toEqual({ indexes: [0, 1, 2], rest: 'show the context' });
    expect(claimsChosen('both, who said them?', four.slice(0, 2))).toEqual({ indexes: [0, 1], rest: 'who said them?' });
    expect(claimsChosen('2', four)).toBeUndefined();
    expect(claimsChosen('2 and 9', four)).toEqual({ indexes: [], rest: '' });
  });

  it('answers "2 and 3, who carried them?" about both claims, not about 2 alone', () => {
    const { answer, about } = answerFollowUp(store, topic, '2 and 3, who carried them?');
    expect(about).toBeUndefined();
    expect(answer.kind).toBe('compare');
    const text = followUpText(answer);
    expect(text).toMatch(/safe for walkers/);
    expect(text).toMatch(/halved my takings/);
    expect(text).not.toMatch(/stay shut until/);
  });

  it('answers any other question about each claim named, in one message within Discord’s limits', () => {
    const { answer } = answerFollowUp(store, topic, '1 and 4 when were they said?');
    expect(answer.kind).toBe('several');
    const text = followUpText(answer);
    expect(text).toMatch(/1\. “the ferry pier will stay shut/i);
    expect(text).toMatch(/4\. “the ferry pier budget/);
    expect(text.match(/When was it said\?/g)).toHaveLength(2);
    // the corpus named once, not once for each claim
    expect(text.match(/corpus [0-9a-f]+ · loaded/g)).toHaveLength(1);
    const all = answerFollowUp(store, topic, '1, 2, 3 and 4');
    const payload = followUpPayload(all.answer);
    expect(messagePayloadProblems(payload)).toEqual([]);
    expect(payload.allowed_mentions?.parse).toEqual([]);
  });

  it('lists the claims again when a number names none ("1 and 9" of four)', () => {
    const { answer } = answerFollowUp(store, topic, '1 and 9, who said them?');
    expect(answer.kind).toBe('cannot');
    expect(followUpText(answer)).toMatch(/Which one do you mean/);
    expect(isChatter(store, '2 and 3', topic)).toBe(false);
    // the list says several can be named at once
    expect(followUpText(answerFollowUp(store, topic, 'who said it?').answer)).toMatch(/1 and 3, when were they said\?/);
  });
});

describe('a thread whose outlet was removed from the corpus since its answer', () => {
  const left = writtenStore(articles.filter((a) => a.outlet !== 'Pell Weekly'));
  const thread = { query: 'the ferry pier will stay shut until the autumn', speaker: 'Halla Morrow', outlet: 'Pell Weekly' };

  it('answers over the outlets left and says the outlet was removed, not that it is no outlet of the corpus', () => {
    const { answer, outletsGone } = answerFollowUp(left, thread, 'who said it?');
    expect(outletsGone).toEqual(['Pell Weekly']);
    expect(answer.kind).toBe('who-said');
    if (answer.kind !== 'who-said') return;
    expect(answer.result.verdict).toBe('verbatim');
    const text = followUpTextWithNotes(answer, undefined, outletsGone);
    expect(text).not.toMatch(/not an outlet in the corpus/);
    expect(text).toMatch(
      /“Pell Weekly”, the outlet the answer above was limited to, is no longer in the corpus \(its articles were removed/,
    );
    expect(outletsGoneNote(['Pell Weekly'], false)).not.toMatch(/removed/);
  });

  it('leaves a thread whose outlet is still there as it was', () => {
    expect(answerFollowUp(store, thread, 'who said it?').outletsGone).toBeUndefined();
  });
});

describe('a question asked of "them" in a thread on a person', () => {
  const person = { query: 'Halla Morrow', speaker: 'Halla Morrow', outlet: null, command: 'quotes' as const, outlets: [] };
  const two = writtenStore([
    {
      file: 'tern-2.txt',
      outlet: 'Tern Bay Courier',
      date: '2026-04-05',
      text: story(
        'Pier works',
        'Engineer Halla Morrow said "the ferry pier will stay shut until the autumn at the earliest".',
        'Morrow added: "Every pile under the pier has to be replaced."',
      ),
    },
  ]);

  it('answers "who carried them?" and "when were they said?" about every claim, not "which one do you mean?"', () => {
    const carried = answerFollowUp(two, person, 'who carried them?');
    expect(carried.answer.kind).toBe('compare');
    const said = followUpText(answerFollowUp(two, person, 'when were they said?').answer);
    expect(said).toMatch(/stay shut/);
    expect(said).toMatch(/Every pile/);
    // one claim asked of with a pronoun for the person: still which one
    expect(followUpText(answerFollowUp(two, person, 'when did they say it?').answer)).toMatch(/Which one do you mean/);
  });
});

describe('a claim named inside the question', () => {
  it('answers "who said the first one?" and "when was #4 published?" about that claim (it asked "Which quotation?")', () => {
    const first = answerFollowUp(store, topic, 'who said the first one?');
    expect(first.answer.kind).toBe('who-said');
    expect(followUpText(first.answer)).toMatch(/Halla Morrow/);
    expect(first.about?.query).toMatch(/stay shut/i);
    const fourth = answerFollowUp(store, topic, 'when was #4 published?');
    expect(fourth.answer.kind).toBe('dates');
    expect(followUpText(fourth.answer)).toMatch(/Oskar Fenn/);
    // two named: not one of them
    expect(answerFollowUp(store, topic, 'was quote 1 or quote 2 first?').answer.kind).toBe('cannot');
  });
});
