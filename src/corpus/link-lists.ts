/**
 * Link lists ("Featured Stories", "Related", "Most read"): runs of short headline lines without prose,
 * often each printed twice (image alt text + link) and interleaved with dates. A run counts as a list only
 * with evidence of a list: a list heading, repeated lines or several date lines. Real paragraphs never
 * satisfy that, so a run of short article paragraphs survives.
 */
import type { ClassifiedLine } from './clean.js';
import { isHeadlineLike } from './chrome.js';

const LIST_HEADING =
  /^(?:featured|related|top|latest|trending|popular|recommended|recent|more|most (?:read|popular|viewed|shared)|editor'?s picks?|(?:more|also) (?:from|on|in) [\w ]{1,30}|read (?:more|also|next)|you (?:may|might) also like|what to read next)(?: (?:stories|news|articles|posts|headlines|reads|videos|content|topics))?:?$/i;

/** Chrome kinds that may sit inside a link list without ending it. */
const INSIDE_LIST = new Set(['date', 'footer', 'caption', 'url', 'duplicate', 'link_list']);

interface Run {
  from: number;
  to: number;
}

function runs(lines: ClassifiedLine[]): Run[] {
  const out: Run[] = [];
  let from = -1;
  for (let i = 0; i <= lines.length; i++) {
    const l = lines[i];
    const member = l !== undefined && (!l.text || (l.chrome ? INSIDE_LIST.has(l.chrome) : isHeadlineLike(l.text)));
    if (member && from < 0) from = i;
    if (!member && from >= 0) {
      out.push({ from, to: i });
      from = -1;
    }
  }
  return out;
}

function isList(lines: ClassifiedLine[], run: Run): boolean {
  let headlines = 0;
  let dates = 0;
  let repeats = 0;
  let heading = false;
  let prevText = '';
  for (let i = run.from; i < run.to; i++) {
    const l = lines[i]!;
    if (!l.text) continue;
    if (l.chrome === 'date') dates++;
    else if (!l.chrome) {
      if (LIST_HEADING.test(l.text)) heading = true;
      else headlines++;
    }
    if (l.text === prevText) repeats++;
    prevText = l.text;
  }
  return headlines >= 3 && (heading || dates >= 2 || repeats >= 2);
}

/** Marks every line of each link-list run as chrome (`link_list`; dates and other chrome keep their kind). */
export function markLinkLists(lines: ClassifiedLine[]): void {
  for (const run of runs(lines)) {
    if (!isList(lines, run)) continue;
    for (let i = run.from; i < run.to; i++) {
      const l = lines[i]!;
      if (l.text && !l.chrome) l.chrome = 'link_list';
    }
  }
}
