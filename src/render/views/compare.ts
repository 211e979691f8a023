/** The compare answer as a view: per claim, the outlets grouped by how they carried it. */
import type { CompareClaim, CompareOutlet, CompareResult } from '../../answers/types.js';
import {
  CONFLICT_WARNING,
  DOT,
  MAX_NAME,
  RENDERING_LABELS,
  RENDERING_ORDER,
  count,
  nameList,
  outletLabel,
  speakerLabel,
  corpusNote,
  footerOf,
} from '../labels.js';
import { changesLine, conflictHead, copyNote, leftOutNote } from '../depth.js';
import { REPORT_ACTION } from './who-said.js';
import { clip, diffSpans, hasChanges, line, quoted, strong, type Line, type Section, type View } from '../view.js';
import { outletName } from '../../answers/outlet-name.js';

/** Claims shown at most (one section each). */
export const MAX_COMPARE_CLAIMS = 20;

/**
 * Labels that read the same (one outlet's articles of one day, none tagged otherwise) once, with how many: a list
 * of “Saltmere Gazette · 2026-05-04” three times over reads as a fault, not as three articles.
 */
function sameOnce(labels: readonly string[]): string[] {
  const times = new Map<string, number>();
  for (const l of labels) times.set(l, (times.get(l) ?? 0) + 1);
  return [...times].map(([l, n]) => (n > 1 ? `${l} (${count(n, 'document')})` : l));
}

/**
 * Outlets earliest first, undated ones last, then by name (a copy after what it copies): a group read as "who carried it, and when" (the
 * answer's data keeps the corpus's order).
 */
function byDate(outlets: readonly CompareOutlet[]): CompareOutlet[] {
  return [...outlets].sort(
    (a, b) =>
      (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') ||
      // a copy of the same day after what it copies
      Number(a.copyOf === b.document) - Number(b.copyOf === a.document) ||
      outletLabel({ ...a, date: null }).localeCompare(outletLabel({ ...b, date: null })) ||
      a.document.localeCompare(b.document),
  );
}

function groupLines(outlets: CompareOutlet[], relation: CompareClaim['relation']): Line[] {
  const lines: Line[] = [];
  const byDocument = new Map(outlets.map((o) => [o.document, o]));
  const labelOf = (document: string): string => {
    const o = byDocument.get(document);
    return o ? outletLabel({ ...o, date: null }) : document;
  };
  const tagged = (o: CompareOutlet): string =>
    [
      outletLabel(o),
      // (no warning for the words of the speaker's own organisation, or of the person behind it)
      o.creditedTo && `${relation === 'organisation' ? '' : '⚠️ '}credits ${clip(o.creditedTo, MAX_NAME)}`,
      o.relayedBy && `relayed by ${clip(o.relayedBy, MAX_NAME)}`,
      // quoted word for word with words left out at an ellipsis: which words, so "verbatim" hides no cut
      leftOutNote(o.leftOut),
      copyNote(o.copyOf, labelOf),
    ]
      .filter(Boolean)
      .join(' — ');
  for (const rendering of RENDERING_ORDER) {
    const group = byDate(outlets.filter((o) => o.rendering === rendering));
    if (!group.length) continue;
    const heading = `${RENDERING_LABELS[rendering].heading} (${group.length}): `;
    if (rendering === 'reworded') {
      // Each outlet's own wording matters here: one line each, with what it changed.
      lines.push(line(strong(heading.trimEnd())));
      for (const o of group) {
        const change = hasChanges(o.diff) ? diffSpans(o.diff, 300) : [quoted(o.text, 300)];
        lines.push(line(`• ${tagged(o)}: `, ...change));
      }
    } else {
      lines.push(line(strong(heading.trimEnd()), ' ', sameOnce(group.map(tagged)).join('; ')));
    }
  }
  for (const o of byDate(outlets)) {
    const meaning = changesLine(o.changes);
    if (meaning) lines.push(line(`${outletLabel({ ...o, date: null })} `, ...meaning));
  }
  return lines;
}

/** Outlets named in a sentence: "A", "A and B", "A, B and C", "A, B, C and 2 more". */
function outletsSaid(names: readonly string[]): string {
  const max = 3;
  if (names.length > max) return nameList(names, max);
  const shown = names.map((n) => clip(n, MAX_NAME));
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * "ℹ️ The start of claim 1: Brookside Herald and Valley Chronicle quote it in full, going on “…”" for a claim whose
 * words are only the first words of a longer claim compared in the same answer: read alone, its section would pass
 * for all the speaker said.
 */
function startOfLine(c: CompareClaim, claims: readonly CompareClaim[]): Line | null {
  if (!c.startOf) return null;
  const { claimId, rest, documents } = c.startOf;
  const at = claims.findIndex((other) => other.claimId === claimId);
  const longer = claims[at];
  const names = [
    ...new Set(documents.map((d) => outletName(longer?.outlets.find((o) => o.document === d) ?? { outlet: null, document: d }))),
  ];
  const which = at >= 0 && at < MAX_COMPARE_CLAIMS ? `claim ${at + 1}` : 'a longer claim';
  const verb = names.length === 1 ? 'quotes' : 'quote';
  return line(`ℹ️ The start of ${which}: ${outletsSaid(names)} ${verb} it in full, going on `, quoted(rest, 200));
}

function claimSection(c: CompareClaim, n: number, claims: readonly CompareClaim[]): Section {
  const carried = c.outlets.filter((o) => o.rendering !== 'absent').length;
  const independent = c.independentSources < carried ? `${DOT}${count(c.independentSources, 'independent report')}` : '';
  // a person and their own organisation are not rivals: said as who-said says it
  const relation = c.credits?.length ? (c.relation ?? 'rivals') : c.outlets.some((o) => o.creditedTo) ? 'rivals' : null;
  const warning =
    (c.meaningChanged ? `${DOT}⚠️ an outlet changed the meaning` : '') + (relation ? `${DOT}⚠️ ${CONFLICT_WARNING[relation]}` : '');
  // the same words credited to different people: one row, with who credits whom (as who-said says it)
  const credits = c.credits?.length
    ? [
        conflictHead(
          c.relation ?? 'rivals',
          ' ',
          c.credits
            .map((s) => `${clip(s.speaker, MAX_NAME)} (${count(s.documents.length, 'document')})`)
            .join(c.relation === 'organisation' ? ' or ' : ' vs '),
        ),
      ]
    : [];
  return {
    name: line(`${n}. ${speakerLabel(c.speaker)}${DOT}${Math.round(c.score * 100)}% match${independent}${warning}`),
    lines: [
      line(quoted(c.quote, 300)),
      ...(c.startOf ? [startOfLine(c, claims)!] : []),
      ...credits,
      ...(c.carriedElsewhere?.length ? [line(`Carried only by outlets not asked for: ${nameList(c.carriedElsewhere, 5)}`)] : []),
      ...(c.outlets.length
        ? groupLines(c.outlets, c.relation)
        : [line('No article of the outlets asked for carries it or is on its story.')]),
    ],
  };
}

/**
 * The documents of the outlets asked for that are on other stories: an outlet with no article on the topic is
 * said to have none (not to have "left it out"); the others are counted, not listed.
 */
function offTopicLines(result: CompareResult): Line[] {
  if (!result.offTopic?.length || !result.claims.some((c) => c.outlets.length)) return [];
  const listed = new Set(result.claims.flatMap((c) => c.outlets.map((o) => outletName(o).toLowerCase())));
  const aside = new Map<string, number>();
  for (const d of result.offTopic) aside.set(outletName(d), (aside.get(outletName(d)) ?? 0) + 1);
  const none = [...aside.keys()].filter((n) => !listed.has(n.toLowerCase()));
  const others = [...aside].filter(([n]) => listed.has(n.toLowerCase()));
  const lines: Line[] = [];
  if (none.length)
    lines.push(
      line(
        `No article on this topic: ${none.map((n) => `${clip(n, MAX_NAME)} (${count(aside.get(n)!, 'article')} on other stories)`).join('; ')}`,
      ),
    );
  if (others.length)
    lines.push(line(`On other stories, not listed: ${others.map(([n, k]) => `${clip(n, MAX_NAME)} (${count(k, 'article')})`).join('; ')}`));
  return lines;
}

/**
 * The compare view: the topic and explanation, then for each claim its reference wording and the outlets
 * grouped as quoted verbatim / quoted with other words (with the diff) / only paraphrased / left it out.
 */
export function compareView(result: CompareResult): View {
  const lead: Line[] = [line(clip(result.explanation, 1000))];
  // an answer on an outlet the corpus lacks names each typed outlet in its explanation: "Outlets: DW, Reuter" would
  // read as if both were compared
  if (!result.unknownOutlets?.length)
    lead.push(
      line(
        result.outletFilter.length
          ? `Outlets: ${nameList(result.outletNames ?? result.outletFilter)}`
          : 'Outlets: every document in the corpus',
      ),
    );
  lead.push(...offTopicLines(result));
  const shown = result.claims.slice(0, MAX_COMPARE_CLAIMS);
  const sections = shown.map((c, i) => claimSection(c, i + 1, result.claims));
  const more = result.claims.length - shown.length;
  return {
    tone: result.claims.length ? 'info' : 'bad',
    actions: [[REPORT_ACTION]],
    title: line(
      `🔎 Compare: `,
      quoted(result.topic, 200),
      result.claims.some((c) => c.meaningChanged) && ' · ⚠️ an outlet changed the meaning',
    ),
    lead,
    sections,
    footer: footerOf(
      `${count(result.claims.length, 'claim')}${more > 0 ? `, first ${shown.length} shown` : ''}`,
      corpusNote(result.corpus),
    ),
  };
}
