/**
 * Metadata of a web page from its markup, each value with the tag or JSON-LD key it was read from. Order of
 * trust per field (first found wins):
 * - title: JSON-LD headline, og:title, twitter:title, the `<h1>`, the `<title>` without the site's name;
 * - outlet: JSON-LD publisher.name, og:site_name, application-name, the `<title>`'s suffix, the JSON-LD
 *   WebSite name, twitter:site, then the page URL's domain (named as the page's own chrome writes it);
 * - date: JSON-LD datePublished, article:published_time and the usual date meta tags, `<time datetime>`, a
 *   Next.js page state's date for its own article (`next-data.ts`),
 *   then (in extract.ts) a date line at the top of the article, a date- or byline-classed element of the
 *   article, a byline's line with a date ("By A · June 14, 2026"), a date line printed above the text outside
 *   the body (`printedDate`), the date in the URL's path, a live blog's earliest entry stamp;
 * - url: `<link rel=canonical>`, og:url, JSON-LD url, the address the page was read from;
 * - author: JSON-LD author names, author meta tags (every tag of the first key naming a person), a printed
 *   byline's names ("By A, B and C"), without credits naming no person (a wire agency, "By The Associated
 *   Press", "AFP staff", the outlet's own "Harbour Times staff"); lang: `<html lang>`, content-language, JSON-LD.
 * Nothing is guessed: a field no markup gives stays null.
 * The entry (`readPageMeta`); its readers of authors and headlines are in page-meta/ (README there).
 */
import type { MetaEvidence } from '../types.js';
import { textOf, type DomDocument } from './dom.js';
import { articleLd, readJsonLd, siteLd, type ArticleLd, type Keyed } from './json-ld.js';
import {
  absoluteUrl,
  canonicalLink,
  type ClassedDate,
  classedDate,
  clip,
  DATE_KEYS,
  MODIFIED_KEYS,
  headerTime,
  htmlLang,
  isoDay,
  metaTags,
  type Found,
} from './meta-tags.js';
import type { ToldDayOrder } from '../dates.js';
import { dayOrder } from './day-order.js';
import { readerThreads } from './threads.js';
import { nextDataDays } from './next-data.js';
import { labelledHeadline, sameHeadline, splitTitle } from './title.js';
import { bylineAuthor, printedDateLine, personsOnly, authorTags } from './page-meta/authors.js';
import { outletFromDomain, titleIsSiteName, markedHeadline, headlineHeading, headingText, unlabelled } from './page-meta/headline.js';

// the article's heading, which the extractor reads too
export { headlineHeading } from './page-meta/headline.js';

/** Metadata read from a page's markup. */
export interface PageMeta {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  author: string | null;
  lang: string | null;
  evidence: MetaEvidence[];
  /** The JSON-LD article node, when the page has one (its body and paywall flag serve the extractor). */
  ld: ArticleLd | null;
  /** A day written in a date- or byline-classed element of the article, read before pruning removes it. */
  classedDate: ClassedDate | null;
  /**
   * A date line printed between the `<h1>` and the article's text outside any dated class ("Updated 14:05 GMT,
   * 4 February 2026" in a `<div><span>`), read before Readability leaves it out of the body as no paragraph.
   */
  printedDate: ClassedDate | null;
  /** The order of day and month the page writes numeric dates in ("3/10/2026"), when something tells it. */
  dayOrder: ToldDayOrder | null;
  /**
   * The day the page says it was last changed (JSON-LD `dateModified`, `article:modified_time` …). Never the
   * page's date: it dates only a clock-stamped live blog's newest entry when nothing else dates the page.
   */
  modified: Found | null;
  /** Every wording of the headline the page gives (JSON-LD, og:title, twitter:title, `<h1>`, `<title>`). */
  headlines: string[];
  /** The `<title>` as written, and whether the title came only from it (no headline elsewhere). */
  pageTitle: string | null;
  titleFromTitleTag: boolean;
  /** True when the outlet is only a domain or a social handle: a name the page writes beats it. */
  weakOutlet: boolean;
}

type Field = 'title' | 'outlet' | 'date' | 'url' | 'author' | 'lang';

const fromLd = (k: Keyed | undefined): Found | null =>
  k ? { value: k.value, detail: clip(`JSON-LD ${k.key} = ${JSON.stringify(k.value)}`) } : null;

export const first = (...found: (Found | null | undefined)[]): Found | null => found.find((f) => f?.value) ?? null;

function dayOf(found: Found | null): Found | null {
  const day = found ? isoDay(found.value) : null;
  return found && day ? { value: day, detail: found.detail } : null;
}

/**
 * A declared address that can be an article's: not a site's front page (`https://news.example/`, no path or
 * query). Templates that print the home page as every page's canonical link would otherwise give all their
 * articles one address, and each article added after the first would be refused as "already in the corpus".
 */
function articleAddress(found: Found | null): Found | null {
  if (!found) return null;
  const u = new URL(found.value);
  return u.pathname === '/' && !u.search ? null : found;
}

/**
 * Reads the page's metadata. `pageUrl` is the address the page was read from (after redirects), when known:
 * it resolves a relative canonical link and is the URL of last resort.
 */
export function readPageMeta(doc: DomDocument, pageUrl: string | null): PageMeta {
  const tags = metaTags(doc);
  const nodes = readJsonLd(doc);
  const h1El = headlineHeading(doc);
  // reader threads are not the page's: their dates, the order they write them in and their authors are none of its
  const threads = readerThreads(doc);
  const h1Text = h1El ? headingText(h1El) : '';
  // the page's own article node: the one naming its address or printing its headline, among other stories' nodes
  const ld = articleLd(nodes, {
    urls: [canonicalLink(doc, pageUrl)?.value, tags.get('og:url')?.value, pageUrl].filter((u): u is string => Boolean(u)),
    isHeadline: (h) =>
      [h1Text, tags.get('og:title')?.value ?? ''].some((own) => own && (sameHeadline(h, own) || labelledHeadline(own, h) === h)),
  });
  const h1 = h1Text ? { value: h1Text, detail: clip(`<h1>${textOf(h1El)}</h1>`) } : null;
  const declared = first(fromLd(ld?.headline), tags.get('og:title'), tags.get('twitter:title'), h1);
  // "Opinion | H" or "H | The Daily Ledger" in og:title beside an <h1> that prints H: the headline is H
  const bare = declared && h1 && declared !== h1 ? labelledHeadline(declared.value, h1.value) : null;
  const headline = bare && declared ? { value: bare, detail: clip(`${declared.detail} (as the <h1> prints it)`) } : declared;
  const pageTitle = textOf(doc.querySelector('title'));
  const ogUrl = tags.get('og:url');
  const url = first(
    articleAddress(canonicalLink(doc, pageUrl)),
    articleAddress(ogUrl && absoluteUrl(ogUrl.value, pageUrl) ? { value: absoluteUrl(ogUrl.value, pageUrl)!, detail: ogUrl.detail } : null),
    articleAddress(
      ld?.url && absoluteUrl(ld.url.value, pageUrl) ? fromLd({ value: absoluteUrl(ld.url.value, pageUrl)!, key: ld.url.key }) : null,
    ),
    pageUrl && absoluteUrl(pageUrl, null)
      ? { value: absoluteUrl(pageUrl, null)!, detail: `the address the page was read from: ${pageUrl}` }
      : null,
  );
  const split = pageTitle ? splitTitle(pageTitle, headline?.value ?? null, hostOf(url?.value ?? pageUrl)) : null;
  const ownNames = [fromLd(ld?.publisher), tags.get('og:site_name'), tags.get('application-name')].flatMap((f) => (f ? [f.value] : []));
  // a <title> that is nothing but the site's name is no headline: it names the outlet
  const siteTitle =
    split && !split.site && !headline && titleIsSiteName(doc, split.headline, ownNames, hostOf(url?.value ?? pageUrl))
      ? { value: split.headline, detail: clip(`<title>${pageTitle}</title> (the site's name alone, as the page prints it)`) }
      : null;
  const titleTag = split && !siteTitle ? { value: split.headline, detail: clip(`<title>${pageTitle}</title>`) } : null;
  const suffix = split?.site
    ? {
        value: split.site,
        detail: clip(
          `<title>${pageTitle}</title> (the site's name ${pageTitle.trim().startsWith(split.site) ? 'before' : 'after'} the headline)`,
        ),
      }
    : null;

  const twitter = tags.get('twitter:site');
  const handle = twitter && /^@?\w{2,}$/.test(twitter.value) ? { value: twitter.value.replace(/^@/, ''), detail: twitter.detail } : null;
  const named = first(
    fromLd(ld?.publisher),
    tags.get('og:site_name'),
    tags.get('application-name'),
    suffix,
    fromLd(siteLd(nodes) ?? undefined),
    siteTitle,
  );
  const outlet = first(named, handle, outletFromDomain(doc, url));
  const person = (f: Found | null): Found | null => personsOnly(f, outlet?.value ?? null);
  const declaredDate = first(
    dayOf(fromLd(ld?.datePublished)),
    ...DATE_KEYS.map((k) => dayOf(tags.get(k) ?? null)),
    headerTime(doc, h1El, threads),
  );
  const declaredModified = first(dayOf(fromLd(ld?.dateModified)), ...MODIFIED_KEYS.map((k) => dayOf(tags.get(k) ?? null)));
  // a Next.js page's own state: read after what the markup declares (and only when it leaves a day unsaid: its JSON
  // may be large), before what the text prints
  const nextDays =
    declaredDate && declaredModified
      ? { published: null, modified: null }
      : nextDataDays(
          doc,
          [ld?.headline?.value, tags.get('og:title')?.value, h1Text, split?.headline].filter((h): h is string => Boolean(h)),
          url?.value ?? pageUrl,
        );
  const found: Record<Field, Found | null> = {
    title: unlabelled(first(headline, titleTag, markedHeadline(doc))),
    outlet,
    date: first(declaredDate, nextDays.published),
    url,
    author: first(person(fromLd(ld?.authors)), person(authorTags(doc, tags)), person(bylineAuthor(doc, threads))),
    lang: first(htmlLang(doc), tags.get('content-language'), tags.get('og:locale'), fromLd(ld?.inLanguage)),
  };
  const order = dayOrder(doc, url?.value ?? pageUrl, ld?.inLanguage?.value ?? null, threads);
  const meta: PageMeta = {
    ...{ title: null, outlet: null, date: null, url: null, author: null, lang: null, evidence: [], ld },
    pageTitle: pageTitle || null,
    classedDate: classedDate(doc, h1El, order, threads),
    printedDate: printedDateLine(doc, order, threads),
    dayOrder: order,
    modified: first(declaredModified, nextDays.modified),
    headlines: [
      ...new Set(
        [
          ld?.headline?.value,
          tags.get('og:title')?.value,
          tags.get('twitter:title')?.value,
          h1?.value,
          siteTitle ? null : split?.headline,
          found.title?.value,
        ].filter((h): h is string => Boolean(h)),
      ),
    ],
    titleFromTitleTag: !headline && titleTag !== null,
    weakOutlet: !named,
  };
  for (const field of ['title', 'outlet', 'date', 'url', 'author', 'lang'] as const) {
    const f = found[field];
    if (!f) continue;
    meta[field] = f.value;
    meta.evidence.push({ field, source: 'page', detail: f.detail });
  }
  return meta;
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
