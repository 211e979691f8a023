/**
 * Posts embedded in an article (X/Twitter, Bluesky, Mastodon, Instagram, Facebook, Threads, TikTok) as the words of
 * their author. A page serves an embed as a blockquote (or a `div` around one): the post's words in `<p>`s,
 * then a signature ("— Name (@handle) date", "A post shared by Name (@handle)", "Posted by Name on date")
 * and links a reader sees as a picture or a button. Nothing marks the words as a quotation, so they would read
 * as the article's own narration and the signature as a stray line of it.
 *
 * Each embed is replaced by one paragraph: the words in quotation marks, then a credit in one fixed form,
 * “…” — Name (@handle) on Platform, which the claims layer reads as the post's author (`embedded-post`,
 * src/claims/embedded-posts.ts). The date, picture links ("pic.twitter.com/…") and buttons ("View on Threads")
 * go from the text (the date is kept beside it: `EmbeddedPost.date`). The credit is written only from what the embed shows: a signature whose handle is not the account of the
 * post's own link, or no signature at all, gives no credit (the words stay a quotation of no one named). An
 * embed with no words on the page (Threads, Mastodon and recent Instagram embeds load them by script) leaves
 * nothing behind.
 */
import { findDate } from '../dates.js';
import { all, seenText, TEXT_NODE, textOf, type DomDocument, type DomElement, SPACE_RUNS } from './dom.js';
import { isoDay } from './meta-tags.js';

/** The embed codes' outer elements, by platform (the platform as the credit names it is found from links). */
const EMBEDS: readonly { selector: string; platform: string }[] = [
  { selector: 'blockquote.twitter-tweet', platform: 'X' },
  { selector: 'blockquote.bluesky-embed', platform: 'Bluesky' },
  { selector: 'blockquote.mastodon-embed', platform: 'Mastodon' },
  { selector: 'blockquote.instagram-media', platform: 'Instagram' },
  { selector: 'div.fb-post, div.fb-video, blockquote.fb-xfbml-parse-ignore', platform: 'Facebook' },
  { selector: 'blockquote.text-post-media', platform: 'Threads' },
  { selector: 'blockquote.tiktok-embed', platform: 'TikTok' },
];

/** Never words of the post: the embed's script, styles, and the icons drawn with SVG. */
const NOT_WORDS = 'script, style, noscript, template, svg, iframe';
/** Links to the post's attached picture or its short link: a reader sees the picture or a link there. */
const PICTURE_LINK = /^(?:https?:\/\/)?(?:pic\.(?:twitter|x)\.com|t\.co)\/\S*$/i;
const PICTURE_TEXT = /(?:\s*(?:https?:\/\/t\.co\/\S+|(?:https?:\/\/)?pic\.(?:twitter|x)\.com\/\S+))+\s*$/iu;
/** A link standing for media the script shows in its place (Bluesky's "[image or embed]"). */
const PLACEHOLDER = /^\[[^\]]{1,80}\]$/;
/** The buttons and labels an embed shows around the words. */
const CHROME =
  /^(?:view (?:this post )?on (?:instagram|threads|mastodon|facebook|x|twitter)|post by @\S+|a (?:photo|video|post) (?:posted|shared) by\b.*)$/i;
/** A handle as signatures write it: "@ana", "@ana.bsky.social", "@ana@social.example". */
const HANDLE = /^@[\w.-]{1,100}(?:@[\w.-]{1,100})?$/u;
/** The most characters a display name has (X allows 50, Bluesky 64). */
const MOST_NAME = 64;
/**
 * A post holds at most a few thousand characters (X 280, Bluesky 300, Mastodon 500, Instagram's caption
 * 2,200; Facebook allows more, but no article embeds a post longer than this). Longer text in an embed's
 * markup is not a post: it is left as it is, unmarked and uncredited.
 */
const MOST_WORDS_CHARACTERS = 5_000;
const WORD = /[\p{L}\p{N}]/u;

/** What an embed shows: its words, and the name and handle it is signed with. */
export interface EmbeddedPost {
  platform: string;
  words: string;
  /** The display name signed, or null. */
  name: string | null;
  /** The handle signed ("@ana"), or null. */
  handle: string | null;
  /** The day the post was posted, as its embed shows it (its signature's date or `<time datetime>`), ISO; or null. */
  date: string | null;
  /** The paragraph written in its place (its words in quotation marks and its credit). */
  written: string;
}

/**
 * Replaces every embedded post of `doc` (in place) by one paragraph in a blockquote: its words in quotation
 * marks and its credit. Returns the posts found, in page order.
 *
 * @example markEmbeddedPosts(doc)
 * // <blockquote class="twitter-tweet"><p>Shame on them! pic.twitter.com/x</p>— Ana Ruiz (@ana) <a …>May 2, 2024</a></blockquote>
 * // → <blockquote><p>“Shame on them!” — Ana Ruiz (@ana) on X</p></blockquote>
 */
export function markEmbeddedPosts(doc: DomDocument): EmbeddedPost[] {
  const found = new Map<DomElement, string>();
  for (const { selector, platform } of EMBEDS) for (const embed of all(doc, selector)) if (!found.has(embed)) found.set(embed, platform);
  const out: EmbeddedPost[] = [];
  for (const [embed, platform] of found) {
    // an embed inside another (Facebook's blockquote in its div.fb-post) is read with the outer one
    if (within(embed, found)) continue;
    const post = readEmbed(embed, platform);
    replace(doc, embed, post);
    if (post) out.push(post);
  }
  return out;
}

function within(el: DomElement, embeds: ReadonlyMap<DomElement, string>): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (embeds.has(up)) return true;
  return false;
}

/**
 * A TikTok embed's caption: its `<section>` holds a link to the account ("@ana"), the caption's words and
 * hashtags, and a link to the video's sound ("♬ original sound - Ana Ruiz"). The sound is not the caption, and
 * its name is the sound's, not always the poster's: the credit is the account's handle.
 */
function readTikTok(embed: DomElement): EmbeddedPost | null {
  for (const el of all(embed, NOT_WORDS)) el.remove();
  const section = all(embed, 'section')[0] ?? embed;
  const links = all(section, 'a[href]').map((a) => a.getAttribute('href') ?? '');
  for (const a of all(section, 'a')) if (/^♬/u.test(textOf(a))) a.remove();
  const account = all(section, 'a').find((a) => HANDLE.test(textOf(a)));
  const handle = account ? textOf(account) : null;
  account?.remove();
  const words = textOf(section);
  if (!WORD.test(words)) return null;
  const post = { platform: 'TikTok', words, name: null, date: postDate(embed, ''), written: '' };
  if (words.length > MOST_WORDS_CHARACTERS || !accountAgrees(handle, links)) return { ...post, handle: null };
  return { ...post, handle };
}

/** The post an embed shows, or null when it shows no words. */
function readEmbed(embed: DomElement, platform: string): EmbeddedPost | null {
  if (platform === 'TikTok') return readTikTok(embed);
  for (const el of all(embed, NOT_WORDS)) el.remove();
  const links = all(embed, 'a[href]').map((a) => a.getAttribute('href') ?? '');
  const place = platformOf(links) ?? platform;
  const paragraphs = all(embed, 'p');
  const signatureP = paragraphs.find((p) => /^a (?:photo|video|post) (?:posted|shared) by\b/i.test(textOf(p)));
  const wordsPs = paragraphs.filter((p) => p !== signatureP && !CHROME.test(textOf(p)));
  for (const p of wordsPs) for (const a of all(p, 'a')) if (PICTURE_LINK.test(textOf(a)) || PLACEHOLDER.test(textOf(a))) a.remove();
  const words = wordsPs
    .map((p) => textOf(p).replace(PICTURE_TEXT, '').trim())
    .filter((t) => WORD.test(t))
    .join(' ');
  if (!words) return null;
  // the signature: Instagram's own paragraph, else the embed's text after its words
  // read apart element by element: a Mastodon embed's "Post by @ana@social.example" and "View on Mastodon" are
  // two <div>s, glued into one handle ("…exampleView") by their text alone
  const signature = signatureP ? textOf(signatureP) : seenText(embed, new Set(paragraphs));
  const date = postDate(embed, signature);
  const post = { platform: place, words, date, written: '' };
  if (words.length > MOST_WORDS_CHARACTERS) return { ...post, name: null, handle: null };
  const signed = readSignature(signature);
  if (!signed || !accountAgrees(signed.handle, links)) return { ...post, name: null, handle: null };
  return { ...post, ...signed };
}

/** The day of a post: its embed's `<time datetime>`, else the date its signature writes ("— Ana (@ana) May 2, 2024"). */
function postDate(embed: DomElement, signature: string): string | null {
  for (const time of all(embed, 'time[datetime]')) {
    const day = isoDay(time.getAttribute('datetime') ?? '');
    if (day) return day;
  }
  return findDate(signature)?.iso ?? null;
}

/** "X" for an x.com link, "Twitter" for a twitter.com one: the credit names the site the post's link goes to. */
function platformOf(links: readonly string[]): string | null {
  for (const href of links) {
    const host = hostOf(href);
    if (host === 'x.com') return 'X';
    if (host === 'twitter.com') return 'Twitter';
  }
  return null;
}

function hostOf(href: string): string | null {
  try {
    return new URL(href, 'https://page.invalid/').hostname.replace(/^(?:www|mobile)\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The name and handle of a signature: "— Ana Ruiz (@ana) May 2, 2024", "A photo posted by Ana Ruiz (@ana) on
 * Jul 14, 2016", "A post shared by Ana Ruiz (@ana)", "Posted by Ana Ruiz on Thursday, May 2, 2024",
 * "— (@ana) May 2", "Post by @ana@social.example". Null when it names nobody.
 */
function readSignature(text: string): { name: string | null; handle: string | null } | null {
  const shared = /^A (?:photo|video|post) (?:posted|shared) by (.+?)(?: on .*)?$/i.exec(text);
  const posted = /(?:^|\s)Posted by (.+?) on\b/i.exec(text);
  const byHandle = /(?:^|\s)Post by (@\S+)/i.exec(text);
  const dashed = /^(?:—|–|-|&mdash;)\s*(.*)$/u.exec(text);
  const credit = shared?.[1] ?? posted?.[1] ?? byHandle?.[1] ?? dashed?.[1];
  if (!credit) return null;
  const withHandle = /^(.*?)\s*\(\s*(@[^\s()]+)\s*\)/u.exec(credit);
  const bareHandle = /^(@[^\s()]+)/u.exec(credit);
  const rawName = withHandle ? withHandle[1]! : bareHandle ? '' : shared || posted ? credit : '';
  const rawHandle = withHandle?.[2] ?? bareHandle?.[1] ?? null;
  const handle = rawHandle && HANDLE.test(rawHandle) ? rawHandle : null;
  const name = cleanName(rawName);
  if (!name && !handle) return null;
  return { name, handle };
}

/** Emoji, flags (regional indicators), their joiners and variation selectors. */
const DECORATION = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/gu;

/** A display name as a credit may show it: letters in it, no handle, no marks, not too long. */
function cleanName(raw: string): string | null {
  // emoji and flags decorate display names ("Ana Ruiz 🇪🇸"): the person's name is the words
  const name = raw
    .replace(DECORATION, ' ')
    .replace(SPACE_RUNS, ' ')
    .replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/gu, '')
    .trim();
  if (!name || name.length > MOST_NAME || !WORD.test(name) || /[@“”"«»<>]/.test(name)) return null;
  return name;
}

/**
 * Whether the handle signed is the account of the post's own link (twitter.com/ana/status/…, bsky.app/profile/
 * ana.bsky.social/post/…, instagram.com/ana/, social.example/@ana/…): a signature naming one account on a post
 * of another is no credit to trust. Links that name no account (a Bluesky DID, instagram.com/p/…) check nothing.
 */
function accountAgrees(handle: string | null, links: readonly string[]): boolean {
  if (!handle) return true;
  const own = handle.slice(1).split('@')[0]!.toLowerCase();
  for (const href of links) {
    let url: URL;
    try {
      url = new URL(href, 'https://page.invalid/');
    } catch {
      continue;
    }
    const parts = url.pathname.split('/').filter(Boolean);
    const host = url.hostname.replace(/^(?:www|mobile)\./, '').toLowerCase();
    let account: string | null = null;
    if ((host === 'twitter.com' || host === 'x.com') && parts[1] === 'status' && parts[0] !== 'i') account = parts[0]!;
    else if (host === 'bsky.app' && parts[0] === 'profile' && parts[1] && !parts[1].startsWith('did:')) account = parts[1];
    else if (host === 'instagram.com' && parts.length === 1 && !['p', 'reel', 'tv'].includes(parts[0]!)) account = parts[0]!;
    else if (parts[0]?.startsWith('@')) account = parts[0].slice(1);
    if (account && decodeURIComponent(account).toLowerCase() !== own) return false;
  }
  return true;
}

/** The credit written after the words: "— Ana Ruiz (@ana) on X", "— @ana on Bluesky", "— Ana Ruiz on Facebook". */
export function creditLine(post: Pick<EmbeddedPost, 'name' | 'handle' | 'platform'>): string | null {
  const who = post.name && post.handle ? `${post.name} (${post.handle})` : (post.name ?? post.handle);
  return who ? `— ${who} on ${post.platform}` : null;
}

/** Marks that would close or nest with the marks put around the words: such words are left as written. */
const OWN_MARKS = /^\s*["“„«]|["”»]\s*$/;

function replace(doc: DomDocument, embed: DomElement, post: EmbeddedPost | null): void {
  if (!post) {
    embed.remove();
    return;
  }
  const quote = doc.createElement('blockquote');
  const p = doc.createElement('p');
  const long = post.words.length > MOST_WORDS_CHARACTERS;
  const credit = long ? null : creditLine(post);
  const words = long || OWN_MARKS.test(post.words) ? post.words : `“${post.words}”`;
  post.written = credit ? `${words} ${credit}` : words;
  p.appendChild(doc.createTextNode(post.written));
  quote.appendChild(p);
  const place = wrapperOf(embed);
  place.parentNode && (place.parentNode as unknown as DomElement).insertBefore(quote, place);
  place.remove();
}

/** Elements a publishing system wraps an embed in ("figure.wp-block-embed", "div.social-embed"). */
const WRAPPERS = new Set(['DIV', 'FIGURE', 'SPAN', 'SECTION', 'P', 'CENTER']);

/**
 * The outermost wrapper that holds the embed and nothing else (but the embed's script): the post takes its
 * place, so a wrapper whose class names it as social or a widget ("social-embed", "twitter-widget") is not
 * pruned as a box beside the article with the post inside it.
 */
function wrapperOf(embed: DomElement): DomElement {
  let at = embed;
  for (let up = embed.parentElement; up && WRAPPERS.has(up.tagName.toUpperCase()); up = up.parentElement) {
    const others = Array.from(up.childNodes).some(
      (n) =>
        n !== at &&
        (n.nodeType === TEXT_NODE ? /\S/.test(n.textContent ?? '') : !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|BR)$/i.test(n.nodeName)),
    );
    if (others) break;
    at = up;
  }
  return at;
}
