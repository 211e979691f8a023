/**
 * Posts that a plain-text corpus marks up as such: `<tweet id=".." author="@handle" datetime="..">words</tweet>`
 * (and the variants `tweet-author="@handle"`, `author="handle"`, closed by `</tweet>` or `<tweet/>`). The
 * markup says whose words they are, as an embed does on a web page (embedded-posts.ts), so the words become a
 * quotation without marks (offsets stay indices into the file's text), credited by `embedded-post` to the name
 * of a signature closing the words ("… — Ana Ruiz (@ana) June 29, 2016"), else to the handle the tag names.
 */
import type { DocModel } from './model.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';
import type { Span } from './types.js';

/** An opening tag with an author attribute, its words, and the closing tag (`</tweet>` or `<tweet/>`). */
const TAGGED = /<tweet\b([^<>]{0,400}?)\b(?:tweet-)?author="@?([\w.]{1,50})"([^<>]{0,400})>([^<>]{1,2000}?)<\/?tweet\s*\/?>/giu;
/** A signature closing the words: " — Ana Ruiz (@ana) June 29, 2016"; its name counts only for the tag's own handle. */
const SIGNATURE = /\s(?:\u2014|\u2013|--)\s*([^()\n\u2014\u2013]{1,50}?)\s+\(@(\w{1,50})\)\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$/u;
/** Short links and picture links at the end of the words. */
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/t\.co\/\S+|(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\S*))+\s*$/iu;
const WORD = /[\p{L}\p{N}]/u;

/** The author of each tagged post, by the quotation made of its words. */
const authors = new WeakMap<RawQuote, { mention: Span; handle: boolean }>();

/**
 * `quotes` (text order) with the words of every tagged post in `blocks` added as a quotation without marks.
 * Quotations inside the words give way to it (they are found again as nested ones); a post that a quotation
 * runs into or out of, or whose words are one quotation already, is left as it is.
 *
 * @example withTaggedPosts(text, blocks, quotes) // '<tweet author="@ana">Run it.</tweet>' → adds 'Run it.', by @ana
 */
export function withTaggedPosts(text: string, blocks: readonly { start: number; end: number }[], quotes: RawQuote[]): RawQuote[] {
  if (!text.includes('<tweet')) return quotes;
  let out = quotes;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as { start: number; end: number };
    const slice = text.slice(block.start, block.end);
    if (!slice.includes('<tweet')) continue;
    for (const m of slice.matchAll(TAGGED)) {
      const handle = m[2] as string;
      const body = m[4] as string;
      const bodyStart = block.start + m.index + m[0].indexOf('>') + 1;
      let words = body;
      let mention: Span;
      let byHandle = false;
      const signed = SIGNATURE.exec(words);
      // the signature is no part of the words, whoever it names
      if (signed) words = words.slice(0, signed.index);
      if (signed && WORD.test(signed[1] as string) && signed[2]?.toLowerCase() === handle.toLowerCase()) {
        const name = (signed[1] as string).trim();
        const at = bodyStart + signed.index + signed[0].indexOf(name);
        mention = { start: at, end: at + name.length, text: name };
      } else {
        const at = block.start + m.index + m[0].indexOf(handle, (m[1] as string).length);
        mention = { start: at, end: at + handle.length, text: handle };
        byHandle = true;
      }
      const kept = words.replace(TRAILING_LINKS, '').trimEnd();
      const lead = kept.length - kept.trimStart().length;
      if (!WORD.test(kept)) continue;
      const start = bodyStart + lead;
      const end = bodyStart + kept.length;
      const touching = out.filter((q) => q.block === b && q.start < end && q.end > start);
      const inside = (q: RawQuote) => q.start >= start && q.end <= end && q.closed && !q.continued;
      if (touching.some((q) => !inside(q) || (q.start === start && q.end === end))) continue;
      const post: RawQuote = { start, end, innerStart: start, innerEnd: end, block: b, closed: true, continued: false };
      authors.set(post, { mention, handle: byHandle });
      out = out.filter((q) => !touching.includes(q));
      const before = out.findIndex((q) => q.block > b || (q.block === b && q.start > start));
      out.splice(before < 0 ? out.length : before, 0, post);
    }
  }
  return out;
}

/** The author of quotation `raw` when it is a tagged post's words: the name signed, else "@handle". */
export function taggedPostAuthor(model: DocModel, raw: RawQuote): Attribution | null {
  const found = authors.get(raw);
  if (!found) return null;
  const { mention } = found;
  const speaker = found.handle ? `@${mention.text}` : (model.people.lookup(mention.text)?.name ?? mention.text);
  return { speaker, mention: { ...mention } };
}
