/**
 * Files that are no text, told by their first bytes and named: a PDF or an image served as a page or as text
 * (a server's wrong Content-Type, an attachment renamed .html or .txt). A PDF read as a page was "a web page
 * without an article"; with few control bytes, read as text, it became a document of its raw bytes.
 */
import { describe, expect, it } from 'vitest';
import { binaryKind, decodeText } from '../../src/corpus/decode.js';
import { pageToDocument } from '../../src/corpus/web/document.js';

/** A small PDF whose bytes are nearly all printable: no NUL, few control bytes. */
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 90 >>\nstream\n${'BT /F1 12 Tf 72 712 Td (The ferry will run a night crossing from May) Tj ET\n'.repeat(20)}endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  'latin1',
);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR'.repeat(200), 'latin1')]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF text-like bytes '.repeat(50), 'latin1')]);

describe('files that are no text, named by their first bytes', () => {
  it.each([
    ['text/html', null],
    ['text/plain', null],
    ['text/html; charset=windows-1252', null],
    [null, 'story.html'],
    ['application/octet-stream', 'story.txt'],
  ])('a PDF served as %s (named %s) is refused as a PDF', (contentType, fileName) => {
    const doc = pageToDocument('added/new', PDF, { contentType, fileName });
    expect(doc).toMatchObject({ code: 'binary', message: 'File "added/new" is a PDF document, not text, so it was skipped.' });
  });

  it('images are named too, and a corpus text file that is one is refused as such', () => {
    expect(pageToDocument('a', PNG, { contentType: 'text/html' })).toMatchObject({
      code: 'binary',
      message: expect.stringContaining('a PNG image'),
    });
    expect(pageToDocument('a', JPEG, { fileName: 'photo.txt' })).toMatchObject({ message: expect.stringContaining('a JPEG image') });
    expect(decodeText(PDF)).toEqual({ ok: false, code: 'binary', kind: 'a PDF document' });
  });

  it('text that merely opens with such letters is text', () => {
    for (const text of ['GIF8 is no format name', 'ID3 tags name the song', 'PK 3 4 was the score', '%PD is a typo']) {
      expect(binaryKind(Buffer.from(text))).toBeNull();
    }
    expect(decodeText(Buffer.from('GIF89 images were everywhere in 1996.')).ok).toBe(true);
  });
});
