/**
 * Pages that are something other than an article, by their markup: an error page (`errorPageOf`), one forwarding
 * to another address (`forwardOf`), one framing another page (`framedFromOf`) or showing a PDF (`shownPdfOf`), a
 * player's or a gallery's page (`pageMedia`), a bot check.
 */
import { all, seenText, type DomDocument, type DomElement, SPACE_RUNS } from '../dom.js';
import { absoluteUrl } from '../meta-tags.js';

/** What a page shows instead of text: a player (a video or a recording) or pictures. */
export type PageMedia = 'a video' | 'a recording' | 'a set of pictures' | null;

/** A site's error page served as the page: its heading or title, and whether it says the page is missing or refused. */
export interface ErrorPage {
  shown: string;
  kind: 'missing' | 'refused';
}

/** Players of video sites embedded in a page. */
const PLAYER_FRAME =
  'iframe[src*="youtube" i], iframe[src*="vimeo" i], iframe[src*="dailymotion" i], iframe[src*="jwplayer" i], iframe[src*="brightcove" i], iframe[src*="player" i]';

/** Pictures from which a page with little text is pictures (a gallery) rather than a short text. */
const GALLERY_PICTURES = 3;

/** What a page with too little text shows instead. */
export function pageMedia(doc: DomDocument): PageMedia {
  if (all(doc, `video, ${PLAYER_FRAME}`).length) return 'a video';
  if (all(doc, 'audio').length) return 'a recording';
  // the site's logo and icons in its header, menus and footer are no pictures of the page
  const inChrome = (el: DomElement): boolean => {
    for (let up = el.parentElement; up; up = up.parentElement) if (/^(?:HEADER|NAV|FOOTER)$/i.test(up.tagName)) return true;
    return false;
  };
  return all(doc, 'img').filter((el) => !inChrome(el)).length >= GALLERY_PICTURES ? 'a set of pictures' : null;
}

/**
 * A site's check that the visitor is a person, served instead of the page to a reader without a browser:
 * "Just a moment…", "Checking your browser before accessing …", "Verify you are human", "Are you a robot?",
 * "Press & Hold", "unusual traffic from your computer network".
 */
export const BOT_CHECK =
  /\b(?:checking (?:your browser|if the site connection is secure)|verify(?:ing)? (?:that )?you are (?:a )?human|are you a (?:robot|human)|(?:i['’]m|you are|you['’]re) not a robot|complete the security check|review the security of your connection|unusual traffic from your (?:computer )?network|press (?:&|and) hold|enable javascript and cookies to continue|(?:prove|confirm) (?:that )?you(?:['’]re| are) (?:a )?human|access to this page has been denied)\b/i;

/** An error page's heading or title: the page is missing, or the reader was refused. */
const MISSING_PAGE =
  /^(?:error\s*)?(?:404(?:\s*[-–—:|.]?\s*(?:error|(?:page )?not found|page)\b.*)?|(?:sorry,? )?(?:this |the )?page (?:(?:was )?not found|(?:does not|doesn['’]t) exist|(?:is )?no longer available|cannot be found|can['’]t be found)\b.*|not found|410(?:\s*[-–—:|.]?\s*(?:error|gone)\b.*)?|(?:oops[!.,]?\s*)?(?:we (?:can['’]t|cannot|could not|couldn['’]t) find (?:that|this|the) page)\b.*)$/i;

const REFUSED_PAGE =
  /^(?:error\s*)?(?:40[13](?:\s*[-–—:|.]?\s*(?:error|forbidden|unauthori[sz]ed|access denied)\b.*)?|access (?:denied|forbidden)|forbidden|unauthori[sz]ed|request (?:blocked|rejected))[.!]?$/i;

/** Most characters of an error page's heading or title. */
const ERROR_HEADING_CHARACTERS = 80;

/** The error a page's `<h1>` or `<title>` names, when the page is a site's error page. */
export function errorPageOf(doc: DomDocument): ErrorPage | null {
  const texts = [...all(doc, 'h1').map((h) => seenText(h)), doc.title ?? ''];
  for (const raw of texts) {
    // the title's site name after a bar or dash ("Page not found | Saltby Courier") is not the error's
    const shown = raw.replace(SPACE_RUNS, ' ').trim();
    if (!shown || shown.length > ERROR_HEADING_CHARACTERS) continue;
    const head = shown.split(/\s+[|–—·]\s+/)[0]!;
    if (MISSING_PAGE.test(head)) return { shown, kind: 'missing' };
    if (REFUSED_PAGE.test(head)) return { shown, kind: 'refused' };
  }
  return null;
}

/** Longest forwarding address named in a refusal; a longer one (or one that is no web address) is not named. */
const FORWARD_ADDRESS_CHARACTERS = 200;

/** `forwardsTo` of a page forwarding to an address not named. */
export const ANOTHER_ADDRESS = 'another address';

/**
 * Where a page that only forwards its reader sends them (`<meta http-equiv="refresh">`): the address when it is a
 * whole web address of a sane length, else "another address" (a relative path, or page text passed off as one).
 */
export function forwardOf(doc: DomDocument): string | null {
  for (const meta of all(doc, 'meta[http-equiv]')) {
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const to = /^\s*\d*\s*[;,]\s*url\s*=\s*['"]?([^'"\s]+)/i.exec(meta.getAttribute('content') ?? '')?.[1];
    if (to) return /^https?:\/\/[^<>@]+$/i.test(to) && to.length <= FORWARD_ADDRESS_CHARACTERS ? to : ANOTHER_ADDRESS;
  }
  return null;
}

/** Frames that are no page's text: players, embedded posts, maps, ads, checks, consent notices and comment threads. */
const EMBED_FRAME =
  /youtube|vimeo|dailymotion|player|twitter|x\.com|facebook|instagram|tiktok|spotify|soundcloud|maps|doubleclick|googletag|adservice|\bads?\b|recaptcha|captcha|consent|privacy|cookie|cmp\b|disqus|datawrapper|flourish|infogram/i;

/** A frameset's frames that hold its menus and banners, by name or address. */
const FURNITURE_FRAME = /(?:^|[\W_])(?:menu|nav|navigation|header|footer|top|left|banner|toc|index|sidebar)(?:$|[\W_])/i;

/** A frame no reader sees: hidden, sized to nothing (a tracker's), or inside `<noscript>`. */
function unseenFrame(frame: DomElement): boolean {
  if (frame.hasAttribute('hidden') || /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(frame.getAttribute('style') ?? ''))
    return true;
  if (/^0*[01](?:px)?$/.test(frame.getAttribute('width') ?? '') || /^0*[01](?:px)?$/.test(frame.getAttribute('height') ?? '')) return true;
  for (let up = frame.parentElement; up; up = up.parentElement) if (up.tagName === 'NOSCRIPT') return true;
  return false;
}

/**
 * Where a page shows its text from in a frame: a frameset's one content frame (its menu and banner frames
 * aside), or the one inline frame that is no player or embed. Read only for pages with too few words of their
 * own, so the reader is told which address to add rather than that the page holds no article.
 */
export function framedFromOf(doc: DomDocument, pageUrl: string | null): string | null {
  const frames = all(doc, 'frame[src]');
  const shown = frames.length
    ? frames.filter((f) => !FURNITURE_FRAME.test(`${f.getAttribute('name') ?? ''} ${f.id} ${f.getAttribute('src') ?? ''}`))
    : all(doc, 'iframe[src]').filter((f) => !EMBED_FRAME.test(f.getAttribute('src') ?? '') && !unseenFrame(f));
  if (!shown.length) return frames.length ? ANOTHER_ADDRESS : null;
  if (shown.length > 1) return ANOTHER_ADDRESS;
  const address = absoluteUrl((shown[0]!.getAttribute('src') ?? '').trim(), pageUrl);
  return address && address.length <= FORWARD_ADDRESS_CHARACTERS && !/[<>@\s]/.test(address) ? address : ANOTHER_ADDRESS;
}

/** A PDF document's address: its path ends `.pdf`, a query or fragment aside. */
const PDF_ADDRESS = /\.pdf(?:[?#]|$)/i;

/**
 * The address of a PDF document the page shows (an `<object data>`, an `<embed>`, a frame; not one no reader sees),
 * read against the page's: the page is only its viewer, and a PDF is no text the bot reads.
 */
export function shownPdfOf(doc: DomDocument, pageUrl: string | null): string | null {
  for (const el of all(doc, 'object[data], embed[src], iframe[src], frame[src]')) {
    if (unseenFrame(el)) continue;
    const src = (el.getAttribute(el.tagName === 'OBJECT' ? 'data' : 'src') ?? '').trim();
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/pdf' && !PDF_ADDRESS.test(src)) continue;
    const address = absoluteUrl(src, pageUrl);
    return address && address.length <= FORWARD_ADDRESS_CHARACTERS && !/[<>@\s]/.test(address) ? address : ANOTHER_ADDRESS;
  }
  return null;
}
