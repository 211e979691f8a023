/**
 * Link lists ("Featured Stories", "Related", "Most read"): runs of short headline lines without prose,
 * often each printed twice (image alt text + link) and interleaved with dates. A run counts as a list only
 * with evidence of a list: a list heading, repeated lines or several date lines. Real paragraphs never
 * satisfy that, so a run of short article paragraphs survives.
 */
import type { ClassifiedLine } from './chrome.js';
import { isHeadlineLike } from './chrome.js';

const LIST_HEADING =
  /^(?:featured|related|top|latest|trending|popular|recommended|recent|more|most (?:read|popular|viewed|shared)|editor'?s picks?|(?:more|also) (?:from|on|in) [\w ]{1,30}|read (?:more|also|next)|you (?:may|might) also like|what to read next)(?: (?:stories|news|articles|posts|headlines|reads|videos|content|topics))?:?$/i;

/** Chrome kinds that may sit inside a link list without ending it. */
const INSIDE_LIST = new Set(['date', 'footer', 'caption', 'url', 'duplicate', 'link_list']);

interface Run {
  from: number;
  to: number;
}

/** A list heading, ignoring trailing ":" and "." (stripped by hand: this runs on every line). */
function isHeading(l: ClassifiedLine): boolean {
  const t = l.text;
  let end = t.length;
  while (end > 0 && (t.charCodeAt(end - 1) === 58 || t.charCodeAt(end - 1) === 46)) end--;
  // Every heading is at most a few words: skip the pattern for prose lines.
  return end <= 80 && LIST_HEADING.test(end === t.length ? t : t.slice(0, end));
}

function runs(lines: ClassifiedLine[]): Run[] {
  const out: Run[] = [];
  let from = -1;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    const member =
      l !== undefined && (!l.text || isHeading(l) || (l.chrome ? INSIDE_LIST.has(l.chrome) : isHeadlineLike(l.text, undefined, l.words)));
    if (member && from < 0) from = i;
    if (!member && from >= 0) {
      out.push({ from, to: i });
      from = -1;
    }
  }
  return out;
}

/** Splits a run at each list heading, so a heading only claims the lines after it. */
function segments(lines: ClassifiedLine[], run: Run): Run[] {
  const out: Run[] = [];
  let from = run.from;
  for (let i = run.from + 1; i < run.to; i++) {
    if (lines[i]!.text && isHeading(lines[i]!)) {
      out.push({ from, to: i });
      from = i;
    }
  }
  out.push({ from, to: run.to });
  return out;
}

function headlineCount(lines: ClassifiedLine[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (lines[i]!.text && !lines[i]!.chrome && !isHeading(lines[i]!)) n++;
  return n;
}

/**
 * The part of a segment that is a list, or null. After a heading: the whole segment when at least two
 * headlines follow. Without one: from the first sign of a list (a date line or a line printed twice, taking
 * the headline a date belongs to) to the end, when it holds three headlines and two such signs.
 */
function listPart(lines: ClassifiedLine[], seg: Run): Run | null {
  const first = lines[seg.from]!;
  if (first.text && isHeading(first)) return headlineCount(lines, seg.from + 1, seg.to) >= 2 ? seg : null;
  // Only the segment's own lines (scanning the whole page per segment made long pages quadratic).
  const texts: { l: ClassifiedLine; i: number }[] = [];
  for (let i = seg.from; i < seg.to; i++) if (lines[i]!.text) texts.push({ l: lines[i]!, i });
  let start = -1;
  let signs = 0;
  texts.forEach(({ l, i }, k) => {
    const repeated = texts[k + 1]?.l.text === l.text;
    const sign = l.chrome === 'date' || repeated;
    if (!sign) return;
    signs++;
    if (start < 0) start = l.chrome === 'date' && k > 0 ? texts[k - 1]!.i : i;
  });
  if (start < 0 || signs < 2 || headlineCount(lines, start, seg.to) < 3) return null;
  return { from: start, to: seg.to };
}

/** Marks every line of each link list as chrome (`link_list`; other chrome inside keeps its kind). */
export function markLinkLists(lines: ClassifiedLine[]): void {
  for (const run of runs(lines)) {
    for (const seg of segments(lines, run)) {
      const list = listPart(lines, seg);
      if (!list) continue;
      for (let i = list.from; i < list.to; i++) {
        const l = lines[i]!;
        // Dates inside a list are the listed stories' dates, never the page's: they become list lines too.
        if (l.text && (!l.chrome || l.chrome === 'date' || isHeading(l))) l.chrome = 'link_list';
      }
    }
  }
}
