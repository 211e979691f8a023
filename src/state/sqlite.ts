/**
 * The state in one SQLite file, `${stateDir}/state.db` (better-sqlite3): one process, nothing to install.
 *
 * Durability: WAL with `synchronous=NORMAL`. A commit appends its pages to the WAL with write() before
 * returning, so once `addArticle` resolves the article is in the operating system's hands and survives
 * the process being killed (kill -9, a crash); the file is never left corrupt, even by a power cut, which
 * can only lose the last commits (FULL would fsync each one, and better-sqlite3 would block the event loop
 * on every fsync). `busy_timeout` lets a second process (the CLI) wait for the write lock instead of failing.
 *
 * better-sqlite3 is synchronous: calls run in turn behind a queue shared by every store on the same file
 * in this process, so an open transaction never sees another call's statements, and one store never
 * waits for the write lock (blocking the thread) while another store in this thread holds it.
 * `onEvent` hears this store's appends only.
 */
import { EventEmitter } from 'node:events';
import { realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log.js';
import { migrateSqlite } from './migrations.js';
import type { SqlValue } from './rows.js';
import type { Query, SqlDriver } from './sql-driver.js';
import { DEFAULT_MAX_CONVERSATIONS, SqlStateStore } from './sql-store.js';

/** Where and how to open the SQLite state. */
export interface SqliteStateOptions {
  stateDir: string;
  logger: Logger;
  maxConversations?: number;
}

const BUSY_TIMEOUT_MS = 5000;
/** Per database file: the last call queued on it in this process. */
const queues = new Map<string, Promise<unknown>>();

/** Opens (creating the folder and file if missing) and migrates `${stateDir}/state.db`. */
export async function openSqliteState(options: SqliteStateOptions): Promise<SqlStateStore> {
  await mkdir(options.stateDir, { recursive: true });
  const file = path.resolve(options.stateDir, 'state.db');
  const db = new Database(file);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`SQLite refused WAL mode for ${file} (journal mode: ${String(mode)})`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const applied = migrateSqlite(db);
    if (applied.length > 0) options.logger.info({ file, versions: applied }, 'state database migrated');
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqlStateStore(
    new SqliteDriver(db, realpathSync(file), options.logger),
    options.logger,
    options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS,
  );
}

class SqliteDriver implements SqlDriver {
  readonly engine = 'sqlite';
  // Unix time in milliseconds (julianday keeps them)
  readonly clockSql = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
  private readonly statements = new Map<string, Database.Statement>();
  private readonly events = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly db: Database.Database,
    private readonly file: string,
    private readonly logger: Logger,
  ) {}

  /** Runs `work` after every call queued before it on this file. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = (queues.get(this.file) ?? Promise.resolve()).then(work);
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    queues.set(this.file, settled);
    void settled.then(() => {
      if (queues.get(this.file) === settled) queues.delete(this.file);
    });
    return result;
  }

  /** Runs one statement now (the caller holds the turn). */
  private run(sql: string, params: readonly SqlValue[] = []): Record<string, unknown>[] {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    // `$1` is a named parameter to SQLite: bound by the name "1"
    const named = Object.fromEntries(params.map((value, index) => [String(index + 1), value]));
    if (statement.reader) return statement.all(named) as Record<string, unknown>[];
    statement.run(named);
    return [];
  }

  query: Query = (sql, params) => this.inTurn(async () => this.run(sql, params));

  transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      // IMMEDIATE: take the write lock now, so another process cannot make this transaction fail half-way
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(async (sql, params) => this.run(sql, params));
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async beforeEvent(): Promise<void> {}

  async afterEvent(): Promise<void> {}

  committed(eventIds: readonly number[]): void {
    for (const id of eventIds) this.events.emit('event', id);
  }

  onEvent(listener: (eventId: number) => void): () => void {
    const guarded = (id: number) => {
      try {
        listener(id);
      } catch (error) {
        this.logger.error({ err: error instanceof Error ? error.message : String(error) }, 'state event listener failed');
      }
    };
    this.events.on('event', guarded);
    return () => this.events.off('event', guarded);
  }

  close(): Promise<void> {
    return this.inTurn(async () => {
      this.statements.clear();
      this.events.removeAllListeners();
      if (this.db.open) this.db.close();
    });
  }
}
