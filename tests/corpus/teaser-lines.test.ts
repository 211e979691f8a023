/**
 * A text file copied from a news page keeps the site's teasers for other stories as lines of their own, a label
 * and a headline ("Also read: …", "READ MORE | …"): they leave the article's paragraphs, as the web reader drops
 * them; a sentence after such a label, or a headline quoting someone, stays. Text written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/corpus/clean.js';
import { FERRY } from './web/pages/articles.js';

const PARAGRAPHS = FERRY.paragraphs.slice(0, 4);
const file = (line: string): string =>
  [FERRY.headline, '', PARAGRAPHS[0], '', PARAGRAPHS[1], '', line, '', PARAGRAPHS[2], '', PARAGRAPHS[3], ''].join('\n');
const blocks = (text: string): string[] => findBlocks(text).map((b) => text.slice(b.start, b.end));

describe('a teaser line for another story in a text file', () => {
  it.each([
    'Also read: Why the harbour office redesigned the ramps after winter storms damaged the old pier twice',
    'READ MORE | Commuters on the early boats say the new timetable leaves them waiting in the cold',
    'Recommended: Bus drivers agree a new contract after weeks of talks',
    'Read next » Saltby council to vote on the revised terminal budget in March',
  ])('“%s” leaves the paragraphs', (line) => {
    expect(blocks(file(line))).not.toContain(line);
    expect(blocks(file(line))).toEqual(expect.arrayContaining(PARAGRAPHS));
  });

  it.each([
    'See also: the harbour office published the full contract with the ramp builder on Monday.',
    'Related: “We will not cut corners,” says harbour commissioner',
  ])('“%s” stays', (line) => {
    expect(blocks(file(line))).toContain(line);
  });
});
