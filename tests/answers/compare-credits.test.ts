/** Compare says when an outlet gives the claim's words to someone else. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const WORDS = 'We will guard every berth on this quay, and we will not sign a wage freeze disguised as modernisation.';

describe('compare, outlets that credit the words to another person', () => {
  const store = writtenStore([
    {
      file: 'tide.txt',
      outlet: 'Tide Ledger',
      date: '2025-04-02',
      text: story('Crews strike', `Crew spokeswoman Alma Petrakis said: "${WORDS}"`),
    },
    {
      file: 'ridge.txt',
      outlet: 'Ridge Echo',
      date: '2025-04-02',
      text: story('Ferries stop', `"${WORDS}" crew spokeswoman Alma Petrakis said.`),
    },
    {
      file: 'plain.txt',
      outlet: 'Plainsman',
      date: '2025-04-03',
      text: story('Day two', `Jonas Brandt, the harbourmaster, said: "${WORDS}"`),
    },
  ]);

  it('names the person each such outlet credits, under the claim it is listed with', () => {
    const r = compare(store, 'we will not sign a wage freeze');
    const petrakis = r.claims.find((c) => c.speaker === 'Alma Petrakis')!;
    expect(petrakis.outlets.find((o) => o.outlet === 'Plainsman')?.creditedTo).toBe('Jonas Brandt');
    expect(petrakis.outlets.find((o) => o.outlet === 'Tide Ledger')?.creditedTo).toBeUndefined();
    expect(compareText(r)).toContain('Plainsman · 2025-04-03 — ⚠️ credits Jonas Brandt');
    expect(compareText(r)).toContain('⚠️ outlets disagree on the speaker');
  });
});

describe('compare, a claim the corpus has only as reported speech', () => {
  const store = writtenStore([
    {
      file: 'wire.txt',
      outlet: 'Wire',
      date: '2025-02-12',
      text: story(
        'Rollout row',
        'Health minister Sofia Brandvik told lawmakers that 40 percent of adults had been vaccinated in six weeks, a pace she said no other European country had matched.',
      ),
    },
    {
      file: 'daily.txt',
      outlet: 'Daily',
      date: '2025-02-12',
      text: story(
        'Minister defends rollout',
        '"We have vaccinated 40 percent of adults in six weeks, and no country in Europe has done better," health minister Sofia Brandvik said.',
      ),
    },
    {
      file: 'weekly.txt',
      outlet: 'Weekly',
      date: '2025-02-13',
      text: story('Opposition', 'Tomas Hale of the opposition said the government had lost control of the supply chain.'),
    },
    {
      file: 'evening.txt',
      outlet: 'Evening',
      date: '2025-02-13',
      text: story('Inquiry demanded', 'Opposition spokesman Tomas Hale said: "This government has lost control of the supply chain."'),
    },
  ]);

  it('lists an outlet that quotes the speaker saying it as quoted with other words, not as only paraphrasing', () => {
    const r = compare(store, '40 percent of adults had been vaccinated in six weeks');
    const reported = r.claims.find((c) => c.quote.startsWith('40 percent'))!;
    expect(reported.outlets.find((o) => o.outlet === 'Daily')?.rendering).toBe('reworded');
    expect(reported.outlets.find((o) => o.outlet === 'Wire')?.rendering).toBe('paraphrase');
  });

  it('does not call a description the claim is credited to a disagreement on the speaker', () => {
    const r = compare(store, 'the government had lost control of the supply chain');
    for (const c of r.claims) for (const o of c.outlets) expect(o.creditedTo, `${c.speaker} / ${o.outlet}`).toBeUndefined();
  });
});
