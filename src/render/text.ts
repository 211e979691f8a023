/**
 * Terminal text for every answer, for a person: the same information in the same order as the Discord
 * payload (both come from one view), without Markdown escapes. Diffs read as [-removed-] {+added+}.
 */
import type {
  AddArticleResult,
  CompareResult,
  DeskResult,
  ContextResult,
  HelpEntry,
  HelpResult,
  OutletsResult,
  ReloadSummary,
  RemoveArticleResult,
  SourceResult,
  SpeakerQuotesResult,
  WhoSaidResult,
} from '../answers/types.js';
import { cleanText } from './sanitize.js';
import { readableUtc, type Line, type Span, type View } from './view.js';
import { addArticleView, removeArticleView } from './views/articles.js';
import { compareView } from './views/compare.js';
import { deskView } from './views/desk.js';
import { outletsView, sourceView, speakerQuotesView } from './views/lists.js';
import { contextView, errorView, helpView, reloadView, type ErrorInfo } from './views/misc.js';
import { whoSaidView, type WhoSaidRenderOptions } from './views/who-said.js';

const INDENT = '  ';

function spanText(span: Span): string {
  // Control characters are stripped so article text cannot move the cursor or recolour the terminal.
  if (typeof span === 'string') return cleanText(span);
  const text = cleanText(span.text);
  if (span.mark === 'removed') return `[-${text.trim()}-]${/\s$/.test(text) ? ' ' : ''}`;
  if (span.mark === 'added') return `{+${text.trim()}+}${/\s$/.test(text) ? ' ' : ''}`;
  if (span.mark === 'highlight') return `>>${text}<<`;
  if (span.mark === 'time') return readableUtc(text);
  if (span.mark === 'link') return `${cleanText(span.label)}: ${text}`;
  return text;
}

function lineText(line: Line): string {
  return line
    .map(spanText)
    .join('')
    .replace(/\s*\n\s*/g, ' ')
    .trimEnd();
}

/** A view as terminal text: title, lead, sections (name, then indented lines), footer. The title link is
 * not repeated: views that have one also show it in their lead. */
export function viewToText(view: View): string {
  const out: string[] = [lineText(view.title)];
  if (view.lead.length) out.push(...view.lead.map(lineText));
  for (const s of view.sections) {
    out.push('', lineText(s.name));
    out.push(...s.lines.map((l) => INDENT + lineText(l)));
  }
  if (view.footer) out.push('', cleanText(view.footer));
  return `${out.join('\n')}\n`;
}

/** Who said it, as terminal text. */
export function whoSaidText(result: WhoSaidResult, options: WhoSaidRenderOptions = {}): string {
  return viewToText(whoSaidView(result, options));
}

/** A comparison, as terminal text. */
export function compareText(result: CompareResult): string {
  return viewToText(compareView(result));
}

/** A speaker's quotes, as terminal text. */
export function speakerQuotesText(result: SpeakerQuotesResult): string {
  return viewToText(speakerQuotesView(result));
}

/** The outlets in the corpus, as terminal text. */
export function outletsText(result: OutletsResult): string {
  return viewToText(outletsView(result));
}

/** One source document, as terminal text. */
export function sourceText(result: SourceResult): string {
  return viewToText(sourceView(result));
}

/** The context paragraph, as terminal text, the outlet's words between >> and <<. */
export function contextText(result: ContextResult): string {
  return viewToText(contextView(result));
}

/** A reload summary, as terminal text. */
export function reloadText(summary: ReloadSummary): string {
  return viewToText(reloadView(summary));
}

/** What an add read, or why nothing was stored, as terminal text. */
export function addArticleText(result: AddArticleResult): string {
  return viewToText(addArticleView(result));
}

/** What a remove took out, as terminal text. */
export function removeArticleText(result: RemoveArticleResult): string {
  return viewToText(removeArticleView(result));
}

/** What a desk action did, as terminal text. */
export function deskText(title: string, result: DeskResult): string {
  return viewToText(deskView(title, result));
}

/** The command list, as terminal text. */
export function helpText(entries: HelpEntry[] | HelpResult): string {
  return viewToText(helpView(entries));
}

/** An error, as terminal text. */
export function errorText(error: ErrorInfo): string {
  return viewToText(errorView(error));
}
