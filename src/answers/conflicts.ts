/**
 * Attribution conflicts: outlets crediting the same words to different people. Claims are grouped per
 * speaker, so the same words credited to two people are two matches of one who-said answer; here they are
 * recognised as one quotation (the grouping rule on their wordings) and reported together, with the sentence
 * in each outlet that attributes them. A person and their own organisation ("Li Shangfu" and "the Chinese
 * defence ministry") are told apart from rivals.
 */
import { isOrganisationName } from '../claims/speakers.js';
import type { CorpusDocument } from '../corpus/types.js';
import { sameQuotation } from '../store/grouping/texts.js';
import { isStopword, words } from '../store/search/normalize.js';
import type { ClaimView } from '../store/view.js';
import { sentenceAround, unnamed } from './carriers.js';
import type { AttributionConflict, SpeakerRef, WhoSaidMatch } from './types.js';
import { quotedByAny } from './outlet-name.js';

/** Longest attributing sentence shown. */
const MAX_SENTENCE = 300;

/** When two wordings of different lengths hold the same words; README's threshold table is checked against these. */
export const CONFLICT_THRESHOLDS = Object.freeze({
  /**
   * Two wordings credited to different people are one quotation when they hold this many words in a row in
   * common, though one goes on longer ("…has nothing to add on the sale of the old terminal" / "…of the old terminal to
   * murdered him"): the grouping rule's size ratio keeps them apart, and the reader must still hear of it…
   */
  sharedRunWords: 8,
  /** …of which at least this many content words (a run of function words is anyone's). */
  sharedRunContentWords: 3,
});

/** Do two wordings hold `sharedRunWords` words in a row in common, enough of them content words? */
export function shareRun(a: string, b: string): boolean {
  const { sharedRunWords: n, sharedRunContentWords: content } = CONFLICT_THRESHOLDS;
  const runsOf = (ws: readonly string[]): string[] =>
    ws.slice(0, Math.max(0, ws.length - n + 1)).map((_, i) => ws.slice(i, i + n).join(' '));
  const aw = words(a);
  const inB = new Set(runsOf(words(b)));
  return runsOf(aw).some((run, i) => inB.has(run) && aw.slice(i, i + n).filter((w) => !isStopword(w)).length >= content);
}

/** Two words that name the same thing across spellings and forms (defence / defense, minister / ministry). */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return a.slice(0, 5) === b.slice(0, 5);
}

const isOrganisation = (s: SpeakerRef): boolean => isOrganisationName(s.name);

/**
 * An organisation is a person's own when the person's roles name its head word and most of its other words
 * ("Chinese Defense Minister" ~ "the Chinese defence ministry"; not "Russian Defence Minister").
 */
function ownOrganisation(person: SpeakerRef, titles: readonly string[], organisation: SpeakerRef): boolean {
  const roleWords = [...person.roles, ...titles].flatMap((r) => words(r)).filter((w) => !isStopword(w));
  const named = (w: string): boolean => roleWords.some((r) => related(w, r));
  const orgWords = words(organisation.name).filter((w) => !isStopword(w));
  const head = orgWords.findLast((w) => isOrganisationName(w));
  if (!head || !named(head)) return false;
  const others = orgWords.filter((w) => w !== head);
  return others.length === 0 || others.filter(named).length * 2 > others.length;
}

/** The sentence of `doc` around `at` (within its paragraph), clipped for display. */
function sentenceAt(doc: CorpusDocument, at: number): string {
  const block = doc.blocks.find((b) => b.start <= at && at < b.end) ?? {
    start: Math.max(0, at - 200),
    end: Math.min(doc.text.length, at + 200),
  };
  const text = doc.text.slice(block.start, block.end);
  const sentence = sentenceAround(text, at - block.start);
  return sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1)}…` : sentence;
}

/** The words that credit the match's words in each outlet ("Energy Minister Rafael Lindqvist"): the titles its articles give. */
function mentions(view: ClaimView, match: WhoSaidMatch): string[] {
  return match.outlets.flatMap(
    (o) => view.entriesOfDocument(o.document).find((e) => e.start === o.start && e.end === o.end)?.speakerMention?.text ?? [],
  );
}

/** The sentence that credits the match's words to its speaker, in the first outlet that names one. */
function attribution(view: ClaimView, match: WhoSaidMatch): string | null {
  for (const o of match.outlets) {
    const doc = view.documents.get(o.document);
    const entry = view.entriesOfDocument(o.document).find((e) => e.start === o.start && e.end === o.end);
    if (doc && entry?.speakerMention) return sentenceAt(doc, entry.speakerMention.start);
  }
  return null;
}

/**
 * The conflict around the best match: other matches of the answer whose words are the same quotation but
 * whose speaker is someone else. Null when every outlet credits the same person (or no one).
 */
export function findConflict(view: ClaimView, matches: readonly WhoSaidMatch[]): AttributionConflict | null {
  const [best, ...rest] = matches;
  // quotations only: reported speech is the outlet's own wording, not words put in someone's mouth
  const quoted = (m: WhoSaidMatch): boolean => quotedByAny(m.outlets);
  if (!best?.speakerRef || !quoted(best)) return null;
  const rivals = rest.filter(
    (m) =>
      quoted(m) &&
      m.speakerRef &&
      m.speakerRef.id !== best.speakerRef!.id &&
      // a pronoun or a description its article never resolved ("the minister said") credits no one else
      !unnamed(m.speakerRef.name) &&
      (sameQuotation(m.quote, best.quote) || shareRun(best.quote, m.quote)),
  );
  if (!rivals.length) return null;
  const involved = [best, ...rivals];
  return {
    speakers: involved.map((m) => ({
      speaker: m.speaker!,
      documents: m.outlets.map((o) => o.document),
      attribution: attribution(view, m),
      // a name a moderator split off is said to be their word, not the outlets' alone
      ...(m.speakerRef?.correction ? { correction: { ...m.speakerRef.correction } } : {}),
    })),
    relation: creditRelation(involved.map((m) => ({ speaker: m.speakerRef!, titles: () => mentions(view, m) }))),
  };
}

/**
 * How the people credited with the same words stand to each other, as who-said, /compare and /quotes all say it:
 * `organisation` for one person and their own organisation(s) ("Li Shangfu" and "the Chinese defence ministry"),
 * else `rivals`. `titles` are the words that credit each one in its outlets ("Energy Minister X said"), which count
 * as the person's roles.
 */
export function creditRelation(
  credited: readonly { speaker: SpeakerRef; titles: () => readonly string[] }[],
): AttributionConflict['relation'] {
  const people = credited.filter((c) => !isOrganisation(c.speaker));
  const organisations = credited.filter((c) => isOrganisation(c.speaker)).map((c) => c.speaker);
  if (people.length !== 1 || organisations.length === 0) return 'rivals';
  const person = people[0]!;
  const titles = person.titles();
  return organisations.every((o) => ownOrganisation(person.speaker, titles, o)) ? 'organisation' : 'rivals';
}
