/**
 * /who-said with words of the member's own around a quotation: the answer is close to the one longer quotation
 * that holds most of them, and the outlets that quote a part of the member's words whole are named apart, never
 * as carriers that cut the longer quotation (no diff, no meaning change flagged). Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const PART = 'rebuild the flood walls along the canal';
const store = writtenStore([
  {
    file: 'canal-post.txt',
    outlet: 'Canal Post',
    date: '2026-02-10',
    text: story(
      'Town sets out flood plan',
      'The town hall met after last month’s high water.',
      `"We have a plan: the town will ${PART} and hire more wardens for the winter," mayor Wilma Adeyemi-Groot said.`,
    ),
  },
  {
    file: 'lock-weekly.txt',
    outlet: 'Lock Weekly',
    date: '2026-02-11',
    text: story('Flood walls to rise', 'Residents cheered at the town hall.', `Mayor Wilma Adeyemi-Groot promised to "${PART}".`),
  },
  {
    file: 'towpath-news.txt',
    outlet: 'Towpath News',
    date: '2026-02-12',
    text: story(
      'Mayor answers flood critics',
      'Critics say the plan comes late.',
      `Wilma Adeyemi-Groot said the town would "${PART}" this year.`,
    ),
  },
  {
    file: 'barge-gazette.txt',
    outlet: 'Barge Gazette',
    date: '2026-02-12',
    text: story(
      'Boat owners worry',
      'Boat owners on the canal met on Sunday.',
      `Their chairman Osric Pell said they want to "${PART}" as well.`,
    ),
  },
]);

describe('a question holding a quotation and words of the member’s own', () => {
  const asked = `she said the town will ${PART} and hire more wardens`;

  it('is close to the longer quotation, and names apart the outlets that quote a part of the words whole', () => {
    const r = whoSaid(store, asked);
    expect(r.verdict).toBe('close');
    expect(r.matches[0]!.speaker).toBe('Wilma Adeyemi-Groot');
    expect(r.matches[0]!.outlets.map((o) => o.outlet)).toEqual(['Canal Post']);
    // quoting a part is not cutting the quotation: no meaning change is put on the answer
    expect(r.matches[0]!.meaningChanged).toBe(false);
    expect(r.askedChanges).toBeUndefined();
    // the same words from another speaker are not this speaker's part
    expect(r.partsQuoted).toEqual([
      {
        quote: PART,
        carriers: [
          { document: 'lock-weekly.txt', outlet: 'Lock Weekly', date: '2026-02-11' },
          { document: 'towpath-news.txt', outlet: 'Towpath News', date: '2026-02-12' },
        ],
      },
    ]);
    expect(r.explanation).toMatch(/2 other documents quote a part of your words word for word \(below\)\.$/);
    const text = whoSaidText(r);
    expect(text).toContain(
      `Part of your words, quoted word for word elsewhere\n  “${PART}”\n  Lock Weekly · 2026-02-11; Towpath News · 2026-02-12`,
    );
    expect(text).not.toMatch(/Meaning:|cuts/);
    const payload = whoSaidPayload(r);
    expect(messagePayloadProblems(payload)).toEqual([]);
    expect(JSON.stringify(payload)).toContain('Lock Weekly · 2026-02-11; Towpath News · 2026-02-12');
  });

  it('adds nothing when the words are the quotation itself', () => {
    const r = whoSaid(store, PART);
    expect(r.verdict).toBe('verbatim');
    expect(r.partsQuoted).toBeUndefined();
  });
});
