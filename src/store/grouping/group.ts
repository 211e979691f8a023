/**
 * Groups renditions of the same claim across documents: two wordings join when their content stems mostly
 * coincide and their speakers agree (or one is unattributed). Candidates come from each wording's rarest
 * stems, so grouping costs a few short posting lists per rendition, not a comparison of every pair.
 *
 * The candidate rule (the first `MAX_CANDIDATES_PER_TERM` earlier entries of each of the three rarest
 * stems; when they are many, only those sharing two of them; then the first `FEW_CANDIDATES` later, longer
 * entries of its rarest stem, for a wording cut short that came first) defines the groups. Everything else here only
 * makes the candidates cheap to find and check: only those whose speaker allows a join are read (see
 * grouping-candidates.ts), per-entry facts sit in typed arrays, the cheap rejections come first, a wording
 * already in the entry's group is not compared again, and a term comparison stops as soon as the threshold
 * is out of reach. None of it changes which pairs join, in which order, so the groups are the
 * same as a plain check of every candidate.
 */
import { CandidateLists, cappedBelow, type GroupingIndex } from './candidates.js';
import { moreThan, rarestTerms, sharedNeeded, sharesAtLeast, type TermSets } from './terms.js';
import { SpeakerUnionFind } from './union.js';

export type { GroupingIndex };

/** What grouping needs of a rendition besides its terms. */
export interface Groupable {
  speakerId: string | null;
  kind: 'quote' | 'paraphrase';
}

export type { TermSets } from './terms.js';

/** When two wordings are the same claim; README's threshold table is checked against these. */
export const GROUPING_THRESHOLDS = Object.freeze({
  /** Content stems shared / the smaller set, for two quotations to join… */
  quoteOverlap: 0.8,
  /** …for a paraphrase and a claim of the speaker it names… */
  paraphraseOverlap: 0.6,
  /** …and the smaller wording's size / the larger's. */
  minSizeRatio: 0.5,
  /** Candidates come from this many of a wording's rarest stems… */
  rarestTerms: 3,
  /** …the first this many earlier entries of each. */
  maxCandidatesPerTerm: 200,
  /** When the candidates are more than `fewCandidates`, a candidate must share this many of the rarest stems. */
  minSharedRare: 2,
  fewCandidates: 64,
});

// as plain constants: the loop below reads them millions of times
const {
  quoteOverlap: QUOTE_OVERLAP,
  paraphraseOverlap: PARAPHRASE_OVERLAP,
  minSizeRatio: MIN_SIZE_RATIO,
  rarestTerms: RAREST_TERMS,
  maxCandidatesPerTerm: MAX_CANDIDATES_PER_TERM,
  minSharedRare: MIN_SHARED_RARE,
  fewCandidates: FEW_CANDIDATES,
} = GROUPING_THRESHOLDS;

/**
 * Assigns a group number to every entry; returns group ids numbered 0..k-1 in order of first appearance.
 *
 * @example
 * const groupOf = groupEntries(entries, index.contentTermSets(), index); // groupOf[e]: entry e's group
 */
export function groupEntries(entries: readonly Groupable[], sets: TermSets, index: GroupingIndex): Int32Array {
  const n = entries.length;
  const { start, terms } = sets;
  // speakers as small numbers and kinds as bits: a candidate check reads typed arrays, not objects
  const speaker = new Int32Array(n);
  const quote = new Uint8Array(n);
  const speakerNumbers = new Map<string, number>();
  let maxSize = 0;
  for (let e = 0; e < n; e++) {
    const { speakerId, kind } = entries[e]!;
    let s = -1;
    if (speakerId) {
      s = speakerNumbers.get(speakerId) ?? speakerNumbers.size;
      if (s === speakerNumbers.size) speakerNumbers.set(speakerId, s);
    }
    speaker[e] = s;
    quote[e] = kind === 'quote' ? 1 : 0;
    maxSize = Math.max(maxSize, start[e + 1]! - start[e]!);
  }
  const joined = new SpeakerUnionFind(speaker);
  const needQuote = sharedNeeded(QUOTE_OVERLAP, maxSize);
  const needParaphrase = sharedNeeded(PARAPHRASE_OVERLAP, maxSize);
  const candidates = new CandidateLists(sets, index, speaker, MAX_CANDIDATES_PER_TERM);
  // shared[other]: how many of entry e's rarest terms `other` has, valid while seenBy[other] === e + 1
  const seenBy = new Int32Array(n);
  const shared = new Uint8Array(n);
  const found = new Int32Array(RAREST_TERMS * MAX_CANDIDATES_PER_TERM);
  const listed = new Int32Array(MAX_CANDIDATES_PER_TERM);
  const rarest = new Int32Array(RAREST_TERMS);
  const rarestFrequency = new Int32Array(RAREST_TERMS);
  const { postingStart, postings } = index.toData();
  // list r: postings[listFrom[r] .. + sizes[r]), of which lengths[r] come before the entry (when counted)
  const listFrom = new Int32Array(RAREST_TERMS);
  const sizes = new Int32Array(RAREST_TERMS);
  const lengths = new Int32Array(RAREST_TERMS);
  const cursors = new Int32Array(RAREST_TERMS);
  for (let e = 0; e < n; e++) {
    const eStart = start[e]!;
    const eEnd = start[e + 1]!;
    const na = eEnd - eStart;
    if (na === 0) continue;
    const rare = rarestTerms(terms, eStart, eEnd, postingStart, rarest, rarestFrequency);
    // list r: the r-th rarest term's first postings, up to the cap (those from e on are never read)
    let total = 0;
    let many = false;
    for (let r = 0; r < rare; r++) {
      listFrom[r] = postingStart[rarest[r]!]!;
      sizes[r] = Math.min(postingStart[rarest[r]! + 1]! - listFrom[r]!, MAX_CANDIDATES_PER_TERM);
      total += sizes[r]!;
      // more than FEW_CANDIDATES of one list before e: one read, no count
      if (sizes[r]! > FEW_CANDIDATES && postings[listFrom[r]! + FEW_CANDIDATES]! < e) many = true;
    }
    // a wording of the same claim keeps most words, so it shares at least two of the three rarest: when
    // the candidates (all of them, whatever their speaker) are many, the full comparison is only made for
    // those (one shared rare word is the common case for unrelated quotes); when few, all are compared
    if (!many && total > FEW_CANDIDATES) {
      let before = 0;
      for (let r = 0; r < rare; r++) {
        lengths[r] = cappedBelow(postings, listFrom[r]!, listFrom[r]! + sizes[r]!, e, FEW_CANDIDATES);
        before += lengths[r]!;
      }
      many = before > FEW_CANDIDATES && moreThan(FEW_CANDIDATES, postings, listFrom, lengths, rare, cursors);
    }
    const need = many ? Math.min(MIN_SHARED_RARE, rare) : 1;
    // only candidates whose speaker allows a join are listed: the others would be rejected below anyway
    candidates.prepare(e, rarest, rare, listFrom, sizes, total);
    let count = 0;
    for (let r = 0; r < rare; r++) {
      const listedCount = candidates.collect(r, rarest[r]!, listFrom[r]!, sizes[r]!, e, quote[e] === 1, listed);
      for (let k = 0; k < listedCount; k++) {
        const other = listed[k]!;
        if (seenBy[other] !== e + 1) {
          seenBy[other] = e + 1;
          shared[other] = 0;
          found[count++] = other;
        }
        shared[other]!++;
      }
    }
    const se = speaker[e]!;
    const qe = quote[e]!;
    let root = joined.find(e);
    for (let i = 0; i < count; i++) {
      const other = found[i]!;
      if (shared[other]! < need) continue;
      const so = speaker[other]!;
      if (se >= 0 && so >= 0 && se !== so) continue;
      const bothQuotes = (qe & quote[other]!) === 1;
      // a paraphrase only joins a claim whose speaker it names: unattributed reported speech is too vague
      if (!bothQuotes && (se < 0 || so < 0)) continue;
      const oStart = start[other]!;
      const oEnd = start[other + 1]!;
      const nb = oEnd - oStart;
      if (Math.min(na, nb) / Math.max(na, nb) < MIN_SIZE_RATIO) continue;
      // already one group: joining again would change nothing
      const otherRoot = joined.find(other);
      if (otherRoot === root) continue;
      const needed = (bothQuotes ? needQuote : needParaphrase)[Math.min(na, nb)]!;
      if (!sharesAtLeast(terms, eStart, eEnd, oStart, oEnd, needed)) continue;
      const united = joined.unionRoots(root, otherRoot);
      if (united >= 0) root = united;
    }
  }
  lookForward(sets, postingStart, postings, speaker, quote, joined, needQuote, needParaphrase);
  return joined.groupIds();
}

/**
 * The second look: a wording cut short that comes before the fuller one. The fuller wording's rarest stems
 * may all lie in the part the shorter one left out ("…, and everyone in this stadium saw it"), so the shorter
 * is none of its candidates; a wording cut short keeps its own rarest stem, which the fuller one holds too.
 * So each wording weighs, by the same rule, the first `FEW_CANDIDATES` later wordings of its rarest stem that
 * are longer than itself (a later wording no longer than it has weighed it already, from its own rarest
 * stems). One short list per wording: at a million synthetic entries this pass was a tenth of grouping's time.
 */
function lookForward(
  sets: TermSets,
  postingStart: Int32Array,
  postings: Int32Array,
  speaker: Int32Array,
  quote: Uint8Array,
  joined: SpeakerUnionFind,
  needQuote: Int32Array,
  needParaphrase: Int32Array,
): void {
  const { start, terms } = sets;
  const n = speaker.length;
  const rarest = new Int32Array(1);
  const rarestFrequency = new Int32Array(1);
  for (let x = 0; x < n; x++) {
    const xStart = start[x]!;
    const xEnd = start[x + 1]!;
    const na = xEnd - xStart;
    if (na === 0) continue;
    const sx = speaker[x]!;
    const qx = quote[x]!;
    rarestTerms(terms, xStart, xEnd, postingStart, rarest, rarestFrequency);
    const t = rarest[0]!;
    const end = postingStart[t + 1]!;
    // the first posting after x
    let lo = postingStart[t]!;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (postings[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    const last = Math.min(end, lo + FEW_CANDIDATES);
    for (let k = lo; k < last; k++) {
      const other = postings[k]!;
      const oStart = start[other]!;
      const oEnd = start[other + 1]!;
      const nb = oEnd - oStart;
      // longer wordings only, no more than twice as long, of a speaker x could join
      if (nb <= na || na / nb < MIN_SIZE_RATIO) continue;
      const so = speaker[other]!;
      if (sx >= 0 && so >= 0 && sx !== so) continue;
      const bothQuotes = (qx & quote[other]!) === 1;
      if (!bothQuotes && (sx < 0 || so < 0)) continue;
      const root = joined.find(x);
      const otherRoot = joined.find(other);
      if (otherRoot === root) continue;
      if (!sharesAtLeast(terms, xStart, xEnd, oStart, oEnd, (bothQuotes ? needQuote : needParaphrase)[na]!)) continue;
      joined.unionRoots(root, otherRoot);
    }
  }
}
