/**
 * Store parts in columnar form: renditions as typed arrays plus string lists, the index as its frozen data.
 * This is what a snapshot writes and what a worker hands to the main thread: a few large arrays serialise
 * and transfer far faster than a million small objects, and the objects are rebuilt in slices.
 */
import type { Speaker } from '../../claims/types.js';
import type { CorpusDocument, FileError } from '../../corpus/types.js';
import type { StoreParts } from '../build.js';
import { TermIndex, type TermIndexData } from '../search/term-index.js';
import type { ClaimGroup, StoredRendition } from '../types.js';

export interface PartsWire {
  documents: CorpusDocument[];
  speakers: Speaker[];
  errors: FileError[];
  entryText: string[];
  /** Index in `documents`. */
  entryDoc: Int32Array;
  /** 0 quote, 1 paraphrase. */
  entryKind: Uint8Array;
  entryStart: Int32Array;
  entryEnd: Int32Array;
  /** Index in `speakers`, −1 for none. */
  entrySpeaker: Int32Array;
  entryGroup: Int32Array;
  /** Speaker mention span; start −1 for none. */
  mentionStart: Int32Array;
  mentionEnd: Int32Array;
  mentionText: string[];
  groupText: string[];
  /** Index in `speakers`, −1 for none. */
  groupSpeaker: Int32Array;
  index: TermIndexData;
}

/** Columnar form of built parts (cheap: one pass, no copies of texts). */
export function partsToWire(parts: StoreParts, errors: readonly FileError[]): PartsWire {
  const n = parts.entries.length;
  const docIndex = new Map(parts.documents.map((d, i) => [d.id, i]));
  const speakerIndex = new Map(parts.speakers.map((s, i) => [s.id, i]));
  const w: PartsWire = {
    documents: parts.documents,
    speakers: parts.speakers,
    errors: [...errors],
    entryText: new Array<string>(n),
    entryDoc: new Int32Array(n),
    entryKind: new Uint8Array(n),
    entryStart: new Int32Array(n),
    entryEnd: new Int32Array(n),
    entrySpeaker: new Int32Array(n),
    entryGroup: new Int32Array(n),
    mentionStart: new Int32Array(n),
    mentionEnd: new Int32Array(n),
    mentionText: new Array<string>(n),
    groupText: parts.groups.map((g) => g.text),
    groupSpeaker: Int32Array.from(parts.groups, (g) => (g.speakerId === null ? -1 : (speakerIndex.get(g.speakerId) ?? -1))),
    index: parts.index.toData(),
  };
  parts.entries.forEach((e, i) => {
    w.entryText[i] = e.text;
    w.entryDoc[i] = docIndex.get(e.documentId)!;
    w.entryKind[i] = e.kind === 'quote' ? 0 : 1;
    w.entryStart[i] = e.start;
    w.entryEnd[i] = e.end;
    w.entrySpeaker[i] = e.speakerId === null ? -1 : (speakerIndex.get(e.speakerId) ?? -1);
    w.entryGroup[i] = e.groupId;
    w.mentionStart[i] = e.speakerMention ? e.speakerMention.start : -1;
    w.mentionEnd[i] = e.speakerMention ? e.speakerMention.end : -1;
    w.mentionText[i] = e.speakerMention ? e.speakerMention.text : '';
  });
  return w;
}

/** The typed arrays of a wire, for `postMessage(…, transferList)`. */
export function transferables(w: PartsWire): ArrayBuffer[] {
  const arrays = [
    w.entryDoc,
    w.entryKind,
    w.entryStart,
    w.entryEnd,
    w.entrySpeaker,
    w.entryGroup,
    w.mentionStart,
    w.mentionEnd,
    w.groupSpeaker,
  ];
  const i = w.index;
  arrays.push(i.wordTerm, i.postingStart, i.postings, i.deleteStart, i.deleteWords, i.entryWordStart, i.entryWords);
  // views may share a buffer (after v8.deserialize): list each buffer once
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}

/** Rebuilds renditions `[from, to)` into `entries` (so a caller can yield to the event loop between slices). */
export function materializeEntries(w: PartsWire, entries: StoredRendition[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const speaker = w.entrySpeaker[i]!;
    entries[i] = {
      id: i,
      documentId: w.documents[w.entryDoc[i]!]!.id,
      kind: w.entryKind[i] === 0 ? 'quote' : 'paraphrase',
      text: w.entryText[i]!,
      start: w.entryStart[i]!,
      end: w.entryEnd[i]!,
      speakerMention: w.mentionStart[i]! < 0 ? null : { start: w.mentionStart[i]!, end: w.mentionEnd[i]!, text: w.mentionText[i]! },
      speakerId: speaker < 0 ? null : w.speakers[speaker]!.id,
      groupId: w.entryGroup[i]!,
    };
  }
}

/** Groups with their member lists (entries are in id order, so each list comes out ascending). */
export function materializeGroups(w: PartsWire): ClaimGroup[] {
  const groups: ClaimGroup[] = w.groupText.map((text, id) => {
    const s = w.groupSpeaker[id]!;
    return { id, text, speakerId: s < 0 ? null : w.speakers[s]!.id, entryIds: [] };
  });
  for (let i = 0; i < w.entryGroup.length; i++) groups[w.entryGroup[i]!]!.entryIds.push(i);
  return groups;
}

/** Store parts from a wire, in one go. */
export function wireToParts(w: PartsWire): StoreParts {
  const entries = new Array<StoredRendition>(w.entryText.length);
  materializeEntries(w, entries, 0, entries.length);
  return { documents: w.documents, speakers: w.speakers, entries, groups: materializeGroups(w), index: TermIndex.fromData(w.index) };
}

/** Cheap structural check of a wire read from disk (a corrupt or foreign file must not reach the store). */
export function isWire(x: unknown): x is PartsWire {
  if (!x || typeof x !== 'object') return false;
  const w = x as Record<string, unknown>;
  const n = Array.isArray(w.entryText) ? w.entryText.length : -1;
  const cols = ['entryDoc', 'entryStart', 'entryEnd', 'entrySpeaker', 'entryGroup', 'mentionStart', 'mentionEnd'];
  const index = w.index as Record<string, unknown> | undefined;
  return (
    n >= 0 &&
    Array.isArray(w.documents) &&
    Array.isArray(w.speakers) &&
    Array.isArray(w.errors) &&
    Array.isArray(w.groupText) &&
    Array.isArray(w.mentionText) &&
    w.entryKind instanceof Uint8Array &&
    cols.every((c) => w[c] instanceof Int32Array && (w[c] as Int32Array).length === n) &&
    w.groupSpeaker instanceof Int32Array &&
    !!index &&
    Array.isArray(index.words) &&
    ['wordTerm', 'postingStart', 'postings', 'deleteStart', 'deleteWords', 'entryWordStart', 'entryWords'].every(
      (k) => index[k] instanceof Int32Array,
    ) &&
    (index.entryWordStart as Int32Array).length === n + 1
  );
}
