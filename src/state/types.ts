/**
 * The bot's state behind one small interface: articles added from Discord or the CLI, thread context,
 * the audit log (which is also the change feed other processes follow), cooldowns, corrections and
 * reports. SQLite (one process, nothing to install) and PostgreSQL (many processes) implement it; the same
 * tests run against both. Every method is async so either engine fits; every write is one transaction.
 *
 * Guild ids scope everything a server owns: no method returns another guild's rows.
 */
import { z } from 'zod';

/** Where an added article came from. */
export interface ArticleOrigin {
  kind: 'url' | 'file' | 'cli';
  /** The URL asked for (before redirects), or the attachment's / file's name. */
  value: string;
}

/** Metadata read from the page (or given as an override), with the evidence for each value. */
export const ArticleMetaSchema = z.object({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  /** Why the text may be only part of the article (a paywall or log-in after it); absent when whole. */
  partial: z.string().optional(),
  /** Live entries and embedded posts dated apart from the page (offsets into the text); absent when none. */
  datedParts: z
    .array(
      z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        date: z.string(),
        kind: z.enum(['entry', 'post']),
        time: z.string().optional(),
        zone: z.string().optional(),
        detail: z.string(),
      }),
    )
    .optional(),
  /**
   * The ISO day the page says it was last changed; absent when it says none. Kept in the JSON column, so rows
   * stored before it read as they were (like `partial` and `datedParts`), and older programs ignore it.
   */
  modified: z.string().optional(),
  evidence: z.array(z.object({ field: z.string(), source: z.string(), detail: z.string() })),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

/** An article a moderator added, as stored. */
export interface StoredArticle {
  /** Document id shown to people, unique within its guild (e.g. `added/dw.com-china-russia-3f2a`). */
  id: string;
  guildId: string;
  addedById: string;
  addedByName: string;
  /** ISO 8601 time of the add. */
  addedAt: string;
  origin: ArticleOrigin;
  /** The page's canonical URL (its `<link rel=canonical>` or the URL after redirects); null for files. */
  canonicalUrl: string | null;
  /** SHA-256 (hex) of the extracted text with whitespace collapsed: the same text again is a duplicate. */
  textHash: string;
  /** The bytes as received (HTML or text), kept so extraction can be run again by a later version. */
  raw: Uint8Array;
  contentType: string | null;
  /** The article body as plain text, paragraphs separated by a blank line: what the claim store reads. */
  text: string;
  meta: ArticleMeta;
}

/** A listing row: everything but the bytes and the text. */
export type ArticleSummary = Omit<StoredArticle, 'raw' | 'text'>;

export type AddArticleResult = { ok: true; article: ArticleSummary } | { ok: false; duplicateOf: ArticleSummary };

/** What an answer was about: keyed by message id or thread id, so buttons and threads answer in context. */
export const ConversationSchema = z.object({
  /** The answer's command; a /quotes answer's `speaker` is its person (a thread on it is about that person). */
  command: z.enum(['who-said', 'compare', 'quotes']),
  query: z.string().max(6000),
  speaker: z.string().max(200).nullable(),
  outlet: z.string().max(200).nullable(),
  outlets: z.array(z.string().max(200)).max(10).default([]),
  channelId: z.string(),
  threadId: z.string().nullable().default(null),
  /** The server the answer was given in (null: a direct message); follow-ups read that server's corpus. */
  guildId: z.string().nullable().default(null),
  /**
   * The corpus version the answer came from (its footer's "corpus …"); null for one remembered before this was
   * kept. A report names it, and a thread follow-up after a /reload says the corpus changed since.
   */
  corpusVersion: z.string().max(200).nullable().default(null),
  updatedAt: z.number(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** One line of the audit log. Also the change feed: other processes apply `article_*` and `reload` events. */
export interface AuditEvent {
  /** Increasing; assigned by the store. */
  id: number;
  /** Null for events that concern every server (a reload of the shared folder). */
  guildId: string | null;
  kind: 'article_added' | 'article_removed' | 'reload' | 'correction' | 'correction_undone' | 'report' | 'report_resolved';
  actorId: string | null;
  actorName: string | null;
  /** ISO 8601. */
  at: string;
  /** Small JSON object: the document id, the reload summary counts, the correction id… */
  detail: Record<string, unknown>;
}
export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at'> & { at?: string };

/** A moderator's correction of a speaker; applied after every load, per server, until undone. */
export interface Correction {
  id: number;
  guildId: string;
  /** `set_speaker`: one claim's speaker; `merge`: two names are one person; `split`: a name in one document is not that person. */
  kind: 'set_speaker' | 'merge' | 'split';
  /** Kind-specific fields (validated by the layer that applies them). */
  payload: Record<string, unknown>;
  createdById: string;
  createdByName: string;
  createdAt: string;
  undoneById: string | null;
  undoneAt: string | null;
}
export type NewCorrection = Pick<Correction, 'guildId' | 'kind' | 'payload' | 'createdById' | 'createdByName'>;

/** A member's report of a wrong answer. */
export interface Report {
  id: number;
  guildId: string;
  channelId: string;
  messageId: string;
  reporterId: string;
  reason: string;
  /** The command and query of the answer reported, and the corpus version it was given from. */
  command: string;
  query: string;
  corpusVersion: string;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedById: string | null;
  resolvedAt: string | null;
  createdAt: string;
}
export type NewReport = Pick<
  Report,
  'guildId' | 'channelId' | 'messageId' | 'reporterId' | 'reason' | 'command' | 'query' | 'corpusVersion'
>;

/** A report filed, or the one the member filed earlier about the same answer (nothing is stored then). */
export type AddReportResult = { ok: true; report: Report } | { ok: false; duplicateOf: Report };

/** Where a server's moderators are told of new reports, and who chose it. */
export interface ReportChannel {
  channelId: string;
  setById: string;
  setByName: string;
  /** ISO 8601. */
  setAt: string;
  /**
   * Set when new reports could not be announced there (the channel deleted, the bot's access taken away…):
   * why the last announcement failed, since when (ISO 8601) they fail, and how many reports were not
   * announced, and who was told by direct message (`notice`, null until the bot has decided). Null once an
   * announcement goes through again, or the channel is chosen again.
   */
  failing: { reason: string; since: string; missed: number; notice: FailureNotice | null } | null;
}

/**
 * Who was told by direct message that the report channel fails: a current moderator of the server (the one who
 * chose the channel while they still are one, otherwise the server's owner), or nobody (`toldId` null); `note`
 * says it in a moderator's words, for /reports list.
 */
export interface FailureNotice {
  toldId: string | null;
  toldName: string | null;
  note: string;
}

/** The state of the bot, behind one interface (SQLite or PostgreSQL). */
export interface StateStore {
  readonly engine: 'sqlite' | 'postgres';

  /**
   * Stores an article unless the guild already has one with the same canonical URL or the same text
   * hash (then returns that one as `duplicateOf` and stores nothing). Atomic: after a crash the article is
   * either fully there or not at all. Also appends an `article_added` audit event in the same transaction.
   */
  addArticle(article: StoredArticle): Promise<AddArticleResult>;
  /** Removes one of the guild's articles (and appends `article_removed`); null when the guild has no such id. */
  removeArticle(guildId: string, id: string, actor: { id: string; name: string }): Promise<ArticleSummary | null>;
  getArticle(guildId: string, id: string): Promise<StoredArticle | null>;
  /** The guild's articles (all guilds' when `guildId` is undefined), oldest first, without bytes or text. */
  listArticles(guildId?: string): Promise<ArticleSummary[]>;
  /** Every article with its text (for building the claim store at start and after a reload). */
  loadArticles(guildId?: string): Promise<StoredArticle[]>;
  /** The guild's article with this canonical URL or text hash, if any. */
  findDuplicate(guildId: string, canonicalUrl: string | null, textHash: string): Promise<ArticleSummary | null>;

  getConversation(key: string): Promise<Conversation | undefined>;
  /** Records `value` under `key`; the store keeps the newest `maxConversations` (default 50,000). */
  setConversation(key: string, value: Omit<Conversation, 'updatedAt'>): Promise<void>;

  appendEvent(event: NewAuditEvent): Promise<AuditEvent>;
  /** The id of the newest event (0 when there is none): where a process starting now begins to follow. */
  latestEventId(): Promise<number>;
  /** Events after `afterId` (all guilds), oldest first, at most `limit` (default 1,000). */
  eventsSince(afterId: number, limit?: number): Promise<AuditEvent[]>;
  /** The guild's newest events first (and the events of every server, guildId null), at most `limit` (default 50). */
  auditLog(guildId: string, limit?: number): Promise<AuditEvent[]>;
  /**
   * Calls `listener` when any process appends an event (PostgreSQL: LISTEN/NOTIFY; SQLite: this process
   * only). The listener reads what changed with `eventsSince`. Returns an unsubscribe function.
   */
  onEvent(listener: (eventId: number) => void): () => void;

  /**
   * Seconds `userId` must still wait before running `command` again, or 0 (and the use is recorded), with
   * one clock for every process. `seconds` ≤ 0 turns it off.
   */
  takeCooldown(userId: string, command: string, seconds: number, nowMs?: number): Promise<number>;

  /** Stores a correction and appends its `correction` event in the same transaction. */
  addCorrection(correction: NewCorrection): Promise<Correction>;
  /**
   * The guild's corrections in force (not undone), oldest first; every guild's when `guildId` is undefined; with
   * `includeUndone`, the undone ones too (for the moderation log).
   */
  listCorrections(guildId?: string, options?: { includeUndone?: boolean }): Promise<Correction[]>;
  /** Marks one undone (and appends `correction_undone`); null when the guild has no such correction in force. */
  undoCorrection(guildId: string, id: number, actor: { id: string; name: string }): Promise<Correction | null>;

  /**
   * Files a report (status `open`) and appends its `report` event in the same transaction, unless the member
   * has reported that answer (message) already: then returns that report as `duplicateOf` and stores nothing
   * (a unique index decides, also between processes).
   */
  addReport(report: NewReport): Promise<AddReportResult>;
  /** The report `reporterId` filed about the answer `messageId` in the guild, if any. */
  findReport(guildId: string, messageId: string, reporterId: string): Promise<Report | null>;
  /** The guild's reports, oldest first (only those of `status` when given). */
  listReports(guildId: string, status?: Report['status']): Promise<Report[]>;
  getReport(guildId: string, id: number): Promise<Report | null>;
  /** Resolves one of the guild's open reports (and appends `report_resolved`); null when it has no such open report. */
  resolveReport(guildId: string, id: number, resolution: string, actor: { id: string; name: string }): Promise<Report | null>;

  /** The channel where the guild's new reports are announced, or null (they wait for /reports list). */
  getReportChannel(guildId: string): Promise<ReportChannel | null>;
  /** Sets (or, with null, clears) the guild's report channel, recording who did it and when. */
  setReportChannel(guildId: string, channelId: string | null, actor: { id: string; name: string }): Promise<void>;
  /**
   * Records that a new report could not be announced in `channelId` (why), counting it; returns the setting
   * as it is now, or null when the guild's report channel is no longer `channelId` (nothing changed).
   */
  reportChannelFailed(guildId: string, channelId: string, reason: string): Promise<ReportChannel | null>;
  /** Clears a failure recorded for `channelId` (an announcement went through); nothing when none is. */
  reportChannelWorks(guildId: string, channelId: string): Promise<void>;
  /**
   * Records who was told (or that nobody was) that `channelId` fails; nothing when it is no longer the guild's
   * report channel or no longer failing.
   */
  reportChannelNotice(guildId: string, channelId: string, notice: FailureNotice): Promise<void>;

  /** Closes connections (and stops listening). */
  close(): Promise<void>;
}
