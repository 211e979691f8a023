/** Autocomplete choices for speaker, outlet and document options, fuzzy-matched with Fuse.js. */
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
      return [...store.documents.values()].map((d) => ({ label: d.meta.title ? `${d.id} — ${d.meta.title}` : d.id, value: d.id }));
  }
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
  const all = docs.map((d) => ({ label: d.meta.title ? `${d.id} — ${d.meta.title}` : d.id, value: d.id }));
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
