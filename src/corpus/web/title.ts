/**
 * A page's `<title>` split into the headline and the site's name: "Headline | Outlet", "Headline - Outlet",
 * "Headline — Outlet", "Outlet: Headline" when the other side is the headline the page shows. Without a
 * known headline only a short last part after a separator counts as the site's name.
 */
import { SPACE_RUNS } from './dom.js';

/** Separators sites put between a headline and their name, with spaces around. */
const SEPARATOR = /(?<=\s)(?:[|–—·•»/]|-{1,2}|::)(?=\s)|:(?=\s)/g;
/**
 * "Headline « Site" (WordPress themes): read apart from the other separators, as "«" opens a French quotation
 * too ("Le maire dit « non »"): here nothing closes it.
 */
const GUILLEMET_SITE = /^(.*\S)\s+«\s+([^«»]+)$/;
/** Most words a site name has. */
const MAX_SITE_WORDS = 6;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(SPACE_RUNS, ' ')
    .trim();
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A title split into the headline and the site name written beside it. */
export interface SplitTitle {
  headline: string;
  site: string | null;
}

/** The parts of `title` between separators, as [before, after] pairs at each separator. */
function cuts(title: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const m of title.matchAll(SEPARATOR)) {
    // "»" closing a French quotation ("dit « non » | Le Courrier") separates nothing
    const before = title.slice(0, m.index);
    if (m[0] === '»' && (before.match(/«/g)?.length ?? 0) > (before.match(/»/g)?.length ?? 0)) continue;
    out.push([title.slice(0, m.index).trim(), title.slice(m.index + m[0].length).trim(), m[0].trim()]);
  }
  return out;
}

/**
 * Splits a page title. `headline` is the headline known from elsewhere on the page (og:title, JSON-LD,
 * `<h1>`), or null.
 *
 * @example splitTitle('Flood wall vote | The Harbour Gazette', null) // → { headline: 'Flood wall vote', site: 'The Harbour Gazette' }
 */
export function splitTitle(title: string, headline: string | null, host: string | null = null): SplitTitle {
  const t = title.replace(SPACE_RUNS, ' ').trim();
  const parts = cuts(t);
  if (headline) {
    const h = norm(headline);
    for (const [before, after] of parts) {
      // "Headline | Opinion | Outlet": the site's name is the last part, a section's label stands before it
      if (norm(before) === h && words(after) <= MAX_SITE_WORDS) return { headline: before, site: outerPart(after, 'last') };
      if (norm(after) === h && words(before) <= MAX_SITE_WORDS) return { headline: after, site: outerPart(before, 'first') };
    }
  }
  const guillemet = GUILLEMET_SITE.exec(t);
  const last: [string, string, string] | undefined = guillemet ? [guillemet[1]!, guillemet[2]!, '«'] : parts[parts.length - 1];
  // A colon or slash also opens subtitles ("Budget: what changes"): without a known headline only the
  // separators sites use for their name count.
  if (last && /^(?:[|–—·•»«-]|::)/.test(last[2]) && words(last[1]) <= 4 && words(last[0]) >= 3 && !/[.!?]$/.test(last[1])) {
    // "Headline | News | Outlet": a short section's name between them belongs to neither
    const section = /^(.*\S)\s+[|·•»«]\s+(\S+(?:\s+\S+){0,2})$/.exec(last[0]);
    const headline = section && words(section[1]!) >= 3 && !/[.!?]$/.test(section[2]!) ? section[1]! : last[0];
    return { headline, site: last[1] };
  }
  // "Outlet | Headline": the site's name first, told by the page's own address ("Fjord Post" on fjordpost.example)
  const label = host ? siteLabel(host) : '';
  for (const [before, after, sep] of parts.slice(0, 1)) {
    const name = norm(before).replace(/ /g, '');
    if (
      label &&
      name.length >= 3 &&
      /^[|–—·•»:-]/.test(sep) &&
      words(before) <= MAX_SITE_WORDS &&
      words(after) >= 3 &&
      (label.includes(name) || name.includes(label))
    )
      return { headline: after, site: before };
  }
  return { headline: t, site: null };
}

/** Separators between a site's name and a section's label ("Opinion | The Daily Ledger"). */
const LABEL_SEPARATOR = /\s+(?:[|–—·•»]|-{1,2}|::)\s+/;

/** The site's name of the words beside a headline: its last part after the headline, its first before it. */
function outerPart(side: string, which: 'first' | 'last'): string {
  const parts = side.split(LABEL_SEPARATOR).filter(Boolean);
  return (which === 'last' ? parts[parts.length - 1] : parts[0]) ?? side;
}

/**
 * The headline the page shows when `title` is it with a label or the site's name beside it ("Opinion | H",
 * "H | The Daily Ledger", as og:title and twitter:title often are), or null when it is not.
 */
export function labelledHeadline(title: string, shown: string): string | null {
  const t = title.replace(SPACE_RUNS, ' ').trim();
  const h = norm(shown);
  if (norm(t) === h) return null;
  for (const [before, after, sep] of cuts(t)) {
    if (!/^(?:[|–—·•»]|-{1,2})$/.test(sep)) continue;
    if (norm(before) === h && words(after) <= MAX_SITE_WORDS) return before;
    if (norm(after) === h && words(before) <= MAX_SITE_WORDS) return after;
  }
  return null;
}

/** The host's name without "www." and the top-level domain, letters and digits only ("fjordpost" for www.fjordpost.example). */
export function siteLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  return (labels.length > 1 ? labels.slice(0, -1) : labels).join('').replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when two headlines say the same (case, punctuation and spacing aside). */
export function sameHeadline(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

/** Whether `text` is one of `headlines` as `sameHeadline` tells: the text, a whole paragraph maybe, read once for them all. */
export function sameAsAnyHeadline(text: string, headlines: readonly string[]): boolean {
  if (!headlines.length) return false;
  const read = norm(text);
  return headlines.some((h) => norm(h) === read);
}

/**
 * The label of an opinion or analysis section that sites print beside a headline ("Opinion | H", "Analysis: H",
 * "H | Opinion"), above it (a kicker, "<p>Editorial</p>") or inside the `<h1>` in an element of its own: the kind
 * of piece, not the headline's words.
 */
export const SECTION_LABEL =
  /^(?:opinion|analysis|comment|commentary|editorial|op-?ed|column|perspective|viewpoint|explainer|letters?(?: to the editor)?|guest (?:column|opinion|essay)|essay)$/i;

/** Separators between a section's label and a headline: a bar, a colon, a dash with spaces. */
const SECTION_SEPARATOR = String.raw`\s*(?:[|:]|\s[–—-])\s+`;
const LEADING_SECTION = new RegExp(String.raw`^([\p{L}' -]{2,30}?)${SECTION_SEPARATOR}(\S.*)$`, 'u');
const TRAILING_SECTION = /^(.*\S)\s+[|–—]\s+([\p{L}' -]{2,30})$/u;

/**
 * A headline without a section label beside it ("Opinion | The levee will not hold" → "The levee will not
 * hold", "H | Analysis" → "H"), or the title as given when no label stands there. Three words at least are left.
 */
export function withoutSectionLabel(title: string): string {
  const t = title.replace(SPACE_RUNS, ' ').trim();
  const lead = LEADING_SECTION.exec(t);
  if (lead && SECTION_LABEL.test(lead[1]!.trim()) && words(lead[2]!) >= 3) return withoutSectionLabel(lead[2]!);
  const trail = TRAILING_SECTION.exec(t);
  if (trail && SECTION_LABEL.test(trail[2]!.trim()) && words(trail[1]!) >= 3) return trail[1]!;
  return t;
}
