/** The who-said answer as a view: verdict first, then the quote, the speaker, the outlets (paged), others. */
import type { OutletCarrier, WhoSaidMatch, WhoSaidResult } from '../../answers/types.js';
import { buildCustomId } from '../custom-ids.js';
import {
  DOT,
  MAX_NAME,
  RENDERING_LABELS,
  VERDICT_LABELS,
  carrierUnit,
  carriersCount,
  count,
  outletLabel,
  pageLabel,
  speakerLabel,
  verdictLine,
  corpusNote,
  correctionNote,
  footerOf,
} from '../labels.js';
import { askedChangesLine, changesLine, conflictLines, copyNote, filledInNote, leftOutNote } from '../depth.js';
import { clip, diffSpans, em, hasChanges, line, quoted, strong, type Action, type Line, type Section, type View } from '../view.js';
import { earliestCarriers } from '../../answers/depth.js';
import { quotedByAny } from '../../answers/outlet-name.js';

/** Outlets shown per page (one context button each, so at most five). */
export const OUTLETS_PER_PAGE = 5;
/** Other candidates listed after the best match. */
export const MAX_OTHER_CANDIDATES = 3;

/** Options of the who-said renderers. */
export interface WhoSaidRenderOptions {
  /** Zero-based page of outlets (clamped to the pages there are). */
  page?: number;
}

/** Which outlets a page shows. */
export interface OutletPage {
  page: number;
  pages: number;
  /** Index (over all pages) of the first outlet shown. */
  offset: number;
  outlets: OutletCarrier[];
}

/** The outlets of `match` on `page` (clamped), `OUTLETS_PER_PAGE` at a time. */
export function outletPage(match: WhoSaidMatch | undefined, page = 0): OutletPage {
  const all = match?.outlets ?? [];
  const pages = Math.max(1, Math.ceil(all.length / OUTLETS_PER_PAGE));
  const p = Math.min(Math.max(0, Math.trunc(Number.isFinite(page) ? page : 0)), pages - 1);
  const offset = p * OUTLETS_PER_PAGE;
  return { page: p, pages, offset, outlets: all.slice(offset, offset + OUTLETS_PER_PAGE) };
}

/** The outlet that prints the match's wording with its ellipsis, which an outlet quoting the full words fills in. */
function ellipsisOutlet(outlets: readonly OutletCarrier[], labelOf: (document: string) => string): string | null {
  const cut = outlets.find((o) => o.rendering === 'verbatim' && !o.filledIn && !o.leftOut && /…|\.\s?\.\s?\./u.test(o.text));
  return cut ? labelOf(cut.document) : null;
}

function outletSection(o: OutletCarrier, n: number, labelOf: (document: string) => string, cutBy: string | null = null): Section {
  const credited = o.creditedAs ? `credited as “${clip(o.creditedAs, 60)}”` : null;
  // the article credits someone who read or quoted the speaker's words: no rival speaker
  const relayed = o.relayedBy ? `relayed by ${clip(o.relayedBy, 60)}` : null;
  // an outlet that quotes the words asked about word for word but changed the claim elsewhere
  // word for word with words left out at an ellipsis: which words, as /compare names them, not a word diff
  const leftOut = leftOutNote(o.leftOut);
  // the full words where the words asked about have an ellipsis: what it stood for, not words added
  const filled = filledInNote(o.filledIn, cutBy);
  const rendering =
    o.rendering === 'verbatim' && hasChanges(o.diff)
      ? 'the words asked about verbatim, changed elsewhere'
      : leftOut
        ? 'verbatim, words left out'
        : filled
          ? 'verbatim, the full words'
          : RENDERING_LABELS[o.rendering].tag;
  const tags = [rendering, credited, relayed, copyNote(o.copyOf, labelOf)].filter(Boolean).join(DOT);
  const lines: Line[] = [line(quoted(o.text))];
  if (leftOut) lines.push(line(leftOut.charAt(0).toUpperCase() + leftOut.slice(1)));
  if (filled) lines.push(line(filled));
  if (hasChanges(o.diff)) lines.push(line('Changes: ', ...diffSpans(o.diff)));
  const meaning = changesLine(o.changes);
  if (meaning) lines.push(meaning);
  lines.push(line(`(${tags})`));
  return { name: line(`${n}. ${outletLabel(o)}`), lines };
}

/**
 * "Carried by 6 outlets, 2 independent reports; first by DW on 2023-07-03", or "; earliest on 2023-07-03: DW and
 * AP (same day)" when carriers share the earliest day: most articles are dated by day alone, so the corpus cannot
 * order them, as a thread's "who published it first?" says.
 */
function carriedLine(best: WhoSaidMatch, labelOf: (document: string) => string): Line {
  const n = best.outlets.length;
  const independent = best.independentSources < n ? `, ${count(best.independentSources, 'independent report')}` : '';
  return line(`Carried by ${carriersCount(best.outlets)}${independent}${n > 1 ? firstCarried(best, labelOf) : ''}`);
}

const MAX_SAME_DAY_NAMED = 3;

function firstCarried(best: WhoSaidMatch, labelOf: (document: string) => string): string {
  if (!best.firstAppearance) return '';
  const day = clip(best.firstAppearance.date, 40);
  const { documents } = earliestCarriers(best.outlets);
  if (documents.length < 2) return `; first by ${labelOf(best.firstAppearance.document)} on ${day}`;
  const labels = [...new Set(documents.map(labelOf))];
  if (labels.length < 2) return `; first by ${labels[0]} on ${day} (${documents.length} documents)`;
  const named = labels.slice(0, MAX_SAME_DAY_NAMED);
  const more = labels.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${more} more` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `; earliest on ${day}: ${list} (same day)`;
}

function otherCandidates(matches: WhoSaidMatch[], notFound: boolean): Section | null {
  const others = notFound ? matches : matches.slice(1);
  if (!others.length) return null;
  const shown = others.slice(0, MAX_OTHER_CANDIDATES);
  // a candidate no outlet quotes is reported speech, as the lead says of the best match: no quotation marks
  const lines = shown.map((m) =>
    line(
      ...(quotedByAny(m.outlets) ? [quoted(m.quote, 200)] : ['Reported, not quoted: ', em(clip(m.quote, 200))]),
      // the kind first: a close wording or a paraphrase can match every word asked (typos, stems) and is still no
      // verbatim (candidates of a not-found answer are none of them)
      ` — ${speakerLabel(m.speaker)}${DOT}${notFound ? '' : `${VERDICT_LABELS[m.kind].label.toLowerCase()}${DOT}`}${Math.round(m.score * 100)}% match${DOT}`,
      count(m.outlets.length, 'outlet'),
    ),
  );
  if (others.length > shown.length) lines.push(line(`and ${others.length - shown.length} more`));
  return { name: line(notFound ? 'Closest, but not it' : 'Other candidates'), lines };
}

/** People named in a few-words hint line at most. */
const MAX_FEW_WORDS_NAMED = 3;

/** What the member can do about a not-found answer, when the answer says more of why. */
function hintLine(result: WhoSaidResult): Line | null {
  const hint = result.hint;
  if (!hint) return null;
  if (hint.kind === 'speaker_name')
    return line(
      `That is the name of a speaker in the corpus, not words they said: `,
      strong(`/quotes speaker:${clip(hint.speaker, MAX_NAME)}`),
      ' lists what they are quoted saying.',
    );
  if (hint.kind === 'few_words') {
    // who is quoted using the words, as facts about the corpus, and the command that shows each quotation
    const topic = clip(result.searched ?? result.query, 100);
    const named = hint.speakers.slice(0, MAX_FEW_WORDS_NAMED).map((s) => clip(s, MAX_NAME));
    const more = hint.speakers.length - named.length;
    const who = named.length
      ? `Quoted using ${hint.contentWords === 1 ? 'it' : 'them'}: ${more > 0 ? `${named.join(', ')} and ${more} more` : named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]}. `
      : '';
    return line(
      who,
      strong(`/compare topic:${topic}`),
      ' shows what was said on it and by whom; to check a quotation, give more of its words.',
    );
  }
  return line(
    `Your question has ${count(hint.words, 'word')}: too few to match safely when one of them is misspelt or missing (a typo is matched only in words of four letters or more), so no guess is offered. Check the spelling, or give more of the quotation’s words.`,
  );
}

/** "Report a problem", on every answer: a member tells the moderators what is wrong with it. */
export const REPORT_ACTION: Action = { label: 'Report a problem', customId: buildCustomId({ action: 'report' }), style: 'secondary' };

function actions(best: WhoSaidMatch | undefined, pg: OutletPage): Action[][] {
  const review: Action = { label: 'ClaimReview JSON', customId: buildCustomId({ action: 'claimreview' }), style: 'secondary' };
  if (!best?.outlets.length) return [[REPORT_ACTION, review]];
  const nav: Action[] = [];
  if (pg.page > 0)
    nav.push({ label: '◀ Previous outlets', customId: buildCustomId({ action: 'more', page: pg.page - 1 }), style: 'secondary' });
  if (pg.page < pg.pages - 1)
    nav.push({ label: 'More outlets ▶', customId: buildCustomId({ action: 'more', page: pg.page + 1 }), style: 'primary' });
  nav.push({ label: 'Open thread', customId: buildCustomId({ action: 'thread' }), style: 'secondary' }, REPORT_ACTION, review);
  const context = pg.outlets.map((o, i) => ({
    label: `Show context ${pg.offset + i + 1}: ${outletLabel({ ...o, date: null })}`,
    customId: buildCustomId({ action: 'context', outlet: pg.offset + i }),
    style: 'secondary' as const,
  }));
  return [nav, context];
}

/**
 * The who-said view. The verdict line comes first, then the explanation, the quote, the speaker (with roles),
 * every outlet of the page with its own wording and a word diff where it differs, then other candidates.
 */
export function whoSaidView(result: WhoSaidResult, options: WhoSaidRenderOptions = {}): View {
  const notFound = result.verdict === 'not_found';
  const best = notFound ? undefined : result.matches[0];
  // outlets by document, to name the one a copy copies and those of an attribution conflict
  const byDocument = new Map(result.matches.flatMap((m) => m.outlets).map((o) => [o.document, o]));
  const labelOf = (document: string): string => {
    const o = byDocument.get(document);
    return o ? outletLabel({ ...o, date: null }) : document;
  };
  const lead: Line[] = best?.conflict ? [...conflictLines(best.conflict, labelOf), []] : [];
  lead.push(line(clip(result.explanation, 1000)));
  if (best) {
    // reported speech (no outlet quotes the words) is no quotation: shown without quotation marks, and said so
    lead.push([], quotedByAny(best.outlets) ? line(quoted(best.quote)) : line('Reported, not quoted: ', em(clip(best.quote))));
    lead.push(line('Speaker: ', strong(speakerLabel(best.speaker, best.speakerRef?.roles)), correctionNote(best.speakerRef?.correction)));
    lead.push(carriedLine(best, labelOf));
  } else {
    lead.push([], line('You asked: ', quoted(result.query)));
    const hint = hintLine(result);
    if (hint) lead.push(hint);
    // nothing found and no reason to tell: what the member can try next
    else if (result.verdict === 'not_found' && !result.matches.length && !result.askedOutlet)
      lead.push(
        line(
          'Try a shorter part you are sure of, in the words the outlets would print, or ',
          strong('/compare'),
          ' with a few of its words to see what was said on that topic.',
        ),
      );
  }
  // a close answer may differ in the one word that matters: the member sees which
  if (best && hasChanges(result.askedDiff)) lead.push(line('Your words → the quotation: ', ...diffSpans(result.askedDiff, 400)));
  // …and whether that difference changes what was said ("not", a figure, "may" for "will")
  if (best && result.askedChanges?.length) lead.push(askedChangesLine(result.askedChanges));
  // (words confirmed through one speaking for the person asked about: said beside the name)
  const through = result.spokesperson ? ` (credited to ${clip(result.spokesperson, MAX_NAME)})` : '';
  if (result.askedSpeaker && result.verdict !== 'misattributed')
    lead.push(line(`You named: ${clip(result.askedSpeaker, MAX_NAME)}${through}`));
  // a misspelt name was taken as the closest speaker: said, as /quotes says it
  if (result.askedSpeaker && result.closestSpeaker)
    lead.push(
      line(
        'Closest speaker to ',
        quoted(result.askedSpeaker, MAX_NAME),
        `: ${clip(result.closestSpeaker, MAX_NAME)}; no one in the corpus goes by that name.`,
      ),
    );
  if (result.askedOutlet) lead.push(line(`Outlet filter: ${clip(result.askedOutlet, MAX_NAME)}`));

  const pg = outletPage(best, options.page);
  const cutBy = best?.outlets.some((o) => o.filledIn) ? ellipsisOutlet(best.outlets, labelOf) : null;
  const sections: Section[] = pg.outlets.map((o, i) => outletSection(o, pg.offset + i + 1, labelOf, cutBy));
  // a part of the member's words that other outlets quote whole: apart from the best match, never as a cut of it
  if (result.partsQuoted?.length)
    sections.push({
      name: line('Part of your words, quoted word for word elsewhere'),
      lines: result.partsQuoted.flatMap((p) => [
        line(quoted(p.quote, 300)),
        line(
          p.carriers
            .slice(0, 5)
            // an outlet giving the part to someone else is said to, as /compare says it
            .map((c) => (c.creditedTo ? `${outletLabel(c)} — ⚠️ credits ${clip(c.creditedTo, MAX_NAME)}` : outletLabel(c)))
            .join('; '),
          p.carriers.length > 5 ? ` and ${p.carriers.length - 5} more` : '',
        ),
      ]),
    });
  const others = otherCandidates(result.matches, notFound);
  if (others) sections.push(others);

  const total = best?.outlets.length ?? 0;
  const footer = footerOf(
    total > 0 && pageLabel(pg.offset + 1, pg.offset + pg.outlets.length, total, pg.page, pg.pages, carrierUnit(best!.outlets)),
    corpusNote(result.corpus),
  );
  return { tone: VERDICT_LABELS[result.verdict].tone, title: verdictLine(result), lead, sections, footer, actions: actions(best, pg) };
}
