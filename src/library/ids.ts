/**
 * Document ids of added articles: readable (the site and the headline), short enough for an autocomplete
 * value (Discord allows 100 characters), and unique in the server's corpus.
 */

/** Longest id made; Discord's option values stop at 100 characters. */
const MAX_ID = 80;

function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * `added/<site>-<headline>` (or the file name), with a piece of the text's hash when that is taken.
 *
 * @example articleId({ title: 'Navies meet', outlet: null, url: 'https://www.example.com/a', fileName: null, hash: 'ab12…' }, new Set())
 * // → 'added/example-com-navies-meet'
 */
export function articleId(
  page: { title: string | null; outlet: string | null; url: string | null; fileName: string | null; hash: string },
  taken: { has(id: string): boolean },
): string {
  const site = slug(host(page.url) ?? page.outlet ?? '', 30);
  const name = slug(page.title ?? page.fileName?.replace(/\.[a-z]+$/i, '') ?? '', 60);
  const base = `added/${[site, name].filter(Boolean).join('-') || 'article'}`.slice(0, MAX_ID - 7).replace(/-+$/, '');
  if (!taken.has(base)) return base;
  for (let n = 6; n <= page.hash.length; n += 2) {
    const id = `${base}-${page.hash.slice(0, n)}`;
    if (!taken.has(id)) return id;
  }
  for (let n = 2; ; n++) {
    const id = `${base}-${page.hash}-${n}`;
    if (!taken.has(id)) return id;
  }
}
