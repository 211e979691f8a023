/**
 * A paraphrase's verdict line reads the answer's `quoted` flag alone: "in other words, quoted from" when an
 * outlet quotes the words, "reported as said by" when none does (or the flag is absent).
 */
import { describe, expect, it } from 'vitest';
import type { WhoSaidResult } from '../../src/answers/types.js';
import { verdictLine } from '../../src/render/labels.js';
import { whoSaidText } from '../../src/render/text.js';
import { carrier, verbatimResult } from './fixtures.js';

const paraphraseOf = (quoted: boolean | undefined): WhoSaidResult => {
  const best = { ...verbatimResult.matches[0]!, kind: 'paraphrase' as const, outlets: [carrier({ rendering: 'paraphrase' })] };
  return { ...verbatimResult, verdict: 'paraphrase', matches: [quoted === undefined ? best : { ...best, quoted }] };
};

const head = (result: WhoSaidResult): string =>
  verdictLine(result)
    .map((s) => (typeof s === 'string' ? s : s.text))
    .join('');

describe('the verdict line of a paraphrase', () => {
  it('says the speaker is quoted in other words when the answer says an outlet quotes them', () => {
    expect(head(paraphraseOf(true))).toMatch(/^🔁 Paraphrase — in other words, quoted from /);
    expect(whoSaidText(paraphraseOf(true)).split('\n')[0]).toContain('in other words, quoted from');
  });

  it('says reported when the answer says no outlet quotes them, or does not say', () => {
    expect(head(paraphraseOf(false))).toMatch(/^🔁 Paraphrase — reported as said by /);
    expect(head(paraphraseOf(undefined))).toMatch(/^🔁 Paraphrase — reported as said by /);
  });
});
