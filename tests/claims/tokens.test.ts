import { describe, expect, it } from 'vitest';
import { isTrimSpace } from '../../src/corpus/lines.js';
import { tokenizeBlock } from '../../src/claims/tokens.js';
import { speakersIn } from './helpers.js';

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

describe('tokenizeBlock: a dotted initialism at a sentence end', () => {
  const sentenceOf = (toks: ReturnType<typeof tokens>, word: string) => toks.find((t) => t.text === word)?.sentence;

  it('ends the sentence at "U.S." when a capitalised function word follows, and keeps a name run inside its sentence', () => {
    const toks = tokens('Ana Ruiz toured the U.S. While Li Wei stayed home, she spoke daily.');
    expect(sentenceOf(toks, 'U.S.')).toBe(0);
    expect(sentenceOf(toks, 'While')).toBe(1);
    expect(speakersIn('The harbour fund reached the U.S. He said “we will match every gift” on Friday.')[0]?.speaker).not.toMatch(/U\.S\./);
  });

  it('keeps one sentence before a name or a headline verb ("the U.S. Navy", "U.S. Will Pay")', () => {
    const toks = tokens('The U.S. Navy said the U.S. Will Pay line was a slogan.');
    expect(new Set(toks.map((t) => t.sentence))).toEqual(new Set([0]));
  });
});

describe('isTrimSpace (tokens tell spaces by it)', () => {
  it('matches what /\\s/ matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isTrimSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('tokenizeBlock: a pronoun with "’s"', () => {
  it('marks a name’s "’s" as a possessive and a pronoun’s as none ("she’s said" is "she has said")', () => {
    const toks = tokens("Ruiz’s aide said she’s said it, and he's right.");
    expect(toks.filter((t) => t.poss).map((t) => t.text)).toEqual(['Ruiz']);
    expect(toks.map((t) => t.text)).toContain('she');
  });
});
