/**
 * Who claim groups credit, compared: another person (`otherSpeaker`), one person under two credits
 * (`sameSpeaker`), and a claim that is only the start of a longer claim of its speaker (`markStarts`).
 */
import { words } from '../../store/search/normalize.js';
import type { ClaimView } from '../../store/view.js';
import type { ClaimGroup } from '../../store/types.js';
import { cutEnd } from '../diff.js';
import { jointMemberOf, nameMatches, writtenAsName } from '../../claims/speakers.js';
import type { CompareClaim } from '../types.js';
import { COMPARE_LIMITS } from './limits.js';

/**
 * The person another claim group credits, when the document's quotation comes from that group and it is not
 * the claim's speaker: “Valley Post quoted it verbatim” would hide that Valley Post gives the words to
 * someone else. A surname-only credit of the same person ("Olsen" for "Henrik Olsen") is the same person;
 * an unresolved description ("the spokesman") names nobody.
 */
export function otherSpeaker(store: ClaimView, group: ClaimGroup, other: ClaimGroup): string | null {
  if (!group.speakerId || !other.speakerId || other.speakerId === group.speakerId) return null;
  const a = store.speakers.get(group.speakerId);
  const b = store.speakers.get(other.speakerId);
  // a description ("the opposition") or a pronoun the article never resolved names nobody to disagree with
  if (!a || !b || !writtenAsName(b.name) || !writtenAsName(a.name)) return null;
  const single = (name: string): boolean => words(name).length === 1;
  if ((single(b.name) && nameMatches(b.name, a)) || (single(a.name) && nameMatches(a.name, b))) return null;
  // one of the people a joint statement is credited to, or the joint credit of the claim's speaker: no one else
  if (jointMemberOf(a, b) || jointMemberOf(b, a)) return null;
  return b.name;
}

/**
 * Whether two claim groups credit one person: the same speaker, or one credited by a single name that fits the
 * other's (“Varga” for “Ilse Varga”). Unattributed groups credit nobody in common.
 */
export function sameSpeaker(store: ClaimView, group: ClaimGroup, other: ClaimGroup): boolean {
  if (!group.speakerId || !other.speakerId) return false;
  if (group.speakerId === other.speakerId) return true;
  const a = store.speakers.get(group.speakerId);
  const b = store.speakers.get(other.speakerId);
  if (!a || !b) return false;
  const single = (name: string): boolean => words(name).length === 1;
  return (single(b.name) && nameMatches(b.name, a)) || (single(a.name) && nameMatches(a.name, b));
}

/**
 * The longer claim compared beside claim `i` whose first words, in order and nothing else, are claim `i`'s, both by
 * one speaker (the store grouped the cut-short quotation apart; the longer claim lists its outlets as cutting the end),
 * with the words it goes on with and the documents that carry it whole. Null when none does, or none carries it whole.
 * `groups[k]` is the claim group of `claims[k]`.
 */
function longerClaimStarted(
  store: ClaimView,
  groups: readonly ClaimGroup[],
  claims: readonly CompareClaim[],
  i: number,
): CompareClaim['startOf'] | null {
  const group = groups[i]!;
  for (const [j, longer] of groups.entries()) {
    if (j === i || !sameSpeaker(store, group, longer)) continue;
    const cut = cutEnd(longer.text, group.text, COMPARE_LIMITS.partWords);
    if (!cut) continue;
    const documents = claims[j]!.outlets.filter(
      (o) =>
        (o.rendering === 'verbatim' || o.rendering === 'reworded') &&
        !o.changes.some((c) => c.kind === 'truncated_end') &&
        !o.leftOut?.includes(cut.rest),
    ).map((o) => o.document);
    if (documents.length) return { claimId: longer.id, rest: cut.rest, documents };
  }
  return null;
}

/**
 * A claim whose words are only the first words of a longer claim of its speaker compared beside it says so itself
 * (`startOf`): /compare on a topic and several given quotations compared (`compareClaims`) alike.
 */
export function markStarts(store: ClaimView, groups: readonly ClaimGroup[], claims: readonly CompareClaim[]): void {
  for (const [i, claim] of claims.entries()) {
    const start = longerClaimStarted(store, groups, claims, i);
    if (start) claim.startOf = start;
  }
}
