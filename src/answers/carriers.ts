/** Shared pieces of the answers: a rendition shown as one outlet's carrier, and speaker references. */
import { isOrganisationName, writtenAsName } from '../claims/speakers.js';
import type { Speaker } from '../claims/types.js';
import { ABBREVIATIONS } from '../claims/words/index.js';
import { dateAt } from '../corpus/web/dated-parts.js';
import { isStopword, words } from '../store/search/normalize.js';
import type { ClaimView } from '../store/view.js';
import type { StoredRendition } from '../store/types.js';
import { wordDiff, wordsDiffer } from './diff.js';
import type { OutletCarrier, Rendering, SpeakerRef } from './types.js';

export { describes } from './roles.js';

/**
 * A credit that names no one: a pronoun or a description the article never resolved ("he", "the coach"), or
 * the handle alone of an embedded post ("@ana": an account, which may be the named person's own); an
 * organisation ("the energy ministry", "the company") names its speaker, and so does a name that opens with a
 * particle ("al-Hassan", "de Blasio").
 */
export function unnamed(name: string): boolean {
  return (name.startsWith('@') || (/^\p{Ll}/u.test(name) && !writtenAsName(name))) && !isOrganisationName(name);
}

/**
 * Whether a handle alone ("@realDonaldTrump", "@SpeakerRyan") spells the surname of a named person ("Donald J.
 * Trump", "Paul Ryan"): then a post credited by that handle joins that person's words, credited as the handle.
 */
export function handleSpells(handle: string, name: string): boolean {
  if (!handle.startsWith('@') || !/^\p{Lu}/u.test(name)) return false;
  const surname = words(name).at(-1);
  return surname !== undefined && surname.length >= 3 && words(handle).join('').includes(surname);
}

/**
 * The sentence of `text` around `offset`, spaces collapsed: a full stop ends one before a capital, but not the
 * stop of an initial or an abbreviation ("said J. R. Hale", "Sen. Ana Ruiz said"), which would cut the name.
 */
export function sentenceAround(text: string, offset: number): string {
  const ends = [...text.matchAll(/(\p{L}*)([.!?])["”’]?(?=\s+[“"‘']?\p{Lu})/gu)]
    .filter(([, word, stop]) => !(stop === '.' && word && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))))
    .map((m) => m.index + m[0].length);
  const start = ends.filter((e) => e <= offset).at(-1) ?? 0;
  const end = ends.find((e) => e > offset) ?? text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

export function speakerRef(speaker: (Speaker & Pick<SpeakerRef, 'correction'>) | undefined | null): SpeakerRef | null {
  if (!speaker) return null;
  const ref: SpeakerRef = { id: speaker.id, name: speaker.name, aliases: [...speaker.aliases], roles: [...speaker.roles] };
  if (speaker.correction) ref.correction = { ...speaker.correction };
  return ref;
}

/** One outlet's carrier of a claim, with a diff against `reference` where the words differ. */
export function carrierOf(
  store: ClaimView,
  entry: StoredRendition,
  rendering: Exclude<Rendering, 'absent'>,
  reference: string,
): OutletCarrier {
  const doc = store.documents.get(entry.documentId);
  const carrier: OutletCarrier = {
    document: entry.documentId,
    outlet: doc?.meta.outlet ?? null,
    // a live blog's entry was carried on its own day, not the page's
    date: doc ? dateAt(doc, entry.start, ['entry']) : null,
    url: doc?.meta.url ?? null,
    text: entry.text,
    rendering,
    start: entry.start,
    end: entry.end,
    changes: [],
    copyOf: null,
  };
  if (rendering !== 'verbatim' && wordsDiffer(reference, entry.text)) carrier.diff = wordDiff(reference, entry.text);
  return carrier;
}

/** Carriers compared again with a new reference wording (the diffs `carrierOf` made). */
export function rebase(carriers: OutletCarrier[], reference: string): void {
  for (const c of carriers) {
    if (c.rendering !== 'verbatim' && wordsDiffer(reference, c.text)) c.diff = wordDiff(reference, c.text);
    else delete c.diff;
  }
}

const RENDERING_ORDER: Record<Exclude<Rendering, 'absent'>, number> = { verbatim: 0, reworded: 1, paraphrase: 2 };

/** Verbatim carriers first, then reworded, then paraphrase; earlier dates first; then by file name. */
export function sortCarriers(carriers: OutletCarrier[]): OutletCarrier[] {
  return carriers.sort(
    (a, b) =>
      RENDERING_ORDER[a.rendering] - RENDERING_ORDER[b.rendering] ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      a.document.localeCompare(b.document),
  );
}

/** Documents in scope for an outlet filter; `unknown` lists the names that matched no document. */
export function documentsInScope(store: ClaimView, outlets: readonly string[]): { ids: Set<string> | null; unknown: string[] } {
  const names = outlets.map((o) => o.trim()).filter(Boolean);
  if (names.length === 0) return { ids: null, unknown: [] };
  const ids = new Set<string>();
  const unknown: string[] = [];
  for (const name of names) {
    const docs = outletDocuments(store, name);
    if (docs.length === 0) unknown.push(name);
    for (const d of docs) ids.add(d.id);
  }
  return { ids, unknown };
}

/** The documents of the outlet a member named: so named (case aside), else the one outlet the name typed loosely means. */
export function outletDocuments(store: ClaimView, name: string): ReturnType<ClaimView['documentsOfOutlet']> {
  const docs = store.documentsOfOutlet(name.trim());
  if (docs.length) return docs;
  const loose = looseOutlet(name, store.outletLabels());
  return loose ? store.documentsOfOutlet(loose) : docs;
}

/**
 * The one outlet an outlet name typed loosely means: its site's address (“www.dw.com”, “https://dw.com/en/”,
 * “dw.com” for “DW”), “the” before it, dots, spaces and case (“D.W.”, “the dw”), compared by letters and digits
 * alone; null when no outlet, or more than one, reads so (then the answer says the outlet is not in the corpus,
 * with the closest names). An outlet's initials (“NYT”) are read only when no name reads so.
 */
export function looseOutlet(typed: string, labels: readonly string[]): string | null {
  const wanted = new Set(outletKeys(typed));
  if (!wanted.size) return null;
  const found = labels.filter((l) => outletKeys(l).some((k) => wanted.has(k)));
  if (found.length) return found.length === 1 ? found[0]! : null;
  // “NYT”, “n.y.t.” for “The New York Times”: an outlet's initials, when no name reads so and one outlet alone has
  // them (one word of three letters at least, no common word: “the”, “was” are never initials here)
  const letters = /^[\p{L}.]+$/u.test(typed.trim()) ? typed.toLowerCase().replace(/[^\p{L}]+/gu, '') : '';
  if (letters.length < MIN_INITIALS || isStopword(letters)) return null;
  const byInitials = labels.filter((l) => initialsOf(l).includes(letters));
  return byInitials.length === 1 ? byInitials[0]! : null;
}

/** Outlet initials are looked for in typed names of at least this many letters (“NYT”, “WSJ”; not “it”). */
const MIN_INITIALS = 3;

/** An outlet name's initials, with and without a leading “the” (“tnyt”, “nyt”); none for a one-word name. */
function initialsOf(label: string): string[] {
  const all = label
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const named = all[0] === 'the' ? all.slice(1) : all;
  if (named.length < 2) return [];
  const initials = (ws: string[]): string => ws.map((w) => w[0]).join('');
  return [...new Set([initials(all), initials(named)])];
}

/**
 * What an outlet name reads as, by letters and digits: the name, with and without “the”; for a web address, its
 * host and the site's own name in it (“bbc” of “news.bbc.co.uk”).
 */
function outletKeys(name: string): string[] {
  const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const text = name.trim().replace(/^[a-z]+:\/\//i, '');
  const host = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)(?:[/?#:].*)?$/u.exec(text)?.[1];
  const parts = host?.toLowerCase().split('.') ?? [];
  if (host && /^[a-z]{2,}$/.test(parts.at(-1)!)) {
    const site = parts.slice(parts[0]?.startsWith('www') ? 1 : 0, -1);
    if (site.length > 1 && SECOND_LEVEL.has(site.at(-1)!)) site.pop();
    return [key(host), key(site.at(-1) ?? '')].filter((k) => k.length >= 2);
  }
  return [key(text), key(text.replace(/^the\s+/i, ''))].filter((k) => k.length >= 2);
}

/** The part of a host before a country's ending that is no site's name (“co” of “bbc.co.uk”). */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org']);
