/**
 * A server's corrections of speakers, applied over its view of the corpus (the shared store, with its added
 * articles): a claim's speaker set by a moderator, two names merged into one person, a name in one document
 * split from the person it was taken for. Nothing in the stores changes: this view answers with the corrected
 * speakers, so a correction holds over every reload and is gone the moment it is undone.
 */
import { titleWord } from '../claims/names.js';
import { nameMatches, speakerId, writtenAsName } from '../claims/speakers.js';
import type { Speaker } from '../claims/types.js';
import type { CorpusDocument, FileError } from '../corpus/types.js';
import { contentStems, joinShare, sameQuotation as sameClaim } from './grouping/texts.js';
import type { ClaimGroup, SearchHit, SearchOptions, StoredRendition } from './types.js';
import { documentsVersion } from './version.js';
import type { ClaimView, CorpusVersion, StoreStats } from './view.js';

/** Who made a correction, and when (shown beside the corrected speaker). */
export interface CorrectionNote {
  id: number;
  by: string;
  at: string;
}

/** One correction in force, oldest first. */
export type SpeakerCorrection = CorrectionNote &
  (
    | {
        kind: 'set_speaker';
        /** Where the quotation was, with that outlet's words then (`text`; corrections stored before it lack it). */
        renditions: { document: string; start: number; text?: string }[];
        speaker: string;
        /** The quotation's words as corrected: also every rendition with the same words (another outlet, an edited article). */
        quote?: string;
      }
    | { kind: 'merge'; from: string; into: string }
    | { kind: 'split'; document: string; name: string }
  );

/**
 * What one correction does in a view now: `applies` renditions (set_speaker, split) or names (merge) it changed;
 * none when its words are no longer in the corpus, its article was removed, or a later correction of the same
 * renditions took them over (`replacedBy`).
 */
export interface CorrectionEffect {
  applies: number;
  /** Every document the correction was made in is gone from the corpus. */
  articleRemoved: boolean;
  /** The later correction that now sets every rendition this one set. */
  replacedBy?: number;
}

/** A speaker as a corrected view shows it: with the correction that made or changed it. */
export type CorrectedSpeaker = Speaker & { correction?: CorrectionNote & { kind: SpeakerCorrection['kind'] } };

/** A name as corrections compare it: case, accents and spacing aside. */
export const foldName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The words of a name as written, its titles left out ("Mayor Helena Brandt" → helena, brandt). */
const nameWords = (s: string): string[] =>
  foldName(s)
    .split(/[\s.]+/)
    .filter((w) => w && !titleWord(w));

/** A quotation's words as a set_speaker correction compares them: case, accents and punctuation aside. */
const foldWording = (s: string): string =>
  foldName(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether two quotations' folded words are one quotation: the same words, or one an excerpt of the other (the
 * outlets of one claim quote shorter or longer parts of it).
 */
const sameQuotation = (a: string, b: string): boolean => !!a && !!b && (` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `));

/** Fewest words a quotation needs for a correction to follow it by its words alone. */
const MIN_WORDS_BY_WORDING = 4;

export class CorrectedView implements ClaimView {
  readonly speakers: ReadonlyMap<string, CorrectedSpeaker>;
  /** Speaker ids of the underlying view → the id they stand for now (merges). */
  private readonly merged = new Map<string, string>();
  /** Renditions whose speaker a correction set (set_speaker, split): entry id → speaker id. */
  private readonly overridden = new Map<number, string>();
  private readonly speakerMap = new Map<string, CorrectedSpeaker>();
  /** Claims joined to another (see joinMoved): claim id → the claim it joined (a smaller id). */
  private readonly joinedTo = new Map<number, number>();
  /** Each joined claim's root → every claim joined in it (the root first). */
  private readonly joined = new Map<number, number[]>();
  private readonly joinedGroups = new Map<number, ClaimGroup>();
  /** Renditions whose speaker a correction set: entry id → the correction's id (the last one wins). */
  private readonly setBy = new Map<number, number>();
  /** What each correction changed when applied: its renditions (set_speaker, split), or its merged names. */
  private readonly touched = new Map<number, { entries: number[]; names: number; articleRemoved: boolean }>();
  /**
   * Claims of their own for renditions a split took from a claim whose other renditions stay with the person they
   * were taken for (see splitApart): claim id (negative, no build's id) → the claim, and rendition id → its claim.
   */
  private readonly parts = new Map<number, ClaimGroup>();
  private readonly partOf = new Map<number, number>();
  /** The claims such renditions left, without them: claim id → the claim as it stands now. */
  private readonly shrunk = new Map<number, ClaimGroup>();

  constructor(
    readonly view: ClaimView,
    readonly corrections: readonly SpeakerCorrection[],
  ) {
    for (const [id, s] of view.speakers) this.speakerMap.set(id, s);
    for (const c of corrections) this.apply(c);
    this.speakers = this.speakerMap;
    this.splitApart();
    this.joinMoved();
  }

  /**
   * A split says the name in one document is someone else: those renditions are that person's claim, not one
   * claim with the person they were taken for, whose outlets would list that document "credited as" the bare name
   * (the build never groups two people's renditions as one claim). A claim they are all of stays whole.
   */
  private splitApart(): void {
    const moved = new Map<number, Map<string, number[]>>();
    for (const [entryId, speaker] of this.overridden) {
      if (this.speakerMap.get(speaker)?.correction?.kind !== 'split') continue;
      const groupId = this.view.entry(entryId).groupId;
      const bySpeaker = moved.get(groupId) ?? new Map<string, number[]>();
      bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), entryId]);
      moved.set(groupId, bySpeaker);
    }
    for (const [groupId, bySpeaker] of moved) {
      const group = this.view.group(groupId);
      const taken = new Set([...bySpeaker.values()].flat());
      const kept = group.entryIds.filter((e) => !taken.has(e));
      if (!kept.length && bySpeaker.size === 1) continue;
      for (const [speakerId, entryIds] of bySpeaker) {
        const id = -(this.parts.size + 1);
        this.parts.set(id, { id, text: this.view.entry(entryIds[0]!).text, speakerId, entryIds });
        for (const e of entryIds) this.partOf.set(e, id);
      }
      this.shrunk.set(groupId, { ...group, entryIds: kept });
    }
  }

  /** A claim as the build made it, less the renditions a split took into a claim of their own. */
  private baseGroup(id: number): ClaimGroup {
    return this.parts.get(id) ?? this.shrunk.get(id) ?? this.view.group(id);
  }

  /** The claim a rendition is in before joins: its split-off claim, or the build's. */
  private baseGroupOf(entryId: number): number {
    return this.partOf.get(entryId) ?? this.view.entry(entryId).groupId;
  }

  /** A claim's root in `joinedTo` (itself when joined to none). */
  private rootOf(id: number): number {
    let at = id;
    for (let hops = 0; this.joinedTo.has(at) && hops < 100; hops++) at = this.joinedTo.get(at)!;
    return at;
  }

  /**
   * Claims that the corrections made one person's with the same words are one claim, as the build would have
   * grouped them had the corpus credited them so: the renditions a correction moved to a person who is quoted
   * saying those words elsewhere, or a merged name's claims and the person's. Without this the person's quotes
   * list the words twice and a comparison shows them as two claims. Only claims a correction touched are
   * joined (two claims the build kept apart stay apart), and only by the build's own rule (most content stems
   * in common, neither more than twice the other's size).
   */
  private joinMoved(): void {
    const touched = new Set<number>();
    for (const e of this.overridden.keys()) touched.add(this.baseGroupOf(e));
    for (const from of this.merged.keys())
      if (this.view.speakers.has(from)) for (const g of this.view.groupsOfSpeaker(from)) touched.add(g.id);
    const bySpeaker = new Map<string, Set<number>>();
    for (const id of touched) {
      const speaker = this.voted(id).speakerId;
      if (speaker) bySpeaker.set(speaker, (bySpeaker.get(speaker) ?? new Set()).add(id));
    }
    for (const [speaker, ids] of bySpeaker) {
      // the person's other claims: under their own id and the names merged into them
      const sources = [speaker, ...[...this.merged.keys()].filter((k) => this.resolve(k) === speaker)];
      for (const s of sources)
        if (this.view.speakers.has(s))
          for (const g of this.view.groupsOfSpeaker(s)) if (this.voted(g.id).speakerId === speaker) ids.add(g.id);
      if (ids.size > 1) this.joinAmong([...ids], touched);
    }
    for (const id of this.joinedTo.keys()) {
      const root = this.rootOf(id);
      const members = this.joined.get(root);
      if (members) members.push(id);
      else this.joined.set(root, [root, id]);
    }
  }

  /** Joins each touched claim of `ids` (one person's) to the others of them the grouping rule makes the same. */
  private joinAmong(ids: readonly number[], touched: ReadonlySet<number>): void {
    const stems = new Map(ids.map((id) => [id, contentStems(this.baseGroup(id).text)]));
    const quoted = new Map(ids.map((id) => [id, this.baseGroup(id).entryIds.some((e) => this.view.entry(e).kind === 'quote')]));
    const byStem = new Map<string, number[]>();
    for (const id of ids)
      for (const s of stems.get(id)!) {
        const list = byStem.get(s);
        if (list) list.push(id);
        else byStem.set(s, [id]);
      }
    for (const id of ids) {
      if (!touched.has(id)) continue;
      const candidates = new Set<number>();
      for (const s of stems.get(id)!) for (const other of byStem.get(s) ?? []) if (other !== id) candidates.add(other);
      for (const other of candidates) {
        if (joinShare(stems.get(id)!, stems.get(other)!, quoted.get(id)! && quoted.get(other)!) === 0) continue;
        const [a, b] = [this.rootOf(id), this.rootOf(other)];
        if (a !== b) this.joinedTo.set(Math.max(a, b), Math.min(a, b));
      }
    }
  }

  /** The speaker with exactly this name or alias (case and accents aside), or a new one made by `note`. */
  private speakerNamed(name: string, note: CorrectedSpeaker['correction']): CorrectedSpeaker {
    const wanted = foldName(name);
    for (const s of this.speakerMap.values()) {
      if (!this.merged.has(s.id) && (foldName(s.name) === wanted || s.aliases.some((a) => foldName(a) === wanted))) return s;
    }
    let id = speakerId(name) || 'speaker';
    while (this.speakerMap.has(id)) id = `${id}~corrected`;
    const made: CorrectedSpeaker = { id, name: name.trim(), aliases: [], roles: [], correction: note };
    this.speakerMap.set(id, made);
    return made;
  }

  private resolve(id: string): string {
    let at = id;
    for (let hops = 0; this.merged.has(at) && hops < 100; hops++) at = this.merged.get(at)!;
    return at;
  }

  private entriesAt(document: string, start: number): StoredRendition[] {
    return this.view.entriesOfDocument(document).filter((e) => e.start === start);
  }

  /**
   * The renditions whose words are the quotation's, case, accents and punctuation aside; none for a quotation of
   * fewer than MIN_WORDS_BY_WORDING words (words that short may well be someone else's).
   */
  private sameWording(quote: string): StoredRendition[] {
    const wanted = foldWording(quote);
    if (wanted.split(' ').length < MIN_WORDS_BY_WORDING) return [];
    return this.view
      .search(quote, { limit: 500 })
      .filter((h) => h.exact && foldWording(h.entry.text) === wanted)
      .map((h) => h.entry);
  }

  private apply(c: SpeakerCorrection): void {
    const note = { id: c.id, by: c.by, at: c.at, kind: c.kind };
    if (c.kind === 'merge') {
      const into = this.speakerNamed(c.into, note);
      const from = [...this.speakerMap.values()].filter(
        (s) =>
          s.id !== into.id &&
          !this.merged.has(s.id) &&
          (foldName(s.name) === foldName(c.from) || s.aliases.some((a) => foldName(a) === foldName(c.from))),
      );
      this.touched.set(c.id, { entries: [], names: from.length, articleRemoved: false });
      if (!from.length) return;
      const aliases = new Set([...into.aliases, ...from.flatMap((s) => [s.name, ...s.aliases])]);
      aliases.delete(into.name);
      const roles = [...new Set([...into.roles, ...from.flatMap((s) => s.roles)])];
      this.speakerMap.set(into.id, { ...into, aliases: [...aliases], roles, correction: note });
      for (const s of from) this.merged.set(s.id, into.id);
      return;
    }
    if (c.kind === 'set_speaker') {
      const speaker = this.speakerNamed(c.speaker, note);
      this.speakerMap.set(speaker.id, { ...this.speakerMap.get(speaker.id)!, correction: note });
      const entries: number[] = [];
      const set = (e: StoredRendition): void => {
        this.overridden.set(e.id, speaker.id);
        this.setBy.set(e.id, c.id);
        entries.push(e.id);
      };
      // a pinned rendition whose words changed since (the article was edited, or another quotation begins there)
      // is not the quotation corrected: it keeps its speaker. Its words are compared with that outlet's own words
      // when the correction was made (an outlet that reworded the quotation is still that quotation); a
      // correction stored without them compares with the quotation's, an outlet's rewording of it by the rule
      // that groups the outlets' wordings of one claim
      const wanted = c.quote ? foldWording(c.quote) : null;
      const stillPinned = (e: StoredRendition, pinned: string | undefined): boolean => {
        if (wanted === null) return true;
        const now = foldWording(e.text);
        if (sameQuotation(now, wanted)) return true;
        if (pinned !== undefined) return sameQuotation(now, foldWording(pinned));
        return e.kind === 'quote' && sameClaim(e.text, c.quote!);
      };
      for (const r of c.renditions) for (const e of this.entriesAt(r.document, r.start)) if (stillPinned(e, r.text)) set(e);
      // the renditions are pinned where they were when the correction was made: an article edited since (its
      // quotation moved) or another outlet carrying the same words later is found by the words themselves
      for (const e of c.quote ? this.sameWording(c.quote) : []) set(e);
      const articleRemoved = c.renditions.length > 0 && c.renditions.every((r) => !this.view.documents.has(r.document));
      this.touched.set(c.id, { entries, names: 0, articleRemoved });
      return;
    }
    // split: the renditions of one document credited to `name` (as written there, or as resolved) are someone else;
    // not one whose credit writes out more of a name than the one given ("Tomas Brandt", "Mayor Helena Brandt"
    // where "Brandt" is split: the article names that person there, whoever its bare "Brandt" is), nor one
    // credited by a description or a pronoun ("the mayor said") to a person the article names in full: that is
    // who it was taken for
    const given = nameWords(c.name);
    const namesMore = (name: string): boolean => {
      const written = nameWords(name);
      return written.length > given.length && given.every((w) => written.includes(w));
    };
    const text = foldName(this.view.documents.get(c.document)?.text ?? '');
    const entries = this.view.entriesOfDocument(c.document).filter((e) => {
      const mention = e.speakerMention?.text;
      const current = this.speakerOf(e);
      const s = current ? this.speakerMap.get(current) : undefined;
      if (mention && writtenAsName(mention)) {
        if (foldName(mention) !== foldName(c.name) && namesMore(mention)) return false;
      } else if (s && namesMore(s.name) && text.includes(foldName(s.name))) return false;
      return (e.speakerMention && foldName(e.speakerMention.text) === foldName(c.name)) || (s !== undefined && nameMatches(c.name, s));
    });
    this.touched.set(c.id, { entries: entries.map((e) => e.id), names: 0, articleRemoved: !this.view.documents.has(c.document) });
    if (!entries.length) return;
    let id = `${speakerId(c.name) || 'speaker'}@${speakerId(c.document)}`;
    while (this.speakerMap.has(id) && !this.speakerMap.get(id)!.correction) id = `${id}~split`;
    this.speakerMap.set(id, { id, name: c.name.trim(), aliases: [], roles: [], correction: note });
    for (const e of entries) {
      this.overridden.set(e.id, id);
      this.setBy.set(e.id, c.id);
    }
  }

  /**
   * What correction `id` changes in this view as it stands (after every correction was applied), or null when the
   * view was built without it: the renditions it still sets (a later correction of the same ones takes them over),
   * or the names it merged.
   */
  effectOf(id: number): CorrectionEffect | null {
    const t = this.touched.get(id);
    if (!t) return null;
    if (t.names) return { applies: t.names, articleRemoved: false };
    const kept = t.entries.filter((e) => this.setBy.get(e) === id);
    const effect: CorrectionEffect = { applies: new Set(kept).size, articleRemoved: t.articleRemoved };
    if (!kept.length && t.entries.length) {
      const later = t.entries.map((e) => this.setBy.get(e)).filter((c): c is number => c !== undefined && c !== id);
      if (later.length) effect.replacedBy = Math.max(...later);
    }
    return effect;
  }

  /**
   * The correction that set this rendition's speaker (set_speaker or split), with the speaker the corpus itself
   * credits it to (`was`, null when no one); undefined when none did.
   */
  correctionOf(entryId: number): (CorrectionNote & { kind: SpeakerCorrection['kind']; was: string | null }) | undefined {
    const id = this.setBy.get(entryId);
    const c = id === undefined ? undefined : this.corrections.find((x) => x.id === id);
    if (!c) return undefined;
    const own = this.view.entry(entryId).speakerId;
    return { id: c.id, by: c.by, at: c.at, kind: c.kind, was: own === null ? null : (this.view.speakers.get(own)?.name ?? null) };
  }

  private speakerOf(e: StoredRendition): string | null {
    const set = this.overridden.get(e.id);
    if (set) return set;
    return e.speakerId === null ? null : this.resolve(e.speakerId);
  }

  entry(id: number): StoredRendition {
    const e = this.view.entry(id);
    const speaker = this.speakerOf(e);
    const groupId = this.rootOf(this.partOf.get(id) ?? e.groupId);
    return speaker === e.speakerId && groupId === e.groupId ? e : { ...e, speakerId: speaker, groupId };
  }

  /** A claim as this view shows it: with the claims joined to it (see joinMoved), under its corrected speaker. */
  group(id: number): ClaimGroup {
    const root = this.rootOf(id);
    const members = this.joined.get(root);
    if (!members) return this.voted(id);
    let g = this.joinedGroups.get(root);
    if (!g) {
      const parts = members.map((m) => this.baseGroup(m));
      // its wording the one most of its claims' renditions carry (then the larger claim's)
      const carried = new Map<string, number>();
      for (const p of parts)
        for (const e of p.entryIds)
          carried.set(foldWording(this.view.entry(e).text), (carried.get(foldWording(this.view.entry(e).text)) ?? 0) + 1);
      const count = (p: ClaimGroup): number => carried.get(foldWording(p.text)) ?? 0;
      const lead = parts.reduce((a, b) =>
        count(b) > count(a) || (count(b) === count(a) && b.entryIds.length > a.entryIds.length) ? b : a,
      );
      g = this.voted(root, { ...lead, id: root, entryIds: parts.flatMap((p) => p.entryIds) });
      this.joinedGroups.set(root, g);
    }
    return g;
  }

  /** A group's speaker: the one most of its (corrected) renditions name, as the build chose it. */
  private voted(id: number, given?: ClaimGroup): ClaimGroup {
    const g = given ?? this.baseGroup(id);
    const votes = new Map<string, number>();
    for (const i of g.entryIds) {
      const s = this.speakerOf(this.view.entry(i));
      if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    let speaker: string | null = null;
    let most = 0;
    for (const [s, n] of votes) if (n > most) [speaker, most] = [s, n];
    return speaker === g.speakerId ? g : { ...g, speakerId: speaker };
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { speakerId: wanted, ...rest } = options;
    const limit = options.limit ?? 40;
    const hits = this.view.search(query, wanted === undefined ? options : { ...rest, limit: limit * 4 });
    const out: SearchHit[] = [];
    for (const h of hits) {
      const entry = this.entry(h.entry.id);
      if (wanted !== undefined && entry.speakerId !== wanted) continue;
      const group = this.group(entry.groupId);
      out.push(entry === h.entry && group === h.group ? h : { ...h, entry, group });
    }
    return out.slice(0, limit);
  }

  findSpeakers(name: string): Speaker[] {
    if (!name.trim()) return [];
    return [...this.speakerMap.values()].filter((s) => !this.merged.has(s.id) && nameMatches(name, s));
  }

  groupsOfSpeaker(id: string): ClaimGroup[] {
    const ids = new Set<number>();
    const sources = [id, ...[...this.merged.keys()].filter((k) => this.resolve(k) === id)];
    for (const s of sources) if (this.view.speakers.has(s)) for (const g of this.view.groupsOfSpeaker(s)) ids.add(this.rootOf(g.id));
    for (const e of this.overridden.keys()) ids.add(this.rootOf(this.baseGroupOf(e)));
    return [...ids]
      .map((g) => this.group(g))
      .filter((g) => g.speakerId === id)
      .sort((a, b) => b.entryIds.length - a.entryIds.length || a.id - b.id);
  }

  entriesOfDocument(documentId: string): StoredRendition[] {
    return this.view.entriesOfDocument(documentId).map((e) => this.entry(e.id));
  }

  corpusVersion(): CorpusVersion {
    const base = this.view.corpusVersion();
    // the corrections in force are part of what answers come from
    const ids = this.corrections.map((c) => ({ id: `correction-${c.id}`, contentHash: c.at }));
    return { version: documentsVersion(ids, base.version), loadedAt: base.loadedAt };
  }

  get documents(): ReadonlyMap<string, CorpusDocument> {
    return this.view.documents;
  }

  get errors(): readonly FileError[] {
    return this.view.errors;
  }

  documentsOfOutlet(name: string): CorpusDocument[] {
    return this.view.documentsOfOutlet(name);
  }

  outletLabels(): readonly string[] {
    return this.view.outletLabels();
  }

  stats(): StoreStats {
    return { ...this.view.stats(), speakers: this.speakerMap.size - this.merged.size };
  }
}
