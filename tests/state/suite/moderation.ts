/** Conversations, corrections and reports. Run on every engine by store.test.ts. */
import { expect, it } from 'vitest';
import type { Conversation, NewReport, Report, StateStore } from '../../../src/state/types.js';
import type { Engine } from '../engines.js';
import { correction, moderator, report, sleep } from '../fixtures.js';

const conversation = (query: string, guildId: string | null = 'g1'): Omit<Conversation, 'updatedAt'> => ({
  command: 'who-said',
  query,
  speaker: null,
  outlet: 'Example Gazette',
  outlets: [],
  channelId: 'channel-1',
  threadId: null,
  guildId,
  corpusVersion: 'v1',
});

/** Files a report that must be new. */
async function file(store: StateStore, report: NewReport): Promise<Report> {
  const filed = await store.addReport(report);
  if (!filed.ok) throw new Error(`report refused as a duplicate of #${filed.duplicateOf.id}`);
  return filed.report;
}

export function moderationTests(engine: Engine): void {
  it('remembers a conversation by key, and a second set on the key replaces it', async () => {
    const store = await (await engine.fresh()).open();
    expect(await store.getConversation('m1')).toBeUndefined();
    const before = Date.now();
    await store.setConversation('m1', conversation('first question'));
    const first = await store.getConversation('m1');
    expect(first).toMatchObject(conversation('first question'));
    expect(first!.updatedAt).toBeGreaterThanOrEqual(before);
    await store.setConversation('m1', {
      ...conversation('second question', null),
      command: 'compare',
      outlets: ['DW', 'RT'],
      threadId: 't1',
    });
    expect(await store.getConversation('m1')).toMatchObject({
      query: 'second question',
      command: 'compare',
      outlets: ['DW', 'RT'],
      guildId: null,
      threadId: 't1',
    });
  });

  it('keeps the newest conversations only, by last update', async () => {
    const store = await (await engine.fresh()).open({ maxConversations: 3 });
    for (const key of ['a', 'b', 'c']) {
      await store.setConversation(key, conversation(key));
      await sleep(3);
    }
    // touching `a` makes it the newest: `b` is now the oldest
    await store.setConversation('a', conversation('a again'));
    await sleep(3);
    await store.setConversation('d', conversation('d'));
    await sleep(3);
    expect(await store.getConversation('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd']) expect(await store.getConversation(key)).toBeDefined();
    await store.setConversation('e', conversation('e'));
    expect(await store.getConversation('c')).toBeUndefined();
    expect((await store.getConversation('a'))?.query).toBe('a again');
  });

  it('refuses a conversation that breaks its limits, storing nothing', async () => {
    const store = await (await engine.fresh()).open();
    await expect(store.setConversation('m1', conversation('x'.repeat(6001)))).rejects.toThrow();
    expect(await store.getConversation('m1')).toBeUndefined();
  });

  it('keeps a guild’s corrections in force, oldest first, until one is undone', async () => {
    const store = await (await engine.fresh()).open();
    const first = await store.addCorrection(correction('g1'));
    const second = await store.addCorrection(correction('g1', { kind: 'merge', payload: { names: ['I. Park', 'Ines Park'] } }));
    await store.addCorrection(correction('g2', { kind: 'split', payload: { name: 'Park', document: 'd' } }));
    expect(first).toMatchObject({ guildId: 'g1', kind: 'set_speaker', undoneById: null, undoneAt: null, createdById: 'mod-1' });
    expect(second.id).toBeGreaterThan(first.id);
    expect(second.payload).toEqual({ names: ['I. Park', 'Ines Park'] });
    expect((await store.listCorrections('g1')).map((c) => c.id)).toEqual([first.id, second.id]);
    expect(await store.undoCorrection('g2', first.id, moderator)).toBeNull();
    const undone = await store.undoCorrection('g1', first.id, moderator);
    expect(undone).toMatchObject({ id: first.id, undoneById: 'mod-2' });
    expect(undone!.undoneAt).not.toBeNull();
    expect(await store.undoCorrection('g1', first.id, moderator)).toBeNull();
    expect(await store.undoCorrection('g1', 1.5, moderator)).toBeNull();
    expect((await store.listCorrections('g1')).map((c) => c.id)).toEqual([second.id]);
    expect(await store.listCorrections('g2')).toHaveLength(1);
    // the moderation log names undone corrections too: asked for, they are listed, of this guild only
    expect((await store.listCorrections('g1', { includeUndone: true })).map((c) => [c.id, c.undoneById])).toEqual([
      [first.id, 'mod-2'],
      [second.id, null],
    ]);
    expect(await store.listCorrections('g2', { includeUndone: true })).toHaveLength(1);
    const log = (await store.auditLog('g1')).map((e) => [e.kind, e.detail.correctionId]);
    expect(log).toEqual([
      ['correction_undone', first.id],
      ['correction', second.id],
      ['correction', first.id],
    ]);
  });

  it('files reports per guild and resolves an open one once', async () => {
    const store = await (await engine.fresh()).open();
    const filed = await file(store, report('g1'));
    const other = await file(store, report('g2'));
    expect(filed).toMatchObject({
      guildId: 'g1',
      status: 'open',
      resolution: null,
      resolvedById: null,
      resolvedAt: null,
      command: 'who-said',
    });
    expect(await store.getReport('g2', filed.id)).toBeNull();
    expect(await store.getReport('g1', filed.id)).toEqual(filed);
    expect(await store.resolveReport('g2', filed.id, 'fixed', moderator)).toBeNull();
    expect(await store.getReport('g1', filed.id)).toMatchObject({ status: 'open' });
    const resolved = await store.resolveReport('g1', filed.id, 'speaker corrected', moderator);
    expect(resolved).toMatchObject({ id: filed.id, status: 'resolved', resolution: 'speaker corrected', resolvedById: 'mod-2' });
    expect(await store.resolveReport('g1', filed.id, 'again', moderator)).toBeNull();
    expect((await store.getReport('g1', filed.id))?.resolution).toBe('speaker corrected');
    const second = await file(store, report('g1'));
    expect((await store.listReports('g1')).map((r) => r.id)).toEqual([filed.id, second.id]);
    expect((await store.listReports('g1', 'open')).map((r) => r.id)).toEqual([second.id]);
    expect((await store.listReports('g1', 'resolved')).map((r) => r.id)).toEqual([filed.id]);
    expect((await store.listReports('g2')).map((r) => r.id)).toEqual([other.id]);
    expect((await store.auditLog('g1')).map((e) => [e.kind, e.detail.reportId])).toEqual([
      ['report', second.id],
      ['report_resolved', filed.id],
      ['report', filed.id],
    ]);
  });

  it('takes one report per member and answer: a second is refused with the first, in the same guild only', async () => {
    const store = await (await engine.fresh()).open();
    const first = await file(store, report('g1', { messageId: 'answer-1' }));
    const again = await store.addReport(report('g1', { messageId: 'answer-1', reason: 'Still wrong, I said.' }));
    expect(again).toEqual({ ok: false, duplicateOf: first });
    expect(await store.findReport('g1', 'answer-1', 'member-7')).toEqual(first);
    expect(await store.findReport('g1', 'answer-1', 'member-8')).toBeNull();
    expect(await store.findReport('g2', 'answer-1', 'member-7')).toBeNull();
    // another member on that answer, and the member on another answer, are new reports
    await file(store, report('g1', { messageId: 'answer-1', reporterId: 'member-8' }));
    await file(store, report('g1', { messageId: 'answer-2' }));
    await store.resolveReport('g1', first.id, 'checked', moderator);
    const afterResolved = await store.addReport(report('g1', { messageId: 'answer-1' }));
    expect(afterResolved.ok ? null : afterResolved.duplicateOf).toMatchObject({ id: first.id, status: 'resolved', resolution: 'checked' });
    expect(await store.listReports('g1')).toHaveLength(3);
    // nothing stored for a refused one: no audit event either
    expect((await store.auditLog('g1')).filter((e) => e.kind === 'report')).toHaveLength(3);
  });

  it('keeps where each guild announces new reports, who set it and when, until cleared', async () => {
    const database = await engine.fresh();
    const store = await database.open();
    expect(await store.getReportChannel('g1')).toBeNull();
    await store.setReportChannel('g1', 'mods-1', moderator);
    await store.setReportChannel('g2', 'mods-2', { id: 'mod-9', name: 'Other Mod' });
    expect(await store.getReportChannel('g1')).toMatchObject({ channelId: 'mods-1', setById: 'mod-2', setByName: 'Moderator Two' });
    expect((await store.getReportChannel('g1'))!.setAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await store.setReportChannel('g1', 'mods-3', moderator);
    // another process on the same database reads it
    expect((await (await database.open()).getReportChannel('g1'))?.channelId).toBe('mods-3');
    await store.setReportChannel('g1', null, moderator);
    expect(await store.getReportChannel('g1')).toBeNull();
    expect((await store.getReportChannel('g2'))?.channelId).toBe('mods-2');
  });

  it('records that a report channel stopped taking announcements, counts the missed ones, and forgets it once one goes through', async () => {
    const database = await engine.fresh();
    const store = await database.open();
    await store.setReportChannel('g1', 'mods-1', moderator);
    await store.setReportChannel('g2', 'mods-2', moderator);
    expect((await store.getReportChannel('g1'))?.failing).toBeNull();
    const first = await store.reportChannelFailed('g1', 'mods-1', 'the channel was deleted');
    expect(first?.failing).toMatchObject({ reason: 'the channel was deleted', missed: 1 });
    expect(first!.failing!.since).toMatch(/^\d{4}-\d\d-\d\dT/);
    const second = await store.reportChannelFailed('g1', 'mods-1', 'the bot cannot see the channel');
    // the latest reason, the first failure's time, both counted; another process reads it; the other guild untouched
    expect(second?.failing).toEqual({ reason: 'the bot cannot see the channel', since: first!.failing!.since, missed: 2, notice: null });
    expect((await (await database.open()).getReportChannel('g1'))?.failing?.missed).toBe(2);
    expect((await store.getReportChannel('g2'))?.failing).toBeNull();
    // a failure of a channel that is no longer the one set (a moderator chose another meanwhile) changes nothing
    expect(await store.reportChannelFailed('g1', 'mods-old', 'gone')).toBeNull();
    expect(await store.reportChannelFailed('g3', 'mods-1', 'gone')).toBeNull();
    expect((await store.getReportChannel('g1'))?.failing?.missed).toBe(2);
    // who was told (a current moderator, or nobody) is kept with the failure, for this guild only
    const notice = { toldId: 'owner-1', toldName: 'owner', note: 'the owner was told by direct message' };
    await store.reportChannelNotice('g1', 'mods-1', notice);
    await store.reportChannelNotice('g1', 'mods-old', { toldId: null, toldName: null, note: 'stale' });
    await store.reportChannelNotice('g2', 'mods-2', { toldId: null, toldName: null, note: 'not failing' });
    expect((await (await database.open()).getReportChannel('g1'))?.failing?.notice).toEqual(notice);
    expect((await store.getReportChannel('g2'))?.failing).toBeNull();
    await store.reportChannelFailed('g1', 'mods-1', 'gone');
    expect((await store.getReportChannel('g1'))?.failing?.notice).toEqual(notice);
    await store.reportChannelWorks('g1', 'mods-1');
    expect((await store.getReportChannel('g1'))?.failing).toBeNull();
    // a new failure starts with nobody told yet
    expect((await store.reportChannelFailed('g1', 'mods-1', 'gone'))?.failing?.notice).toBeNull();
    await store.reportChannelWorks('g1', 'mods-1');
    // choosing a channel again starts clean
    await store.reportChannelFailed('g1', 'mods-1', 'gone');
    await store.setReportChannel('g1', 'mods-1', moderator);
    expect((await store.getReportChannel('g1'))?.failing).toBeNull();
  });

  it('migrates a database whose reports were filed twice by one member: both kept, the first blocks a third', async () => {
    const database = await engine.fresh();
    await (await database.open()).close();
    // back to schema version 1, with one member's two reports of one answer
    await database.raw(`
      DROP INDEX reports_guild_member_key; ALTER TABLE reports DROP COLUMN member_key; DROP TABLE guild_settings;
      DELETE FROM schema_migrations WHERE version >= 2;
      INSERT INTO reports (guild_id, channel_id, message_id, reporter_id, reason, command, query, corpus_version, status, created_at)
      VALUES ('g1', 'c1', 'answer-9', 'member-7', 'first', 'who-said', 'q', 'v1', 'open', '2024-01-01T00:00:00.000Z'),
             ('g1', 'c1', 'answer-9', 'member-7', 'second', 'who-said', 'q', 'v1', 'open', '2024-01-02T00:00:00.000Z');
    `);
    const store = await database.open();
    const kept = await store.listReports('g1');
    expect(kept.map((r) => r.reason)).toEqual(['first', 'second']);
    const third = await store.addReport(report('g1', { messageId: 'answer-9' }));
    expect(third.ok ? null : third.duplicateOf.reason).toBe('first');
    expect(await store.getReportChannel('g1')).toBeNull();
  });
}
