/**
 * Posts embedded in a web article (a tweet, a Bluesky, Mastodon, Instagram, Facebook or Threads post): the web
 * layer (corpus/web/embeds.ts) writes each as one paragraph, its words in quotation marks and then the credit
 * the embed showed, in one fixed form: “…” — Ana Ruiz (@ana) on X, “…” — @ana on Bluesky, “…” — Ana Ruiz on
 * Facebook. The words are the author's: the display name's, else the handle's.
 */
import type { DocModel } from './model.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';

/** The platforms the web layer names in a credit. */
const PLATFORMS = 'X|Twitter|Bluesky|Mastodon|Instagram|Facebook|Threads|TikTok';
/** " — Ana Ruiz (@ana) on X" closing the paragraph right after the quotation: name and handle, or either alone. */
const CREDIT = new RegExp(
  String.raw`^ — (?:([^()@\n“”"]{1,64}?) \((@[\w.@-]{1,201})\)|([^()@\n“”"]{1,64}?)|(@[\w.@-]{1,201})) on (?:${PLATFORMS})$`,
  'u',
);

/**
 * The author of quotation `raw` when it is an embedded post's words, written as the web layer writes them:
 * the whole of its paragraph's opening, closed, followed by the credit and nothing else. Null otherwise.
 *
 * @example embeddedPostAuthor(model, raw) // '“Run it.” — Ana Ruiz (@ana) on X' → { speaker: 'Ana Ruiz', mention: 'Ana Ruiz' }
 */
export function embeddedPostAuthor(model: DocModel, raw: RawQuote): Attribution | null {
  const { text } = model;
  if (!raw.closed || raw.continued || (raw.start > 0 && text[raw.start - 1] !== '\n')) return null;
  const lineEnd = text.indexOf('\n', raw.end);
  const rest = text.slice(raw.end, lineEnd < 0 ? text.length : lineEnd);
  const credit = CREDIT.exec(rest);
  if (!credit) return null;
  const written = credit[1] ?? credit[3] ?? credit[2] ?? credit[4];
  if (!written) return null;
  const start = raw.end + rest.indexOf(written, 3);
  const name = { start, end: start + written.length, text: written };
  return { speaker: written.startsWith('@') ? written : (model.people.lookup(written)?.name ?? written), mention: name };
}
