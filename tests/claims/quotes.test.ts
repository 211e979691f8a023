import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/claims/quotes.js';
import { doc, speakersIn } from './helpers.js';

const inner = (d: { text: string }, q: { innerStart: number; innerEnd: number }) => d.text.slice(q.innerStart, q.innerEnd);

describe('findQuotes', () => {
  it('finds straight and curly double quotations', () => {
    const d = doc('She said "we will win" and then “we will build.”');
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual(['we will win', 'we will build.']);
  });

  it('reads « … » set apart from the words by spaces, as French writes them, and the words without the spaces', () => {
    const d = doc(
      '« Nous ne pouvons pas attendre », a déclaré la maire. Puis\u00a0: «\u202fLe port rouvrira\u202f». «Sans espace», dit-il.',
    );
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual([
      'Nous ne pouvons pas attendre',
      'Le port rouvrira',
      'Sans espace',
    ]);
  });

  it('tells single-mark quotations from apostrophes and plural possessives', () => {
    const d = doc('The mayor’s office called the plan ‘a bold step’ while the voters’ mood soured; it isn’t over.');
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual(['a bold step']);
  });

  it('continues an unclosed quotation into the next paragraph that opens with a mark', () => {
    const d = doc(
      '“The harbour will reopen in spring,” the engineer said. “Work starts now.',
      '“We hired forty people.”',
      'Nothing else was said.',
    );
    const qs = findQuotes(d.text, d.blocks);
    expect(qs.map((q) => [inner(d, q), q.closed, q.continued])).toEqual([
      ['The harbour will reopen in spring,', true, false],
      ['Work starts now.', false, false],
      ['We hired forty people.', true, true],
    ]);
  });

  it('closes a quotation left open by a typo where the speaker tag begins, so the tag is not swallowed', () => {
    const d = doc(
      '“We will rebuild every house, said Mayor Ana Ruiz, who toured the street.',
      'Crews arrived at noon.',
      '"The port stays shut? " Li Wei asked, and walked off.',
      'The ferry left anyway.',
      '“Nobody came. When I called, she said, ‘wait.’ So we waited.',
      '“We hired forty people.”',
    );
    expect(findQuotes(d.text, d.blocks).map((q) => [inner(d, q), q.closed])).toEqual([
      ['We will rebuild every house,', true],
      ['The port stays shut?', true],
      // a quotation that runs on into the next paragraph keeps the words of someone it reports
      ['Nobody came. When I called, she said, ‘wait.’ So we waited.', false],
      ['We hired forty people.', true],
    ]);
    expect(speakersIn('“We will rebuild every house, said Mayor Ana Ruiz, who toured the street.')).toEqual([
      { text: 'We will rebuild every house,', speaker: 'Ana Ruiz', mention: 'Mayor Ana Ruiz' },
    ]);
  });

  it('judges a mark by the visible characters around it: a pasted direction mark or zero-width space is no word', () => {
    const d = doc(
      '\u202a”Sorry Ana, you should have asked first,” posted Li Wei.',
      'She wrote “\u200bthe port stays open\u2060” and left.',
    );
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual([
      'Sorry Ana, you should have asked first,',
      '\u200bthe port stays open\u2060',
    ]);
  });

  it('ignores text outside blocks', () => {
    const text = 'Menu "Home" \n“Inside the article,” she said.';
    const start = text.indexOf('“');
    expect(findQuotes(text, [{ start, end: text.length }]).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual([
      'Inside the article,',
    ]);
  });

  it('is linear on long unbalanced input', () => {
    const text = '"a '.repeat(50_000) + "'b ".repeat(50_000);
    const t0 = performance.now();
    findQuotes(text, [{ start: 0, end: text.length }]);
    // A guard against quadratic scanning (minutes on 100,000 marks), not a speed target: those are benchmarked.
    // Linear work takes well under a second; the bound leaves room for a loaded CI machine.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe('findQuotes: quotations inside quotations', () => {
  it('keeps the outer quotation when a nested one with the same marks opens and closes inside it', () => {
    const d = doc('Lind tweeted, "Reports say the man shouted "Go home!" as he ran off." Then she left.');
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual(['Reports say the man shouted "Go home!" as he ran off.']);
  });

  it('still drops a stray opening mark with no closing mark after it', () => {
    const d = doc('The "first mark is stray and "this one is quoted" here.');
    expect(findQuotes(d.text, d.blocks).map((q) => inner(d, q))).toEqual(['this one is quoted']);
  });
});
