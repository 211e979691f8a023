/** Views of the small answers: context paragraph, reload summary, help, errors. */
import type { ContextResult, HelpEntry, HelpResult, ReloadSummary } from '../../answers/types.js';
import { MAX_NAME, count, outletLabel, corpusNote, footerOf } from '../labels.js';
import { clip, line, strong, type Line, type Section, type View } from '../view.js';

/** Longest paragraph shown as context. */
export const MAX_PARAGRAPH = 3000;

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The end of `text` (what leads into the highlight), at most `max` units. */
function tail(text: string, max: number): string {
  const t = flat(text).trimStart();
  if (t.length <= max) return t;
  let cut = t.slice(t.length - max + 1);
  if (/^[\uDC00-\uDFFF]/.test(cut)) cut = cut.slice(1);
  return `…${cut}`;
}

/** The start of `text` (what follows the highlight), at most `max` units. */
function head(text: string, max: number): string {
  const t = flat(text).trimEnd();
  if (t.length <= max) return t;
  let cut = t.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** The paragraph around one outlet's wording, with the quoted words in bold. */
export function contextView(result: ContextResult): View {
  const p = result.paragraph;
  const h = result.highlight;
  const half = MAX_PARAGRAPH / 2;
  const body =
    h && h.start >= 0 && h.end <= p.length && h.start < h.end
      ? line(tail(p.slice(0, h.start), half), { mark: 'highlight', text: clip(p.slice(h.start, h.end), half) }, head(p.slice(h.end), half))
      : line(clip(p, MAX_PARAGRAPH));
  return {
    tone: 'info',
    title: line('📍 Context — ', outletLabel(result)),
    lead: [body],
    sections: [],
    footer: footerOf(result.document, corpusNote(result.corpus)),
  };
}

/** Characters of list text per embed field, leaving room for Markdown escapes within Discord's 1024. */
const FIELD_BUDGET = 650;

/** Characters a line shows, before any escaping. */
const shownLength = (l: Line): number => l.reduce((n, s) => n + (typeof s === 'string' ? s.length : s.text.length), 0);

/**
 * Lines under one title spread over as many sections (embed fields) as they need, so no field is cut short
 * halfway down its list: the first titled `name`, the others `continued` (the name and “(continued)”); `after`
 * (how many more) stays under the last lines.
 */
export function spread(name: Line, lines: Line[], after: Line[] = [], continued: Line = line(...name, ' (continued)')): Section[] {
  const sections: Section[] = [];
  let part: Line[] = [];
  let used = 0;
  for (const l of lines) {
    const length = shownLength(l) + 1;
    if (part.length && used + length > FIELD_BUDGET) {
      sections.push({ name: sections.length ? continued : name, lines: part });
      [part, used] = [[], 0];
    }
    part.push(l);
    used += length;
  }
  part.push(...after);
  if (part.length) sections.push({ name: sections.length ? continued : name, lines: part });
  return sections;
}

/**
 * A titled list spread over as many sections (embed fields) as it needs, at most `maxItems` items; the rest
 * are counted, with `moreNote` saying where to find them.
 */
function listSection(name: string, items: string[], maxItems = 15, moreNote = ''): Section[] {
  if (!items.length) return [];
  const more = items.length > maxItems ? [line(`and ${items.length - maxItems} more${moreNote}`)] : [];
  const lines = items.slice(0, maxItems).map((item) => line(`• ${clip(item, 300)}`));
  return spread(line(`${name} (${items.length})`), lines, more, line(`${name} (continued)`));
}

/** What a reload changed, or why it was refused. */
export function reloadView(s: ReloadSummary): View {
  const seconds = (s.durationMs / 1000).toFixed(1);
  const title = s.ok ? line(`✅ Corpus reloaded in ${seconds} s`) : line('⛔ Reload refused — the previous corpus keeps serving');
  const lead: Line[] = [];
  if (!s.ok && s.reason) lead.push(line(clip(s.reason, 1000)));
  lead.push(
    line(`Documents: ${s.documents.before} → ${s.documents.after}`),
    line(`Quotes: ${s.quotes.before} → ${s.quotes.after}`),
    line(`Speakers: ${s.speakers.before} → ${s.speakers.after}`),
  );
  const stopped = s.correctionsStopped?.length ?? 0;
  if (stopped)
    lead.push(
      line(
        `⚠️ ${stopped === 1 ? 'A correction of this server applies' : `${stopped} corrections of this server apply`} to nothing in the new corpus (below): make it again where the words are now, or undo it with /correct undo id:.`,
      ),
    );
  const sections = [
    ...listSection('Documents added', s.documents.added),
    ...listSection('Documents removed', s.documents.removed),
    ...listSection('Speakers added', s.speakers.added),
    ...listSection('Speakers removed', s.speakers.removed),
    // corrections the new folder left with nothing to apply to: said, so a moderator can redo or undo them
    ...listSection('Corrections that no longer apply', s.correctionsStopped ?? [], 20, ' (/correct list shows them)'),
    ...listSection(
      s.ok ? 'Files skipped' : 'Errors',
      s.errors.map((e) => `${clip(e.file, MAX_NAME)}: ${clip(e.code, 40)} — ${clip(e.message, 160)}`),
      40,
      ' (every one is in the bot log)',
    ),
  ];
  return {
    tone: s.ok ? (s.errors.length ? 'warn' : 'ok') : 'error',
    title,
    lead,
    sections,
    footer: footerOf(
      s.ok ? `${count(s.errors.length, 'file')} skipped` : count(s.errors.length, 'error'),
      s.corpus && corpusNote(s.corpus),
    ),
  };
}

/** Every command with its options; with the corpus when given (what it holds, and its version in the footer). */
export function helpView(input: HelpEntry[] | HelpResult): View {
  const result = Array.isArray(input) ? null : input;
  const entries = result ? result.commands : (input as HelpEntry[]);
  const sections: Section[] = entries.map((e) => ({
    name: line(`/${clip(e.name, 40)}`),
    lines: [
      line(clip(e.description, 300)),
      ...e.options.map((o) =>
        line('• ', strong(clip(o.name, 40)), o.required ? ' (required)' : ' (optional)', ` — ${clip(o.description, 200)}`),
      ),
    ],
  }));
  return {
    tone: 'info',
    title: line('ℹ️ quotetrail — who said what, and which outlets carried it'),
    lead: [
      line('Check a quote against the news corpus: who said it, and how each outlet worded it.'),
      ...(result
        ? [
            line(
              `The corpus here: ${count(result.documents, 'document')}, ${count(result.quotes, 'quotation')}, ${count(result.speakers, 'speaker')}.`,
            ),
          ]
        : []),
    ],
    sections,
    footer: result ? corpusNote(result.corpus) : undefined,
  };
}

/** A failure the member should know about: stable code, message, and a reference for the logs. */
export interface ErrorInfo {
  code: string;
  message: string;
  reference?: string;
}

/** An error, shown only to the member who asked. */
export function errorView(e: ErrorInfo): View {
  const footer = e.reference ? `${e.code} · reference ${e.reference}` : e.code;
  // A short message reads best as the title; a long one would be cut there, so it goes below.
  const short = e.message.length <= 200 && !e.message.includes('\n');
  const title = line('⚠️ ', short ? e.message : 'Something went wrong');
  return { tone: 'error', title, lead: short ? [] : [line(e.message)], sections: [], footer, ephemeral: true };
}
