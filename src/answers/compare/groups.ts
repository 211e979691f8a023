import { sameQuotation } from '../../store/grouping/texts.js';
import type { ClaimView } from '../../store/view.js';
import type { ClaimGroup } from '../../store/types.js';
import { jointMemberOf, writtenAsName } from '../../claims/speakers.js';
import { shareRun } from '../conflicts.js';
import { relays } from '../relays.js';
import { otherSpeaker } from './speakers.js';

/**
 * Claims without those that are another claim's words relayed: a claim group whose every quotation is credited to
 * someone its article says was reading, quoting or speaking for the speaker of another claim of the same words
 * (one speaker: "the minister" where two ministers are credited is a guess) is that claim (its outlets show the
 * relay), not a claim of its own. `relayedTo` maps each such group to the speaker it relays.
 */
export function withoutRelayed<T extends { group: ClaimGroup }>(
  store: ClaimView,
  groups: T[],
): { kept: T[]; relayedTo: Map<number, string> } {
  const relayedTo = new Map<number, string>();
  for (const { group } of groups) {
    const quotes = group.entryIds.map((i) => store.entry(i)).filter((e) => e.kind === 'quote');
    if (!quotes.length) continue;
    const relayed = new Set<string>();
    for (const { group: other } of groups) {
      const speaker = other.speakerId && other.speakerId !== group.speakerId ? store.speakers.get(other.speakerId) : undefined;
      if (
        speaker &&
        writtenAsName(speaker.name) &&
        (sameQuotation(group.text, other.text) || shareRun(group.text, other.text)) &&
        quotes.every((e) => relays(store, e, speaker))
      )
        relayed.add(speaker.id);
    }
    if (relayed.size === 1) relayedTo.set(group.id, [...relayed][0]!);
  }
  return { kept: groups.filter(({ group }) => !relayedTo.has(group.id)), relayedTo };
}

/**
 * Claims without those whose words another claim credits jointly to their speaker and others ("Tom Hale" beside
 * "Ana Ruiz, Tom Hale and Lea Costa", the same quotation): one claim, shown under the joint credit, whose outlets
 * include the one that names Hale alone.
 */
export function withoutJointMembers<T extends { group: ClaimGroup }>(store: ClaimView, groups: T[]): T[] {
  const speakerOf = (g: ClaimGroup) => (g.speakerId ? store.speakers.get(g.speakerId) : undefined);
  return groups.filter(({ group }) => {
    const member = speakerOf(group);
    return !(
      member &&
      groups.some(({ group: other }) => {
        const joint = speakerOf(other);
        return !!joint && jointMemberOf(joint, member) && (sameQuotation(group.text, other.text) || shareRun(group.text, other.text));
      })
    );
  });
}

/**
 * Claims with the same words credited to different people made one: outlets that give a quotation to two
 * people carry one quotation, shown once under the person more documents quote saying it (then the one quoted
 * first), each outlet that credits someone else marked as such (as who-said leads its answer). `rivalsOf` maps
 * each kept claim that absorbed others to them, the lead first.
 */
export function withRivalsMerged<T extends { group: ClaimGroup; score: number }>(
  store: ClaimView,
  groups: T[],
  scope: ReadonlySet<string> | null,
): { kept: T[]; rivalsOf: Map<number, ClaimGroup[]> } {
  const quoteDocuments = (g: ClaimGroup): Set<string> =>
    new Set(
      g.entryIds
        .map((i) => store.entry(i))
        .filter((e) => e.kind === 'quote')
        .map((e) => e.documentId),
    );
  const first = (g: ClaimGroup): string =>
    [...quoteDocuments(g)].reduce((d, id) => {
      const date = store.documents.get(id)?.meta.date;
      return date && date < d ? date : d;
    }, '\uffff');
  // among the outlets compared first (an outlet filter), then across the corpus
  const inScope = (g: ClaimGroup): number => (scope ? [...quoteDocuments(g)].filter((d) => scope.has(d)).length : 0);
  const leads = (a: ClaimGroup, b: ClaimGroup): boolean =>
    inScope(a) - inScope(b) > 0 ||
    (inScope(a) === inScope(b) &&
      (quoteDocuments(a).size - quoteDocuments(b).size > 0 || (quoteDocuments(a).size === quoteDocuments(b).size && first(a) < first(b))));
  const rows: { lead: T; members: T[] }[] = [];
  for (const g of groups) {
    const quoted = quoteDocuments(g.group).size > 0;
    const row =
      quoted &&
      rows.find(({ members }) =>
        members.every(
          (m) =>
            quoteDocuments(m.group).size > 0 &&
            otherSpeaker(store, m.group, g.group) !== null &&
            (sameQuotation(m.group.text, g.group.text) || shareRun(m.group.text, g.group.text)),
        ),
      );
    if (!row) {
      rows.push({ lead: g, members: [g] });
      continue;
    }
    row.members.push(g);
    if (leads(g.group, row.lead.group)) row.lead = g;
  }
  const rivalsOf = new Map<number, ClaimGroup[]>();
  const kept = rows.map(({ lead, members }) => {
    if (members.length > 1)
      rivalsOf.set(
        lead.group.id,
        [lead, ...members.filter((m) => m !== lead)].map((m) => m.group),
      );
    return { ...lead, score: Math.max(...members.map((m) => m.score)) };
  });
  return { kept, rivalsOf };
}
