/**
 * The wording both renderers share: verdict labels, rendering labels, outlet labels. Change a word here and
 * the Discord payload and the terminal text change together.
 */
import type { Rendering, Verdict, WhoSaidResult } from '../answers/types.js';
import { clip, line, strong, type Line, type Tone } from './view.js';
import { outletName } from '../answers/outlet-name.js';

/** Longest name (outlet, file, speaker, role) shown; longer ones are data errors, cut with "…". */
export const MAX_NAME = 120;

/** Emoji and short label of each verdict. */
export const VERDICT_LABELS: Readonly<Record<Verdict, { emoji: string; label: string; tone: Tone }>> = Object.freeze({
  verbatim: { emoji: '✅', label: 'Verbatim', tone: 'ok' },
  close: { emoji: '☑️', label: 'Close wording', tone: 'close' },
  paraphrase: { emoji: '🔁', label: 'Paraphrase', tone: 'close' },
  misattributed: { emoji: '⚠️', label: 'Misattributed', tone: 'warn' },
  not_found: { emoji: '❌', label: 'Not found', tone: 'bad' },
});

/** How an outlet carried a claim, as a heading (compare) and as a short tag (outlet lists). */
export const RENDERING_LABELS: Readonly<Record<Rendering, { heading: string; tag: string }>> = Object.freeze({
  verbatim: { heading: 'Quoted verbatim', tag: 'verbatim' },
  reworded: { heading: 'Quoted with other words', tag: 'other words' },
  paraphrase: { heading: 'Only paraphrased', tag: 'paraphrase' },
  absent: { heading: 'Left it out', tag: 'absent' },
});

/** Order of rendering groups in a comparison. */
export const RENDERING_ORDER: readonly Rendering[] = ['verbatim', 'reworded', 'paraphrase', 'absent'];

/** Separator between parts of a label (outlet · date). */
export const DOT = ' · ';

/** Name shown for a document: the outlet, else the file name; with the date when known. */
export function outletLabel(o: { outlet: string | null; document: string; date: string | null }): string {
  const name = clip(outletName(o), MAX_NAME);
  return o.date ? `${name}${DOT}${clip(o.date, 40)}` : name;
}

/** A speaker with their roles: "Li Shangfu (defence minister)". */
export function speakerLabel(name: string | null, roles: readonly string[] = []): string {
  if (!name) return 'an unnamed source';
  // the same role often comes in several spellings ("Defense Minister", "China's defence minister"): show
  // each once, judged by its head word ("minister"; before "of" in "mayor of Calloway", which is the "Mayor"), most
  // frequent first as the speaker index orders them
  const seen = new Set<string>();
  const shown = roles
    .filter((r) => {
      const head =
        r
          .trim()
          .toLowerCase()
          .split(/\s+of\s+/)[0]!
          .split(/\s+/)
          .at(-1)
          // "front-runner" and "frontrunner" are one role
          ?.replace(/[-‐‑]/g, '') ?? '';
      if (!head || seen.has(head)) return false;
      seen.add(head);
      return true;
    })
    .slice(0, 2)
    .map((r) => clip(r, 60));
  return shown.length ? `${clip(name, MAX_NAME)} (${shown.join(', ')})` : clip(name, MAX_NAME);
}

/** The warning on the line read first when outlets credit the same words to different people (who-said, compare). */
export const CONFLICT_WARNING: Readonly<Record<'rivals' | 'organisation', string>> = Object.freeze({
  rivals: 'outlets disagree on the speaker',
  organisation: 'credited to a person or their organisation',
});

/**
 * The verdict line a person reads first, e.g. "✅ Verbatim — said by Li Shangfu" or
 * "⚠️ Misattributed — you named X; the corpus has Y saying it".
 */
export function verdictLine(result: WhoSaidResult): Line {
  const base = verdictHead(result);
  const best = result.verdict === 'not_found' ? undefined : result.matches[0];
  // the warnings a fact-checker must not miss go on the line read first
  const warnings = [
    best?.conflict && CONFLICT_WARNING[best.conflict.relation],
    best?.meaningChanged && 'an outlet changed the meaning',
    result.askedChanges?.length && 'your version changes the meaning',
    result.askedFrame && 'the quotation denies these words',
  ].filter((w): w is string => !!w);
  return warnings.length ? [...base, ` · ⚠️ ${warnings.join('; ')}`] : base;
}

function verdictHead(result: WhoSaidResult): Line {
  const { emoji, label } = VERDICT_LABELS[result.verdict];
  const head = `${emoji} ${label} — `;
  const speaker = result.matches[0]?.speaker ?? null;
  switch (result.verdict) {
    case 'not_found':
      // asked about one outlet, the answer is about that outlet alone: others may well carry the words
      // (an outlet the corpus lacks is said to be that: "does not carry these words" would suggest it exists)
      if (result.unknownOutlet) return line(head, strong(clip(result.unknownOutlet.outlet, MAX_NAME)), ' is not an outlet in the corpus');
      // the words are there, too few to tell whose: "no outlet carries these words" would be untrue
      if (result.hint?.kind === 'few_words') return line(head, 'too few words to tell who said them');
      return result.askedOutlet
        ? line(head, strong(clip(result.askedOutlet, MAX_NAME)), ' does not carry these words')
        : line(head, 'no outlet in the corpus carries these words');
    case 'misattributed':
      return line(
        head,
        'you named ',
        strong(clip(result.askedSpeaker ?? 'someone', MAX_NAME)),
        '; the corpus has ',
        speaker ? strong(clip(speaker, MAX_NAME)) : 'no named speaker',
        ' saying it',
      );
    case 'paraphrase':
      // the member's words paraphrase a quotation: quoted, in other words; only reported speech is "reported"
      return line(
        head,
        result.matches[0]?.quoted ? 'in other words, quoted from ' : 'reported as said by ',
        speaker ? strong(clip(speaker, MAX_NAME)) : 'an unnamed source',
      );
    default:
      return line(head, 'said by ', speaker ? strong(clip(speaker, MAX_NAME)) : 'an unnamed source');
  }
}

/**
 * "Outlets 6–10 of 12 (page 2/3)", or "4 outlets" when they all fit one page; "documents" when one of them names no
 * outlet (`unit`), as "Carried by …" counts them.
 */
export function pageLabel(
  first: number,
  last: number,
  total: number,
  page: number,
  pages: number,
  unit: 'outlet' | 'document' = 'outlet',
): string {
  if (pages <= 1) return count(total, unit);
  const range = first === last ? `${first}` : `${first}–${last}`;
  return `${unit === 'outlet' ? 'Outlets' : 'Documents'} ${range} of ${total} (page ${page + 1}/${pages})`;
}

/** What carriers are counted as: outlets, or documents when one of them names no outlet or two share one. */
export function carrierUnit(carriers: readonly { outlet: string | null }[]): 'outlet' | 'document' {
  const named = namedOutlets(carriers);
  return named.length === carriers.length && new Set(named).size === named.length ? 'outlet' : 'document';
}

/** The outlets carriers name, trimmed, one per carrier that names one. */
function namedOutlets(carriers: readonly { outlet: string | null }[]): string[] {
  return carriers.map((c) => c.outlet?.trim()).filter((o): o is string => !!o);
}

/** Names joined for one line ("A, B, C"), each cut to `MAX_NAME`, at most `max` of them. */
export function nameList(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max).map((n) => clip(n, MAX_NAME));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

/**
 * How many documents carried something, for "Carried by …": "3 outlets" when each names an outlet of its own, "3
 * documents from 2 outlets" when two share one; one that names none is counted as a document, not as an outlet of
 * its own, as /outlets counts it ("1 document naming no outlet", "3 documents: 2 from 1 outlet, 1 naming no outlet").
 */
export function carriersCount(carriers: readonly { outlet: string | null }[]): string {
  const named = namedOutlets(carriers);
  const unnamed = carriers.length - named.length;
  const outlets = new Set(named).size;
  if (!unnamed && outlets === named.length) return count(outlets, 'outlet');
  if (!unnamed) return `${count(named.length, 'document')} from ${count(outlets, 'outlet')}`;
  if (!named.length) return `${count(unnamed, 'document')} naming no outlet`;
  return `${count(carriers.length, 'document')}: ${named.length} from ${count(outlets, 'outlet')}, ${unnamed} naming no outlet`;
}

/** Plural helper: "1 quote", "3 quotes". */
export function count(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The corpus an answer came from, for the footer: "corpus 3f9a1c0b7e21 · loaded 2024-04-20 09:00 UTC". */
export function corpusNote(corpus: { version: string; loadedAt: string } | undefined): string {
  if (!corpus) return '';
  const when = /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(corpus.loadedAt)
    ? `${corpus.loadedAt.slice(0, 10)} ${corpus.loadedAt.slice(11, 16)} UTC`
    : corpus.loadedAt;
  return `corpus ${corpus.version.slice(0, 40)} · loaded ${when.slice(0, 40)}`;
}

/** Footer parts joined with a middle dot, empty parts left out (undefined when none is left). */
export function footerOf(...parts: (string | undefined | null | false)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join(' · ') : undefined;
}

/** " · corrected by mod on 2024-05-01" for a speaker a moderator's correction made or changed. */
export function correctionNote(correction: { by: string; at: string } | undefined): string {
  return correction ? `${DOT}✏️ corrected by ${clip(correction.by, MAX_NAME)} on ${clip(correction.at.slice(0, 10), 40)}` : '';
}
