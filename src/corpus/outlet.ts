/**
 * Outlet clues in page text: the page's own URL (unwrapping proxy-wrapped addresses), the short name the
 * site calls itself in its chrome ("more DW sites", "© 2023 Example News"), "Source: X" lines.
 */
import { SOURCE_LINE } from './chrome.js';

/** A URL found on a line, with the host that actually served the page. */
export interface PageUrl {
  /** The real page address (the inner one for a proxy-wrapped URL). */
  url: string;
  host: string;
}

/** Hosts of embedded posts and shorteners: a bare line with their URL is an embed, not the page itself. */
const EMBED_HOSTS =
  /(?:^|\.)(?:twitter\.com|x\.com|t\.co|youtube\.com|youtu\.be|facebook\.com|instagram\.com|tiktok\.com|bit\.ly|goo\.gl|archive\.org|web\.archive\.org)$/i;

/** Second-level labels used under country codes (example.co.uk, example.com.au). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'gv', 'or', 'ne']);

/**
 * Parses a bare URL line. Proxy-wrapped addresses (`https://proxy:443/https/real.host/path`) yield the inner
 * host. Returns null for non-URLs and embed hosts.
 *
 * @example pageUrl('https://s.proxy.example:443/https/p.dw.com/p/4TLXn') // → { url: 'https://p.dw.com/p/4TLXn', host: 'p.dw.com' }
 */
export function pageUrl(line: string): PageUrl | null {
  const raw = line
    .replace(/^<|>$/g, '')
    .replace(/^\[[^\]]*\]\(|\)$/g, '')
    .replace(/[.,;]$/, '');
  let u: URL;
  try {
    u = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  const inner = /^\/(https?):?\/\/?([^/?#]+)(.*)$/i.exec(u.pathname + u.search);
  const host = (inner ? inner[2]! : u.hostname).toLowerCase().replace(/:\d+$/, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) || EMBED_HOSTS.test(host)) return null;
  const url = inner ? `${inner[1]!.toLowerCase()}://${inner[2]!}${inner[3] ?? ''}` : u.href;
  return { url, host };
}

/** The registrable part of a host: `p.dw.com` → `dw.com`, `www.bbc.co.uk` → `bbc.co.uk`. */
export function registrableDomain(host: string): string {
  const labels = host.replace(/^www\d*\./, '').split('.');
  const n = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/**
 * The site's short name for `domain` as the page's own chrome writes it: a capitalised word equal to the
 * domain's name label ("DW" in "Skip to more DW sites" for dw.com). Null when the chrome never says it.
 */
export function nameForDomain(domain: string, chromeLines: readonly string[]): { name: string; line: string } | null {
  const label = domain.split('.')[0]!;
  if (label.length < 2) return null;
  const re = new RegExp(String.raw`(?<![\w.])(${label.replace(/[-]/g, '\\-')})(?![\w.])`, 'i');
  for (const line of chromeLines) {
    const m = re.exec(line);
    if (m && /[A-Z]/.test(m[1]!)) return { name: m[1]!, line };
  }
  return null;
}

const SITE_NAME_PATTERNS = [
  /\b(?:skip to |visit )?(?:more|other) ([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:sites|websites|services)\b/,
  // Case-sensitive on purpose: the name must be capitalised ("© 2015 by …" names no site).
  /(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)((?:[A-Z][\w&'-]*(?:\.(?=\w)[\w&'-]*)*)(?: [A-Z][\w&'-]*(?:\.(?=\w)[\w&'-]*)*){0,4})/,
];

/** The site's own name written in chrome (menus, copyright footers), or null. */
export function siteNameInChrome(chromeLines: readonly string[]): { name: string; line: string } | null {
  for (const line of chromeLines) {
    for (const re of SITE_NAME_PATTERNS) {
      const m = re.exec(line);
      if (m) return { name: m[1]!.replace(/[.,]+$/, ''), line };
    }
  }
  return null;
}

/** The X of a "Source: X" line. */
export function sourceName(line: string): string | null {
  const m = SOURCE_LINE.exec(line);
  return m ? m[1]!.replace(/[.]+$/, '').trim() || null : null;
}
