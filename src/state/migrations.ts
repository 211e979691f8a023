/**
 * Schema migrations, run at every open: versioned, applied in order, all pending ones in one transaction
 * with their rows in `schema_migrations`, so a start that fails half-way leaves the previous schema whole.
 * PostgreSQL takes an advisory lock first, so two processes starting together do not both migrate.
 *
 * Each migration is written once; the few words the engines spell differently are tokens:
 * `{id}` an increasing integer key, `{int64}`, `{bytes}` and `{json}`.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Pool } from 'pg';
import { inPgTransaction } from './pg-transaction.js';

/** One schema change. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const TOKENS = {
  sqlite: { id: 'INTEGER PRIMARY KEY AUTOINCREMENT', int64: 'INTEGER', bytes: 'BLOB', json: 'TEXT' },
  postgres: { id: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', int64: 'BIGINT', bytes: 'BYTEA', json: 'JSONB' },
} as const;

const EVENT_KINDS = `'article_added', 'article_removed', 'reload', 'correction', 'correction_undone', 'report', 'report_resolved'`;

/** Every migration, oldest first. Never edit one that has shipped: add the next version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, conversations, events, cooldowns, corrections, reports',
    sql: `
      CREATE TABLE articles (
        seq {id},
        guild_id TEXT NOT NULL,
        id TEXT NOT NULL,
        added_by_id TEXT NOT NULL,
        added_by_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        origin_kind TEXT NOT NULL CHECK (origin_kind IN ('url', 'file', 'cli')),
        origin_value TEXT NOT NULL,
        canonical_url TEXT,
        text_hash TEXT NOT NULL,
        content_type TEXT,
        meta {json} NOT NULL,
        text TEXT NOT NULL,
        raw {bytes} NOT NULL
      );
      CREATE UNIQUE INDEX articles_guild_id ON articles (guild_id, id);
      CREATE UNIQUE INDEX articles_guild_url ON articles (guild_id, canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE UNIQUE INDEX articles_guild_hash ON articles (guild_id, text_hash);
      CREATE INDEX articles_guild_seq ON articles (guild_id, seq);

      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        updated_at {int64} NOT NULL,
        value {json} NOT NULL
      );
      CREATE INDEX conversations_updated ON conversations (updated_at, key);

      CREATE TABLE events (
        id {id},
        guild_id TEXT,
        kind TEXT NOT NULL CHECK (kind IN (${EVENT_KINDS})),
        actor_id TEXT,
        actor_name TEXT,
        at TEXT NOT NULL,
        detail {json} NOT NULL
      );
      CREATE INDEX events_guild ON events (guild_id, id);

      CREATE TABLE cooldowns (
        user_id TEXT NOT NULL,
        command TEXT NOT NULL,
        until_ms {int64} NOT NULL,
        PRIMARY KEY (user_id, command)
      );
      CREATE INDEX cooldowns_until ON cooldowns (until_ms);

      CREATE TABLE corrections (
        id {id},
        guild_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('set_speaker', 'merge', 'split')),
        payload {json} NOT NULL,
        created_by_id TEXT NOT NULL,
        created_by_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_by_id TEXT,
        undone_at TEXT
      );
      CREATE INDEX corrections_guild ON corrections (guild_id, id);

      CREATE TABLE reports (
        id {id},
        guild_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT NOT NULL,
        reporter_id TEXT NOT NULL,
        reason TEXT NOT NULL,
        command TEXT NOT NULL,
        query TEXT NOT NULL,
        corpus_version TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
        resolution TEXT,
        resolved_by_id TEXT,
        resolved_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX reports_guild_status ON reports (guild_id, status, id);
    `,
  },
  {
    version: 2,
    name: 'one report per member and answer; where a server announces new reports',
    // `member_key` (answer and member) is unique per guild; reports filed twice before this version keep a
    // null key on every copy but the first, so the index is built over any existing database
    sql: `
      ALTER TABLE reports ADD COLUMN member_key TEXT;
      UPDATE reports SET member_key = message_id || ' ' || reporter_id
        WHERE id IN (SELECT MIN(id) FROM reports GROUP BY guild_id, message_id, reporter_id);
      CREATE UNIQUE INDEX reports_guild_member_key ON reports (guild_id, member_key);

      CREATE TABLE guild_settings (
        guild_id TEXT PRIMARY KEY,
        report_channel_id TEXT,
        report_channel_set_by_id TEXT,
        report_channel_set_by_name TEXT,
        report_channel_set_at TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'a report channel that stopped taking the announcements: why, since when, how many missed',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN report_channel_failure TEXT;
      ALTER TABLE guild_settings ADD COLUMN report_channel_failing_since TEXT;
      ALTER TABLE guild_settings ADD COLUMN report_channel_missed INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    name: 'who was told by direct message that the report channel fails (a current moderator, or nobody), and why',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN report_channel_told_id TEXT;
      ALTER TABLE guild_settings ADD COLUMN report_channel_told_name TEXT;
      ALTER TABLE guild_settings ADD COLUMN report_channel_notice TEXT;
    `,
  },
];

/** The migration's SQL in the engine's words. */
export function migrationSql(migration: Migration, engine: 'sqlite' | 'postgres'): string {
  const words: Record<string, string> = TOKENS[engine];
  return migration.sql.replace(/\{(id|int64|bytes|json)\}/g, (_match, token: string) => words[token]!);
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
/** Key of the PostgreSQL advisory lock held while migrating (any constant shared by every process). */
const MIGRATION_LOCK = 7_170_101_001;

/** The versions to apply, given those applied; refuses a database written by a newer program. */
function pending(applied: readonly number[], migrations: readonly Migration[]): Migration[] {
  const newest = migrations.at(-1)?.version ?? 0;
  const unknown = applied.filter((version) => version > newest);
  if (unknown.length > 0) {
    throw new Error(
      `the state database has schema version ${Math.max(...unknown)}, newer than this program knows (${newest}): upgrade quotetrail`,
    );
  }
  const done = new Set(applied);
  return migrations.filter((migration) => !done.has(migration.version));
}

/** Brings a SQLite database up to date; returns the versions applied now. */
export function migrateSqlite(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const run = db.transaction(() => {
    db.exec(CREATE_TABLE);
    const applied = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
    const todo = pending(applied, migrations);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const migration of todo) {
      db.exec(migrationSql(migration, 'sqlite'));
      record.run(migration.version, migration.name, new Date().toISOString());
    }
    return todo.map((migration) => migration.version);
  });
  // IMMEDIATE: take the write lock before reading, so two processes opening together take turns
  return run.immediate();
}

/** Brings a PostgreSQL database up to date under an advisory lock; returns the versions applied now. */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return inPgTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const todo = pending(
      rows.map((row) => Number(row.version)),
      migrations,
    );
    for (const migration of todo) {
      await client.query(migrationSql(migration, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    return todo.map((migration) => migration.version);
  });
}
