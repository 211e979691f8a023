import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { markdownText } from '../../src/corpus/markdown.js';
import { pageToDocument } from '../../src/corpus/web/document.js';

const ARTICLE = `Depot to become covered market
==============================

*By Ines Marlow — Quayside Herald*

The depot on **Quayside** will become a covered market, the [city council](https://herald.example/council_(city)) decided on Thursday.

![The depot roof](https://herald.example/depot.jpg "Photo: Herald")

> “Nobody wanted another car park on the _river_,” said councillor Tomas Brennick.

Work starts in March. “It is a [good day](https://herald.example/a) for the quay,” Brennick added.

* Stalls: 60
* Opening: before summer
`;

describe('markdownText', () => {
  it('keeps the words a reader sees and drops the syntax, a blank line between blocks', () => {
    expect(markdownText('# Vote\n\n> “We *will*,” she said.')).toBe('Vote\n\n“We will,” she said.');
    expect(markdownText('See ![photo](https://x.example/y.jpg) and [the plan](https://x.example/a_(b)) and <https://x.example>.')).toBe(
      'See and the plan and https://x.example.',
    );
    expect(markdownText('__bold__, _it_, ~~gone~~, \\*literal\\*, `code *x*`')).toBe('bold, it, gone, *literal*, code *x*');
    expect(markdownText('[ref]: https://x.example "T"\nSee [this][ref].')).toBe('See this.');
    expect(markdownText('* one\n* two\n\n1. three\n2. four')).toBe('- one\n- two\n\n1. three\n2. four');
    expect(markdownText('<div>A <b>raw</b> block</div>\n\nRock &amp; roll')).toBe('A raw block\n\nRock & roll');
  });

  it('leaves text that only looks like emphasis: spaced products, names with underscores, a lone star, code blocks', () => {
    expect(markdownText('A 2 * 3 * 4 product, snake_case_name, a * star')).toBe('A 2 * 3 * 4 product, snake_case_name, a * star');
    expect(markdownText('```\nconst a = *b*;\n```')).toBe('const a = *b*;');
  });
});

describe('an article added as a Markdown file', () => {
  it('is read as the text it shows: title, body and quotations without stars, brackets or addresses', () => {
    for (const options of [
      { fileName: 'depot.md' },
      { fileName: 'depot.md', contentType: 'text/plain; charset=utf-8' },
      { contentType: 'text/markdown; charset=utf-8', url: 'https://herald.example/depot' },
      { contentType: 'text/plain', url: 'https://raw.herald.example/notes/depot.md' },
    ]) {
      const doc = pageToDocument('added/depot', new TextEncoder().encode(ARTICLE), options);
      if ('code' in doc) throw new Error(doc.message);
      expect(doc.meta.title).toBe('Depot to become covered market');
      expect(doc.text).not.toMatch(/[*_#>[\]]|https?:/);
      const quotes = extractClaims(doc).quotes.map((q) => [q.text, q.speaker]);
      expect(quotes).toEqual([
        ['Nobody wanted another car park on the river,', 'Tomas Brennick'],
        ['It is a good day for the quay,', 'Tomas Brennick'],
      ]);
    }
  });

  it('is not rewritten when it is plain text (a .txt file keeps its stars)', () => {
    const doc = pageToDocument('added/a', new TextEncoder().encode('Vote\n\nThe *final* count came in at noon on Thursday.'), {
      fileName: 'a.txt',
    });
    if ('code' in doc) throw new Error(doc.message);
    expect(doc.text).toContain('*final*');
  });
});
