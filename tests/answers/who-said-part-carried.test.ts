/**
 * who-said of a claim's full words lists, apart, the outlets that quote only a part of it, as /compare counts them
 * among its carriers: the speaker's own shorter quotation, and a part another outlet credits to someone else, with
 * that credit (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const claim = 'the school will reopen the north gym after the roof is sealed and hire two more coaches';

const store = writtenStore([
  {
    file: 'gym-a.txt',
    outlet: 'Ridge Herald',
    date: '2026-02-10',
    text: story('Gym to reopen', `Ada Ferreira, the principal, said "${claim}".`),
  },
  {
    file: 'gym-b.txt',
    outlet: 'Valley Courier',
    date: '2026-02-10',
    text: story('School gym plans', `Ada Ferreira, the principal, told parents "${claim}".`),
  },
  {
    file: 'gym-c.txt',
    outlet: 'Town Notes',
    date: '2026-02-11',
    text: story('Gym news', 'Ada Ferreira said that "the school will reopen the north gym" soon, without a date.'),
  },
  {
    file: 'gym-d.txt',
    outlet: 'Field Weekly',
    date: '2026-02-12',
    text: story(
      'Roof works',
      'Ivo Marsh, the caretaker, said "the school will reopen the north gym after the roof is sealed" at the meeting.',
    ),
  },
  {
    file: 'gym-e.txt',
    outlet: 'Bench Gazette',
    date: '2026-02-13',
    text: story('Coaching staff', 'Ada Ferreira said the school would "hire two more coaches" before the season.'),
  },
]);

describe('who-said of a claim some outlets quote only in part', () => {
  it('lists those outlets as quoting a part, with a different credit named', () => {
    const answer = whoSaid(store, claim);
    expect(answer.verdict).toBe('verbatim');
    const listed = answer.matches[0]!.outlets.map((o) => o.outlet);
    const candidates = answer.matches.slice(1);
    const parts = answer.partsQuoted ?? [];
    const carriers = parts.flatMap((p) => p.carriers);
    // every outlet /compare lists as carrying the claim is in the answer: as a carrier, another candidate (with its
    // own credit) or as quoting a part, and only once
    const shown = [...listed, ...candidates.flatMap((m) => m.outlets.map((o) => o.outlet)), ...carriers.map((c) => c.outlet)];
    const compared = compare(store, claim).claims[0]!.outlets.filter((o) => o.rendering !== 'absent');
    for (const o of compared) expect(shown).toContain(o.outlet);
    expect(shown.filter((o) => o === 'Field Weekly')).toHaveLength(1);
    // the speaker's own shorter quotation in another article: a part, with no other credit
    const bench = carriers.find((c) => c.outlet === 'Bench Gazette');
    expect(bench).toBeDefined();
    expect(bench?.creditedTo).toBeUndefined();
    expect(candidates.find((m) => m.outlets.some((o) => o.outlet === 'Field Weekly'))?.speaker).toBe('Ivo Marsh');
    expect(answer.explanation).toMatch(/quotes? a part of your words word for word/);
    const text = whoSaidText(answer);
    expect(text).toContain('Part of your words, quoted word for word elsewhere');
    const payload = whoSaidPayload(answer);
    assertValidMessagePayload(payload);
  });

  it('names the other credit of a part an outlet credits to someone else', () => {
    const answer = whoSaid(store, claim);
    const parts = (answer.partsQuoted ?? []).map((p) => ({
      ...p,
      carriers: p.carriers.map((c) => (c.outlet === 'Bench Gazette' ? { ...c, creditedTo: 'Ivo Marsh' } : c)),
    }));
    const text = whoSaidText({ ...answer, partsQuoted: parts });
    expect(text).toMatch(/Bench Gazette · 2026-02-13 — ⚠️ credits Ivo Marsh/);
    assertValidMessagePayload(whoSaidPayload({ ...answer, partsQuoted: parts }));
  });

  it('adds nothing when no outlet quotes a part', () => {
    const alone = writtenStore([
      { file: 'gym-a.txt', outlet: 'Ridge Herald', date: '2026-02-10', text: story('Gym to reopen', `Ada Ferreira said "${claim}".`) },
    ]);
    expect(whoSaid(alone, claim).partsQuoted).toBeUndefined();
  });
});
