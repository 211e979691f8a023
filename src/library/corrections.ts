/**
 * Moderators' corrections of speakers and members' reports of wrong answers, between the state database and
 * the corpus: a correction is stored (with its audit event), then applied over that server's view at once and
 * after every load; an undo takes it out again. The commands only read options and render what comes back.
 */
import { z } from 'zod';
import type { DeskResult } from '../answers/types.js';
import { shownWords } from '../answers/diff.js';
import { whoSaid } from '../answers/who-said.js';
import type { Logger } from '../log.js';
import type { AuditEvent, Correction, NewReport, Report, StateStore } from '../state/types.js';
import { CorrectedView, type CorrectionEffect, foldName, type SpeakerCorrection } from '../store/corrected.js';
import type { CorpusHolder } from './holder.js';

/** Longest outlet wording a correction keeps beside the place it pins (longer ones are pinned by place alone). */
const MAX_PINNED_WORDS = 2000;

/** What each kind of correction stores (validated when read back: the database is outside data too). */
const Payloads = {
  set_speaker: z.object({
    quote: z.string().max(2000),
    speaker: z.string().min(1).max(200),
    renditions: z
      .array(z.object({ document: z.string(), start: z.number().int().nonnegative(), text: z.string().max(MAX_PINNED_WORDS).optional() }))
      .min(1)
      .max(500),
  }),
  merge: z.object({ from: z.string().min(1).max(200), into: z.string().min(1).max(200) }),
  split: z.object({ document: z.string().min(1), name: z.string().min(1).max(200) }),
} as const;

/** A correction as the corpus applies it; null when its stored payload is not one (logged, skipped). */
export function toSpeakerCorrection(c: Correction): SpeakerCorrection | null {
  const base = { id: c.id, by: c.createdByName, at: c.createdAt };
  const parsed = Payloads[c.kind].safeParse(c.payload);
  if (!parsed.success) return null;
  switch (c.kind) {
    case 'set_speaker': {
      const p = parsed.data as z.infer<typeof Payloads.set_speaker>;
      return { ...base, kind: 'set_speaker', renditions: p.renditions, speaker: p.speaker, quote: p.quote };
    }
    case 'merge': {
      const p = parsed.data as z.infer<typeof Payloads.merge>;
      return { ...base, kind: 'merge', from: p.from, into: p.into };
    }
    case 'split': {
      const p = parsed.data as z.infer<typeof Payloads.split>;
      return { ...base, kind: 'split', document: p.document, name: p.name };
    }
  }
}

/** A correction in a sentence, for lists and replies. */
export function describeCorrection(c: Correction): string {
  const p = c.payload as Record<string, unknown>;
  const text = (k: string): string => String(p[k] ?? '').slice(0, 200);
  switch (c.kind) {
    case 'set_speaker':
      return `“${shownWords(text('quote').slice(0, 120))}” is by ${text('speaker')}`;
    case 'merge':
      return `${text('from')} is ${text('into')}`;
    case 'split':
      return `“${text('name')}” in ${text('document')} is someone else`;
  }
}

/**
 * Whether a correction changes anything now, in words for /correct list: "in force", or why it applies to nothing
 * (its article removed, its words no longer in the corpus, a later correction of the same words, a name gone).
 */
function standing(c: Correction, effect: CorrectionEffect | null): { inForce: boolean; text: string } {
  if (!effect) return { inForce: false, text: 'applies to nothing now: it cannot be read (see the bot’s log)' };
  if (effect.applies > 0) return { inForce: true, text: 'in force' };
  if (effect.replacedBy !== undefined)
    return { inForce: false, text: `applies to nothing now: correction #${effect.replacedBy} sets the same words` };
  if (effect.articleRemoved) return { inForce: false, text: 'article removed' };
  switch (c.kind) {
    case 'set_speaker':
      return { inForce: false, text: 'applies to nothing now: the words are no longer in the corpus' };
    case 'merge':
      return { inForce: false, text: 'applies to nothing now: no speaker has that name any more' };
    case 'split':
      return { inForce: false, text: 'applies to nothing now: nothing in that document is credited to that name any more' };
  }
}

/** The polite refusal of a second report of one answer by one member: their first report, and where it stands. */
function alreadyReported(earlier: Report): string {
  const status =
    earlier.status === 'open'
      ? 'it is still open with the moderators, and you will be told when it is resolved'
      : `it was resolved${earlier.resolvedAt ? ` on ${earlier.resolvedAt.slice(0, 10)}` : ''}: “${(earlier.resolution ?? '').slice(0, 200)}”`;
  return `You have already reported this answer: report #${earlier.id}, and ${status}. One report per answer is enough; if something else is wrong, ask again and report the new answer.`;
}

/** Most actions /reports log shows. */
const LOG_LINES = 500;

/** One action of the log in words: who did what (the time is put before it). */
function logLine(e: AuditEvent, guildId: string, corrections: ReadonlyMap<number, Correction>): string {
  const who = e.actorName ?? (e.actorId ? `<@${e.actorId}>` : 'the bot');
  const d = e.detail;
  const text = (k: string, max = 120): string => String(d[k] ?? '').slice(0, max);
  const correction = (): string => {
    const c = corrections.get(Number(d.correctionId));
    return `correction #${text('correctionId')}${c ? ` (${describeCorrection(c).slice(0, 160)})` : ''}`;
  };
  switch (e.kind) {
    case 'article_added':
      return `${who} added ${text('documentId')}${d.title ? ` “${text('title')}”` : ''}`;
    case 'article_removed':
      return `${who} removed ${text('documentId')}`;
    case 'correction':
      return `${who} made ${correction()}`;
    case 'correction_undone':
      return `${who} undid ${correction()}`;
    case 'report':
      return `a member filed report #${text('reportId')}`;
    case 'report_resolved':
      return `${who} resolved report #${text('reportId')}: “${text('resolution', 160)}”`;
    case 'reload': {
      const outcome =
        d.ok === false ? 'a reload of the corpus folder was refused' : `the corpus folder was reloaded (${text('documents')} documents)`;
      if (d.guild === guildId) return `${who}: ${outcome}`;
      return `${outcome}, asked ${d.guild ? 'in another server' : 'on the bot’s host'}`;
    }
  }
}

/** Longest name a correction gives a person (the slash command's option allows no more). */
export const MAX_CORRECTED_NAME = 100;

/**
 * Why `name` cannot be the name a correction gives a person, or null when it can: it is shown in every answer
 * crediting the words, so it is a name in letters, not a mention, a link, Markdown or a sentence.
 */
export function personNameProblem(name: string): string | null {
  const shown = shownWords(name.slice(0, 60));
  if (name.length > MAX_CORRECTED_NAME) return `A name is at most ${MAX_CORRECTED_NAME} characters; “${shown}…” is longer.`;
  if (/<[@#][!&]?\d+>|<a?:\w+:\d+>|<\/[\w -]+:\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b|^@|\s@\S/i.test(name))
    return `“${shown}” holds a mention: give the person’s name as the outlets write it.`;
  if (/\b(?:https?:\/\/|www\.)|\b[\w-]+\.[a-z]{2,}\/\S/i.test(name))
    return `“${shown}” holds a link: give the person’s name, not an address.`;
  if (/[*_~`|\\<>[\]{}#]|^\s*(?:>|-\s|\d+\.\s)/.test(name))
    return `“${shown}” holds formatting characters (* _ ~ \` | # < > [ ] { } \\): give the name in plain letters.`;
  const letters = /\p{L}/u.test(name);
  if (!letters) return `“${shown}” is not a name: a name is written in letters.`;
  return null;
}

const done = (message: string, lines: string[] = []): DeskResult => ({ ok: true, message, lines });
const refused = (message: string): DeskResult => ({ ok: false, message, lines: [] });

export type CorrectRequest =
  | { kind: 'set_speaker'; quote: string; speaker: string }
  | { kind: 'merge'; from: string; into: string }
  | { kind: 'split'; document: string; name: string };

export class CorrectionDesk {
  constructor(
    private readonly holder: CorpusHolder,
    private readonly state: StateStore,
    private readonly logger: Logger,
  ) {}

  /** Every server's corrections in force, applied over its view (at start, before the first answer). */
  async loadAll(): Promise<void> {
    const byGuild = new Map<string, Correction[]>();
    for (const c of await this.state.listCorrections()) byGuild.set(c.guildId, [...(byGuild.get(c.guildId) ?? []), c]);
    for (const [guildId, list] of byGuild) this.apply(guildId, list);
  }

  /** Reads a server's corrections again (after a change made here or by another process). */
  async refresh(guildId: string): Promise<void> {
    this.apply(guildId, await this.state.listCorrections(guildId));
  }

  private apply(guildId: string, list: readonly Correction[]): void {
    const usable: SpeakerCorrection[] = [];
    for (const c of list) {
      const applied = toSpeakerCorrection(c);
      if (applied) usable.push(applied);
      else this.logger.warn({ guildId, correction: c.id }, 'stored correction unreadable: skipped');
    }
    this.holder.setCorrections(guildId, usable);
  }

  async correct(guildId: string, actor: { id: string; name: string }, request: CorrectRequest): Promise<DeskResult> {
    const view = this.holder.view(guildId);
    let payload: Record<string, unknown>;
    // the name a correction gives a person is shown in every answer crediting the words: a name, checked first
    const given = request.kind === 'set_speaker' ? request.speaker : request.kind === 'merge' ? request.into : null;
    const problem = given === null ? null : personNameProblem(given.trim());
    if (problem) return refused(`${problem} Nothing was changed.`);
    if (request.kind === 'set_speaker') {
      const answer = whoSaid(view, request.quote);
      const match = answer.matches[0];
      if (!match || answer.verdict === 'not_found' || match.kind === 'paraphrase') {
        return refused('No quotation in this server’s corpus matches those words closely enough to correct: give more of them.');
      }
      payload = {
        quote: match.quote,
        speaker: request.speaker,
        // each outlet's words as they are now, so an article edited later is told from an outlet's rewording
        renditions: match.outlets.map((o) => ({
          document: o.document,
          start: o.start,
          ...(o.text.length <= MAX_PINNED_WORDS ? { text: o.text } : {}),
        })),
      };
    } else if (request.kind === 'merge') {
      const from = view.findSpeakers(request.from);
      if (!from.length) return refused(`No speaker called “${request.from}” is in the corpus.`);
      // the view merges a speaker by its name or one of its spellings: a part of a name ("Marek") is stored as
      // the person it found, or the correction would be in force and change nothing
      if (from.length > 1)
        return refused(
          `“${request.from}” may be ${from
            .slice(0, 5)
            .map((s) => s.name)
            .join(', ')}: give the full name (the name option suggests them).`,
        );
      const speaker = from[0]!;
      // a person merged into themself; a name the corpus only spells alike is no such case (the merge renames them)
      if (foldName(speaker.name) === foldName(request.into) || speaker.aliases.some((a) => foldName(a) === foldName(request.into)))
        return refused(`“${request.from}” and “${request.into}” are already one speaker, ${speaker.name}: nothing to merge.`);
      payload = { from: speaker.name, into: request.into };
    } else {
      if (!view.documents.has(request.document)) return refused(`No document called “${request.document}” is in this server’s corpus.`);
      const named = view
        .entriesOfDocument(request.document)
        .some(
          (e) =>
            e.speakerMention?.text.toLowerCase() === request.name.toLowerCase() ||
            (e.speakerId && view.speakers.get(e.speakerId)?.name === request.name),
        );
      if (!named) return refused(`Nothing in ${request.document} is credited to “${request.name}”.`);
      payload = { document: request.document, name: request.name };
    }
    const stored = await this.state.addCorrection({
      guildId,
      kind: request.kind,
      payload,
      createdById: actor.id,
      createdByName: actor.name,
    });
    await this.refresh(guildId);
    this.logger.info({ guildId, correction: stored.id, kind: stored.kind, by: actor.id }, 'correction added');
    return done(`Correction #${stored.id} is in force: ${describeCorrection(stored)}. Undo it with /correct undo id:${stored.id}.`);
  }

  async undo(guildId: string, id: number, actor: { id: string; name: string }): Promise<DeskResult> {
    const undone = await this.state.undoCorrection(guildId, id, actor);
    if (!undone) return refused(`This server has no correction #${id} in force.`);
    await this.refresh(guildId);
    this.logger.info({ guildId, correction: id, by: actor.id }, 'correction undone');
    return done(`Correction #${id} is undone: ${describeCorrection(undone)} no longer applies.`);
  }

  /**
   * The server's corrections in force now, each as /correct list words it (for a reload to say which stopped
   * applying): correction id → its line. Empty while the corpus is loading.
   */
  async inForce(guildId: string): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    if (!this.holder.loaded) return out;
    const view = this.holder.view(guildId);
    if (!(view instanceof CorrectedView)) return out;
    for (const c of await this.state.listCorrections(guildId)) {
      if (standing(c, view.effectOf(c.id)).inForce) out.set(c.id, `#${c.id} ${describeCorrection(c)}`);
    }
    return out;
  }

  /** Lines for the corrections in force `before` that apply to nothing now, with why (after a reload). */
  async stoppedSince(guildId: string, before: ReadonlyMap<number, string>): Promise<string[]> {
    if (!before.size) return [];
    const list = await this.state.listCorrections(guildId);
    const view = this.holder.view(guildId);
    const out: string[] = [];
    for (const c of list) {
      if (!before.has(c.id)) continue;
      const now = standing(c, view instanceof CorrectedView ? view.effectOf(c.id) : null);
      if (!now.inForce) out.push(`${before.get(c.id)} — ${now.text}`);
    }
    return out;
  }

  /**
   * The server's corrections not undone, each saying whether it changes anything now: what the corrected view
   * applied, not only what the state database holds (an article edited or removed since leaves a correction
   * applying to nothing).
   */
  async list(guildId: string): Promise<DeskResult> {
    const list = await this.state.listCorrections(guildId);
    if (!list.length) return done('No correction is in force in this server.');
    if (!this.holder.loaded)
      return {
        ...done(
          `${list.length} correction${list.length === 1 ? '' : 's'} not undone (the corpus is still loading: what each applies to is not known yet):`,
          list.map((c) => `#${c.id} ${describeCorrection(c)} — ${c.createdByName}, ${c.createdAt.slice(0, 10)}`),
        ),
        listing: 'corrections',
      };
    const effectsIn = (view: unknown) => list.map((c) => (view instanceof CorrectedView ? view.effectOf(c.id) : null));
    let effects = effectsIn(this.holder.view(guildId));
    // a correction made by another process and not yet followed here: read them again, then ask the view
    if (effects.some((e) => e === null)) {
      await this.refresh(guildId);
      effects = effectsIn(this.holder.view(guildId));
    }
    const states = list.map((c, i) => standing(c, effects[i] ?? null));
    const inForce = states.filter((s) => s.inForce).length;
    const n = list.length;
    const heading =
      inForce === n
        ? `${n} correction${n === 1 ? '' : 's'} in force:`
        : `${n} correction${n === 1 ? '' : 's'} not undone, ${inForce === 0 ? 'none' : inForce} in force (undo the others with /correct undo id:):`;
    return {
      ...done(
        heading,
        list.map((c, i) => `#${c.id} ${describeCorrection(c)} — ${states[i]!.text} — ${c.createdByName}, ${c.createdAt.slice(0, 10)}`),
      ),
      listing: 'corrections',
    };
  }

  /**
   * Stores a member's report of an answer; returns the report filed (to announce it), or null when the member
   * reported that answer already (the reply says which report, and where it stands).
   */
  async report(report: NewReport): Promise<{ result: DeskResult; filed: Report | null }> {
    const stored = await this.state.addReport(report);
    if (!stored.ok) return { result: refused(alreadyReported(stored.duplicateOf)), filed: null };
    this.logger.info({ guildId: report.guildId, report: stored.report.id, by: report.reporterId }, 'report received');
    return {
      result: done(`Thank you: report #${stored.report.id} is with the moderators. You will be told when it is resolved.`),
      filed: stored.report,
    };
  }

  /** Why the member cannot report this answer again (their earlier report of it), or null when they may. */
  async earlierReport(guildId: string, messageId: string, reporterId: string): Promise<DeskResult | null> {
    const earlier = await this.state.findReport(guildId, messageId, reporterId);
    return earlier ? refused(alreadyReported(earlier)) : null;
  }

  /**
   * Who did what in this server, and when, newest first (the reply pages them): articles added and removed,
   * corrections made and undone, reports filed and resolved, and reloads of the shared folder. A reload asked
   * for in another server is shown without who asked (that server's moderators are not this one's business).
   */
  async log(guildId: string): Promise<DeskResult> {
    const events = await this.state.auditLog(guildId, LOG_LINES);
    if (!events.length) return done('Nothing has been done in this server yet.');
    const corrections = new Map((await this.state.listCorrections(guildId, { includeUndone: true })).map((c) => [c.id, c]));
    return {
      ...done(
        `The last ${events.length === 1 ? 'action' : `${events.length} actions`} in this server, newest first (times in UTC):`,
        events.map((e) => `${e.at.slice(0, 16).replace('T', ' ')} — ${logLine(e, guildId, corrections)}`),
      ),
      listing: 'log',
    };
  }

  /** The open reports, every one (the reply pages them). */
  async openReports(guildId: string): Promise<DeskResult> {
    const open = await this.state.listReports(guildId, 'open');
    if (!open.length) return done('No open report in this server.');
    return {
      ...done(
        `${open.length} open report${open.length === 1 ? '' : 's'} (resolve with /reports resolve id: note:):`,
        open.map(
          (r) =>
            `#${r.id} /${r.command} “${r.query.slice(0, 100)}” — “${r.reason.slice(0, 200)}” (corpus ${r.corpusVersion}, ${r.createdAt.slice(0, 10)})`,
        ),
      ),
      // the answer each report is about, as the announcement links it (ids only)
      links: open.map((r) => ({ guildId: r.guildId, channelId: r.channelId, messageId: r.messageId })),
      listing: 'reports',
    };
  }

  /** Resolves a report; returns it (to tell the reporter) with the reply. */
  async resolve(
    guildId: string,
    id: number,
    note: string,
    actor: { id: string; name: string },
  ): Promise<{ result: DeskResult; report: Report | null }> {
    const report = await this.state.resolveReport(guildId, id, note, actor);
    if (!report) {
      // two moderators on one report: the second is told it was already done, and how
      const earlier = await this.state.getReport(guildId, id);
      if (earlier?.status === 'resolved')
        return {
          result: refused(
            `Report #${id} was already resolved${earlier.resolvedAt ? ` on ${earlier.resolvedAt.slice(0, 10)}` : ''}: “${(earlier.resolution ?? '').slice(0, 200)}”. Its reporter was told then.`,
          ),
          report: null,
        };
      return { result: refused(`This server has no open report #${id}.`), report: null };
    }
    this.logger.info({ guildId, report: id, by: actor.id }, 'report resolved');
    return { result: done(`Report #${id} is resolved.`), report };
  }
}
