/**
 * Rows as either engine returns them, checked with zod and turned into the interface's types. The engines
 * differ in small ways the schemas absorb: PostgreSQL returns BIGINT as a string and JSONB parsed, SQLite
 * returns numbers and JSON text. Also the one rule both apply to text going in: U+0000 becomes U+FFFD
 * (PostgreSQL cannot store it in TEXT or JSONB), so both engines return the same strings.
 */
import { z } from 'zod';
import {
  ArticleMetaSchema,
  type ArticleSummary,
  type AuditEvent,
  type Correction,
  type Report,
  type ReportChannel,
  type StoredArticle,
} from './types.js';

/** A value either driver binds. */
export type SqlValue = string | number | null | Uint8Array;

/** `value` with NUL characters replaced, for TEXT columns. */
export function cleanText(value: string): string {
  return value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value;
}

/** JSON text of `value`, with NUL characters in keys and strings replaced (JSONB refuses `\u0000`). */
export function jsonText(value: unknown): string {
  return JSON.stringify(cleanJson(value));
}

function cleanJson(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [cleanText(key), cleanJson(item)]));
  }
  return value;
}

const integer = z.coerce.number().int();
const text = z.string();
const nullableText = z.string().nullable();
/** A JSON column: text on SQLite, already parsed on PostgreSQL. */
const jsonColumn = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
});
const jsonObject = jsonColumn.pipe(z.record(z.string(), z.unknown()));

/** The columns of an article listing, in table order (the text and the bytes come last in the table). */
export const SUMMARY_COLUMNS =
  'guild_id, id, added_by_id, added_by_name, added_at, origin_kind, origin_value, canonical_url, text_hash, content_type, meta';

const SummaryRow = z.object({
  guild_id: text,
  id: text,
  added_by_id: text,
  added_by_name: text,
  added_at: text,
  origin_kind: z.enum(['url', 'file', 'cli']),
  origin_value: text,
  canonical_url: nullableText,
  text_hash: text,
  content_type: nullableText,
  meta: jsonColumn.pipe(ArticleMetaSchema),
});

export function toSummary(row: unknown): ArticleSummary {
  const r = SummaryRow.parse(row);
  return {
    id: r.id,
    guildId: r.guild_id,
    addedById: r.added_by_id,
    addedByName: r.added_by_name,
    addedAt: r.added_at,
    origin: { kind: r.origin_kind, value: r.origin_value },
    canonicalUrl: r.canonical_url,
    textHash: r.text_hash,
    contentType: r.content_type,
    meta: r.meta,
  };
}

const ContentRow = z.object({ text, raw: z.instanceof(Uint8Array) });

export function toArticle(row: unknown): StoredArticle {
  const { text: body, raw } = ContentRow.parse(row);
  return { ...toSummary(row), text: body, raw };
}

/** The summary a caller's article becomes once stored (the same cleaning as the columns). */
export function summaryOf(article: StoredArticle): ArticleSummary {
  return toSummary(articleRow(article));
}

/** The article's column values, in `SUMMARY_COLUMNS` order then text and raw. */
export function articleParams(article: StoredArticle): SqlValue[] {
  const row = articleRow(article);
  return [...Object.values(row), cleanText(article.text), article.raw];
}

function articleRow(article: StoredArticle): Record<string, string | null> {
  const row = {
    guild_id: article.guildId,
    id: article.id,
    added_by_id: article.addedById,
    added_by_name: article.addedByName,
    added_at: article.addedAt,
    origin_kind: article.origin.kind,
    origin_value: article.origin.value,
    canonical_url: article.canonicalUrl,
    text_hash: article.textHash,
    content_type: article.contentType,
    meta: jsonText(article.meta),
  };
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, value === null ? null : cleanText(value)]));
}

const EventRow = z.object({
  id: integer,
  guild_id: nullableText,
  kind: z.enum(['article_added', 'article_removed', 'reload', 'correction', 'correction_undone', 'report', 'report_resolved']),
  actor_id: nullableText,
  actor_name: nullableText,
  at: text,
  detail: jsonObject,
});

export function toEvent(row: unknown): AuditEvent {
  const r = EventRow.parse(row);
  return { id: r.id, guildId: r.guild_id, kind: r.kind, actorId: r.actor_id, actorName: r.actor_name, at: r.at, detail: r.detail };
}

const CorrectionRow = z.object({
  id: integer,
  guild_id: text,
  kind: z.enum(['set_speaker', 'merge', 'split']),
  payload: jsonObject,
  created_by_id: text,
  created_by_name: text,
  created_at: text,
  undone_by_id: nullableText,
  undone_at: nullableText,
});

export function toCorrection(row: unknown): Correction {
  const r = CorrectionRow.parse(row);
  return {
    id: r.id,
    guildId: r.guild_id,
    kind: r.kind,
    payload: r.payload,
    createdById: r.created_by_id,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
    undoneById: r.undone_by_id,
    undoneAt: r.undone_at,
  };
}

const ReportRow = z.object({
  id: integer,
  guild_id: text,
  channel_id: text,
  message_id: text,
  reporter_id: text,
  reason: text,
  command: text,
  query: text,
  corpus_version: text,
  status: z.enum(['open', 'resolved']),
  resolution: nullableText,
  resolved_by_id: nullableText,
  resolved_at: nullableText,
  created_at: text,
});

export function toReport(row: unknown): Report {
  const r = ReportRow.parse(row);
  return {
    id: r.id,
    guildId: r.guild_id,
    channelId: r.channel_id,
    messageId: r.message_id,
    reporterId: r.reporter_id,
    reason: r.reason,
    command: r.command,
    query: r.query,
    corpusVersion: r.corpus_version,
    status: r.status,
    resolution: r.resolution,
    resolvedById: r.resolved_by_id,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
  };
}

const ReportChannelRow = z.object({
  report_channel_id: text,
  report_channel_set_by_id: text,
  report_channel_set_by_name: text,
  report_channel_set_at: text,
  report_channel_failure: text.nullable(),
  report_channel_failing_since: text.nullable(),
  report_channel_missed: integer,
  // schema version 4
  report_channel_told_id: text.nullable(),
  report_channel_told_name: text.nullable(),
  report_channel_notice: text.nullable(),
});

export function toReportChannel(row: unknown): ReportChannel {
  const r = ReportChannelRow.parse(row);
  return {
    channelId: r.report_channel_id,
    setById: r.report_channel_set_by_id,
    setByName: r.report_channel_set_by_name,
    setAt: r.report_channel_set_at,
    failing:
      r.report_channel_failure === null
        ? null
        : {
            reason: r.report_channel_failure,
            since: r.report_channel_failing_since ?? r.report_channel_set_at,
            missed: r.report_channel_missed,
            notice:
              r.report_channel_notice === null
                ? null
                : { toldId: r.report_channel_told_id, toldName: r.report_channel_told_name, note: r.report_channel_notice },
          },
  };
}

export const ConversationRow = z.object({ key: text, updated_at: integer, value: jsonColumn });
