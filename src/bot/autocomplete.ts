/** Autocomplete choices for speaker, outlet and document options, fuzzy-matched with Fuse.js. */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js';
import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import { NAME_SUGGESTIONS } from '../answers/lists.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { CorrectedSpeaker } from '../store/corrected.js';
import type { ClaimView } from '../store/view.js';
import { optionText, OPTION_MAX } from './options.js';

export type ChoiceKind = 'speaker' | 'outlet' | 'document';

interface Candidate {
  /** What the member sees. */
  label: string;
  /** What the option receives. */
  value: string;
}

/** Discord allows 25 choices, each name and value at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

const indexes = new WeakMap<ClaimView, Map<ChoiceKind, { all: Candidate[]; fuse: Fuse<Candidate> }>>();

/**
 * Names a moderator's /correct merge made another speaker's: the corrected view keeps the merged speaker's
 * record (its quotations answer as the other), and its name is now among that speaker's aliases. Offered as a
 * speaker of its own, it would show beside "Name → Other" as if it were still someone else.
 */
function mergedNames(store: ClaimView): Set<string> {
  const names = new Set<string>();
  for (const s of store.speakers.values()) {
    if ((s as CorrectedSpeaker).correction) for (const a of s.aliases) names.add(a.toLowerCase());
  }
  return names;
}

function candidates(store: ClaimView, kind: ChoiceKind): Candidate[] {
  const mergedAway = kind === 'speaker' ? mergedNames(store) : new Set<string>();
  switch (kind) {
    case 'speaker':
      return [...store.speakers.values()]
        .filter((s) => !mergedAway.has(s.name.toLowerCase()))
        .flatMap((s) => [
          { label: s.name, value: s.name },
          ...s.aliases.filter((a) => a !== s.name).map((a) => ({ label: `${a} → ${s.name}`, value: s.name })),
        ]);
    case 'outlet':
      return [...store.outletLabels()].sort().map((l) => ({ label: l, value: l }));
    case 'document':
      return [...store.documents.values()].map(documentCandidate);
  }
}

/** Prefix of a document's key: never the start of a document id (ids are relative paths, or `added/…`). */
const KEY_PREFIX = 'doc#';

/**
 * The value a document's choice carries: its id, or, for an id longer than a choice value may be (a file deep in
 * subfolders), a short key made from it (stable across reloads and processes), which `documentFromChoice` reads back.
 */
export function documentKey(id: string): string {
  return id.length <= MAX_CHOICE_LENGTH ? id : `${KEY_PREFIX}${createHash('sha256').update(id).digest('hex').slice(0, 20)}`;
}

const longIds = new WeakMap<ClaimView, Map<string, string>>();

/** The document id a document option holds: its id as given, or the id behind a key from `documentKey`. */
export function documentFromChoice(store: ClaimView, value: string): string {
  if (!value.startsWith(KEY_PREFIX) || store.documents.has(value)) return value;
  let keys = longIds.get(store);
  if (!keys) {
    keys = new Map();
    for (const id of store.documents.keys()) if (id.length > MAX_CHOICE_LENGTH) keys.set(documentKey(id), id);
    longIds.set(store, keys);
  }
  return keys.get(value) ?? value;
}

/** An id shown whole when it fits, else its start and (what tells files apart) its end, the file's name whole when it can be: "reports/2024…/harbour-vote.txt". */
function shownId(id: string, max = 70): string {
  if (id.length <= max) return id;
  const name = id.length - id.lastIndexOf('/') - 1;
  const tail = Math.min(max - 16, Math.max(Math.ceil((max - 1) * 0.6), name));
  return `${id.slice(0, max - 1 - tail)}…${id.slice(-tail)}`;
}

function documentCandidate(d: CorpusDocument): Candidate {
  const id = shownId(d.id);
  return { label: d.meta.title ? `${id} — ${d.meta.title}` : id, value: documentKey(d.id) };
}

function indexFor(store: ClaimView, kind: ChoiceKind): { all: Candidate[]; fuse: Fuse<Candidate> } {
  let perStore = indexes.get(store);
  if (!perStore) {
    perStore = new Map();
    indexes.set(store, perStore);
  }
  let entry = perStore.get(kind);
  if (!entry) {
    const all = candidates(store, kind);
    entry = { all, fuse: new Fuse(all, { keys: ['label'], threshold: NAME_SUGGESTIONS.fuseThreshold, ignoreLocation: true }) };
    perStore.set(kind, entry);
  }
  return entry;
}

function fitChoice(text: string): string {
  return text.length <= MAX_CHOICE_LENGTH ? text : `${text.slice(0, MAX_CHOICE_LENGTH - 1)}…`;
}

/** Choices for what the member has typed so far (all, alphabetically, when nothing is typed yet). */
export function choicesFor(store: ClaimView, kind: ChoiceKind, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  return pick(indexFor(store, kind), typed);
}

/** Choices among a few documents (a server's added articles), for /remove. */
export function documentChoices(docs: readonly CorpusDocument[], typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const all = docs.map(documentCandidate);
  return pick({ all, fuse: new Fuse(all, { keys: ['label'], threshold: NAME_SUGGESTIONS.fuseThreshold, ignoreLocation: true }) }, typed);
}

function pick({ all, fuse }: { all: Candidate[]; fuse: Fuse<Candidate> }, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const query = optionText(OPTION_MAX.name).parse(typed);
  const found = query ? fuse.search(query, { limit: MAX_CHOICES }).map((r) => r.item) : all.slice(0, MAX_CHOICES);
  const seen = new Set<string>();
  return found
    .filter((c) => c.value.length <= MAX_CHOICE_LENGTH && !seen.has(c.label) && seen.add(c.label))
    .map((c) => ({ name: fitChoice(c.label), value: c.value }));
}
