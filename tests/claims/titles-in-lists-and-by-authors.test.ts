/**
 * Round 65: more names in marks read as titles, so that no one is credited with them: the next title of a list after
 * "and", "or" or a comma (“Low Tide” and “The Long Harbour,”), a title closing on its own "!" or "?" after a work's
 * noun or a naming word (the film “Storm Quay 2: Not Again!”, titled “Ferryman?”), one holding "&" (“Ferries &
 * Friends,”), and a title right before "by" and its author (“The Last Ferry: …,” by Tom Hale). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const quotes = (text: string) => extractClaims(doc(text)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }));

describe('a title in marks', () => {
  it('after another title of a list', () => {
    const [, second] = quotes('Ana Ruiz, who has starred in “Low Tide” and “The Long Harbour,” posted the clip on Monday.');
    expect(second).toMatchObject({ text: 'The Long Harbour,', speaker: null, kind: 'phrase' });
    const [, d] = quotes('Voters pull the lever for “R,” or “D,” according to their party.');
    expect(d).toMatchObject({ text: 'D,', speaker: null, kind: 'phrase' });
  });

  it('closing on its own exclamation or question mark after a work noun or naming word', () => {
    expect(quotes('Ana Ruiz acted in the film “Storm Quay 2: Not Again!” Her next role is a sailor.')[0]).toMatchObject({
      speaker: null,
      kind: 'phrase',
    });
    const [title, said] = quotes('The ad, titled “Ferryman?”, says the levy is “a trap.”');
    expect(title).toMatchObject({ text: 'Ferryman?', speaker: null, kind: 'phrase' });
    expect(said).toMatchObject({ text: 'a trap.', speaker: 'the ad' });
  });

  it('holding "&"', () => {
    expect(quotes('Tom Hale spoke on Harbour TV’s “Ferries & Friends,” on Tuesday.')[0]).toMatchObject({ speaker: null, kind: 'phrase' });
  });

  it('right before "by" and its author', () => {
    const [book] = quotes('According to “The Last Ferry: How a Harbour Lost Its Boats,” by Tom Hale, Ana Ruiz kept the gate shut.');
    expect(book).toMatchObject({ speaker: null, kind: 'phrase' });
  });
});

describe('not a title', () => {
  it('words in sentence case after a title and "and"', () => {
    const [, said] = quotes('Ana Ruiz, who starred in “Low Tide,” said the levy was “a trap for the crews” and left.');
    expect(said).toMatchObject({ text: 'a trap for the crews', speaker: 'Ana Ruiz' });
  });

  it('a cry in title case said by someone', () => {
    expect(quotes('“Save Our Ferry!” the crowd chanted by the quay.')[0]).toMatchObject({ speaker: 'the crowd' });
  });
});
