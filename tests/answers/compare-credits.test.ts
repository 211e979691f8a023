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
