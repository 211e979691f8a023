import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import type { CorpusDocument, FileError } from '../../../src/corpus/types.js';
import { isHtml, pageToDocument } from '../../../src/corpus/web/document.js';
import { tempCorpora } from '../temp-corpus.js';
import { encodeLegacy } from './encode.js';
import { HARBOUR, RUSSIAN } from './pages/articles.js';
import { bareDocument, newsSitePage, wordpressPage } from './pages/shapes.js';
import { paywallStub } from './pages/walls.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function document(result: CorpusDocument | FileError): CorpusDocument {
  if ('code' in result) throw new Error(result.message);
  return result;
}

const paragraphsOf = (doc: CorpusDocument): string[] => doc.blocks.map((b) => doc.text.slice(b.start, b.end));

describe('pageToDocument', () => {
  it('makes a document of a page: the article as text, one block per paragraph, metadata with evidence, the hash of the bytes', () => {
    const bytes = utf8(newsSitePage().html);
    const doc = document(pageToDocument('added/glacier', bytes, { contentType: 'text/html; charset=utf-8' }));
    expect(doc.text).toBe(newsSitePage().body.join('\n\n'));
    expect(paragraphsOf(doc)).toEqual(newsSitePage().body);
    expect(doc.meta).toMatchObject({ outlet: 'The Northern Post', date: '2023-11-02', author: 'Marta Quill, Jonas Feld' });
    expect(doc.meta.evidence.every((e) => e.source === 'page')).toBe(true);
    expect(doc.contentHash).toBe(sha256(bytes));
  });

  it('lets the given outlet and date win over the page', () => {
    const doc = document(
      pageToDocument('a', utf8(wordpressPage().html), { fileName: 'a.html', overrides: { outlet: 'Gazette', date: '2024-06-01' } }),
    );
    expect([doc.meta.outlet, doc.meta.date]).toEqual(['Gazette', '2024-06-01']);
    expect(doc.meta.evidence.find((e) => e.field === 'outlet')).toEqual({
      field: 'outlet',
      source: 'override',
      detail: 'given: outlet = "Gazette"',
    });
  });

  it('tells HTML from text by content type, then file name, then the first bytes', () => {
    const html = utf8(bareDocument().html);
    expect(isHtml(html, 'text/html', null)).toBe(true);
    expect(isHtml(html, 'text/plain', 'a.html')).toBe(false);
    expect(isHtml(html, null, 'a.htm')).toBe(true);
    expect(isHtml(utf8('  <!DOCTYPE html><p>x'), null, null)).toBe(true);
    expect(isHtml(utf8('<!-- saved --><HTML><body>x'), null, 'download')).toBe(true);
    expect(isHtml(utf8('Headline\n\nBody <b>bold</b>'), null, null)).toBe(false);
  });

  it('reads text through the text path, in the charset the header names', () => {
    const text = `${RUSSIAN.headline}\n\n${RUSSIAN.paragraphs.join('\n\n')}\n`;
    const doc = document(
      pageToDocument('ru.txt', encodeLegacy(text, 'windows-1251'), {
        contentType: 'text/plain; charset=windows-1251',
        url: 'https://gorod.example/lib',
      }),
    );
    expect(doc.text).toBe(text);
    expect(doc.meta.title).toBe(RUSSIAN.headline);
    expect(doc.meta.url).toBe('https://gorod.example/lib');
    const plain = document(pageToDocument('a.txt', utf8(HARBOUR.paragraphs.join('\n\n')), { fileName: 'a.txt' }));
    expect(paragraphsOf(plain)).toEqual(HARBOUR.paragraphs);
  });

  it('refuses a page without an article, an empty input and binary bytes, each with its code', () => {
    const stub = pageToDocument('stub.html', utf8(paywallStub()), { contentType: 'text/html' });
    expect(stub).toMatchObject({ file: 'stub.html', code: 'no_article' });
    expect((stub as FileError).message).toMatch(
      /^File "stub\.html" is a web page without an article: the page shows only \d+ words .* paywall, so it was skipped\.$/,
    );
    expect(pageToDocument('e', new Uint8Array(), {})).toMatchObject({ code: 'empty' });
    expect(pageToDocument('b.html', Uint8Array.of(0x3c, 0x68, 0x74, 0x6d, 0x6c, 0, 1, 2, 0, 0), {})).toMatchObject({ code: 'binary' });
    expect(pageToDocument('b.txt', Uint8Array.of(0, 1, 2, 3), { fileName: 'b.txt' })).toMatchObject({ code: 'binary' });
  });

  it('reads an attached text file saved as UTF-16 (with or without a BOM) or windows-1252, and finds its quotations', () => {
    const text = [
      'Depot vote',
      ...HARBOUR.paragraphs,
      '“The depot is ours again,” said Ines Marlow, who chairs the residents’ group.',
    ].join('\n\n');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const inputs: [string, Uint8Array][] = [
      ['utf-16le with BOM', Uint8Array.of(0xff, 0xfe, ...le)],
      ['utf-16be with BOM', Uint8Array.of(0xfe, 0xff, ...be)],
      ['utf-16le without BOM', le],
      ['windows-1252', encodeLegacy(text, 'windows-1252')],
    ];
    for (const [name, bytes] of inputs) {
      const result = pageToDocument('depot.txt', bytes, { fileName: 'depot.txt' });
      if ('code' in result) throw new Error(`${name}: ${result.message}`);
      expect(result.text, name).toBe(text);
      expect(extractClaims(result).quotes.find((q) => q.text.startsWith('The depot is ours again'))?.speaker, name).toBe('Ines Marlow');
    }
    // A binary file named .txt is still refused, with or without a UTF-16 mark in front.
    const random = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251);
    expect(pageToDocument('x.txt', Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x00, 0xd8), { fileName: 'x.txt' })).toMatchObject({
      code: 'binary',
    });
    expect(pageToDocument('x.txt', Uint8Array.of(0, ...random), { fileName: 'x.txt' })).toMatchObject({ code: 'binary' });
  });

  it('keeps paragraphs apart, so a quotation across two paragraphs is found with its speaker', () => {
    const doc = document(pageToDocument('harbour.html', utf8(wordpressPage().html), {}));
    const quotes = extractClaims(doc).quotes;
    const closing = quotes.find((q) => q.text.startsWith('This wall is older than anyone in this room'));
    const continued = quotes.find((q) => q.text.startsWith('It has done its work'));
    expect(closing?.speaker).toBe('Helena Ostrova');
    expect(continued?.speaker).toBe('Helena Ostrova');
    // The first part ends its paragraph without a closing mark; the second opens the next paragraph.
    const blockOf = (offset: number): number => doc.blocks.findIndex((b) => b.start <= offset && offset < b.end);
    expect(blockOf(continued!.start)).toBe(blockOf(closing!.start) + 1);
    expect(quotes.find((q) => q.text.startsWith('Nobody asked'))?.speaker).toBe('Tomas Brennick');
  });
});

describe('web pages in a corpus folder', () => {
  const corpus = tempCorpora('quotetrail-web-');

  it('loads .html and .htm pages beside text files; the manifest wins, then the page; a page without an article is reported', async () => {
    const dir = corpus({
      'gazette.html': wordpressPage().html,
      'pages/post.htm': newsSitePage().html,
      'stub.html': paywallStub(),
      'notes.txt': `${HARBOUR.headline}\n\n${HARBOUR.paragraphs.join('\n')}\n`,
      'sources.json': JSON.stringify([{ file: 'pages/post.htm', outlet: 'Northern Post', date: '2023-11-03' }]),
    });
    const loaded = await loadCorpus(dir, { readAhead: false });
    expect(loaded.documents.map((d) => d.id)).toEqual(['gazette.html', 'notes.txt', 'pages/post.htm']);
    expect(loaded.errors).toEqual([
      { file: 'stub.html', code: 'no_article', message: expect.stringMatching(/^File "stub\.html" is a web page without an article: /) },
    ]);
    const [gazette, , post] = loaded.documents;
    expect(gazette!.meta).toMatchObject({ outlet: 'The Harbour Gazette', date: '2024-05-14', title: HARBOUR.headline });
    expect(paragraphsOf(gazette!)).toEqual(HARBOUR.paragraphs);
    expect(post!.meta).toMatchObject({ outlet: 'Northern Post', date: '2023-11-03', title: newsSitePage().expected.title });
    expect(post!.meta.evidence.find((e) => e.field === 'outlet')?.source).toBe('manifest');
    expect(post!.meta.evidence.find((e) => e.field === 'title')?.source).toBe('page');
  });
});
