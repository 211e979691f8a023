/**
 * readPageDocument: a large page is read on a worker thread and gives the document pageToDocument gives
 * in-process; a refusal crosses the thread as it is; a reading thread that fails, runs out of memory or runs
 * past its time limit becomes a refusal naming why; no more reading threads run at once than their slots, each
 * slot given back however its reading ends.
 */
import type { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { Slots } from '../../../src/corpus/slots.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import {
  OFF_THREAD_FROM_BYTES,
  READING_MEMORY_LIMITS,
  READING_THREADS,
  READING_TIME_LIMIT_MS,
  readPageDocument,
} from '../../../src/corpus/web/read-page.js';

/** Every reading thread started, to check none is left running. */
const started = vi.hoisted((): Worker[] => []);
vi.mock('../../../src/corpus/worker-start.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/corpus/worker-start.js')>();
  return {
    ...real,
    startModuleWorker: (...args: Parameters<typeof real.startModuleWorker>): Worker => {
      const worker = real.startModuleWorker(...args);
      started.push(worker);
      return worker;
    },
  };
});

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A news page of about `bytes` bytes: metadata, a byline, paragraphs, a third of them quotations. */
function largePage(bytes: number): string {
  const head = `<!doctype html><html lang="en"><head><title>Tram depot plan | Lakeside Courier</title>
<meta property="og:site_name" content="Lakeside Courier"><meta property="article:published_time" content="2026-02-11T08:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram depot plan","author":{"@type":"Person","name":"Ilse Varga"}}</script>
</head><body><header><a href="/">Lakeside Courier</a></header><article><h1>Tram depot plan</h1><p class="byline">By Ilse Varga</p>`;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const p =
      i % 3 === 0
        ? `<p>“The depot on the east shore will open its ${i}th bay before the winter timetable,” said Oren Malik, the transit chief.</p>\n`
        : `<p>Council members reviewed item ${i} of the depot plan on Tuesday, weighing the cost of night shifts against new routes.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article><footer>Contact the newsroom</footer></body></html>');
  return parts.join('');
}

describe('readPageDocument', () => {
  it('reads a large page on a worker thread into the document pageToDocument makes in-process', async () => {
    const bytes = utf8(largePage(1_200_000));
    expect(bytes.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM_BYTES);
    const options = { contentType: 'text/html; charset=utf-8', url: 'https://courier.example/depot', overrides: { date: '2026-02-12' } };
    const there = await readPageDocument('added/depot', bytes, options);
    const here = pageToDocument('added/depot', bytes, options);
    expect('code' in here).toBe(false);
    expect(there).toStrictEqual(here);
    // the caller's bytes are copied to the thread, not taken from it
    expect(bytes.length).toBeGreaterThan(0);
  }, 60_000);

  it('brings back a refusal from the thread as pageToDocument gives it', async () => {
    const bytes = utf8('<!doctype html><html><body><nav><a href="/a">Trams</a> <a href="/b">Ferries</a></nav></body></html>');
    const there = await readPageDocument('added/menu', bytes, { contentType: 'text/html', offThreadFromBytes: 0 });
    expect(there).toMatchObject({ code: 'no_article' });
    expect(there).toStrictEqual(pageToDocument('added/menu', bytes, { contentType: 'text/html' }));
  }, 30_000);

  it('reads a small page in-process by default', async () => {
    const bytes = utf8(largePage(20_000));
    expect(await readPageDocument('added/small', bytes, { contentType: 'text/html' })).toStrictEqual(
      pageToDocument('added/small', bytes, { contentType: 'text/html' }),
    );
  });

  /** A later large page is read in the same slots: what went before gave its slot back. */
  async function expectNextPageRead(readers: Slots): Promise<void> {
    const next = await readPageDocument('added/menu', utf8(largePage(20_000)), {
      contentType: 'text/html',
      offThreadFromBytes: 0,
      readers,
    });
    expect('code' in next).toBe(false);
  }

  it('reports a reading thread that runs out of memory as an unreadable page, and reads the next page', async () => {
    const readers = new Slots(1);
    const bytes = utf8(largePage(20_000));
    const failed = await readPageDocument('added/depot', bytes, {
      contentType: 'text/html',
      offThreadFromBytes: 0,
      resourceLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
      readers,
    });
    expect(failed).toStrictEqual({
      file: 'added/depot',
      code: 'unreadable',
      message: 'File "added/depot" could not be read (reading it took more memory than a page may (4 MB)).',
    });
    // its slot comes back once the thread has exited, and the next page is read in it
    await vi.waitFor(() => expect(readers.running).toBe(0));
    await expectNextPageRead(readers);
  }, 30_000);

  it('reads several large pages added at once no more than its slots at a time, each as in-process', async () => {
    const readers = new Slots(2);
    const pages = [15_000, 20_000, 25_000].map((size) => utf8(largePage(size)));
    const options = { contentType: 'text/html; charset=utf-8', url: 'https://courier.example/depot' };
    const reads = pages.map((bytes, i) => readPageDocument(`added/depot-${i}`, bytes, { ...options, offThreadFromBytes: 0, readers }));
    // two threads started, the third page waits its turn
    expect([readers.running, readers.waiting]).toEqual([2, 1]);
    const docs = await Promise.all(reads);
    expect(docs).toStrictEqual(pages.map((bytes, i) => pageToDocument(`added/depot-${i}`, bytes, options)));
    expect(readers.mostRunning).toBe(2);
    await vi.waitFor(() => expect(readers.running).toBe(0));
  }, 60_000);

  it('gives its slot back when a reading thread cannot start, and reads the next page', async () => {
    const readers = new Slots(1);
    // a function cannot be copied to a thread: the thread is never started
    const uncopyable = {
      contentType: 'text/html',
      offThreadFromBytes: 0,
      readers,
      overrides: { date: (() => '2026-02-12') as unknown as string },
    };
    const failed = await readPageDocument('added/depot', utf8(largePage(20_000)), uncopyable);
    expect(failed).toMatchObject({ file: 'added/depot', code: 'unreadable' });
    expect('message' in failed && failed.message).toMatch(/^File "added\/depot" could not be read \(reading it failed: .+\)\.$/);
    expect(readers.running).toBe(0);
    await expectNextPageRead(readers);
  }, 30_000);

  it('stops a reading thread that runs past its time limit, refuses the page naming the limit, and reads the next page', async () => {
    const readers = new Slots(1);
    const before = started.length;
    // a thread's start-up alone (loading tsx and the reader) takes longer than 50 ms, and reading 1.2 MB a second more
    const failed = await readPageDocument('added/depot', utf8(largePage(1_200_000)), {
      contentType: 'text/html',
      offThreadFromBytes: 0,
      timeLimitMs: 50,
      readers,
    });
    expect(failed).toStrictEqual({
      file: 'added/depot',
      code: 'unreadable',
      message: 'File "added/depot" could not be read (reading it took longer than a page may (0.05 s)).',
    });
    // its thread is terminated, not left reading: the slot comes back once it has exited
    const stopped = started.slice(before);
    expect(stopped).toHaveLength(1);
    await vi.waitFor(() => expect(readers.running).toBe(0));
    expect(stopped[0]!.threadId).toBe(-1);
    await expectNextPageRead(readers);
    // and the next page's thread has exited too once its slot is back
    await vi.waitFor(() => expect(readers.running).toBe(0));
    expect(started.slice(before).map((w) => w.threadId)).toEqual([-1, -1]);
  }, 30_000);

  it('queues a later large page behind a reading thread only until that thread runs past its time limit', async () => {
    const readers = new Slots(1);
    const options = { contentType: 'text/html', offThreadFromBytes: 0, readers };
    const slow = readPageDocument('added/slow', utf8(largePage(1_200_000)), { ...options, timeLimitMs: 50 });
    const next = readPageDocument('added/next', utf8(largePage(20_000)), options);
    expect([readers.running, readers.waiting]).toEqual([1, 1]);
    expect(await slow).toMatchObject({ code: 'unreadable', message: expect.stringContaining('took longer than a page may') });
    expect('code' in (await next)).toBe(false);
    await vi.waitFor(() => expect(readers.running).toBe(0));
  }, 30_000);

  it('bounds the reading threads, their memory and their time by default', () => {
    expect(READING_THREADS).toBeGreaterThanOrEqual(1);
    expect(READING_THREADS).toBeLessThanOrEqual(2);
    expect(READING_MEMORY_LIMITS.maxOldGenerationSizeMb).toBeGreaterThan(0);
    expect(READING_TIME_LIMIT_MS).toBeGreaterThanOrEqual(60_000);
  });

  it('reads with no time limit when told Infinity', async () => {
    const bytes = utf8(largePage(20_000));
    const there = await readPageDocument('added/small', bytes, {
      contentType: 'text/html',
      offThreadFromBytes: 0,
      timeLimitMs: Number.POSITIVE_INFINITY,
    });
    expect(there).toStrictEqual(pageToDocument('added/small', bytes, { contentType: 'text/html' }));
  }, 30_000);
});
