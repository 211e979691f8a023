/**
 * The order in which a page writes a numeric date's day and month, for dates whose numbers do not tell it
 * ("Posted: 3/10/2026": 3 October or March 10?). Decided, first found, from:
 * - the page's other dates (readers' comments aside): a slashed date whose numbers tell its order ("25/09/2026"), or a `<time>` whose
 *   `datetime` gives the day its text writes as numbers;
 * - its locale: a region in `<html lang>`, `og:locale`, content-language or JSON-LD `inLanguage` ("en-US":
 *   month first; "en-GB", "de-AT": day first; Canada writes both), or a language other than English, which
 *   writes the day first;
 * - its address's country domain (".uk", ".de": day first; ".us": month first).
 * Null when none of them tells (an English page on a ".com"), or when the locale and the address disagree (a
 * template's default "en-US" on a ".co.uk" site), so such a date stays unread rather than guessed.
 */
import { type DayOrder, type ToldDayOrder, writtenDayOrders } from '../dates.js';
import { all, type DomDocument, type DomElement, insideAny, seenText } from './dom.js';
import { isoDay } from './meta-tags.js';
import { readerThreads } from './threads.js';

/** Regions (ISO 3166) that write the month first: the United States and the places that follow its usage. */
const MONTH_FIRST_REGIONS = new Set(['us', 'ph', 'fm', 'mh', 'pw', 'as', 'gu', 'mp', 'pr', 'vi', 'um']);
/**
 * Regions whose numeric dates tell no one order: Canada writes both; China, Japan, Korea, Taiwan, Hungary,
 * Lithuania and Mongolia write the year first, so a date with its year last there is no custom to go by.
 */
const UNCLEAR_REGIONS = new Set(['ca', 'cn', 'jp', 'kr', 'tw', 'hu', 'lt', 'mn']);
/** Languages that write the year first (their region's numeric dates are unclear above). */
const YEAR_FIRST_LANGUAGES = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'mn']);
/** Country domains used by sites of anywhere (".io", ".tv", ".co"): they name no country's custom. */
const OPEN_COUNTRY_DOMAINS = new Set(['ai', 'cc', 'co', 'fm', 'gg', 'io', 'ly', 'me', 'to', 'tv', 'ws']);

function regionOrder(region: string): DayOrder | null {
  const r = region.toLowerCase();
  if (MONTH_FIRST_REGIONS.has(r)) return 'month-first';
  return UNCLEAR_REGIONS.has(r) ? null : 'day-first';
}

/** The order a language tag names ("en-GB", "en_US", "de"), or null ("en" alone, "ja"). */
function localeOrder(tag: string): DayOrder | null {
  const m = /^([a-z]{2,3})(?:[-_](?:[a-z]{4}[-_])?([a-z]{2})\b)?/i.exec(tag.trim());
  if (!m) return null;
  if (m[2]) return regionOrder(m[2]);
  const language = m[1]!.toLowerCase();
  return language === 'en' || YEAR_FIRST_LANGUAGES.has(language) ? null : 'day-first';
}

/** The page's own dates that show their order: slashed ones whose numbers tell it, `<time>`s whose `datetime` does. */
function pageOrder(doc: DomDocument, threads: ReadonlySet<DomElement>): DayOrder | null {
  // readers write dates their own way, whatever the page's: their comments (`threads`) tell nothing of its order
  const orders = writtenDayOrders(seenText(doc.body, threads));
  for (const time of all(doc, 'time[datetime]')) {
    if (insideAny(time, threads)) continue;
    const day = isoDay(time.getAttribute('datetime') ?? '');
    const written = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/.exec(time.textContent ?? '');
    if (!day || !written || written[1] === written[2]) continue;
    const [year, month, date] = day.split('-').map(Number);
    if (Number(written[3]) !== year) continue;
    if (Number(written[1]) === date && Number(written[2]) === month) orders.add('day-first');
    if (Number(written[1]) === month && Number(written[2]) === date) orders.add('month-first');
  }
  // A page writing both orders (dates quoted from elsewhere, readers' comments) tells none.
  return orders.size === 1 ? [...orders][0]! : null;
}

/** The order the country domain of an address tells (".uk": day first; ".us": month first), or null. */
export function domainOrder(url: string | null): DayOrder | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const tld = /\.([a-z]{2})$/i.exec(host)?.[1]?.toLowerCase();
  if (!tld || OPEN_COUNTRY_DOMAINS.has(tld)) return null;
  return regionOrder(tld === 'uk' ? 'gb' : tld);
}

/**
 * The page's order of day and month, with what told it, or null.
 *
 * @example dayOrder(parsePage('<html lang="en-GB">…'), null) // → { order: 'day-first', detail: 'the page\'s locale "en-GB" tells' }
 */
export function dayOrder(
  doc: DomDocument,
  url: string | null,
  ldLanguage: string | null = null,
  threads: ReadonlySet<DomElement> = readerThreads(doc),
): ToldDayOrder | null {
  const own = pageOrder(doc, threads);
  if (own) return { order: own, detail: "the page's other dates tell" };
  const locales = [
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    ...all(doc, 'meta[property="og:locale" i], meta[http-equiv="content-language" i]').map((m) => m.getAttribute('content')),
    ldLanguage,
  ];
  const locale = locales.find((l) => l && localeOrder(l));
  const byLocale = locale ? localeOrder(locale) : null;
  const byDomain = domainOrder(url);
  // A template's default ("en-US" on a ".co.uk" site) contradicted by the address tells nothing for sure.
  if (byLocale && byDomain && byLocale !== byDomain) return null;
  if (byLocale) return { order: byLocale, detail: `the page's locale "${locale}" tells` };
  return byDomain ? { order: byDomain, detail: `the page's address ${url} tells` } : null;
}
