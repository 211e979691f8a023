/**
 * An article kept although the page walls the rest of it (a paywall or log-in notice after 150 words or more,
 * or a page declaring itself for subscribers only): marked partial, said to the moderator who adds it, and
 * stored so. Pages written for these tests; served by a local HTTP server for the add.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFromCli } from '../../../src/cli/add.js';
import { articlesText, readArticles } from '../../../src/cli/article.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { CLI_COLLECTION, openSession } from '../../../src/cli/session.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { silentLogger } from '../../../src/log.js';
import { addArticleView } from '../../../src/render/views/articles.js';

const PARAGRAPHS = [
  'The regional water board said on Thursday that it would raise tariffs for farms in the valley by a fifth from next year, after two dry summers left its reservoirs at their lowest level in decades.',
  '“We have run out of ways to make the numbers work without asking more of the largest users,” said Hedda Morvik, who chairs the board. “Households will not see a change this year.”',
  'Farmers’ groups reacted with anger. “A fifth is not an adjustment, it is a new bill,” said Aurelio Banti, who grows tomatoes on forty hectares near the river mouth.',
  'The board’s own figures show that farms use about two thirds of the valley’s water, while paying less than half of the board’s income, according to its annual report.',
  'Several members of the board had argued for a smaller rise spread over three years, and the vote was seven to four, people present at the meeting said afterwards.',
  'The new tariffs still need the approval of the provincial government, which has until the end of the autumn to object to them or to propose changes of its own.',
];

const page = (opts: { wall?: string; ld?: Record<string, unknown>; bodyClass?: string; header?: string } = {}): string => `<!doctype html>
<html><head><title>Water board raises farm tariffs | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
${opts.ld ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Water board raises farm tariffs', ...opts.ld })}</script>` : ''}
</head><body><header>${opts.header ?? '<a href="/">Home</a>'}</header>
<article><h1>Water board raises farm tariffs</h1>
<div class="${opts.bodyClass ?? 'story-body'}">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${opts.wall ?? ''}</div>
</article></body></html>`;

const extracted = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('an article behind a wall', () => {
  it('a paywall notice after the text marks it partial, and the notice is no paragraph of it', () => {
    const r = extracted(page({ wall: '<p>Subscribe to continue reading. Already a subscriber? <a href="/login">Log in</a>.</p>' }));
    expect(r.partial).toBe('the page shows the start of the article, then “Subscribe to continue reading”: the rest is behind a paywall');
    expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a log-in wall says log-in', () => {
    const r = extracted(page({ wall: '<div class="regwall"><p>Create a free account to keep reading.</p><input type="password"></div>' }));
    expect(r.partial).toMatch(/“Create a free account to keep reading”: the rest is behind a log-in$/);
  });

  it('a page declaring its article for subscribers says the text may be only its start', () => {
    const r = extracted(page({ ld: { isAccessibleForFree: false } }));
    expect(r.partial).toMatch(/^the page declares the article for subscribers only \(isAccessibleForFree: false\)/);
  });

  it('a page that holds the parts it declares restricted served the whole article: no mark', () => {
    const ld = {
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.locked-body' },
    };
    expect(extracted(page({ ld, bodyClass: 'locked-body' })).partial).toBeNull();
    // a selector the page gives that no parser reads is no proof either way
    const broken = { ...ld, hasPart: { ...ld.hasPart, cssSelector: 'div[[' } };
    expect(extracted(page({ ld: broken })).partial).toMatch(/^the page declares/);
  });

  it('a free article is not marked: a subscription link in the header, a wall hidden until scripts show it', () => {
    expect(
      extracted(page({ header: '<div class="piano-bar">Already a subscriber? <a href="/login">Log in</a></div>' })).partial,
    ).toBeNull();
    expect(extracted(page({ wall: '<div style="display: none"><p>Subscribe to continue reading</p></div>' })).partial).toBeNull();
    expect(extracted(page({ wall: '<div hidden><h3>Subscribe now to keep reading</h3></div>' })).partial).toBeNull();
  });

  it('an article that reports on paywalls keeps its sentences', () => {
    const quoted = '<p>“Subscribe to continue reading” now greets readers of most national papers, the survey found.</p>';
    const r = extracted(page({ wall: quoted }));
    expect(r.text).toContain('now greets readers');
  });
});

describe('adding a partial article', () => {
  let server: Server;
  let base = '';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-partial-'));
  const env = { STATE_DIR: path.join(dir, 'state'), FETCH_ALLOW_PRIVATE: 'true' };
  beforeAll(async () => {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'other.txt'), 'Local news\n\n"The market opens on Saturday," said the organiser, Ruth Amsel.\n');
    server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        req.url === '/walled'
          ? page({ wall: '<div class="paywall"><h3>Subscribe to continue reading</h3></div>' })
          : page().replaceAll('a fifth', 'a quarter'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('`article` shows the mark, as `partial` in its JSON only when set', async () => {
    const walled = path.join(dir, 'walled.html');
    const free = path.join(dir, 'free.html');
    writeFileSync(walled, page({ wall: '<p>Subscribe to continue reading</p>' }));
    writeFileSync(free, page());
    const out = await readArticles([walled, free], { fetchPage, policy: { allowPrivate: false, maxBytes: 1 << 20 } });
    expect(out.documents[0]!.partial).toMatch(/behind a paywall$/);
    expect(Object.keys(out.documents[1]!)).toEqual(['document', 'title', 'text', 'outlet', 'date', 'url', 'author']);
    expect(articlesText(out)).toMatch(/\n {2}partial: the page shows the start of the article, then “Subscribe to continue reading”/);
  });

  it('tells the moderator, and the stored article keeps the mark after a restart', async () => {
    const corpus = path.join(dir, 'corpus');
    let session = await openSession(corpus, silentLogger, env);
    try {
      const walled = await addFromCli(session, `${base}/walled`, { outlet: null, date: null });
      expect(walled.ok).toBe(true);
      expect(walled.partial).toMatch(/“Subscribe to continue reading”: the rest is behind a paywall$/);
      const view = addArticleView(walled);
      expect(view.tone).toBe('warn');
      expect(JSON.stringify(view.lead).replace(/","/g, '')).toContain(
        'Partial text: the page shows the start of the article, then “Subscribe to continue reading”',
      );
      const free = await addFromCli(session, `${base}/free`, { outlet: null, date: null });
      expect(free.ok).toBe(true);
      expect(free.partial).toBeNull();
      expect(JSON.stringify(addArticleView(free).lead)).not.toContain('Partial');
    } finally {
      await session.close();
    }
    session = await openSession(corpus, silentLogger, env);
    try {
      const stored = await session.state.loadArticles(CLI_COLLECTION);
      const marks = Object.fromEntries(stored.map((a) => [a.origin.value.replace(base, ''), a.meta.partial ?? null]));
      expect(marks['/walled']).toMatch(/behind a paywall$/);
      expect(marks['/free']).toBeNull();
      const doc = session.view.documents.get(stored.find((a) => a.origin.value.endsWith('/walled'))!.id);
      expect(doc?.meta.partial).toMatch(/behind a paywall$/);
    } finally {
      await session.close();
    }
  });

  it('`source --json` of an article added with `cli add` shows its mark and who added it, when and from where', async () => {
    const corpus = path.join(dir, 'corpus');
    const session = await openSession(corpus, silentLogger, env);
    let id: string;
    try {
      id = (await session.state.loadArticles(CLI_COLLECTION)).find((a) => a.origin.value.endsWith('/walled'))!.id;
    } finally {
      await session.close();
    }
    const root = path.resolve(import.meta.dirname, '../../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'source', id, '--json', '--corpus', corpus],
      { cwd: root, env: { ...process.env, ...env } },
    );
    const answer = JSON.parse(stdout) as { found: boolean; added: { by: string; at: string; from: string } | null; partial?: string };
    expect(answer.found).toBe(true);
    expect(answer.partial).toMatch(/“Subscribe to continue reading”: the rest is behind a paywall$/);
    expect(answer.added).toEqual({ by: 'cli', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), from: `${base}/walled` });
  }, 60_000);
});
