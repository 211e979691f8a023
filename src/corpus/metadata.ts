/**
 * Document metadata: manifest values first, then what the page text itself shows (header dates, the
 * headline, the page URL, "Source:" lines, the site's name in its chrome). Every value carries evidence;
 * nothing is guessed beyond what a line says.
 */
import type { ClassifiedLine } from './clean.js';
import { findDate, orderNote, type ToldDayOrder, writtenDayOrders } from './dates.js';
import { wordCount } from './lines.js';
import type { ManifestEntry } from './manifest.js';
import { nameForDomain, pageUrl, registrableDomain, siteNameInChrome, sourceName } from './outlet.js';
import type { DocumentMeta, MetaEvidence } from './types.js';
import { domainOrder } from './web/day-order.js';

type Field = Extract<MetaEvidence['field'], 'outlet' | 'date' | 'title' | 'url'>;
type Found = { value: string; detail: string } | null;

/** Header lines: everything before the first body paragraph, at most this many non-blank lines. */
const HEADER_LINES = 15;
/** A text line this long is body, not header. */
const BODY_WORDS = 30;
const MAX_DETAIL = 200;

const clip = (s: string): string => (s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s);

function headerLines(lines: readonly ClassifiedLine[]): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  for (const l of lines) {
    if (!l.text) continue;
    if (!l.chrome && l.words >= BODY_WORDS) break;
    out.push(l);
    if (out.length >= HEADER_LINES) break;
  }
  return out;
}

/**
 * The order of day and month for a date whose numbers do not tell it ("3/10/2026"): the one the text's other
 * slashed dates tell ("14/10/2026"), else its page address's country domain; else none, and no date is guessed.
 */
function textDayOrder(lines: readonly ClassifiedLine[], url: Found): ToldDayOrder | null {
  const written = writtenDayOrders(lines.map((l) => l.text).join('\n'));
  if (written.size === 1) return { order: [...written][0]!, detail: "the text's other dates tell" };
  const byDomain = written.size ? null : domainOrder(url?.value ?? null);
  return byDomain ? { order: byDomain, detail: `the address ${url!.value} tells` } : null;
}

/** Longest header line (in words) whose closing date is read after other words ("By A. Writer | Outlet | date"). */
const DATELINE_WORDS = 15;

/**
 * A date opening a header line, after an optional label ("date", "Published:"); or closing a short one after
 * a separator, as a byline or masthead line ends ("By Mira Holt — The Courier, 24 November 2026").
 */
function headerDate(header: readonly ClassifiedLine[], order: ToldDayOrder | null): Found {
  for (const l of header) {
    if (l.chrome === 'link_list') continue;
    const found = findDate(l.text, order?.order);
    if (!found) continue;
    const detail = clip(`${l.text}${orderNote(found, order)}`);
    const before = l.text.slice(0, found.index).replace(/\b(?:date|published|posted|updated|on)\b:?/gi, '');
    if (/^[\s,|–—-]*$/.test(before)) return { value: found.iso, detail };
    const after = l.text.slice(found.index + found.length);
    const closing = /^[\s.,)|–—-]*(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?)?[\s.)]*$/i.test(after);
    if (closing && /[,|–—·•(]\s*$/.test(before) && l.words <= DATELINE_WORDS) return { value: found.iso, detail };
  }
  return null;
}

function headline(header: readonly ClassifiedLine[]): Found {
  const first = header.find((l) => !l.chrome);
  if (!first) return null;
  const text = first.text.replace(/^#{1,6}\s+/, '');
  // Headlines may hold several short sentences ("X could make history. Again."), but not many words; a
  // line opening with a double quotation mark is a quoted paragraph, not a headline.
  if (wordCount(text) > 25 || text.length > 200 || /^["“]/.test(text)) return null;
  // A headline is not a sentence: a lone trailing full stop added by text extraction is dropped.
  return { value: text.replace(/(?<!\.)\.$/, ''), detail: clip(first.text) };
}

function outlet(lines: readonly ClassifiedLine[], url: Found): Found {
  const chrome = lines.filter((l) => l.chrome && l.chrome !== 'link_list' && l.chrome !== 'url').map((l) => l.text);
  for (const l of lines) {
    if (l.chrome !== 'source') continue;
    const name = sourceName(l.text);
    if (name) return { value: name, detail: clip(l.text) };
  }
  const page = url ? pageUrl(url.value) : null;
  const domain = page ? registrableDomain(page.host) : null;
  const named = domain ? nameForDomain(domain, chrome) : null;
  if (url && named) return { value: named.name, detail: clip(`${url.detail} (named "${named.name}" in: ${named.line})`) };
  const site = siteNameInChrome(chrome);
  if (site) return { value: site.name, detail: clip(site.line) };
  return url && domain ? { value: domain, detail: url.detail } : null;
}

function pageAddress(lines: readonly ClassifiedLine[]): Found {
  for (const l of lines) {
    if (l.chrome !== 'url') continue;
    const page = pageUrl(l.text);
    if (page) return { value: page.url, detail: clip(l.text) };
  }
  return null;
}

/**
 * Metadata for one document from its classified lines, with the manifest entry (if any) winning per field.
 *
 * @example inferMetadata(cleanText('Headline\nJuly 3, 2023\n\nBody …').lines).date // → '2023-07-03'
 */
export function inferMetadata(lines: readonly ClassifiedLine[], manifest?: ManifestEntry): DocumentMeta {
  const header = headerLines(lines);
  const url = pageAddress(lines);
  const inferred: Record<Field, Found> = {
    date: headerDate(header, textDayOrder(lines, url)),
    title: headline(header),
    url,
    outlet: outlet(lines, url),
  };
  const meta: DocumentMeta = { outlet: null, date: null, title: null, url: null, evidence: [] };
  for (const field of ['outlet', 'date', 'title', 'url'] as const) {
    const given = manifest?.[field];
    if (given) {
      meta[field] = given;
      meta.evidence.push({ field, source: 'manifest', detail: `${manifest.file}: ${field} = ${JSON.stringify(given)}` });
      continue;
    }
    const found = inferred[field];
    if (!found) continue;
    meta[field] = found.value;
    meta.evidence.push({ field, source: 'text', detail: found.detail });
  }
  return meta;
}
