/** The moderators' desk (/correct, /reports, a member's report): what was done, or why not, and a listing. */
import type { DeskResult } from '../../answers/types.js';
import { buildCustomId } from '../custom-ids.js';
import { Limits } from '../limits.js';
import { lineMarkdown } from '../markdown.js';
import { type Action, clip, line, link, type Line, messageUrl, type Section, type View } from '../view.js';

/** Lines of a listing shown on one page (the others are reached with Previous / Next, or the page option). */
export const DESK_LINES_PER_PAGE = 20;

/** The pages of a listing of `total` lines, and `page` (zero-based) clamped to them. */
export function deskPage(total: number, page = 0): { page: number; pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(total / DESK_LINES_PER_PAGE));
  const p = Math.min(Math.max(0, Math.trunc(Number.isFinite(page) ? page : 0)), pages - 1);
  const first = p * DESK_LINES_PER_PAGE;
  return { page: p, pages, first, last: Math.min(total, first + DESK_LINES_PER_PAGE) };
}

/** Longest line of a listing, and the shortest a line is clipped to so that a whole page fits one message. */
const LINE_MAX = 300;
const LINE_MIN = 80;
/** Kept back from the message's 6,000 characters for the title, field names, footer and the renderer's notes. */
const PAGE_RESERVE = 1000;
/** Lines in one field (a field holds 1,024 characters). */
const LINES_PER_FIELD = 3;

/**
 * A page's lines, each clipped as little as lets every one of them fit the message beside `lead`: the page says
 * "Showing 1–20", so none may be dropped for size (the next page starts after the last line this one shows).
 */
function fitPage(lines: readonly string[], links: readonly (string | null | undefined)[], lead: readonly Line[]): Line[] {
  const room = Limits.embedTotal - PAGE_RESERVE - lead.reduce((n, l) => n + lineMarkdown(l).length + 1, 0);
  for (let max = LINE_MAX; ; max -= 10) {
    // a line's link is never clipped: the words before it are
    const shown = lines.map((l, i) => {
      const to = links[i];
      return to ? line(`• ${clip(l, max)} `, link(to, '↗ the answer')) : line(`• ${clip(l, max)}`);
    });
    const size = shown.map((l) => lineMarkdown(l).length + 1);
    // each field is filled up to its own limit too
    const fieldsFit = size.every(
      (_, i) => i % LINES_PER_FIELD !== 0 || size.slice(i, i + LINES_PER_FIELD).reduce((a, b) => a + b, 0) <= Limits.fieldValue,
    );
    if ((fieldsFit && size.reduce((a, b) => a + b, 0) <= room) || max <= LINE_MIN) return shown;
  }
}

/** `page` is zero-based (clamped); a listing longer than a page says which lines it shows and has Previous / Next. */
export function deskView(title: string, result: DeskResult, page = 0): View {
  const sections: Section[] = [];
  const lead = [line(clip(result.message, 1000))];
  const actions: Action[][] = [];
  if (result.lines.length) {
    const pg = deskPage(result.lines.length, page);
    let more: Line | undefined;
    if (pg.pages > 1) {
      lead.push(line(`Showing ${pg.first + 1}–${pg.last} of ${result.lines.length} (page ${pg.page + 1}/${pg.pages}).`));
      const listing = result.listing;
      if (listing) {
        const nav: Action[] = [];
        if (pg.page > 0)
          nav.push({ label: '◀ Previous', customId: buildCustomId({ action: listing, page: pg.page - 1 }), style: 'secondary' });
        if (pg.page < pg.pages - 1)
          nav.push({ label: 'Next ▶', customId: buildCustomId({ action: listing, page: pg.page + 1 }), style: 'primary' });
        actions.push(nav);
      } else {
        // a listing without buttons: say what is left out
        more = line(`and ${result.lines.length - pg.last} more`);
      }
    }
    const shown = fitPage(
      result.lines.slice(pg.first, pg.last),
      (result.links ?? []).slice(pg.first, pg.last).map((m) => m && messageUrl(m.guildId, m.channelId, m.messageId)),
      more ? [...lead, more] : lead,
    );
    if (more) shown.push(more);
    // a field holds 1,024 characters: split the listing over several
    for (let i = 0; i < shown.length; i += LINES_PER_FIELD)
      sections.push({ name: line(i === 0 ? 'List' : 'List (continued)'), lines: shown.slice(i, i + LINES_PER_FIELD) });
  }
  return {
    tone: result.ok ? 'info' : 'error',
    title: line(result.ok ? clip(title, 200) : `⛔ ${clip(title, 200)}`),
    lead,
    sections,
    ...(actions.length ? { actions } : {}),
    ephemeral: true,
  };
}

/** A member's new report, as announced to a server's moderators in the channel they chose. */
export interface ReportNotice {
  id: number;
  /** Who reported it, as the server shows them ("Ana (ana_k)"). */
  reporter: string;
  command: string;
  query: string;
  reason: string;
  corpusVersion: string;
  /** The reported answer's address (https://discord.com/channels/…), or null. */
  link: string | null;
}

/** The announcement of a new report: who reported which answer, why, and how to resolve it. */
export function reportNoticeView(n: ReportNotice): View {
  return {
    tone: 'warn',
    title: line(`📨 New report #${n.id} from ${clip(n.reporter, 120)}`),
    ...(n.link ? { url: n.link } : {}),
    lead: [line(`On the answer to /${clip(n.command, 40)} “${clip(n.query, 150)}”:`), line(`“${clip(n.reason, 300)}”`)],
    sections: [],
    footer: `Resolve with /reports resolve id:${n.id} · corpus ${clip(n.corpusVersion, 40)}`,
  };
}
