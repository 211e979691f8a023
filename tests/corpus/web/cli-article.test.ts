import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesText, cliFetchPolicy, readArticles } from '../../../src/cli/article.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { encodeLegacy } from './encode.js';
import { RUSSIAN } from './pages/articles.js';
import { newsSitePage, wordpressPage } from './pages/shapes.js';
import { loginWall } from './pages/walls.js';

const root = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-article-'));
const file = (name: string, body: string | Uint8Array): string => {
  writeFileSync(path.join(dir, name), body);
  return path.join(dir, name);
};
const russianPage = `<html><head><meta charset="windows-1251"><title>${RUSSIAN.headline} — Городские новости</title></head><body><article><h1>${RUSSIAN.headline}</h1>${RUSSIAN.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ru') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(Buffer.from(encodeLegacy(russianPage.replace('<meta charset="windows-1251">', ''), 'windows-1251')));
    } else if (req.url === '/wall') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(loginWall());
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('article command', () => {
  it('gives one entry per input, in order; unreadable inputs and pages without an article keep their place with an error', async () => {
    const inputs = [
      file('a.html', wordpressPage().html),
      path.join(dir, 'missing.html'),
      file('wall.html', loginWall()),
      `${base}/ru`,
      `${base}/gone`,
    ];
    const { documents } = await readArticles(inputs, { fetchPage, policy: { allowPrivate: true, maxBytes: 1 << 20 } });
    expect(documents.map((d) => d.document)).toEqual(inputs);
    expect(documents[0]).toEqual({
      document: inputs[0],
      title: wordpressPage().expected.title,
      text: wordpressPage().body.join('\n\n'),
      outlet: 'The Harbour Gazette',
      date: '2024-05-14',
      url: wordpressPage().expected.url,
      author: 'Lena Marsh',
      modified: '2024-05-15',
    });
    const nulls = { title: null, text: null, outlet: null, date: null, url: null, author: null };
    expect(documents[1]).toEqual({ document: inputs[1], ...nulls, error: expect.stringMatching(/could not be read \(no such file\)/) });
    expect(documents[2]).toEqual({
      document: inputs[2],
      ...nulls,
      error: expect.stringMatching(/without an article: the page asks to log in/),
    });
    expect(documents[3]).toMatchObject({
      title: RUSSIAN.headline,
      text: RUSSIAN.paragraphs.join('\n\n'),
      outlet: 'Городские новости',
      url: `${base}/ru`,
    });
    expect(documents[4]).toMatchObject({ ...nulls, error: expect.any(String) });
    expect(articlesText({ documents })).toContain('outlet: The Harbour Gazette');
  });

  it('gives the day a page was last changed as `modified` when it is not the day it was published', async () => {
    const paragraphs = [
      'The tram depot on Quay Street will close for three weeks in April while its roof is replaced, the city said on Tuesday.',
      '“Every line will keep running, with buses filling the gaps at night,” said transport officer Wilma Kerrigan at a briefing.',
      'Drivers have complained for years that rain comes through the depot roof onto the trams parked under it in winter.',
    ];
    const html = (line: string) =>
      `<html><head><title>Depot to close | Quay Herald</title></head><body><article><h1>Depot to close</h1><p>${line}</p>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const inputs = [
      file('both.html', html('Published 10 March 2026 · Updated 14 March 2026')),
      file('one.html', html('Published 10 March 2026')),
    ];
    const { documents } = await readArticles(inputs, { fetchPage, policy: { allowPrivate: true, maxBytes: 1 << 20 } });
    expect(documents[0]).toMatchObject({ date: '2026-03-10', modified: '2026-03-14' });
    expect(documents[1]?.date).toBe('2026-03-10');
    expect(documents[1]).not.toHaveProperty('modified');
    expect(articlesText({ documents })).toContain('date:   2026-03-10 (changed 2026-03-14)');
  });

  it('speaks of a fetched page that holds no article as a page, not as a file', async () => {
    const { documents } = await readArticles([`${base}/wall`], { fetchPage, policy: { allowPrivate: true, maxBytes: 1 << 20 } });
    expect(documents[0]?.error).toMatch(new RegExp(`^The page at ${base}/wall is a web page without an article: the page asks to log in`));
    expect(documents[0]?.error).not.toMatch(/File "/);
  });

  it('refuses private addresses unless FETCH_ALLOW_PRIVATE=true', async () => {
    expect(cliFetchPolicy({}).allowPrivate).toBe(false);
    expect(cliFetchPolicy({ FETCH_ALLOW_PRIVATE: 'true' }).allowPrivate).toBe(true);
    const { documents } = await readArticles([`${base}/ru`], { fetchPage, policy: cliFetchPolicy({}) });
    expect(documents[0]?.error).toBeTruthy();
  });

  it('hands every scheme:// input to the fetcher and never echoes a password in a link', async () => {
    const policy = { allowPrivate: true, maxBytes: 1 << 20 };
    const withCredentials = `http://reader:s3cret-pass@127.0.0.1:${new URL(base).port}/ru`;
    const { documents } = await readArticles(['ftp://files.example/story.txt', withCredentials], { fetchPage, policy });
    expect(documents[0]?.error).toMatch(/only http and https links are fetched/);
    expect(documents[0]?.error).not.toMatch(/ENOENT|could not be read/);
    expect(JSON.stringify(documents)).not.toContain('s3cret-pass');
    expect(documents[1]?.document).toBe(`http://127.0.0.1:${new URL(base).port}/ru`);
    expect(documents[1]?.error).toMatch(/user name or password/);
  });

  it('prints exactly the JSON contract on stdout', async () => {
    const a = file('b.html', newsSitePage().html);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'article', '--json', a], {
      cwd: root,
    });
    const parsed = JSON.parse(stdout) as { documents: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['documents']);
    expect(Object.keys(parsed.documents[0]!)).toEqual(['document', 'title', 'text', 'outlet', 'date', 'url', 'author']);
    expect(parsed.documents[0]!.outlet).toBe('The Northern Post');
  });
});
