/** What a corpus reload changed, as plain data for the moderator who asked. */
import type { FileError } from '../corpus/types.js';
import type { ClaimView } from '../store/view.js';
import type { ReloadSummary } from './types.js';

function setDiff(before: Iterable<string>, after: Iterable<string>): { added: string[]; removed: string[] } {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((x) => !a.has(x)).sort(), removed: [...a].filter((x) => !b.has(x)).sort() };
}

function quoteCount(store: ClaimView | null): number {
  return store ? store.stats().quotes : 0;
}

function errorsOf(errors: readonly FileError[]): ReloadSummary['errors'] {
  return errors.map((e) => ({ file: e.file, code: e.code, message: e.message }));
}

/** The changes from `before` (null on first load) to `after`, which now serves. */
export function reloadSucceeded(before: ClaimView | null, after: ClaimView, durationMs: number): ReloadSummary {
  const docs = setDiff(before?.documents.keys() ?? [], after.documents.keys());
  const speakers = setDiff(
    [...(before?.speakers.values() ?? [])].map((s) => s.name),
    [...after.speakers.values()].map((s) => s.name),
  );
  return {
    ok: true,
    reason: null,
    documents: { before: before?.documents.size ?? 0, after: after.documents.size, ...docs },
    quotes: { before: quoteCount(before), after: quoteCount(after) },
    speakers: { before: before?.speakers.size ?? 0, after: after.speakers.size, ...speakers },
    errors: errorsOf(after.errors),
    durationMs: Math.round(durationMs),
    corpus: after.corpusVersion(),
  };
}

/** A refused reload: `current` keeps serving; `errors` are the new corpus's per-file errors. */
export function reloadRefused(current: ClaimView | null, reason: string, errors: readonly FileError[], durationMs: number): ReloadSummary {
  const docs = current?.documents.size ?? 0;
  const speakers = current?.speakers.size ?? 0;
  return {
    ok: false,
    reason,
    documents: { before: docs, after: docs, added: [], removed: [] },
    quotes: { before: quoteCount(current), after: quoteCount(current) },
    speakers: { before: speakers, after: speakers, added: [], removed: [] },
    errors: errorsOf(errors),
    durationMs: Math.round(durationMs),
    corpus: current?.corpusVersion() ?? null,
  };
}
