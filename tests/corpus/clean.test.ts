import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, findBlocks } from '../../src/corpus/clean.js';
import { sharedData } from '../support/shared-data.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SEEDS, f), 'utf8') }));

const blockTexts = (text: string): string[] => findBlocks(text).map((b) => text.slice(b.start, b.end));
const QUOTE = /["“”]/;

describe('cleanText on the seed pages', () => {
  it('has all five seeds to test, with quotations in them', () => {
    expect(seeds).toHaveLength(5);
    const quotedLines = seeds.flatMap((s) => s.text.split('\n').filter((l) => QUOTE.test(l)));
    expect(quotedLines.length).toBeGreaterThan(30);
  });

  it.each(seeds)('$name: keeps every line with a quotation that is not a photo caption', ({ text }) => {
    const blocks = findBlocks(text);
    const lines = cleanText(text).lines;
    const quoted = lines.filter((l) => QUOTE.test(l.text) && !/Image:|©/.test(l.text));
    for (const l of quoted) {
      expect(
        blocks.some((b) => b.start <= l.start && l.end <= b.end),
        l.text,
      ).toBe(true);
    }
  });

  it.each(seeds)('$name: no block is chrome (icons, menus, lists, footers, captions, codes, credits)', ({ text }) => {
    for (const block of blockTexts(text)) {
      expect(block).not.toMatch(/icon\b.*icon\b.*icon\b/);
      expect(block).not.toMatch(/^(?:\d+\. )?Skip to/);
      expect(block).not.toMatch(/^(Featured Stories|Comment|Leave a Reply|About The Author)$/);
      expect(block).not.toMatch(/Your email address will not be published/);
      expect(block).not.toMatch(/^FILE PHOTO:|©|Image: /);
      expect(block).not.toMatch(/^https?:\/\//);
      expect(block).not.toMatch(/^Story Code/);
      expect(block).not.toMatch(/^[a-z]+\/[a-z]+\s\(/);
      expect(block).not.toMatch(/^Source: /);
      expect(block).not.toMatch(/^(?:[A-Z][a-z]+){2,}$/);
    }
  });

  it('drops the whole link list of seed 000, its dates included, and keeps the article above it', () => {
    const { text } = seeds[0]!;
    const lines = cleanText(text).lines;
    const heading = lines.findIndex((l) => l.text === 'Featured Stories');
    expect(heading).toBeGreaterThan(0);
    const tail = lines.slice(heading).filter((l) => l.text);
    expect(tail.length).toBeGreaterThan(20);
    expect(tail.every((l) => l.chrome !== null)).toBe(true);
    expect(new Set(tail.map((l) => l.chrome))).toEqual(new Set(['link_list']));
    const blocks = blockTexts(text);
    expect(blocks.at(-1)).toMatch(/Gerasimov/);
  });

  it('keeps a headline printed twice only once (seed 000)', () => {
    const { text } = seeds[0]!;
    const blocks = blockTexts(text);
    expect(blocks.filter((b) => b === blocks[0])).toHaveLength(1);
  });

  it('drops the DW alt text + credited caption pairs, keeps sub-headings (seed 003)', () => {
    const { text } = seeds[3]!;
    const chrome = cleanText(text)
      .lines.filter((l) => l.chrome === 'caption')
      .map((l) => l.text);
    expect(chrome).toHaveLength(4);
    expect(blockTexts(text).some((b) => b.startsWith("Russia seeks to push 'military relations"))).toBe(true);
  });

  it('gives one block per paragraph line when a page has no blank lines (seed 004)', () => {
    const { text } = seeds[4]!;
    const paragraphs = text.split('\n').filter((l) => l.trim() && !l.startsWith('Source:'));
    expect(blockTexts(text)).toEqual(paragraphs.map((l) => l.trim()));
  });
});

describe('cleanText on chrome of other sites (own fixtures)', () => {
  const page = [
    'menuicon searchicon closeicon shareicon mailicon',
    '1. Skip to navigation',
    '2. Skip to search',
    'WorldAsia',
    'Harbour talks end without a deal',
    'Published: 12 March 2024',
    'Photo: A fishing boat in the harbour (Photo: J. Doe/Example Agency)',
    'The talks ended on Monday, the ministry said.',
    '“We are not done yet,” the envoy told reporters.',
    'Dock workers waiting at the gate',
    'Workers gathered at dawn Picture: Jane Roe/Wire Service',
    'Related Articles',
    'Port strike spreads to the north',
    'Ferry prices rise again',
    'New bridge opens after delays',
    'Article ID: 88-X1',
    'nm/rc (dpa, AP)',
    'Source: Example Wire',
    '© 2024 Example Daily. All rights reserved.',
    'Share this article',
    'https://example.org/news/123',
  ].join('\n');

  it('keeps only the headline and the paragraphs', () => {
    expect(blockTexts(page)).toEqual([
      'Harbour talks end without a deal',
      'The talks ended on Monday, the ministry said.',
      '“We are not done yet,” the envoy told reporters.',
    ]);
  });

  it('names the kind of each chrome line', () => {
    const kinds = Object.fromEntries(cleanText(page).lines.map((l) => [l.text, l.chrome]));
    expect(kinds['menuicon searchicon closeicon shareicon mailicon']).toBe('icons');
    expect(kinds['2. Skip to search']).toBe('menu');
    expect(kinds.WorldAsia).toBe('breadcrumb');
    expect(kinds['Published: 12 March 2024']).toBe('date');
    expect(kinds['Dock workers waiting at the gate']).toBe('caption');
    expect(kinds['Ferry prices rise again']).toBe('link_list');
    expect(kinds['Article ID: 88-X1']).toBe('story_code');
    expect(kinds['nm/rc (dpa, AP)']).toBe('signature');
    expect(kinds['Source: Example Wire']).toBe('source');
    expect(kinds['© 2024 Example Daily. All rights reserved.']).toBe('footer');
    expect(kinds['https://example.org/news/123']).toBe('url');
  });

  it('keeps a run of short real paragraphs that has no sign of a link list', () => {
    const text = 'Title here\n\nHe left.\n\nShe stayed.\n\nThey argued.\n\nNobody won.\n';
    expect(blockTexts(text)).toEqual(['Title here', 'He left.', 'She stayed.', 'They argued.', 'Nobody won.']);
  });

  it('joins hard-wrapped lines of one paragraph and keeps offsets into the untouched text', () => {
    const text = 'Headline\r\n\r\nThe minister said the plan\r\nwould be ready by May.\r\n  Second paragraph.  \r\n';
    const blocks = findBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Headline',
      'The minister said the plan\r\nwould be ready by May.',
      'Second paragraph.',
    ]);
  });

  it('is total and well-formed on arbitrary text (blocks sorted, disjoint, trimmed, non-empty)', () => {
    const chunk = fc.constantFrom(
      '\n',
      '\r\n',
      ' ',
      '\u00a0',
      'Skip to content',
      '“quote,” he said.',
      'icon',
      '3 July 2023',
      'a',
      'Hello world.',
      'Source: X',
      '©',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(chunk, fc.string()), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const b of findBlocks(text)) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.end).toBeGreaterThan(b.start);
          expect(b.end).toBeLessThanOrEqual(text.length);
          const s = text.slice(b.start, b.end);
          expect(s).toBe(s.trim());
          last = b.end;
        }
      }),
    );
  });
});

const polnearTrain = sharedData('data/polnear/train/text');

describe.skipIf(!polnearTrain.present)(
  polnearTrain.title('cleanText on clean articles (PolNeAR train, read from ../shared at run time)'),
  () => {
    const dir = polnearTrain.path;
    const SPEECH = /\b(?:said|says|say|told|tells|added|asked|stated|wrote|writes|according to|argued|explained|noted|claimed|insisted)\b/i;

    it('drops no line that has a quotation mark and a speech verb', () => {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      expect(files.length).toBeGreaterThan(100);
      let checked = 0;
      const dropped: string[] = [];
      for (const f of files) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const { lines, blocks } = cleanText(text);
        for (const l of lines) {
          if (!/["“”]|''/.test(l.text) || !SPEECH.test(l.text)) continue;
          checked++;
          if (!blocks.some((b) => b.start <= l.start && l.end <= b.end)) dropped.push(`${f}: ${l.text.slice(0, 80)}`);
        }
      }
      expect(checked).toBeGreaterThan(1000);
      expect(dropped).toEqual([]);
    });
  },
);
