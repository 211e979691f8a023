/**
 * What only PostgreSQL does: the change feed between processes (two stores on one database), its
 * reconnection, migrations of processes starting together, and a password kept out of errors and logs.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { type FreshDatabase, plan, postgresEngine } from './engines.js';
import { article } from './fixtures.js';

const engine = postgresEngine();
const { skip, title, setup } = plan(engine);

async function rows(database: FreshDatabase, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: database.location });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const reload = { guildId: null, kind: 'reload', actorId: null, actorName: null, detail: {} } as const;

function capturedLogs() {
  const lines: string[] = [];
  return { lines, logger: createLogger('debug', { write: (line: string) => lines.push(line) }) };
}

describe.skipIf(skip)(`PostgreSQL state on ${title}`, () => {
  beforeAll(setup, 60_000);
  afterEach(() => engine.closeStores());
  afterAll(() => engine.teardown());

  it('tells every store on the database of every event, its own and the other process’s', async () => {
    const database = await engine.fresh();
    const [one, two] = [await database.open(), await database.open()];
    const heardByOne: number[] = [];
    const heardByTwo: number[] = [];
    one.onEvent((id) => heardByOne.push(id));
    two.onEvent((id) => heardByTwo.push(id));
    const added = await two.addArticle(article('g1'));
    const duplicate = await one.addArticle({ ...article('g1'), canonicalUrl: added.ok ? added.article.canonicalUrl : '' });
    expect(duplicate.ok).toBe(false);
    const event = await one.appendEvent(reload);
    const expected = (await one.eventsSince(0)).map((e) => e.id);
    expect(expected).toHaveLength(2);
    expect(expected.at(-1)).toBe(event.id);
    await vi.waitFor(() => {
      expect(heardByOne).toEqual(expected);
      expect(heardByTwo).toEqual(expected);
    });
  });

  it('listens again after its connection is cut, and says where the log stands', async () => {
    const database = await engine.fresh();
    const [listening, writing] = [await database.open(), await database.open()];
    const heard: number[] = [];
    listening.onEvent((id) => heard.push(id));
    const cut = await rows(
      database,
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
       WHERE application_name = 'quotetrail-listener' AND datname = current_database()`,
    );
    expect(cut.length).toBeGreaterThanOrEqual(2);
    // appended while nobody listens: no notification reaches anyone, the reconnection reports it
    const missed = await writing.appendEvent(reload);
    await vi.waitFor(() => expect(heard.at(-1)).toBeGreaterThanOrEqual(missed.id), { timeout: 10_000, interval: 50 });
    const after = await writing.appendEvent(reload);
    await vi.waitFor(() => expect(heard.at(-1)).toBe(after.id), { timeout: 10_000, interval: 50 });
  });

  it('gives a follower every event, in id order, while two processes append at once', async () => {
    const database = await engine.fresh();
    const [one, two, follower] = [await database.open(), await database.open(), await database.open()];
    const seen: number[] = [];
    let cursor = 0;
    let writing = true;
    const follow = (async () => {
      while (writing || (await follower.eventsSince(cursor)).length > 0) {
        for (const event of await follower.eventsSince(cursor)) {
          seen.push(event.id);
          cursor = event.id;
        }
      }
    })();
    const appended = await Promise.all(
      Array.from({ length: 120 }, (_, i) => (i % 2 ? one : two).appendEvent({ ...reload, detail: { i } })),
    );
    writing = false;
    await follow;
    expect(seen).toEqual(appended.map((e) => e.id).sort((a, b) => a - b));
  });

  it('migrates once when several processes open a new database together', async () => {
    const database = await engine.fresh();
    const stores = await Promise.all([database.open(), database.open(), database.open()]);
    expect(stores.map((store) => store.engine)).toEqual(['postgres', 'postgres', 'postgres']);
    expect(await rows(database, 'SELECT version FROM schema_migrations')).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
      { version: 4 },
    ]);
  });

  it('refuses a database migrated by a newer program', async () => {
    const database = await engine.fresh();
    await (await database.open()).close();
    await database.raw(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'x')`);
    await expect(database.open()).rejects.toThrow(/schema version 99, newer than this program knows \(4\)/);
  });

  it('keeps the password out of errors and logs', async () => {
    const database = await engine.fresh();
    const secret = 'Sup3r-s3cret_pw';
    const withPassword = new URL(database.location);
    withPassword.username = 'postgres';
    withPassword.password = secret;
    const { lines, logger } = capturedLogs();
    // trust authentication ignores the password: the store opens, and its logs must not show it
    const store = await database.open({ logger });
    await store.close();
    const opened = await openState({ stateDir: '/nonexistent', databaseUrl: withPassword.toString(), logger });
    await opened.close();
    expect(lines.join('\n')).toContain('***');
    const closedPort = new URL(withPassword);
    closedPort.port = '1';
    const failure = await openState({ stateDir: '/nonexistent', databaseUrl: closedPort.toString(), logger }).catch(
      (error: Error) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(String((failure as Error).message)).toMatch(
      /could not open the state database at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\//,
    );
    const notUrl = await openState({ stateDir: '/x', databaseUrl: `mysql://root:${secret}@host/db`, logger }).catch(
      (error: Error) => error,
    );
    expect((notUrl as Error).message).toMatch(/must look like postgres:/);
    for (const text of [...lines, (failure as Error).message, (failure as Error).stack ?? '', (notUrl as Error).message]) {
      expect(text).not.toContain(secret);
    }
  });
});
