/**
 * A large page's add: read on a worker thread, which also hashes it and extracts its claims; the main thread
 * extracts nothing, and the server's store answers exactly as after a restart, whose start extracts the stored
 * article on the main thread. A reading thread's message of another shape is refused as a failed reading: nothing
 * stored, nothing crashed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { OFF_THREAD_FROM_BYTES } from '../../src/corpus/web/read-page.js';
import { ArticleLibrary } from '../../src/library/articles.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { claimsFromWire, decodeArticleRead, readArticlePage } from '../../src/library/read-article.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { story, writtenStore } from '../support/written.js';

/** Calls of `extractClaims` on this (the main) thread; a worker thread loads its own, unmocked. */
const mainThread = vi.hoisted(() => ({ extractions: 0, threadMessage: null as unknown }));
vi.mock('../../src/claims/extract.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/claims/extract.js')>();
  return {
    ...real,
    extractClaims: (...args: Parameters<typeof real.extractClaims>) => {
      mainThread.extractions++;
      return real.extractClaims(...args);
    },
  };
});
// `threadMessage` set: the reading thread is one that posts that message instead of reading
vi.mock('../../src/corpus/worker-start.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/corpus/worker-start.js')>();
  return {
    ...real,
    startModuleWorker: (...args: Parameters<typeof real.startModuleWorker>): Worker =>
      mainThread.threadMessage === null
        ? real.startModuleWorker(...args)
        : new Worker('require("node:worker_threads").parentPort.postMessage(require("node:worker_threads").workerData)', {
            eval: true,
            workerData: mainThread.threadMessage,
          }),
  };
});

const dir = mkdtempSync(path.join(os.tmpdir(), 'quotetrail-add-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  mainThread.threadMessage = null;
});

const SPEAKERS = ['Odile Verbruggen, the board chair', 'Tomasz Wierzba, a depot engineer', 'the mayor'];

/** A news page of about `bytes` bytes: every third paragraph a distinct quotation, attributed after or before it. */
function largePage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><title>Tram depot works | Lowland Courier</title></head>
<body><article><h1>Tram depot works</h1><p>The tram depot works entered their second year, the transport board said on Monday.</p>`;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const speaker = SPEAKERS[i % SPEAKERS.length]!;
    const p =
      i % 3 === 0
        ? i % 2 === 0
          ? `<p>“Track bay ${i} will carry the night trams before the cold months arrive,” said ${speaker}.</p>\n`
          : `<p>${speaker.split(',')[0]} said: “The workshop at gate ${i} needs new cranes before any trams return.”</p>\n`
        : `<p>Engineers surveyed section ${i} of the depot on Tuesday, measuring the rails against the drawings of the plan.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

async function openLibrary(stateDir: string) {
  const state = await openState({ stateDir, logger: silentLogger });
  const holder = new CorpusHolder(
    stateDir,
    async () =>
      writtenStore([{ file: 'quay.txt', outlet: 'Harbour Gazette', text: story('Fares', 'Fares rise in May, the operator said.') }]),
    silentLogger,
  );
  await holder.reload();
  const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 4_000_000 }, logger: silentLogger });
  return { state, holder, library };
}

const QUESTIONS = [
  'Track bay 300 will carry the night trams before the cold months arrive',
  'the workshop at gate 3003 needs new cranes',
  'night trams before the cold months',
];

describe('adding a large page', () => {
  it('extracts its claims on the reading thread, giving the store a restart gives (extracting on the main thread)', async () => {
    const stateDir = mkdtempSync(path.join(dir, 'same-'));
    const bytes = new TextEncoder().encode(largePage(1_300_000));
    expect(bytes.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM_BYTES);
    const added = await openLibrary(stateDir);
    let id: string;
    try {
      mainThread.extractions = 0;
      const result = await added.library.add({
        guildId: 'g',
        actor: { id: '1', name: 'mod' },
        source: { kind: 'file', name: 'depot.html', bytes, contentType: null },
      });
      expect(result.ok).toBe(true);
      expect(result.quoteCount).toBeGreaterThan(3000);
      // the shared store was extracted before; the add's page only on its thread
      expect(mainThread.extractions).toBe(0);
      id = result.document!;
    } finally {
      await added.state.close();
    }

    // a restart: the stored article read back and extracted on this thread
    const restarted = await openLibrary(stateDir);
    try {
      mainThread.extractions = 0;
      expect(await restarted.library.loadAll()).toBe(1);
      const view = restarted.holder.view('g');
      expect(mainThread.extractions).toBe(1);
      const before = added.holder.view('g');
      expect(before.entriesOfDocument(id)).toStrictEqual(view.entriesOfDocument(id));
      expect([...before.speakers.values()]).toStrictEqual([...view.speakers.values()]);
      for (const question of QUESTIONS) {
        // the same answer (the corpus's load time aside: each library loaded its shared store)
        const { corpus: _added, ...answer } = whoSaid(before, question);
        const { corpus: _restarted, ...again } = whoSaid(view, question);
        expect(answer.matches.length).toBeGreaterThan(0);
        expect(answer).toStrictEqual(again);
      }
      expect(whoSaid(view, QUESTIONS[0]!).matches[0]?.speaker).toBe('Odile Verbruggen');
    } finally {
      await restarted.state.close();
    }
  }, 120_000);

  it('refuses a reading thread message of another shape as an unreadable page, storing nothing', async () => {
    const { state, holder, library } = await openLibrary(mkdtempSync(path.join(dir, 'malformed-')));
    try {
      const bytes = new TextEncoder().encode(largePage(1_100_000));
      const document = { id: 'added/new', text: 'Words.', blocks: [], meta: {}, contentHash: 'abc' };
      mainThread.threadMessage = {
        type: 'read',
        document,
        blockOffsets: new Int32Array([0, 6]),
        addWork: {
          hash: 'a'.repeat(64),
          articleBlockOffsets: new Int32Array([0, 6]),
          claims: { quotes: [{ text: 'Words.' }], paraphrases: [] },
        },
      };
      const result = await library.add({
        guildId: 'g',
        actor: { id: '1', name: 'mod' },
        source: { kind: 'file', name: 'depot.html', bytes, contentType: null },
      });
      expect(result).toMatchObject({
        ok: false,
        code: 'unreadable',
        message: 'The file could not be read (reading it failed: its reading thread sent no document).',
      });
      expect(holder.documentsOf('g')).toEqual([]);
      expect(await state.listArticles('g')).toEqual([]);

      // a document without the thread's hash and claims is no reading of an add's thread either
      mainThread.threadMessage = { type: 'read', document, blockOffsets: new Int32Array([0, 6]), addWork: null };
      expect(await readArticlePage('added/new', bytes, { contentType: 'text/html' })).toMatchObject({ code: 'unreadable' });
    } finally {
      await state.close();
    }
  }, 60_000);

  it('checks the message and its serialised claims without throwing, whatever they are', async () => {
    const document = { id: 'added/new', text: 'Words.', blocks: [], meta: {}, contentHash: 'abc' };
    const serialised = (value: unknown): ArrayBuffer => new Uint8Array(v8.serialize(value)).buffer;
    const work = {
      hash: 'a'.repeat(64),
      articleBlockOffsets: new Int32Array([0, 6]),
      claims: { quotes: [serialised([])], paraphrases: [], people: null },
    };
    for (const message of [
      null,
      'read',
      { type: 'read' },
      { type: 'read', document, blockOffsets: [0, 6], addWork: work },
      { type: 'read', document, blockOffsets: new Int32Array([0, 6]), addWork: { ...work, hash: 'not a hash' } },
      {
        type: 'read',
        document,
        blockOffsets: new Int32Array([0, 6]),
        addWork: { ...work, claims: { quotes: [[]], paraphrases: [], people: null } },
      },
    ]) {
      expect(decodeArticleRead(message)).toBeNull();
    }
    const read = decodeArticleRead({ type: 'read', document, blockOffsets: new Int32Array([0, 6]), addWork: work });
    expect(read).toMatchObject({ document: { ...document, blocks: [{ start: 0, end: 6 }] }, addWork: { hash: work.hash } });
    expect(read && 'addWork' in read && read.addWork.claimsFit([{ start: 0, end: 6 }])).toBe(true);
    expect(read && 'addWork' in read && read.addWork.claimsFit([{ start: 0, end: 5 }])).toBe(false);

    // parts that are no serialised list of claims: bytes of nothing, a claim missing a field
    const quote = {
      text: 'We are ready,',
      start: 0,
      end: 15,
      kind: 'quote',
      speaker: 'Odile Verbruggen',
      speakerMention: null,
      utterance: 0,
      rule: 'verb-after',
    };
    expect(await claimsFromWire({ quotes: [new Uint8Array([1, 2, 3]).buffer], paraphrases: [], people: null })).toBeNull();
    expect(await claimsFromWire({ quotes: [serialised([{ ...quote, start: '0' }])], paraphrases: [], people: null })).toBeNull();
    expect(await claimsFromWire({ quotes: [serialised([quote])], paraphrases: [serialised([{ text: 'x' }])], people: null })).toBeNull();
    // and the claims back, as sent, part after part
    expect(
      await claimsFromWire({
        quotes: [serialised([quote]), serialised([{ ...quote, utterance: 1 }])],
        paraphrases: [],
        people: [serialised([])],
      }),
    ).toStrictEqual({
      quotes: [quote, { ...quote, utterance: 1 }],
      paraphrases: [],
      people: [],
    });
  });
});
