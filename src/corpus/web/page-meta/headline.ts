/**
 * A page's headline and site name as its markup shows them: the article's `<h1>` (`headlineHeading`,
 * `markedHeadline`), a title that is only the site's name (`titleIsSiteName`, the logo's), the outlet named from
 * the page's domain as its own chrome writes it (`outletFromDomain`).
 */
import { nameForDomain, registrableDomain } from '../../outlet.js';
import { all, textOf, type DomDocument, type DomElement } from '../dom.js';
import { clip, type Found } from '../meta-tags.js';
import { SECTION_LABEL, sameHeadline, siteLabel, withoutSectionLabel } from '../title.js';

/** Lines of the page's chrome (header, menus, footer) where a site writes its own name. */
function chromeLines(doc: DomDocument): string[] {
  return all(doc, 'header, nav, footer, [class*="copyright"], [class*="logo"]')
    .map(textOf)
    .filter((t) => t && t.length < 400);
}

export function outletFromDomain(doc: DomDocument, url: Found | null): Found | null {
  if (!url) return null;
  const domain = registrableDomain(new URL(url.value).hostname);
  const named = nameForDomain(domain, chromeLines(doc));
  return named
    ? { value: named.name, detail: clip(`domain ${domain} of ${url.detail}, named "${named.name}" in: ${named.line}`) }
    : { value: domain, detail: clip(`domain ${domain} of ${url.detail}`) };
}

/** Classes and ids of a site's name printed as a heading ("site-logo", "brand", "masthead"). */
const LOGO = /logo|brand|site-?(?:title|name)|masthead/i;

/**
 * The site's name printed as an `<h1>` in its header: a heading classed as a logo, or one whose words are one
 * link to the site's front page ("<h1 class="logo"><a href="/">Riverside Courier</a></h1>").
 */
function siteLogo(el: DomElement): boolean {
  if (LOGO.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return true;
  const links = el.tagName === 'A' ? [el] : all(el, 'a');
  const href = links.length === 1 ? (links[0]!.getAttribute('href') ?? '').trim() : '';
  return Boolean(href) && textOf(links[0]!) === textOf(el) && /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/.test(href);
}

/** Where a site prints its own name: its header, menus, footer, logo, and links to its front page. */
const SITE_NAME_PLACES =
  'header, nav, footer, [class*="logo" i], [class*="brand" i], [class*="masthead" i], [id*="masthead" i], [class*="site-title" i], [class*="site-name" i]';

/**
 * Whether a `<title>` without a separator is only the site's name ("Tidewater Gazette" on a page whose
 * headline is an `<h2>`): the name the site gives itself in a tag (`og:site_name` …), the page address's
 * name (tidewatergazette.example), or the whole text (or logo's alt) of its header, menu, footer, logo or
 * a link to its front page. Read as the headline, every such page was titled with the site's name.
 */
export function titleIsSiteName(doc: DomDocument, title: string, siteNames: readonly string[], host: string | null): boolean {
  if (siteNames.some((n) => sameHeadline(n, title))) return true;
  const squashed = title.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (host && squashed.length >= 3 && siteLabel(host) === squashed) return true;
  // an article's own <header> prints its headline, not the site's name
  const places = all(doc, SITE_NAME_PLACES).filter((el) => !inArticle(el));
  return [...places, ...all(doc, 'h1, a[href]').filter(siteLogo)].some(
    (el) => sameHeadline(textOf(el), title) || all(el, 'img[alt]').some((img) => sameHeadline(img.getAttribute('alt') ?? '', title)),
  );
}

/**
 * A headline printed in a lower heading marked as the article's title (`<h2 class="entry-title">`,
 * `itemprop="headline"`): read when nothing else gives a title, as on blogs whose `<h1>` is the site's name
 * and whose `<title>` is only that name.
 */
export function markedHeadline(doc: DomDocument): Found | null {
  const el = all(doc, 'h2, h3, [itemprop="headline"]').find(
    (h) =>
      (h.getAttribute('itemprop') === 'headline' ||
        /(?:^|[\s_-])(?:entry|post|article|story)[-_]?(?:title|headline)(?:$|[\s_-])/i.test(marks(h))) &&
      !siteLogo(h),
  );
  const text = el ? textOf(el) : '';
  return el && text
    ? { value: text, detail: clip(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">${text}`) }
    : null;
}

const marks = (el: DomElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

function inArticle(el: DomElement): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName === 'ARTICLE') return true;
  return false;
}

/** The `<h1>` that prints the headline: the article's, else the page's first that is no site logo. */
export function headlineHeading(doc: DomDocument): DomElement | null {
  return [...all(doc, 'article h1'), ...all(doc, 'h1')].find((el) => !siteLogo(el)) ?? null;
}

/**
 * The `<h1>`'s headline without a section's label printed in an element of its own at its start (`<h1><span
 * class="kicker">Opinion</span> The levee …</h1>`): read whole, the label ran into the headline ("Opinion The
 * levee …"), where no separator tells them apart.
 */
export function headingText(h1: DomElement): string {
  const text = textOf(h1);
  const lead = h1.children[0];
  const label = lead ? textOf(lead) : '';
  if (!label || !SECTION_LABEL.test(label) || !text.startsWith(label)) return text;
  const rest = text.slice(label.length).replace(/^[\s|:–—-]+/, '');
  // "<span>Opinion</span> polls show …": the word is the headline's own
  return rest.split(' ').length >= 3 && /^\p{Lu}/u.test(rest) ? rest : text;
}

/** A title without a section's label beside it ("Opinion | H" → H), its evidence saying so. */
export function unlabelled(found: Found | null): Found | null {
  const value = found ? withoutSectionLabel(found.value) : '';
  return found && value !== found.value ? { value, detail: clip(`${found.detail} (without its section label)`) } : found;
}
