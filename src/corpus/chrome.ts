/**
 * Line-level page-chrome rules: each recognises one kind of site furniture by its form (not by the words of
 * any one site), so the same rule catches the same kind of chrome on other sites.
 */
import { isDateLine } from './dates.js';
import { endsLikeSentence, type Line, wordCount } from './lines.js';

/** Why a line is not article text. */
export type ChromeReason =
  | 'icons'
  | 'menu'
  | 'link_list'
  | 'footer'
  | 'caption'
  | 'url'
  | 'story_code'
  | 'signature'
  | 'source'
  | 'date'
  | 'breadcrumb'
  | 'duplicate';

/** One line with its verdict; `chrome` is null for article text and blank lines. */
export interface ClassifiedLine extends Line {
  chrome: ChromeReason | null;
}

/** A bare URL (optionally in angle brackets), nothing else on the line. */
export const URL_LINE = /^(?:<?(?:https?:\/\/|www\.)\S+?>?|\[[^\]]*\]\((?:https?:\/\/|www\.)[^)]*\))$/i;

/** "Source: X" / "Sources: X" credit lines: metadata, not text. X is short and not a sentence. */
export const SOURCE_LINE = /^(?:source|sources|via|quelle|fuente|fonte)\s*:\s*(.{1,60}?)\s*$/i;

/** Comment-form and author-box furniture, matched only as a whole short line. */
const FOOTER =
  /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|comments?(?: \(\d+\))?|\d+ comments?|cancel reply|your email address will not be published\b.*|required fields are marked\b.*|about the author|(?:share|share this(?: article| story)?|print|email|tweet)(?: on \w+)?:?|follow us(?: on \w+)?|related(?: posts| articles| stories| topics)?:?|you may also like|read (?:more|also|next):?|advertisement|subscribe(?: to our newsletter)?|sign up for .{0,40}newsletter.*|all rights reserved\.?)$/i;

/**
 * The labels a teaser for another story opens with, as a regular expression's alternatives, in text files and on
 * web pages alike (each adds its own: `TEASER_LABEL` here, `TEASER` in web/tidy.ts).
 */
export const TEASER_LABEL_WORDS = 'also read|read (?:more|also|next)|related|see also|more on this(?: story)?|recommended';

/**
 * A teaser for another story on a line of its own, its label then the headline: "Also read: Why the ferry
 * timetable is changing", "READ MORE | Storm closes coastal path". A headline ends without a sentence's stop
 * and quotes no one; a sentence after "See also:" that ends with one stays.
 */
const TEASER_LABEL = new RegExp(`^(?:${TEASER_LABEL_WORDS}|related (?:story|article)|don['’]t miss|must read)\\s*[:|»›>–—]\\s*`, 'i');
/** The headline after the label: capitalised, no stop, no quotation mark. */
const TEASER_HEADLINE = /^\p{Lu}[^.!"“”«»„]*[^.!"“”«»„\s]$/u;
/** The longest teaser line (in words): a headline, not a paragraph. */
const TEASER_LINE_WORDS = 25;

/** Whether a line is a labelled teaser (`TEASER_LABEL`, then a headline). */
function teaserLine(line: string): boolean {
  const label = TEASER_LABEL.exec(line);
  return label !== null && TEASER_HEADLINE.test(line.slice(label[0].length));
}

/** Skip links of accessible menus: "1. Skip to content", "Skip to main menu". */
const SKIP_LINK = /^(?:\d{1,2}[.)]\s*)?skip (?:to|navigation)\b/i;

/** Photo caption lead-ins and credit tails ("FILE PHOTO: …", "… Image: Agency/Name", "(Photo: X)"). */
const CAPTION_HEAD = /^(?:file photo|photo|picture|image|foto|video)\s*[:|]/i;
const CREDIT_TAIL =
  // No \b before the label: page extraction often glues it to the caption ("last yearImage: TASS").
  /(?:(?:image|photo|picture|foto|credit|photograph|illustration)s?\s*(?:by|:)\s*[^.!?"“”]{2,80}|\((?:photo|image|picture)[^)]{0,80}\))$/i;

const MD_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
const COPYRIGHT = /(?:^|\s)(?:©|\(c\))(?=\s|\d|$)/i;

/** Newsroom story identifiers: "Story Code : 1067432", "Article ID: 55-A". */
const STORY_CODE = /^(?:story|article|news|post|item)\s*(?:code|id|no\.?|number)\s*[:#]\s*[\w-]+$/i;

/** Editor sign-offs: "ara/ab (AFP, Reuters)", "nm/rc (dpa, AP)", "(AFP)". */
const SIGNATURE = /^(?:[a-z]{2,4}(?:\/[a-z]{2,4})+\s*)?\((?:[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s*,?\s*){1,5}\)$/;

/** Category breadcrumbs glued together by the page text extraction: "ConflictsChina", "PoliticsEurope". */
const BREADCRUMB = /^(?:[A-Z][a-z]+){2,5}$/;

function isIconLine(line: string): boolean {
  if (line.length < 12 || !/icon.*icon.*icon/i.test(line)) return false;
  const words = line.split(/\s+/);
  const icons = words.filter((w) => /icon/i.test(w)).length;
  return icons >= 3 && icons / words.length >= 0.25;
}

/**
 * The chrome kind of one trimmed line judged on its own, or null when it may be article text. Rules that
 * need neighbouring lines (link lists, alt text before a caption, duplicated headlines) live in clean.ts.
 * `words` is the line's word count when the caller has it.
 *
 * @example lineChrome('Story Code : 1067432') // → 'story_code'
 */
export function lineChrome(line: string, words: number = wordCount(line)): ChromeReason | null {
  if (!line) return null;
  if (isIconLine(line)) return 'icons';
  if (words <= 8 && SKIP_LINK.test(line)) return 'menu';
  if (URL_LINE.test(line)) return 'url';
  if (STORY_CODE.test(line)) return 'story_code';
  // Sign-offs end in ")": other lines skip a pattern that backtracks on long bracketed leads ("(CNN) …").
  if (line.endsWith(')') && SIGNATURE.test(line)) return 'signature';
  const source = SOURCE_LINE.exec(line);
  if (source && wordCount(source[1]!) <= 6 && !endsLikeSentence(source[1]!.replace(/\.$/, ''))) return 'source';
  if (words <= 14 && FOOTER.test(line.replace(/[*.:]+$/, '').trim())) return 'footer';
  // another story's headline: its date or outlet is no evidence for this article's
  if (words <= TEASER_LINE_WORDS && teaserLine(line)) return 'link_list';
  if (
    words <= 20 &&
    ((hasCopyrightSign(line) && COPYRIGHT.test(line)) || /\bcopyright\b/i.test(line)) &&
    /\b(?:19|20)\d{2}\b|\ball rights reserved\b/i.test(line)
  ) {
    return 'footer';
  }
  if (captionKind(line, words)) return 'caption';
  if (words <= 8 && isDateLine(line)) return 'date';
  if (BREADCRUMB.test(line)) return 'breadcrumb';
  return null;
}

/**
 * Photo captions: a "FILE PHOTO:" lead-in or a markdown image (`head`), a © credit (`copyright`), or a
 * caption ending in a credit tail (`credit`, whose alt-text line often sits just above it); null otherwise.
 */
export function captionKind(line: string, words: number = wordCount(line)): 'head' | 'copyright' | 'credit' | null {
  if (words > 60) return null;
  // Cheap character checks first: this runs on every line of every file.
  if ((colonNearStart(line) && CAPTION_HEAD.test(line)) || (line.startsWith('![') && MD_IMAGE.test(line))) return 'head';
  // "© 2023 Outlet. All rights reserved." is a site footer, handled as the site's name by metadata.
  // A free-standing ©: mojibake such as "rÃ©sumÃ©" carries the same character inside words.
  if (hasCopyrightSign(line) && COPYRIGHT.test(line)) {
    return /\ball rights reserved\b/i.test(line) ? null : 'copyright';
  }
  // The tail is at most ~100 characters: testing only the end keeps long lines linear.
  const tail = line.slice(-120);
  // A credit without brackets holds none of . ! ? " “ ”, so it lies after the last of them and needs at
  // least 7 characters ("foto:" and two): only that part is searched, and most article lines, which end
  // in one of them, are done here.
  const searched = tail.endsWith(')') ? tail : tail.slice(lastSentenceMark(tail) + 1);
  if (searched.length < 7) return null;
  return /[:(]|\bby\b/i.test(tail) && CREDIT_TAIL.test(searched) ? 'credit' : null;
}

/** Index of the last . ! ? " “ ” in `s`, or -1. */
function lastSentenceMark(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d) return i;
  }
  return -1;
}

/** True when the line's first ":" or "|" comes after its first character and within its first 16. */
function colonNearStart(line: string): boolean {
  const n = Math.min(line.length, 16);
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 58 || c === 124) return i > 0;
  }
  return false;
}

/** True when the line holds "©", "(c)" or "(C)": COPYRIGHT needs one of them. */
function hasCopyrightSign(line: string): boolean {
  if (line.includes('©')) return true;
  for (let i = line.indexOf('('); i >= 0; i = line.indexOf('(', i + 1)) {
    const c = line.charCodeAt(i + 1);
    if ((c === 99 || c === 67) && line.charCodeAt(i + 2) === 41) return true;
  }
  return false;
}

/** A short line shaped like a headline or a menu entry: few words, no sentence inside, no closing stop. */
export function isHeadlineLike(line: string, maxWords = 18, words: number = wordCount(line)): boolean {
  if (words === 0 || words > maxWords || line.length > 160) return false;
  // Two sentences on one line are prose, not a link.
  return !/[a-z0-9][.!?]["”’]?\s+[A-Z]/.test(line);
}
