/** `extract --json` over files: text files by their own offsets, web pages through their article, bad files listed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/cli/extract.js';
import { loginWall } from '../corpus/web/pages/walls.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: string): string => {
  writeFileSync(path.join(dir, name), body);
  return path.join(dir, name);
};

const STORY = [
  'The harbour board met on Monday to decide the winter timetable of the island ferry.',
  '“The ferry will run all winter, whatever the weather,” Mayor Ana Ruiz said after the meeting.',
  'Skippers had asked for a reduced service in January and February, when the bay often freezes over.',
  'The board will publish the timetable next week, with extra crossings on market days.',
];
const page = `<!DOCTYPE html><html><head><title>Ferry to run all winter | Harbour News</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Ferry to run all winter</h1>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Harbour News</footer></body></html>`;

describe('extract --json over files', () => {
  it('reads a web page through its article, its offsets into the article text', async () => {
    const out = await extractFiles([file('ferry.html', page)]);
    const [doc] = out.documents;
    expect(doc?.offsetsInto).toBe('article');
    expect(doc?.quotes).toEqual([
      expect.objectContaining({ text: 'The ferry will run all winter, whatever the weather,', speaker: 'Ana Ruiz', rule: 'verb-after' }),
    ]);
    expect(out.errors).toEqual([]);
  });

  it('keeps a text file’s offsets into the file', async () => {
    const text = STORY.join('\n\n');
    const out = await extractFiles([file('ferry.txt', text)]);
    const [q] = out.documents[0]!.quotes;
    expect(out.documents[0]!.offsetsInto).toBe('file');
    expect(text.slice(q!.start, q!.end)).toBe('“The ferry will run all winter, whatever the weather,”');
  });

  it('lists a missing file and a page without an article, and extracts the rest', async () => {
    const out = await extractFiles([path.join(dir, 'gone.txt'), file('wall.html', loginWall()), file('ok.txt', STORY.join('\n\n'))]);
    expect(out.documents.map((d) => path.basename(d.document))).toEqual(['ok.txt']);
    expect(out.errors.map((e) => [path.basename(e.document), e.code])).toEqual([
      ['gone.txt', 'unreadable'],
      ['wall.html', 'no_article'],
    ]);
  });
});
