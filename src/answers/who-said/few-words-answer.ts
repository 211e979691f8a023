/**
 * Answers to a few words (`fewWordsAnswer`: the speakers quoted using them, not a verdict on a quotation) and to a
 * question quoting parts of several quotations (`partsQuoted`).
 */
import type { ClaimView } from '../../store/view.js';
import type { SearchHit } from '../../store/types.js';
import { unnamed } from '../carriers.js';
import { words } from '../../store/search/normalize.js';
import type { NotFoundHint, WhoSaidMatch, WhoSaidResult } from '../types.js';
import { otherSpeaker } from '../compare.js';
import { contentWordCount } from '../few-words.js';
import type { NamedHolding } from './asked-speaker.js';

/** Speakers named in a few-words answer at most (the count says how many quotations there are). */
const MAX_FEW_WORDS_SPEAKERS = 10;

/**
 * The answer to words too few to tell which quotation they come from (few-words.ts): not found, saying how many
 * quotations hold them and whose, and what to ask instead (`hint`), never one of them picked as "said these words".
 */
export function fewWordsAnswer(
  store: ClaimView,
  base: Omit<WhoSaidResult, 'verdict' | 'matches' | 'explanation'>,
  asked: string,
  hits: readonly SearchHit[],
  limited: boolean,
  byNamed: NamedHolding | null = null,
): WhoSaidResult {
  const groups = new Map<number, string | null>();
  for (const h of hits) {
    const speaker = h.group.speakerId ? store.speakers.get(h.group.speakerId)?.name : undefined;
    groups.set(h.group.id, speaker && !unnamed(speaker) ? speaker : null);
  }
  // the people most of those quotations credit first
  const byCount = new Map<string, number>();
  for (const name of groups.values()) if (name) byCount.set(name, (byCount.get(name) ?? 0) + 1);
  const speakers = [...byCount].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const contentWords = contentWordCount(asked);
  const hint: NotFoundHint = {
    kind: 'few_words',
    contentWords,
    quotations: groups.size,
    speakers: speakers.slice(0, MAX_FEW_WORDS_SPEAKERS),
    ...(limited ? { atLeast: true as const } : {}),
    ...(byNamed ? { namedSpeaker: byNamed } : {}),
  };
  const quotations = `${limited ? 'at least ' : ''}${groups.size} quotation${groups.size === 1 ? '' : 's'}`;
  const whose = speakers.length ? ` (${speakers.length === 1 ? speakers[0] : `${speakers.length} speakers named`})` : '';
  const tooFew =
    contentWords === 0
      ? 'Common words alone cannot tell who said a quotation'
      : contentWords === 1
        ? words(asked).length === 1
          ? 'One word cannot tell who said a quotation'
          : 'One word among common ones cannot tell who said a quotation'
        : // the others hold them in reported speech, not in the quotations counted here
          `Two words that several people are ${speakers.length > 1 ? 'quoted' : 'quoted or reported'} saying cannot tell who said them`;
  // a typo'd word is not in them as typed: words close to it are; of two words, some may hold them a word apart
  const found = hits.every((h) => h.exact)
    ? `“${asked.trim()}” is`
    : hits.some((h) => h.exact)
      ? `“${asked.trim()}”, or words close to it, are`
      : `words close to “${asked.trim()}” are`;
  // the person named holds them too: why "misattributed" is not said, in their own words
  const theirs = byNamed
    ? byNamed.reported
      ? ` ${byNamed.speaker}, whom you named, is reported saying “${byNamed.words}” (the outlets' words, not in quotation marks).`
      : ` ${byNamed.speaker}, whom you named, is quoted saying “${byNamed.words}”.`
    : '';
  return {
    ...base,
    verdict: 'not_found',
    matches: [],
    hint,
    explanation: `${tooFew}: ${found} in ${quotations}${whose}, inside longer words, so no one is named as saying them.${theirs}`,
  };
}

/** Fewest words of a quotation held whole in the member's words for it to count as a part they quoted. */
const MIN_PART_WORDS = 4;

type PartQuoted = NonNullable<WhoSaidResult['partsQuoted']>[number];

/** Parts listed at most. */
const MAX_PARTS = 3;

/**
 * Quotations that the member's words hold whole, word for word ("strengthen the dykes at every port" inside "she
 * said they will strengthen the dykes at every port and more"), from documents the answer does not list (under the best match or another candidate): those
 * outlets quote that part of the member's words exactly, which an answer on a longer quotation would otherwise hide
 * (a verbatim one too: an outlet quoting half of the claim carries part of it). Kept apart from the best match
 * (never diffed against it): quoting a part is not cutting the quotation. Read from the best match speaker's own
 * claims and from the hits the question's search already returned (a part credited to someone else, named as
 * `creditedTo`), not a second search of the corpus (a quotation no longer than the member's words is all it looks
 * at), longest parts first.
 */
export function partsQuoted(
  store: ClaimView,
  asked: string,
  shown: readonly WhoSaidMatch[],
  scope: Set<string> | null,
  hits: readonly SearchHit[],
): PartQuoted[] {
  const best = shown[0]!;
  const askedWords = ` ${words(asked).join(' ')} `;
  // documents the answer already lists, under the best match or another candidate, are not listed again
  const listed = new Set(shown.flatMap((m) => m.outlets.map((o) => o.document)));
  const whole = words(best.quote).length;
  const bestGroup = store.group(best.claimId);
  const parts = new Map<string, PartQuoted & { words: number }>();
  const own = best.speakerRef ? store.groupsOfSpeaker(best.speakerRef.id).flatMap((g) => g.entryIds.map((id) => store.entry(id))) : [];
  // a hit can be a part only when it is shorter than the best match and every word of it is in the question in order
  // (read from the hit's own counts: most hits of a verbatim answer are dropped before their words are read)
  const partHits = hits.filter((h) => h.length < whole && h.orderedWords >= h.length).map((h) => h.entry);
  for (const entry of [...own, ...partHits]) {
    // a quotation longer than the member's words cannot stand whole inside them
    if (entry.kind !== 'quote' || entry.text.length > asked.length + 8 || listed.has(entry.documentId)) continue;
    if (scope && !scope.has(entry.documentId)) continue;
    const quoted = words(entry.text);
    const key = quoted.join(' ');
    // (a part: fewer words than the best match's quotation, which a verbatim answer's words hold whole too; the
    // whole words credited to someone else are another candidate, not a part)
    if (quoted.length < MIN_PART_WORDS || quoted.length >= whole || !askedWords.includes(` ${key} `)) continue;
    // the best match's speaker's quotation, or one the outlet credits to someone else (said, as /compare says it)
    const other = otherSpeaker(store, bestGroup, store.group(entry.groupId));
    const sameSpeaker = best.speakerRef !== null && store.group(entry.groupId).speakerId === best.speakerRef.id;
    if (!sameSpeaker && !other) continue;
    const part = parts.get(key) ?? { quote: entry.text, words: quoted.length, carriers: [] };
    const doc = store.documents.get(entry.documentId);
    if (!part.carriers.some((c) => c.document === entry.documentId))
      part.carriers.push({
        document: entry.documentId,
        outlet: doc?.meta.outlet ?? null,
        date: doc?.meta.date ?? null,
        ...(other ? { creditedTo: other } : {}),
      });
    parts.set(key, part);
  }
  return [...parts.values()]
    .sort((a, b) => b.words - a.words)
    .slice(0, MAX_PARTS)
    .map(({ quote, carriers }) => ({ quote, carriers }));
}
