/**
 * What only SQLite does: the file and its settings, waiting for another process's write lock, the import
 * of the old conversations file, and surviving `kill -9` in the middle of adds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import type { StateStore } from '../../src/state/types.js';
import { CRASH_GUILD, crashArticle, sha256 } from './crash-article.js';
import { article } from './fixtures.js';

/** The repository root: children run there, so `tsx` and `better-sqlite3` resolve. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));
const folders: string[] = [];
const stores: StateStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function stateDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'quotetrail-sqlite-'));
  folders.push(folder);
  return path.join(folder, 'nested', 'state');
}

async function open(dir: string, options: { maxConversations?: number; lines?: string[] } = {}): Promise<StateStore> {
  const lines = options.lines;
  const logger = lines ? createLogger('debug', { write: (line: string) => lines.push(line) }) : silentLogger;
  const store = await openState({ stateDir: dir, logger, maxConversations: options.maxConversations });
  stores.push(store);
  return store;
}

function inspect<T>(dir: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dir, 'state.db'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('SQLite state', () => {
  it('creates its folder and a WAL database, migrated once', async () => {
    const dir = stateDir();
    const store = await open(dir);
    expect(store.engine).toBe('sqlite');
    await store.close();
    await open(dir);
    expect(inspect(dir, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
    expect(inspect(dir, (db) => db.prepare('SELECT version FROM schema_migrations').all())).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
    ]);
  });

  it('refuses a database migrated by a newer program', async () => {
    const dir = stateDir();
    await (await open(dir)).close();
    const db = new Database(path.join(dir, 'state.db'));
    db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (7, 'future', 'x')`).run();
    db.close();
    await expect(open(dir)).rejects.toThrow(/schema version 7, newer than this program knows \(4\)/);
  });

  it('waits for another process that holds the write lock instead of failing', async () => {
    const dir = stateDir();
    const store = await open(dir);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(process.argv[1]); db.exec('BEGIN IMMEDIATE');
         console.log('locked'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600); db.exec('COMMIT');`,
        path.join(dir, 'state.db'),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    for await (const line of createInterface({ input: holder.stdout })) if (line === 'locked') break;
    const started = Date.now();
    expect((await store.addArticle(article('g1'))).ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('hears only its own appends (another process’s are not announced on SQLite)', async () => {
    const dir = stateDir();
    const [one, two] = [await open(dir), await open(dir)];
    const heard: number[] = [];
    one.onEvent((id) => heard.push(id));
    await two.appendEvent({ guildId: null, kind: 'reload', actorId: null, actorName: null, detail: {} });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
    expect(await one.eventsSince(0)).toHaveLength(1);
  });
});

describe('the old conversations file', () => {
  const old = (query: string, updatedAt: number) => ({
    command: 'who-said',
    query,
    speaker: null,
    outlet: null,
    outlets: [],
    channelId: 'c1',
    threadId: null,
    updatedAt,
  });

  it('is imported once, keeping each entry’s time, then renamed; entries that do not check are skipped', async () => {
    const dir = stateDir();
    const file = path.join(dir, 'conversations.json');
    await (await open(dir)).close();
    writeFileSync(
      file,
      JSON.stringify({ version: 1, entries: { m1: old('first', 1000), m2: old('second', 2000), bad: { command: 'nope' } } }),
    );
    const lines: string[] = [];
    const store = await open(dir, { lines });
    expect(await store.getConversation('m1')).toEqual({ ...old('first', 1000), guildId: null, corpusVersion: null });
    expect((await store.getConversation('m2'))?.updatedAt).toBe(2000);
    expect(await store.getConversation('bad')).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.migrated`)).toBe(true);
    expect(lines.join('\n')).toMatch(/"imported":2,"skipped":1/);
  });

  it('is imported within the limit: the newest entries are kept', async () => {
    const dir = stateDir();
    await (await open(dir)).close();
    writeFileSync(
      path.join(dir, 'conversations.json'),
      JSON.stringify({ version: 1, entries: { m1: old('a', 1000), m2: old('b', 2000) } }),
    );
    const store = await open(dir, { maxConversations: 1 });
    expect(await store.getConversation('m1')).toBeUndefined();
    expect(await store.getConversation('m2')).toBeDefined();
  });

  it('is left where it is, with a warning, when it is corrupt; the store opens all the same', async () => {
    const dir = stateDir();
    await (await open(dir)).close();
    const file = path.join(dir, 'conversations.json');
    writeFileSync(file, '{"version":1,"entries":{"m1":');
    const lines: string[] = [];
    const store = await open(dir, { lines });
    expect(await store.getConversation('m1')).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"entries":{"m1":');
    expect(existsSync(`${file}.migrated`)).toBe(false);
    expect(lines.some((line) => line.includes('"level":40') && line.includes('not imported'))).toBe(true);
  });
});

/** Runs the writer from `first` until it has announced `adds` commits, kills it with SIGKILL, and returns what it announced. */
async function addThenKill(dir: string, first: number, adds: number): Promise<{ committed: number[]; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(first)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const committed: number[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    committed.push(Number(line.replace('added ', '')));
    if (committed.length === adds) {
      // somewhere inside the next add (hashing, writing its 1.5 MB, committing)
      setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 25));
      break;
    }
  }
  return { committed, signal: await exited };
}

describe('a process killed in the middle of adds', () => {
  it('leaves a sound database where every article is whole or absent, and every announced add is there', async () => {
    const dir = stateDir();
    const announced: number[] = [];
    for (let round = 0; round < 3; round++) {
      const { committed, signal } = await addThenKill(dir, round * 1000, 4 + round);
      expect(signal).toBe('SIGKILL');
      announced.push(...committed);
    }
    expect(inspect(dir, (db) => db.pragma('integrity_check', { simple: true }))).toBe('ok');
    const store = await open(dir);
    const articles = await store.loadArticles(CRASH_GUILD);
    expect(articles.length).toBeGreaterThanOrEqual(announced.length);
    for (const stored of articles) {
      const expected = crashArticle(Number(stored.id.replace('crash/', '')));
      expect(stored.text).toBe(expected.text);
      expect(stored.textHash).toBe(expected.textHash);
      expect(stored.raw.byteLength).toBe(expected.raw.byteLength);
      expect(sha256(stored.raw)).toBe(sha256(expected.raw));
    }
    const ids = new Set(articles.map((a) => a.id));
    for (const n of announced) expect(ids.has(`crash/${n}`)).toBe(true);
    const events = (await store.eventsSince(0, 10_000)).filter((e) => e.kind === 'article_added');
    expect(events.map((e) => e.detail.documentId).sort()).toEqual([...ids].sort());
  }, 120_000);
});
