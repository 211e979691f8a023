/**
 * The two engines as the shared suite sees them: a fresh empty database per test, stores opened on it
 * (two stores on one database stand for two processes), raw SQL for the few white-box checks, and a
 * skip reason when the engine cannot run here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type Logger, silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import type { StateStore } from '../../src/state/types.js';
import { postgresAvailability, postgresRequired, startTestPostgres, type TestPostgres } from './postgres-server.js';

/** One empty database and the means to open stores on it. */
export interface FreshDatabase {
  /** A store on this database (closed after the test). */
  open(options?: { maxConversations?: number; logger?: Logger }): Promise<StateStore>;
  /** Runs SQL outside the store (to provoke failures). */
  raw(sql: string): Promise<void>;
  /** The PostgreSQL URL or the SQLite state folder. */
  location: string;
}

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** Why this engine's tests skip here, or null. */
  skipReason: string | null;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  fresh(): Promise<FreshDatabase>;
  /** Closes every store opened since the last call. */
  closeStores(): Promise<void>;
}

function tracker() {
  const open: StateStore[] = [];
  return {
    track(store: StateStore) {
      open.push(store);
      return store;
    },
    async closeAll() {
      for (const store of open.splice(0)) await store.close();
    },
  };
}

export function sqliteEngine(): Engine {
  const stores = tracker();
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    skipReason: null,
    async setup() {},
    async teardown() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
    async fresh() {
      const dir = mkdtempSync(path.join(tmpdir(), 'quotetrail-state-'));
      dirs.push(dir);
      const stateDir = path.join(dir, 'state');
      return {
        location: stateDir,
        open: async (options = {}) => stores.track(await openState({ ...options, stateDir, logger: options.logger ?? silentLogger })),
        async raw(sql) {
          const db = new Database(path.join(stateDir, 'state.db'));
          try {
            db.exec(sql);
          } finally {
            db.close();
          }
        },
      };
    },
    closeStores: () => stores.closeAll(),
  };
}

export function postgresEngine(): Engine {
  const availability = postgresAvailability();
  const stores = tracker();
  let server: TestPostgres | null = null;
  return {
    name: 'postgres',
    skipReason: availability.ok ? null : availability.reason,
    async setup() {
      server = await startTestPostgres();
    },
    async teardown() {
      await server?.stop();
      server = null;
    },
    async fresh() {
      if (!server) throw new Error('the PostgreSQL server is not started');
      const databaseUrl = await server.createDatabase();
      return {
        location: databaseUrl,
        open: async (options = {}) =>
          stores.track(await openState({ ...options, stateDir: '/nonexistent', databaseUrl, logger: options.logger ?? silentLogger })),
        async raw(sql) {
          const client = new pg.Client({ connectionString: databaseUrl });
          await client.connect();
          try {
            await client.query(sql);
          } finally {
            await client.end();
          }
        },
      };
    },
    closeStores: () => stores.closeAll(),
  };
}

/**
 * How a suite over `engine` runs: `skip` (with the reason in the suite's name) when the engine is missing
 * here, unless CI requires PostgreSQL: then `setup` fails every test with the reason.
 */
export function plan(engine: Engine): { skip: boolean; title: string; setup: () => Promise<void> } {
  const missing = engine.skipReason;
  if (!missing) return { skip: false, title: engine.name, setup: () => engine.setup() };
  if (postgresRequired) {
    return {
      skip: false,
      title: engine.name,
      setup: async () => {
        throw new Error(`QUOTETRAIL_REQUIRE_POSTGRES=1 but no PostgreSQL server can be started: ${missing}`);
      },
    };
  }
  console.warn(`state tests on ${engine.name} skipped: ${missing}`);
  return { skip: true, title: `${engine.name} (skipped: ${missing})`, setup: async () => undefined };
}
