/**
 * /compare of a claim one outlet prints cut short (the start of the speaker's words, no ellipsis) that the store
 * groups as a claim of its own: the longer claim lists that outlet as cutting the end, naming the words it leaves
 * off, as a cut-short version inside one group reads; not for another speaker, nor for words that are not the
 * start (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { comparePayload } from '../../src/render/discord.js';
import { compareText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore, type WrittenArticle } from '../support/written.js';

const full = 'We will reopen the old mill as a library and keep the river path open to walkers all through the winter months';
const left = 'and keep the river path open to walkers all through the winter months';

const longer: WrittenArticle[] = [
  {
    file: 'mill-a.txt',
    outlet: 'Brookside Herald',
    date: '2026-03-02',
    text: story('Mill to become library', `Mayor Ilse Varga said: "${full}."`, 'The council meets next week.'),
  },
  {
    file: 'mill-b.txt',
    outlet: 'Valley Chronicle',
    date: '2026-03-02',
    text: story('Old mill plan backed', `"${full}," Ilse Varga told reporters.`),
  },
];

function withShorter(sentence: string) {
  return writtenStore([
    ...longer,
    {
      file: 'mill-c.txt',
      outlet: 'Riverside Post',
      date: '2026-03-03',
      text: story('Library for the mill', sentence, 'Work starts in spring.'),
    },
  ]);
}

const longerClaim = (store: ReturnType<typeof writtenStore>) =>
  compare(store, 'reopen the old mill as a library').claims.find((c) => c.quote.includes('winter months'))!;
const post = (store: ReturnType<typeof writtenStore>) => longerClaim(store).outlets.find((o) => o.outlet === 'Riverside Post');

describe('/compare of a claim an outlet prints cut short, grouped apart', () => {
  const store = withShorter('Ilse Varga said: "We will reopen the old mill as a library."');

  it('lists the outlet on the longer claim as cutting the end, naming the words left off', () => {
    const claim = longerClaim(store);
    const cut = claim.outlets.find((o) => o.outlet === 'Riverside Post')!;
    expect(cut.rendering).toBe('verbatim');
    expect(cut.changes).toEqual([{ kind: 'truncated_end', from: left, to: '' }]);
    expect(claim.meaningChanged).toBe(true);
    // the outlets that print the whole claim changed nothing
    expect(claim.outlets.filter((o) => o.outlet !== 'Riverside Post').every((o) => o.changes.length === 0)).toBe(true);
  });

  it('says so in the terminal and Discord answers', () => {
    const result = compare(store, 'reopen the old mill as a library');
    const text = compareText(result);
    expect(text).toContain(`Riverside Post ⚠️ Meaning: cuts the end: “${left}”`);
    const payload = comparePayload(result);
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain('cuts the end');
  });

  it('names the words left off at a closing ellipsis as left out, no meaning warning', () => {
    const marked = post(withShorter('Ilse Varga said: "We will reopen the old mill as a library …"'))!;
    expect(marked.rendering).toBe('verbatim');
    expect(marked.changes).toEqual([]);
    expect(marked.leftOut).toEqual([left]);
  });

  it('does not call it cut when another person is credited', () => {
    const other = post(withShorter('Councillor Bram Oduya said: "We will reopen the old mill as a library."'));
    expect(other?.changes.some((c) => c.kind === 'truncated_end') ?? false).toBe(false);
    expect(other?.creditedTo).toBe('Bram Oduya');
  });

  it('does not call it cut when the words are not the start of the claim, in order', () => {
    const reordered = post(withShorter('Ilse Varga said: "We will reopen as a library the old mill."'));
    expect(reordered?.changes.some((c) => c.kind === 'truncated_end') ?? false).toBe(false);
  });

  it('says in the shorter claim’s own section that it is the start of the longer claim, which other outlets quote whole', () => {
    const result = compare(store, 'reopen the old mill as a library');
    const longer = result.claims.find((c) => c.quote.includes('winter months'))!;
    const shorter = result.claims.find((c) => !c.quote.includes('winter months'))!;
    expect(shorter.startOf).toEqual({ claimId: longer.claimId, rest: left, documents: ['mill-a.txt', 'mill-b.txt'] });
    expect(longer.startOf).toBeUndefined();
    const number = result.claims.indexOf(longer) + 1;
    const said = `ℹ️ The start of claim ${number}: Brookside Herald and Valley Chronicle quote it in full, going on “${left}”`;
    expect(compareText(result)).toContain(said);
    const payload = comparePayload(result);
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain(`The start of claim ${number}`);
  });

  it('says it of a start that ends in an ellipsis too, never of another person’s words or words out of order', () => {
    const shorterOf = (sentence: string) =>
      compare(withShorter(sentence), 'reopen the old mill as a library').claims.find((c) => !c.quote.includes('winter months'));
    expect(shorterOf('Ilse Varga said: "We will reopen the old mill as a library …"')?.startOf?.rest).toBe(left);
    expect(shorterOf('Councillor Bram Oduya said: "We will reopen the old mill as a library."')?.startOf).toBeUndefined();
    expect(shorterOf('Ilse Varga said: "We will reopen as a library the old mill."')?.startOf).toBeUndefined();
  });
});
