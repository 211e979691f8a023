/**
 * Discord message payloads for every answer. Each builder turns plain answer data into the exact JSON the
 * bot sends (and the CLI prints with `--format discord`), within every Discord limit, pinging nobody.
 *
 * @example
 * const payload = whoSaidPayload(result, { page: 0 });
 * await interaction.reply(payload); // discord.js accepts API JSON as is
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
import { viewToPayload } from './discord-view.js';
import type { MessagePayload } from './payload.js';
import { addArticleView, removeArticleView } from './views/articles.js';
import { compareView } from './views/compare.js';
import { deskView, type ReportNotice, reportNoticeView } from './views/desk.js';
import { outletsView, sourceView, speakerQuotesView } from './views/lists.js';
import { contextView, errorView, helpView, reloadView, type ErrorInfo } from './views/misc.js';
import { whoSaidView, type WhoSaidRenderOptions } from './views/who-said.js';

export type { ErrorInfo } from './views/misc.js';
export type { WhoSaidRenderOptions } from './views/who-said.js';

/** Who said it: verdict line first, quote, speaker, one page of outlets with diffs, buttons, other candidates. */
export function whoSaidPayload(result: WhoSaidResult, options: WhoSaidRenderOptions = {}): MessagePayload {
  return viewToPayload(whoSaidView(result, options));
}

/** How each outlet carried each claim on a topic: verbatim / other words (with diff) / paraphrased / left out. */
export function comparePayload(result: CompareResult): MessagePayload {
  return viewToPayload(compareView(result));
}

/** A speaker's quotes and the outlets that carried each. */
export function speakerQuotesPayload(result: SpeakerQuotesResult): MessagePayload {
  return viewToPayload(speakerQuotesView(result));
}

/** The outlets in the corpus with their documents. */
export function outletsPayload(result: OutletsResult): MessagePayload {
  return viewToPayload(outletsView(result));
}

/** One source document: metadata, evidence and quotes. */
export function sourcePayload(result: SourceResult): MessagePayload {
  return viewToPayload(sourceView(result));
}

/** The paragraph around an outlet's wording, the wording in bold. */
export function contextPayload(result: ContextResult): MessagePayload {
  return viewToPayload(contextView(result));
}

/** What a corpus reload changed, or why it was refused. */
export function reloadPayload(summary: ReloadSummary): MessagePayload {
  return viewToPayload(reloadView(summary));
}

/** What /add read from a page, or why nothing was stored. */
export function addArticlePayload(result: AddArticleResult): MessagePayload {
  return viewToPayload(addArticleView(result));
}

/** What /remove took out, or why not. */
export function removeArticlePayload(result: RemoveArticleResult): MessagePayload {
  return viewToPayload(removeArticleView(result));
}

/** What a desk action did (/correct, /reports, a report sent); `page` (zero-based) of a long listing. */
export function deskPayload(title: string, result: DeskResult, page = 0): MessagePayload {
  return viewToPayload(deskView(title, result, page));
}

/** A member's new report, announced in the channel a server's moderators chose. */
export function reportNoticePayload(notice: ReportNotice): MessagePayload {
  return viewToPayload(reportNoticeView(notice));
}

/** Every command and its options. */
export function helpPayload(entries: HelpEntry[] | HelpResult): MessagePayload {
  return viewToPayload(helpView(entries));
}

/** An error only the member who asked sees (flags 64), with its code and a reference for the logs. */
export function errorPayload(error: ErrorInfo): MessagePayload {
  return viewToPayload(errorView(error));
}
