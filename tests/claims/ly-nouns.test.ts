/**
 * A word in -ly is read as an adverb unless it is a noun or a verb ("rally", "family", "reply"): the noun heads its
 * phrase, so the subject finder returns the whole phrase, not a fragment. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';
import { isFiller } from '../../src/claims/speech-verbs.js';
import type { Token } from '../../src/claims/tokens.js';

const word = (text: string) => ({ kind: 'word', text, lower: text.toLowerCase(), cap: false }) as Token;

describe('nouns and verbs in -ly', () => {
  it('are no adverbs', () => {
    expect(isFiller(word('rally'))).toBe(false);
    expect(isFiller(word('family'))).toBe(false);
    expect(isFiller(word('quickly'))).toBe(true);
  });

  it('head the subject phrase of a quotation’s clause', () => {
    const [a] = speakers('A harbour rally by the town leaders on Monday had one message: “No more fees.”');
    expect(a?.mention).toBe('A harbour rally');
  });
});
