/**
 * Corrections and reports in SQL. Each write appends its audit event (`correction`, `correction_undone`,
 * `report`, `report_resolved`) in its own transaction, so other processes re-apply corrections from the
 * change feed. Ids that are not integers match nothing.
 */
import { jsonText, toCorrection, toReport } from './rows.js';
import { type Actor, now, type SqlContext } from './sql-driver.js';
import type { Correction, NewCorrection, NewReport, Report } from './types.js';

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

export async function listCorrections(db: SqlContext, guildId?: string): Promise<Correction[]> {
  const rows =
    guildId === undefined
      ? await db.read('SELECT * FROM corrections WHERE undone_at IS NULL ORDER BY id', [])
      : await db.read('SELECT * FROM corrections WHERE guild_id = $1 AND undone_at IS NULL ORDER BY id', [guildId]);
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

export async function addReport(db: SqlContext, report: NewReport): Promise<Report> {
  return db.write(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO reports (guild_id, channel_id, message_id, reporter_id, reason, command, query, corpus_version, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9) RETURNING *`,
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
      ],
    );
    const stored = toReport(row);
    await db.appendEvent(tx, {
      guildId: stored.guildId,
      kind: 'report',
      actorId: stored.reporterId,
      actorName: null,
      detail: { reportId: stored.id },
    });
    return stored;
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
