import { describe, expect, it } from 'vitest';
import { tokenizeBlock } from '../../src/claims/tokens.js';

const tokens = (text: string) => tokenizeBlock(text, 0, text.length, [], 0, 0, 0);

describe('tokenizeBlock: a double hyphen as a dash', () => {
  it('marks the word after a spaced double hyphen, and leaves no token for the hyphens', () => {
    const toks = tokens('A candidate -- Ana Ruiz --- said no');
    expect(toks.map((t) => t.text)).toEqual(['A', 'candidate', 'Ana', 'Ruiz', 'said', 'no']);
    expect(toks.filter((t) => t.afterDoubleHyphen).map((t) => t.text)).toEqual(['Ana', 'said']);
  });

  it('marks nothing for hyphens inside a word, a lone hyphen, a possessive or other dropped characters', () => {
    const toks = tokens('A well--known firm - Berg & Sons’ lawyer -- or Li Wei’s aide said so.');
    expect(toks.filter((t) => t.afterDoubleHyphen).map((t) => t.text)).toEqual(['or']);
  });
});

describe('tokenizeBlock: sentences', () => {
  it('reads "v." in a case name as an abbreviation, not a sentence end', () => {
    const toks = tokens('The ruling in Roe v. Wade stands, she said. It was final');
    const sentenceOf = (w: string) => toks.find((t) => t.text === w)?.sentence;
    expect(sentenceOf('Wade')).toBe(sentenceOf('Roe'));
    expect(sentenceOf('It')).toBe((sentenceOf('Roe') ?? 0) + 1);
  });
});
