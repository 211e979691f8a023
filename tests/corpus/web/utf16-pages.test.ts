/**
 * A page saved or served in UTF-16 without a byte-order mark (some editors' "Unicode") is read by its zero
 * bytes, as a text file is, instead of being refused as binary data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDocument, FileError } from '../../../src/corpus/types.js';
import { htmlDocument, pageToDocument } from '../../../src/corpus/web/document.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const PARAGRAPHS = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts.',
  'A review of the timetable will be put to the council in the spring, when the operator publishes its yearly accounts.',
];
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night ferry stays | Lornhaven Courier</title></head><body><article><h1>Night ferry stays</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return new Uint8Array(bytes);
}

function document(result: CorpusDocument | FileError): CorpusDocument {
  if ('code' in result) throw new Error(result.message);
  return result;
}

describe('UTF-16 pages without a byte-order mark', () => {
  it.each(['le', 'be'] as const)('a page in UTF-16%s is read, whether named a page or told by its markup', (order) => {
    const bytes = utf16(PAGE, order);
    for (const doc of [
      document(htmlDocument('ferry.html', bytes)),
      document(pageToDocument('added/ferry', bytes, {})),
      document(pageToDocument('added/ferry', bytes, { contentType: 'text/html' })),
    ]) {
      expect(doc.text).toBe(PARAGRAPHS.join('\n\n'));
      expect(doc.meta.title).toBe('Night ferry stays');
      expect(doc.meta.outlet).toBe('Lornhaven Courier');
    }
  });

  it('a UTF-16 text file sent as plain text is read too', () => {
    const doc = document(pageToDocument('added/ferry.txt', utf16(PARAGRAPHS.join('\n\n'), 'be'), { contentType: 'text/plain' }));
    expect(doc.text).toContain('Ebba Stroud');
  });

  it('a Russian text and page in UTF-16, whose letters have no zero byte, are read too', () => {
    const russian =
      'Совет гавани Лорнхейвена решил в понедельник сохранить ночной паром на всю зиму. «Остров нельзя отрезать от мира после темноты», сказала советница Эбба Страуд.';
    const text = document(pageToDocument('added/parom.txt', utf16(russian, 'le'), { contentType: 'text/plain' }));
    expect(text.text).toBe(russian);
    const html = `<html lang="ru"><head><title>Паром остаётся | Лорнхейвенский вестник</title></head><body><article><h1>Паром остаётся</h1>${[1, 2, 3].map(() => `<p>${russian}</p>`).join('')}</article></body></html>`;
    const page = document(htmlDocument('parom.html', utf16(html, 'be')));
    expect(page.text.split('\n\n')[0]).toBe(russian);
    expect(page.meta.title).toBe('Паром остаётся');
  });

  it('bytes with zeros on both sides of their pairs are still binary', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0 : 60 + (i % 50)));
    const result = htmlDocument('odd.html', bytes);
    expect('code' in result && result.code).toBe('binary');
    // small 16-bit numbers (zeros on one side only) read as control characters: no text either
    const numbers = new Uint8Array(400).map((_, i) => (i % 2 ? 0 : 1 + (i % 7)));
    const asText = pageToDocument('added/numbers.txt', numbers, { contentType: 'text/plain' });
    expect('code' in asText && asText.code).toBe('binary');
  });
});

describe('a UTF-16 page without a byte-order mark added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req, res) => {
      // one served as plain "text/html", one with a charset that names no byte order
      res.writeHead(200, { 'content-type': req.url === '/declared' ? 'text/html; charset=utf-16' : 'text/html' });
      res.end(Buffer.from(utf16(PAGE, req.url === '/declared' ? 'le' : 'be')));
    });
  });
  afterAll(() => server.close());

  it.each(['/plain', '/declared'])('%s is read as the page it is', async (path) => {
    const got = await fetchPage(newsUrl(server, path), policyFor(server));
    if (!got.ok) throw new Error(got.message);
    const doc = document(pageToDocument('added/ferry', got.body, { contentType: got.contentType, url: got.url }));
    expect(doc.text).toBe(PARAGRAPHS.join('\n\n'));
  });
});
