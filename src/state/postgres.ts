/**
 * The state in PostgreSQL (`pg`), shared by every process of the bot: a connection pool for the
 * statements, one more connection for the change feed (LISTEN/NOTIFY, `pg-listener.ts`).
 *
 * Event ids follow commit order: a transaction takes one advisory transaction lock just before it
 * inserts its event and holds it to its commit, so a reader that has seen event N never later finds an
 * event below N appear (which a bare sequence allows, and which would make a follower skip it). The lock is
 * always the last thing a transaction takes, so it cannot close a cycle of waits.
 */
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../log.js';
import { migratePostgres } from './migrations.js';
import { EVENTS_CHANNEL, PgEventListener } from './pg-listener.js';
import { inPgTransaction } from './pg-transaction.js';
import { redactDatabaseUrl, scrubDatabaseUrl } from './redact.js';
import type { Query, SqlDriver } from './sql-driver.js';
import { DEFAULT_MAX_CONVERSATIONS, SqlStateStore } from './sql-store.js';

/** Where and how to open the PostgreSQL state. */
export interface PostgresStateOptions {
  /** `postgres://user:password@host:port/database` (also `postgresql://`). */
  databaseUrl: string;
  logger: Logger;
  maxConversations?: number;
  /** Connections in the pool (default 10), besides the listener's. */
  poolSize?: number;
}

const DatabaseUrlSchema = z.string().regex(/^postgres(ql)?:\/\/\S+$/i);
/** Key of the advisory lock that keeps event ids in commit order (any constant every process shares). */
const EVENT_ORDER_LOCK = 7_170_101_002;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects, migrates and starts listening. Errors name the database by its redacted URL and never carry
 * its password.
 */
export async function openPostgresState(options: PostgresStateOptions): Promise<SqlStateStore> {
  const { databaseUrl: url, logger } = options;
  if (!DatabaseUrlSchema.safeParse(url).success) {
    throw new Error('the database URL must look like postgres://user:password@host:port/database');
  }
  const scrub = (text: string) => scrubDatabaseUrl(text, url);
  const where = redactDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'quotetrail',
  });
  // an idle connection that fails (server restart) is dropped by the pool; without a handler it would crash
  pool.on('error', (error) => logger.warn({ err: scrub(error.message) }, 'idle PostgreSQL connection failed'));
  const driver = new PostgresDriver(pool);
  const listener = new PgEventListener(
    { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'quotetrail-listener' },
    logger,
    () => driver.newestEventId(),
    scrub,
  );
  driver.listener = listener;
  try {
    const applied = await migratePostgres(pool);
    if (applied.length > 0) logger.info({ database: where, versions: applied }, 'state database migrated');
    await listener.start();
  } catch (error) {
    await listener.close();
    await pool.end().catch(() => undefined);
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(
      `could not open the state database at ${where}: ${scrub(error instanceof Error ? error.message : String(error))}${code}`,
    );
  }
  logger.info({ database: where }, 'state database open');
  return new SqlStateStore(driver, logger, options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS);
}

class PostgresDriver implements SqlDriver {
  readonly engine = 'postgres';
  readonly clockSql = '(extract(epoch from clock_timestamp()) * 1000)::bigint';
  listener: PgEventListener | null = null;
  private closing: Promise<void> | null = null;

  constructor(private readonly pool: pg.Pool) {}

  query: Query = async (sql, params = []) => (await this.pool.query(sql, [...params])).rows;

  transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    return inPgTransaction(this.pool, (client) => work(async (sql, params = []) => (await client.query(sql, [...params])).rows));
  }

  async beforeEvent(query: Query): Promise<void> {
    await query('SELECT pg_advisory_xact_lock($1)', [EVENT_ORDER_LOCK]);
  }

  async afterEvent(query: Query, eventId: number): Promise<void> {
    // delivered at commit, to every listening connection (this process's too), not at all on rollback
    await query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, String(eventId)]);
  }

  committed(): void {}

  onEvent(listener: (eventId: number) => void): () => void {
    return this.listener?.add(listener) ?? (() => undefined);
  }

  async newestEventId(): Promise<number> {
    const [row] = await this.query('SELECT COALESCE(MAX(id), 0) AS id FROM events');
    return Number(row?.id ?? 0);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.listener?.close();
      await this.pool.end();
    })();
    return this.closing;
  }
}
