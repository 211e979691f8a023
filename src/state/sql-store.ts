/**
 * The state store's behaviour, written once over a small SQL driver (`sql-driver.ts`), so SQLite and
 * PostgreSQL behave the same: articles (`sql-articles.ts`), corrections and reports (`sql-moderation.ts`),
 * and here the audit log, conversations and cooldowns. Every write is one transaction, and each one that
 * changes what a guild owns appends its audit event in that same transaction.
 */
import type { Logger } from '../log.js';
import { ConversationRow, jsonText, toEvent } from './rows.js';
import * as articles from './sql-articles.js';
import { type Actor, clean, now, type Query, type SqlContext, type SqlDriver, type Tx } from './sql-driver.js';
import * as moderation from './sql-moderation.js';
import {
  type AddArticleResult,
  type AddReportResult,
  type ArticleSummary,
  type AuditEvent,
  type Conversation,
  ConversationSchema,
  type Correction,
  type NewAuditEvent,
  type NewCorrection,
  type NewReport,
  type Report,
  type FailureNotice,
  type ReportChannel,
  type StateStore,
  type StoredArticle,
} from './types.js';

export const DEFAULT_MAX_CONVERSATIONS = 50_000;
const DEFAULT_EVENTS_LIMIT = 1000;
const DEFAULT_AUDIT_LIMIT = 50;
const MAX_LIMIT = 10_000;
/** Expired cooldown rows are deleted once every this many takes. */
const COOLDOWN_PRUNE_EVERY = 500;

/** A `StateStore` over an SQL driver (see the module comment). */
export class SqlStateStore implements StateStore {
  readonly engine: 'sqlite' | 'postgres';
  private readonly db: SqlContext;
  private takes = 0;

  constructor(
    private readonly driver: SqlDriver,
    private readonly logger: Logger,
    private readonly maxConversations = DEFAULT_MAX_CONVERSATIONS,
  ) {
    this.engine = driver.engine;
    this.db = {
      read: (sql, params = []) => driver.query(sql, params.map(clean)),
      write: async (work) => {
        const events: number[] = [];
        const result = await driver.transaction((query) => work({ query: (sql, params = []) => query(sql, params.map(clean)), events }));
        if (events.length > 0) driver.committed(events);
        return result;
      },
      appendEvent: (tx, event) => this.insertEvent(tx, event),
    };
  }

  private async insertEvent(tx: Tx, event: NewAuditEvent): Promise<AuditEvent> {
    await this.driver.beforeEvent(tx.query);
    const [row] = await tx.query(
      'INSERT INTO events (guild_id, kind, actor_id, actor_name, at, detail) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
      [event.guildId, event.kind, event.actorId, event.actorName, event.at ?? now(), jsonText(event.detail)],
    );
    const stored = toEvent(row);
    await this.driver.afterEvent(tx.query, stored.id);
    tx.events.push(stored.id);
    return stored;
  }

  addArticle(article: StoredArticle): Promise<AddArticleResult> {
    return articles.addArticle(this.db, article);
  }

  removeArticle(guildId: string, id: string, actor: Actor): Promise<ArticleSummary | null> {
    return articles.removeArticle(this.db, guildId, id, actor);
  }

  getArticle(guildId: string, id: string): Promise<StoredArticle | null> {
    return articles.getArticle(this.db, guildId, id);
  }

  listArticles(guildId?: string): Promise<ArticleSummary[]> {
    return articles.listArticles(this.db, guildId);
  }

  loadArticles(guildId?: string): Promise<StoredArticle[]> {
    return articles.loadArticles(this.db, guildId);
  }

  findDuplicate(guildId: string, canonicalUrl: string | null, textHash: string): Promise<ArticleSummary | null> {
    return articles.findDuplicate(this.db, guildId, canonicalUrl, textHash);
  }

  async getConversation(key: string): Promise<Conversation | undefined> {
    const [row] = await this.db.read('SELECT key, updated_at, value FROM conversations WHERE key = $1', [key]);
    if (!row) return undefined;
    const stored = ConversationRow.safeParse(row);
    if (stored.success) {
      const parsed = ConversationSchema.safeParse({ ...Object(stored.data.value), updatedAt: stored.data.updated_at });
      if (parsed.success) return parsed.data;
    }
    this.logger.warn({ key }, 'stored conversation unreadable: treated as missing');
    return undefined;
  }

  async setConversation(key: string, value: Omit<Conversation, 'updatedAt'>): Promise<void> {
    const { updatedAt, ...checked } = ConversationSchema.parse({ ...value, updatedAt: Date.now() });
    await this.db.write(async (tx) => {
      await tx.query(
        `INSERT INTO conversations (key, updated_at, value) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at, value = excluded.value`,
        [key, updatedAt, jsonText(checked)],
      );
      await this.pruneConversations(tx.query);
    });
  }

  /** Adds conversations kept elsewhere (the old JSON file); a stored newer one under the same key wins. */
  async importConversations(entries: ReadonlyArray<readonly [string, Conversation]>): Promise<void> {
    await this.db.write(async (tx) => {
      for (const [key, { updatedAt, ...value }] of entries) {
        await tx.query(
          `INSERT INTO conversations (key, updated_at, value) VALUES ($1, $2, $3)
           ON CONFLICT (key) DO UPDATE SET updated_at = excluded.updated_at, value = excluded.value
           WHERE conversations.updated_at < excluded.updated_at`,
          [key, updatedAt, jsonText(value)],
        );
      }
      await this.pruneConversations(tx.query);
    });
  }

  /** Forgets all but the newest `maxConversations` (newest by update time, then key). */
  private async pruneConversations(query: Query): Promise<void> {
    const [cutoff] = await query('SELECT updated_at, key FROM conversations ORDER BY updated_at DESC, key DESC LIMIT 1 OFFSET $1', [
      this.maxConversations,
    ]);
    if (!cutoff) return;
    await query('DELETE FROM conversations WHERE updated_at < $1 OR (updated_at = $1 AND key <= $2)', [
      Number(cutoff.updated_at),
      String(cutoff.key),
    ]);
  }

  appendEvent(event: NewAuditEvent): Promise<AuditEvent> {
    return this.db.write((tx) => this.insertEvent(tx, event));
  }

  async latestEventId(): Promise<number> {
    const [row] = await this.db.read('SELECT MAX(id) AS latest FROM events', []);
    return Number((row as { latest?: unknown } | undefined)?.latest ?? 0) || 0;
  }

  async eventsSince(afterId: number, limit = DEFAULT_EVENTS_LIMIT): Promise<AuditEvent[]> {
    const rows = await this.db.read('SELECT * FROM events WHERE id > $1 ORDER BY id LIMIT $2', [
      Math.floor(afterId) || 0,
      clampLimit(limit),
    ]);
    return rows.map(toEvent);
  }

  async auditLog(guildId: string, limit = DEFAULT_AUDIT_LIMIT): Promise<AuditEvent[]> {
    const rows = await this.db.read('SELECT * FROM events WHERE guild_id = $1 OR guild_id IS NULL ORDER BY id DESC LIMIT $2', [
      guildId,
      clampLimit(limit),
    ]);
    return rows.map(toEvent);
  }

  onEvent(listener: (eventId: number) => void): () => void {
    return this.driver.onEvent(listener);
  }

  async takeCooldown(userId: string, command: string, seconds: number, nowMs?: number): Promise<number> {
    if (!(seconds > 0)) return 0;
    const windowMs = Math.round(seconds * 1000);
    const at = nowMs === undefined ? null : Math.round(nowMs);
    // `$n` is the caller's time, or the database's clock when the caller gives none
    const clock = (n: number) => `COALESCE($${n}, ${this.driver.clockSql})`;
    return this.db.write(async ({ query }) => {
      if (++this.takes % COOLDOWN_PRUNE_EVERY === 0) await query(`DELETE FROM cooldowns WHERE until_ms <= ${clock(1)}`, [at]);
      // one statement decides: a new row, or an expired one moved forward; a running one is left alone
      const taken = await query(
        `INSERT INTO cooldowns (user_id, command, until_ms) VALUES ($1, $2, ${clock(3)} + $4)
         ON CONFLICT (user_id, command) DO UPDATE SET until_ms = excluded.until_ms
         WHERE cooldowns.until_ms <= excluded.until_ms - $4 RETURNING until_ms`,
        [userId, command, at, windowMs],
      );
      if (taken.length > 0) return 0;
      const [row] = await query(`SELECT until_ms - ${clock(3)} AS wait_ms FROM cooldowns WHERE user_id = $1 AND command = $2`, [
        userId,
        command,
        at,
      ]);
      return Math.max(1, Math.ceil(Number(row?.wait_ms ?? 0) / 1000));
    });
  }

  addCorrection(correction: NewCorrection): Promise<Correction> {
    return moderation.addCorrection(this.db, correction);
  }

  listCorrections(guildId?: string, options?: { includeUndone?: boolean }): Promise<Correction[]> {
    return moderation.listCorrections(this.db, guildId, options);
  }

  undoCorrection(guildId: string, id: number, actor: Actor): Promise<Correction | null> {
    return moderation.undoCorrection(this.db, guildId, id, actor);
  }

  addReport(report: NewReport): Promise<AddReportResult> {
    return moderation.addReport(this.db, report);
  }

  findReport(guildId: string, messageId: string, reporterId: string): Promise<Report | null> {
    return moderation.findReport(this.db, guildId, messageId, reporterId);
  }

  getReportChannel(guildId: string): Promise<ReportChannel | null> {
    return moderation.getReportChannel(this.db, guildId);
  }

  setReportChannel(guildId: string, channelId: string | null, actor: Actor): Promise<void> {
    return moderation.setReportChannel(this.db, guildId, channelId, actor);
  }

  reportChannelFailed(guildId: string, channelId: string, reason: string): Promise<ReportChannel | null> {
    return moderation.reportChannelFailed(this.db, guildId, channelId, reason);
  }

  reportChannelWorks(guildId: string, channelId: string): Promise<void> {
    return moderation.reportChannelWorks(this.db, guildId, channelId);
  }

  reportChannelNotice(guildId: string, channelId: string, notice: FailureNotice): Promise<void> {
    return moderation.reportChannelNotice(this.db, guildId, channelId, notice);
  }

  listReports(guildId: string, status?: Report['status']): Promise<Report[]> {
    return moderation.listReports(this.db, guildId, status);
  }

  getReport(guildId: string, id: number): Promise<Report | null> {
    return moderation.getReport(this.db, guildId, id);
  }

  resolveReport(guildId: string, id: number, resolution: string, actor: Actor): Promise<Report | null> {
    return moderation.resolveReport(this.db, guildId, id, resolution, actor);
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

function clampLimit(limit: number): number {
  return Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit) || 0));
}
