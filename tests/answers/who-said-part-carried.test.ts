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
]);

describe('who-said of a claim some outlets quote only in part', () => {
  it('lists those outlets as quoting a part, with a different credit named', () => {
    const answer = whoSaid(store, claim);
    expect(answer.verdict).toBe('verbatim');
    const listed = answer.matches[0]!.outlets.map((o) => o.outlet);
    const parts = answer.partsQuoted ?? [];
    const carriers = parts.flatMap((p) => p.carriers);
    // every outlet /compare lists as carrying the claim is in the answer: as a carrier or as quoting a part
    const compared = compare(store, claim).claims[0]!.outlets.filter((o) => o.rendering !== 'absent');
    for (const o of compared) expect([...listed, ...carriers.map((c) => c.outlet)]).toContain(o.outlet);
    expect(carriers.find((c) => c.outlet === 'Town Notes')?.creditedTo).toBeUndefined();
    expect(carriers.find((c) => c.outlet === 'Field Weekly')?.creditedTo).toBe('Ivo Marsh');
    expect(answer.explanation).toMatch(/quotes? a part of your words word for word/);
    const text = whoSaidText(answer);
    expect(text).toContain('Part of your words, quoted word for word elsewhere');
    expect(text).toMatch(/Field Weekly · 2026-02-12 — ⚠️ credits Ivo Marsh/);
    const payload = whoSaidPayload(answer);
    assertValidMessagePayload(payload);
  });

  it('adds nothing when no outlet quotes a part', () => {
    const alone = writtenStore([
      { file: 'gym-a.txt', outlet: 'Ridge Herald', date: '2026-02-10', text: story('Gym to reopen', `Ada Ferreira said "${claim}".`) },
    ]);
    expect(whoSaid(alone, claim).partsQuoted).toBeUndefined();
  });
});
