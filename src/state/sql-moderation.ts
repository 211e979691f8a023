/**
 * Corrections and reports in SQL. Each write appends its audit event (`correction`, `correction_undone`,
 * `report`, `report_resolved`) in its own transaction, so other processes re-apply corrections from the
 * change feed. Ids that are not integers match nothing.
 */
import { jsonText, toCorrection, toReport, toReportChannel } from './rows.js';
import { type Actor, now, type Query, type SqlContext } from './sql-driver.js';
import type { AddReportResult, Correction, FailureNotice, NewCorrection, NewReport, Report, ReportChannel } from './types.js';

export async function addCorrection(db: SqlContext, correction: NewCorrection): Promise<Correction> {
  return db.write(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO corrections (guild_id, kind, payload, created_by_id, created_by_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [correction.guildId, correction.kind, jsonText(correction.payload), correction.createdById, correction.createdByName, now()],
    );
    const stored = toCorrection(row);
    await db.appendEvent(tx, {
      guildId: stored.guildId,
      kind: 'correction',
      actorId: stored.createdById,
      actorName: stored.createdByName,
      detail: { correctionId: stored.id, correctionKind: stored.kind },
    });
    return stored;
  });
}

export async function listCorrections(db: SqlContext, guildId?: string, options: { includeUndone?: boolean } = {}): Promise<Correction[]> {
  const inForce = options.includeUndone ? '' : ' AND undone_at IS NULL';
  const rows =
    guildId === undefined
      ? await db.read(`SELECT * FROM corrections WHERE TRUE${inForce} ORDER BY id`, [])
      : await db.read(`SELECT * FROM corrections WHERE guild_id = $1${inForce} ORDER BY id`, [guildId]);
  return rows.map(toCorrection);
}

export async function undoCorrection(db: SqlContext, guildId: string, id: number, actor: Actor): Promise<Correction | null> {
  if (!Number.isSafeInteger(id)) return null;
  return db.write(async (tx) => {
    const [row] = await tx.query(
      'UPDATE corrections SET undone_by_id = $3, undone_at = $4 WHERE guild_id = $1 AND id = $2 AND undone_at IS NULL RETURNING *',
      [guildId, id, actor.id, now()],
    );
    if (!row) return null;
    await db.appendEvent(tx, {
      guildId,
      kind: 'correction_undone',
      actorId: actor.id,
      actorName: actor.name,
      detail: { correctionId: id },
    });
    return toCorrection(row);
  });
}

export async function addReport(db: SqlContext, report: NewReport): Promise<AddReportResult> {
  return db.write(async (tx) => {
    // the unique index on (guild, member_key) decides, also between processes: one report per member and answer
    const [row] = await tx.query(
      `INSERT INTO reports (guild_id, channel_id, message_id, reporter_id, reason, command, query, corpus_version, status, created_at, member_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10) ON CONFLICT DO NOTHING RETURNING *`,
      [
        report.guildId,
        report.channelId,
        report.messageId,
        report.reporterId,
        report.reason,
        report.command,
        report.query,
        report.corpusVersion,
        now(),
        memberKey(report.messageId, report.reporterId),
      ],
    );
    if (!row) {
      const earlier = await findIn(tx.query, report.guildId, report.messageId, report.reporterId);
      if (earlier) return { ok: false, duplicateOf: earlier };
      throw new Error('the report could not be stored');
    }
    const stored = toReport(row);
    await db.appendEvent(tx, {
      guildId: stored.guildId,
      kind: 'report',
      actorId: stored.reporterId,
      actorName: null,
      detail: { reportId: stored.id },
    });
    return { ok: true, report: stored };
  });
}

/** One member's report of one answer: the key the unique index holds. */
function memberKey(messageId: string, reporterId: string): string {
  return `${messageId} ${reporterId}`;
}

export function findReport(db: SqlContext, guildId: string, messageId: string, reporterId: string): Promise<Report | null> {
  return findIn(db.read, guildId, messageId, reporterId);
}

async function findIn(query: Query, guildId: string, messageId: string, reporterId: string): Promise<Report | null> {
  const [row] = await query('SELECT * FROM reports WHERE guild_id = $1 AND message_id = $2 AND reporter_id = $3 ORDER BY id LIMIT 1', [
    guildId,
    messageId,
    reporterId,
  ]);
  return row ? toReport(row) : null;
}

export async function getReportChannel(db: SqlContext, guildId: string): Promise<ReportChannel | null> {
  const [row] = await db.read('SELECT * FROM guild_settings WHERE guild_id = $1 AND report_channel_id IS NOT NULL', [guildId]);
  return row ? toReportChannel(row) : null;
}

export async function setReportChannel(db: SqlContext, guildId: string, channelId: string | null, actor: Actor): Promise<void> {
  await db.write(async (tx) => {
    await tx.query(
      `INSERT INTO guild_settings (guild_id, report_channel_id, report_channel_set_by_id, report_channel_set_by_name, report_channel_set_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (guild_id) DO UPDATE SET report_channel_id = excluded.report_channel_id,
         report_channel_set_by_id = excluded.report_channel_set_by_id,
         report_channel_set_by_name = excluded.report_channel_set_by_name, report_channel_set_at = excluded.report_channel_set_at,
         report_channel_failure = NULL, report_channel_failing_since = NULL, report_channel_missed = 0,
         report_channel_told_id = NULL, report_channel_told_name = NULL, report_channel_notice = NULL`,
      [guildId, channelId, actor.id, actor.name, now()],
    );
  });
}

/** Counts a report not announced in the guild's report channel, if it is still `channelId`; the setting after. */
export async function reportChannelFailed(
  db: SqlContext,
  guildId: string,
  channelId: string,
  reason: string,
): Promise<ReportChannel | null> {
  return db.write(async (tx) => {
    const [row] = await tx.query(
      `UPDATE guild_settings SET report_channel_failure = $3,
         report_channel_failing_since = COALESCE(report_channel_failing_since, $4), report_channel_missed = report_channel_missed + 1
       WHERE guild_id = $1 AND report_channel_id = $2 RETURNING *`,
      [guildId, channelId, reason, now()],
    );
    return row ? toReportChannel(row) : null;
  });
}

export async function reportChannelWorks(db: SqlContext, guildId: string, channelId: string): Promise<void> {
  await db.write(async (tx) => {
    await tx.query(
      `UPDATE guild_settings SET report_channel_failure = NULL, report_channel_failing_since = NULL, report_channel_missed = 0,
         report_channel_told_id = NULL, report_channel_told_name = NULL, report_channel_notice = NULL
       WHERE guild_id = $1 AND report_channel_id = $2 AND report_channel_failure IS NOT NULL`,
      [guildId, channelId],
    );
  });
}

/** Records who was told that the guild's report channel `channelId` fails, while it is still set and failing. */
export async function reportChannelNotice(db: SqlContext, guildId: string, channelId: string, notice: FailureNotice): Promise<void> {
  await db.write(async (tx) => {
    await tx.query(
      `UPDATE guild_settings SET report_channel_told_id = $3, report_channel_told_name = $4, report_channel_notice = $5
       WHERE guild_id = $1 AND report_channel_id = $2 AND report_channel_failure IS NOT NULL`,
      [guildId, channelId, notice.toldId, notice.toldName, notice.note],
    );
  });
}

/** The guild's reports (of one status, if given), oldest first. */
export async function listReports(db: SqlContext, guildId: string, status?: Report['status']): Promise<Report[]> {
  const rows =
    status === undefined
      ? await db.read('SELECT * FROM reports WHERE guild_id = $1 ORDER BY id', [guildId])
      : await db.read('SELECT * FROM reports WHERE guild_id = $1 AND status = $2 ORDER BY id', [guildId, status]);
  return rows.map(toReport);
}

export async function getReport(db: SqlContext, guildId: string, id: number): Promise<Report | null> {
  if (!Number.isSafeInteger(id)) return null;
  const [row] = await db.read('SELECT * FROM reports WHERE guild_id = $1 AND id = $2', [guildId, id]);
  return row ? toReport(row) : null;
}

/** Resolves one of the guild's open reports; null when there is no such open report. */
export async function resolveReport(db: SqlContext, guildId: string, id: number, resolution: string, actor: Actor): Promise<Report | null> {
  if (!Number.isSafeInteger(id)) return null;
  return db.write(async (tx) => {
    const [row] = await tx.query(
      `UPDATE reports SET status = 'resolved', resolution = $3, resolved_by_id = $4, resolved_at = $5
       WHERE guild_id = $1 AND id = $2 AND status = 'open' RETURNING *`,
      [guildId, id, resolution, actor.id, now()],
    );
    if (!row) return null;
    await db.appendEvent(tx, {
      guildId,
      kind: 'report_resolved',
      actorId: actor.id,
      actorName: actor.name,
      detail: { reportId: id, resolution },
    });
    return toReport(row);
  });
}
