/**
 * The faster corpus code must return exactly the documents the previous code returned: it is compared with
 * that code (extracted from git history, see reference.ts) on generated pages full of page chrome, on the
 * seed articles and on the PolNeAR texts (read from ../shared at run time when present).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/corpus/clean.js';
import { decodeText } from '../../src/corpus/decode.js';
import { endsLikeSentence, isTrimSpace, splitLines, wordCount } from '../../src/corpus/lines.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { sharedData } from '../support/shared-data.js';
import { importReference } from './reference.js';

type Prepare = typeof import('../../src/corpus/prepare.js');
type Clean = typeof import('../../src/corpus/clean.js');
type Decode = typeof import('../../src/corpus/decode.js');
type Lines = typeof import('../../src/corpus/lines.js');

const ref = {
  prepare: await importReference<Prepare>('prepare.ts'),
  clean: await importReference<Clean>('clean.ts'),
  decode: await importReference<Decode>('decode.ts'),
  lines: await importReference<Lines>('lines.ts'),
};
const haveReference = ref.prepare !== null;

/** Lines a news page is made of, chrome and text alike (all written for these tests). */
const VOCABULARY = [
  'Harbour plan approved',
  'City council votes on the budget',
  'Storm hits the coast',
  'Harbour plan approved.',
  '“We will sign tomorrow,” the mayor said.',
  '"It is not over," she told reporters on Monday',
  'The minister said: "Prices will fall next year."',
  'Ships in the harbour at dawn',
  'The council met on Tuesday to discuss the new harbour plan and what it would cost the town over ten years.',
  'the rest of a hard-wrapped sentence, in lower case',
  '(and a bracketed aside)',
  'It rained. Then it stopped.',
  'Skip to content',
  '1. Skip to main menu',
  '2. Home',
  '3) World news',
  'Skip to more Example sites',
  'Share this',
  'Share this article:',
  'Leave a reply',
  'Comments (3)',
  'Subscribe to our newsletter',
  'Read more:',
  'Advertisement',
  '© 2023 Example News. All rights reserved.',
  'Copyright 2021 Harbour Times',
  '(c) 2020 Bay Herald',
  'Photo: Jane Doe/Agency',
  'FILE PHOTO: a ship in port',
  'Ships in the harbour last yearImage: TASS',
  'Boats at the pier (Photo by Sam Lee)',
  'Call me (now). Imageby Jane Doe',
  'Night falls. Photo: Sam "Lee"',
  'Boats (photo: Sam Lee. Agency)',
  'Night.foto:ab',
  'Night. fotoby a',
  'A copyright 2019 notice',
  'Text (c) 2022 Bay',
  'Pictures by: Ann Bell, Tom Ray',
  '![a map](https://x.example/map.png)',
  'Image © Agency Name',
  'https://www.example-news.co.uk/world/harbour-123',
  '<https://harbour.example/a>',
  'https://proxy.example:443/https/p.bay-herald.com/p/4TLXn',
  'https://twitter.com/someone/status/1',
  'Source: Harbour Wire',
  'Sources: AFP, Reuters',
  'Source: the council said so in a long statement today.',
  'Story Code : 1067432',
  'ara/ab (AFP, Reuters)',
  '(AP)',
  'ConflictsChina',
  'PoliticsEurope',
  'Featured Stories',
  'Related:',
  'Most read',
  'More from Harbour',
  'You may also like',
  'Tuesday 4 July 2023 - 04:32',
  'July 3, 2023',
  '2023-07-04',
  '04.07.2023',
  'Published: 12 March 2024',
  'Updated 31.02.2023',
  'date 2023/7/4',
  'icon facebook icon twitter icon mail',
  'Follow us on Mastodon',
  '# A headline in markdown',
  '## Section',
  'Visit other Bay Herald sites',
  '',
];
const SPACES = ['', ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028'];
const BREAKS = ['\n', '\n', '\n\n', '\r\n', '\r', '\n \n', '\n\u00a0\n'];

const line = fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...VOCABULARY), fc.constantFrom(...SPACES)).map((p) => p.join(''));
const page = fc
  .array(fc.tuple(line, fc.constantFrom(...BREAKS)), { maxLength: 40 })
  .map((parts) => parts.map(([l, b]) => l + b).join(''))
  .filter((t) => t.trim() !== '');

const CHARS = [...'aZ9 .:;!?|()©"\'“”’»]#-/\t\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'é'];
const scrap = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 60 });

/** The fields a line had before `words` was added. */
const plain = <T extends { index: number; start: number; end: number; text: string }>(l: T) => ({
  index: l.index,
  start: l.start,
  end: l.end,
  text: l.text,
});

describe.skipIf(!haveReference)('the corpus code returns what the previous code returned', () => {
  it('splits lines, counts words and finds sentence ends the same way on any text', () => {
    fc.assert(
      fc.property(scrap, (text) => {
        expect(splitLines(text).map(plain)).toEqual(ref.lines!.splitLines(text));
        expect(wordCount(text)).toBe(ref.lines!.wordCount(text));
        expect(endsLikeSentence(text)).toBe(ref.lines!.endsLikeSentence(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('trims exactly the characters String.prototype.trim removes', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isTrimSpace(c) !== (String.fromCharCode(c).trim() === '')) wrong.push(`U+${c.toString(16)}`);
    expect(wrong).toEqual([]);
  });

  it('classifies the lines of generated pages and builds the same documents', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (text, withManifest) => {
        const manifest = withManifest ? { file: 'a.txt', outlet: 'Bay Herald', date: '2024-01-02' } : undefined;
        expect(prepareDocument('a.txt', text, manifest)).toEqual(ref.prepare!.prepareDocument('a.txt', text, manifest));
        expect(cleanText(text).lines.map((l) => ({ ...plain(l), chrome: l.chrome }))).toEqual(ref.clean!.cleanText(text).lines);
      }),
      { numRuns: 1500 },
    );
  });

  const withoutKind = (r: ReturnType<typeof decodeText>): ReturnType<typeof decodeText> => (r.ok ? r : { ok: false, code: r.code });
  it('decodes the same bytes to the same text or the same refusal', () => {
    const byte = fc.oneof(
      fc.constantFrom(0, 1, 7, 9, 10, 12, 13, 27, 0x7f, 0x41, 0x20, 0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xef, 0xbb, 0xbf, 0xff),
      fc.integer({ min: 0, max: 255 }),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 80 }), fc.boolean(), (bytes, ascii) => {
        const data = new Uint8Array(ascii ? [...new TextEncoder().encode('Some text here. '), ...bytes] : bytes);
        const now = decodeText(data);
        // Meant to differ since: UTF-16 text (after its BOM, or told by its zero bytes), which was refused.
        const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || (now.ok && data.includes(0));
        // …and a refusal of a binary file names what its first bytes say it is (`kind`: gzip's 1f 8b, "%PDF-")
        if (!utf16) expect(withoutKind(now)).toEqual(withoutKind(ref.decode!.decodeText(data)));
      }),
      { numRuns: 3000, examples: [[[0x1f, 0x8b], false]] },
    );
  });

  const folders = ['seeds', 'data/polnear/train/text', 'data/polnear/dev/text']
    .map(sharedData)
    .filter((d) => d.present)
    .map((d) => d.path);
  const title = sharedData('data/polnear').title('builds the same documents for the seed articles and the PolNeAR texts');
  it.skipIf(folders.length === 0)(title, () => {
    let compared = 0;
    for (const dir of folders) {
      for (const name of readdirSync(dir).filter((n) => /\.(?:txt|md)$/i.test(n))) {
        const text = readFileSync(path.join(dir, name), 'utf8');
        const now = prepareDocument(name, text);
        const before = ref.prepare!.prepareDocument(name, text);
        if (JSON.stringify(now) !== JSON.stringify(before)) expect(now, name).toEqual(before);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });
});
