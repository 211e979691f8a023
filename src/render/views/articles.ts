/** Views of /add and /remove: what was read from a page, or why nothing was stored. */
import type { AddArticleResult, RemoveArticleResult } from '../../answers/types.js';
import { MAX_NAME, corpusNote, count, footerOf, nameList, speakerLabel } from '../labels.js';
import { clip, line, quoted, strong, type Line, type Section, type View } from '../view.js';

/** Quotations listed in an add's reply. */
const MAX_ADDED_QUOTES = 10;

const REFUSAL_TITLES: Record<Exclude<AddArticleResult['code'], 'added'>, string> = {
  duplicate: '⛔ Already in the corpus',
  no_article: '⛔ No article on that page',
  fetch_failed: '⛔ The page could not be read',
  unsupported: '⛔ That file cannot be added',
  too_large: '⛔ Too large',
  unreadable: '⛔ The file could not be read',
  invalid: '⛔ Check the options',
  not_a_link: '⛔ That is not a link',
};

/** What an add read (title, outlet, date, quotations and speakers), or why it was refused. */
export function addArticleView(r: AddArticleResult): View {
  if (!r.ok || r.code !== 'added') {
    const code = r.code === 'added' ? 'invalid' : r.code;
    return {
      tone: 'error',
      title: line(REFUSAL_TITLES[code]),
      lead: [line(clip(r.message, 1000)), line('Nothing was stored.')],
      sections: [],
      footer: footerOf(`code: ${code}`, corpusNote(r.corpus)),
      ephemeral: true,
    };
  }
  const lead: Line[] = [
    line('Title: ', strong(clip(r.title ?? 'unknown', 300))),
    line('Outlet: ', r.outlet ? strong(clip(r.outlet, MAX_NAME)) : 'unknown (give one with the outlet option)'),
    line(`Date: ${r.date ? clip(r.date, 40) : 'unknown (give one with the date option)'}`),
  ];
  if (r.author) lead.push(line(`By: ${clip(r.author, 200)}`));
  if (r.url) lead.push(line(`Address: ${clip(r.url, 300)}`));
  // the outlet's text was cut short: answers from this article cover only the words read
  if (r.partial)
    lead.push(
      line('⚠️ Partial text: ', clip(r.partial, 400), '. Stored marked partial: what the outlet printed after that is not searched.'),
    );
  const sections: Section[] = [];
  if (r.speakers.length) sections.push({ name: line(`Speakers (${r.speakers.length})`), lines: [line(nameList(r.speakers.slice(0, 25)))] });
  sections.push({
    name: line(`Quotations (${r.quoteCount})`),
    lines: r.quotes.length
      ? [
          ...r.quotes.slice(0, MAX_ADDED_QUOTES).map((q) => line('• ', quoted(q.text, 200), ` — ${speakerLabel(q.speaker)}`)),
          ...(r.quoteCount > MAX_ADDED_QUOTES ? [line(`and ${r.quoteCount - MAX_ADDED_QUOTES} more (/source lists them)`)] : []),
        ]
      : [line('No quotation was found in this article: it is stored, and /compare can still find its reported speech.')],
  });
  return {
    tone: r.quoteCount && !r.partial ? 'ok' : 'warn',
    title: line(`✅ Added ${clip(r.document ?? '', MAX_NAME)}`),
    lead,
    sections,
    footer: footerOf(
      `${count(r.quoteCount, 'quotation')} · read in ${(r.durationMs / 1000).toFixed(1)} s · searched only where it was added`,
      corpusNote(r.corpus),
    ),
  };
}

/** What a remove took out, or why not. */
export function removeArticleView(r: RemoveArticleResult): View {
  if (!r.ok) {
    const lead = [line(clip(r.message, 1000))];
    if (r.suggestions.length) lead.push(line('Did you mean: ', nameList(r.suggestions), '?'));
    // a refusal, as /add's and the desk's are
    return { tone: 'error', title: line('⛔ Not removed'), lead, sections: [], footer: corpusNote(r.corpus), ephemeral: true };
  }
  return {
    tone: 'ok',
    title: line(`🗑️ Removed ${clip(r.document, MAX_NAME)}`),
    lead: [
      line(clip(r.message, 1000)),
      line('Its quotations are out of the corpus: they no longer answer questions.'),
      ...(r.openReports?.length
        ? [
            line(
              `⚠️ Open report${r.openReports.length === 1 ? '' : 's'} of answers that quoted it: ${r.openReports
                .slice(0, 20)
                .map((id) => `#${id}`)
                .join(
                  ', ',
                )}${r.openReports.length > 20 ? ` and ${r.openReports.length - 20} more` : ''}. Those answers no longer come out the same: resolve the reports with /reports resolve id: note: (their reporters are told).`,
            ),
          ]
        : []),
    ],
    sections: [],
    footer: corpusNote(r.corpus),
  };
}
