/** The compare answer as a view: per claim, the outlets grouped by how they carried it. */
import type { CompareClaim, CompareOutlet, CompareResult } from '../../answers/types.js';
import { DOT, RENDERING_LABELS, RENDERING_ORDER, count, nameList, outletLabel, speakerLabel, corpusNote, footerOf } from '../labels.js';
import { clip, diffSpans, hasChanges, line, quoted, strong, type Line, type Section, type View } from '../view.js';

/** Claims shown at most (one section each). */
export const MAX_COMPARE_CLAIMS = 20;

function groupLines(outlets: CompareOutlet[]): Line[] {
  const lines: Line[] = [];
  for (const rendering of RENDERING_ORDER) {
    const group = outlets.filter((o) => o.rendering === rendering);
    if (!group.length) continue;
    const heading = `${RENDERING_LABELS[rendering].heading} (${group.length}): `;
    if (rendering === 'reworded') {
      // Each outlet's own wording matters here: one line each, with what it changed.
      lines.push(line(strong(heading.trimEnd())));
      for (const o of group) {
        const change = hasChanges(o.diff) ? diffSpans(o.diff, 300) : [quoted(o.text, 300)];
        lines.push(line(`• ${outletLabel(o)}: `, ...change));
      }
    } else {
      lines.push(line(strong(heading.trimEnd()), ' ', group.map(outletLabel).join('; ')));
    }
  }
  return lines;
}

function claimSection(c: CompareClaim, n: number): Section {
  return {
    name: line(`${n}. ${speakerLabel(c.speaker)}${DOT}${Math.round(c.score * 100)}% match`),
    lines: [line(quoted(c.quote, 300)), ...groupLines(c.outlets)],
  };
}

/**
 * The compare view: the topic and explanation, then for each claim its reference wording and the outlets
 * grouped as quoted verbatim / quoted with other words (with the diff) / only paraphrased / left it out.
 */
export function compareView(result: CompareResult): View {
  const lead: Line[] = [line(clip(result.explanation, 1000))];
  lead.push(line(result.outletFilter.length ? `Outlets: ${nameList(result.outletFilter)}` : 'Outlets: every document in the corpus'));
  const shown = result.claims.slice(0, MAX_COMPARE_CLAIMS);
  const sections = shown.map((c, i) => claimSection(c, i + 1));
  const more = result.claims.length - shown.length;
  return {
    tone: result.claims.length ? 'info' : 'bad',
    title: line(`🔎 Compare: `, quoted(result.topic, 200)),
    lead,
    sections,
    footer: footerOf(
      `${count(result.claims.length, 'claim')}${more > 0 ? `, first ${shown.length} shown` : ''}`,
      corpusNote(result.corpus),
    ),
  };
}
