/**
 * Whether a page holds an article at all, decided from measurable features: the words of the extracted body,
 * the share of its text inside links, and markers of walls (a password field, paywall classes or notices,
 * a JSON-LD `isAccessibleForFree: false`, cookie notices) read before the page is pruned. A page without an
 * article gets one sentence saying why.
 * The entry (`pageSignals`, `noArticleReason`, `partialReason`); what the signals are read with is in
 * no-article/ (README there).
 */
import type { ErrorPage, PageMedia } from './no-article/page-kinds.js';
import { all, countWords, seenText, type DomDocument, type DomElement } from './dom.js';
import type { Paragraph } from './paragraphs.js';
import { pointsIntoPage } from './own-links.js';
import { pageMedia, BOT_CHECK, errorPageOf, ANOTHER_ADDRESS, forwardOf, framedFromOf, shownPdfOf } from './no-article/page-kinds.js';
import {
  PAYWALL_MARK,
  PAYWALL_TEXT,
  LOGIN_TEXT,
  CUT_TEXT,
  LOGIN_WORDS,
  REGISTER_WORDS,
  shownText,
  TEASER_BOX,
  holdsWalledText,
} from './no-article/walls.js';
import {
  consentTerms,
  CONSENT_SHARE,
  CONSENT_WALL_MAX_WORDS,
  COOKIE_TEXT,
  CHROME_SHELL_MAX_WORDS,
  SHELL_WORDS,
  emptyMount,
  wordsBesideChrome,
} from './no-article/chrome.js';

// what tidying, the extractor and the page's reader share with this module
export { SHELL_WORDS, consentTerms, wordsBesideChrome } from './no-article/chrome.js';
export { CUT_TEXT, holdsWalledText } from './no-article/walls.js';

/** Features of the whole page, read before pruning removes forms and notices. */
export interface PageSignals {
  /** Words of visible text in the body (scripts and styles aside). */
  visibleWords: number;
  /** Of those, the words inside links. */
  linkWords: number;
  scripts: number;
  passwordField: boolean;
  /** The log-in notice asks the reader to register or create an account. */
  registration: boolean;
  paywall: boolean;
  /**
   * A notice shown on the page that the article goes on behind a wall ("Subscribe to continue reading",
   * "Create a free account to keep reading"), as written; null when the page shows none.
   */
  cutNotice: string | null;
  /**
   * Whether a paywall-marked box holds the article's paragraphs (printed whole for subscribers' browsers): a
   * notice beside it then walls off nothing the page lacks.
   */
  walledArticle: boolean;
  cookieNotice: boolean;
  /**
   * Whether the page is a script shell around its chrome: its scripts build the article in an empty box (an app's
   * mount, `<div id="root"></div>`, `<app-root>`), and its only words are its chrome's — a cookie or consent
   * banner, a menu (`wordsBesideChrome`). Such a page is said to be built by scripts, not a cookie notice: a
   * browser shows its article once the banner is answered. A consent wall the server prints, with no box
   * scripts fill, is none.
   */
  chromeShell: boolean;
  /**
   * The words of a check that the visitor is a person, shown instead of the page ("Checking your browser before
   * accessing …", "Verify you are human"), as written; null when the page shows none.
   */
  botCheck: string | null;
  /**
   * Where a page that only forwards its reader sends them (`<meta http-equiv="refresh" content="0; url=…">`), as
   * written, or "another address" when that is no whole web address of a sane length.
   */
  forwardsTo: string | null;
  /**
   * The address of the page a page shows its text from in a frame (a `<frameset>`'s content frame, or an inline
   * frame that is no player or embedded post), "another address" when it cannot be told (several frames, an
   * address relative to an unknown one); null on pages without one.
   */
  framedFrom: string | null;
  /**
   * The address of a PDF document the page shows in an `<object>`, `<embed>` or frame (told by its type or its
   * address's ending), "another address" when it cannot be told; null on pages showing none.
   */
  shownPdf: string | null;
  /**
   * The heading or title of a site's error page served as if it were the page ("404 - Page not found", "Access
   * Denied"), and whether it says the page is missing or that the reader was refused; null on other pages.
   */
  errorPage: ErrorPage | null;
  /** What the page shows instead of text, when it is a player (a video or a recording) or pictures. */
  media: PageMedia;
}

/** Fewer words than this is never an article. */
export const MIN_ARTICLE_WORDS = 60;

/** Behind a wall (paywall, login), fewer words than this is a teaser, not the article. */
export const TEASER_WORDS = 150;

/** With a password field on the page, fewer words than this is a login wall (article pages often carry a login form). */
export const LOGIN_WALL_WORDS = 100;

/** A body with this many headings that are links, making up this share of its paragraphs, lists stories. */
export const LIST_HEADINGS = 5;

export const LIST_HEADING_SHARE = 0.25;

/** Share of the body's characters inside links above which it is a list of links. */
export const MAX_LINK_SHARE = 0.5;

function insideLink(el: DomElement): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (up.tagName === 'A') return true;
  return false;
}

/** Reads the page's signals; call before pruning. */
export function pageSignals(doc: DomDocument, paywallDeclared: boolean, pageUrl: string | null = null): PageSignals {
  const body = doc.body;
  let visible = 0;
  let linkWords = 0;
  if (body) {
    const hidden = all(body, 'script, style, noscript, template');
    const hiddenWords = hidden.reduce((n, el) => n + countWords(el.textContent ?? ''), 0);
    visible = Math.max(0, countWords(body.textContent ?? '') - hiddenWords);
    // links inside links are not counted twice (nested <a> is invalid, but parsers keep it)
    // links pointing into the page (a live blog's entry headings, `#entry-2`) lead to no other page
    for (const a of all(body, 'a'))
      if (!insideLink(a) && !pointsIntoPage(a.getAttribute('href') ?? '', [pageUrl])) linkWords += countWords(a.textContent ?? '');
    linkWords = Math.min(linkWords, visible);
  }
  // Text as a reader sees it: with textContent, minified markup glues a heading to the notice after it.
  const bodyText = seenText(body);
  // a marked box holding the article's own paragraphs (printed for subscribers' browsers) walls nothing off
  const paywallBoxes = all(doc, '[class], [id]').filter((el) => PAYWALL_MARK.test(`${el.className} ${el.id}`));
  const walling = paywallBoxes.map((el) => ({ el, holdsText: holdsWalledText(el) }));
  const marked = walling.some((box) => !box.holdsText);
  // a box named a teaser or preview holds the free start only, not the article printed whole
  const walledArticle = walling.some((box) => box.holdsText && !TEASER_BOX.test(`${box.el.className} ${box.el.id}`));
  const cut = CUT_TEXT.exec(bodyText)?.[0] ?? null;
  const cutLogin = cut !== null && LOGIN_WORDS.test(cut);
  const scripts = all(doc, 'script').length;
  return {
    visibleWords: visible,
    linkWords,
    scripts,
    passwordField: all(doc, 'input[type="password" i], input[type=password]').length > 0 || LOGIN_TEXT.test(bodyText) || cutLogin,
    registration: REGISTER_WORDS.test(LOGIN_TEXT.exec(bodyText)?.[0] ?? (cutLogin ? cut : '')),
    // a notice in another language than English's markers (a log-in notice is the log-in's)
    paywall: paywallDeclared || marked || PAYWALL_TEXT.test(bodyText) || (cut !== null && !cutLogin),
    cutNotice: CUT_TEXT.test(bodyText) ? (CUT_TEXT.exec(shownText(body))?.[0] ?? null) : null,
    walledArticle,
    cookieNotice: COOKIE_TEXT.test(bodyText),
    // (an article's page, with words enough that it is no shell, is not walked for a mount)
    chromeShell:
      body !== null && scripts > 0 && visible < CHROME_SHELL_MAX_WORDS && emptyMount(body) && wordsBesideChrome(body) < SHELL_WORDS,
    botCheck: BOT_CHECK.exec(`${doc.title ?? ''} ${bodyText}`)?.[0] ?? null,
    forwardsTo: forwardOf(doc),
    framedFrom: framedFromOf(doc, pageUrl),
    shownPdf: shownPdfOf(doc, pageUrl),
    errorPage: errorPageOf(doc),
    media: pageMedia(doc),
  };
}

/** Share of the body's words in paragraphs naming two or more consent terms. */
function consentShare(body: readonly Paragraph[], words: number): number {
  let consent = 0;
  for (const p of body) if (consentTerms(p.text) >= 2) consent += countWords(p.text);
  return words ? consent / words : 0;
}

/** Why a script shell holds no article, and the way round it. */
const BUILT_BY_SCRIPTS = '(it is built by scripts, so only a browser shows its article: open it in a browser, save it and attach the file)';

/** Visible words from which a page without a paragraph, mostly links, is said to be a list of links. */
const SHORT_LINK_PAGE_WORDS = 12;

/**
 * Why the page holds no article, or null when its body is one.
 *
 * @example noArticleReason(signals, []) // → 'the page holds no readable text (it is built by scripts, so only a browser …)'
 */
export function noArticleReason(signals: PageSignals, body: readonly Paragraph[], linkedHeadings = 0): string | null {
  const words = body.reduce((n, p) => n + countWords(p.text), 0);
  const chars = body.reduce((n, p) => n + p.text.length, 0);
  const linkChars = body.reduce((n, p) => n + p.linkChars, 0);
  // a page that only shows a PDF (a viewer around it): what it shows, which no link to it can add
  if (words < MIN_ARTICLE_WORDS && signals.shownPdf)
    return `the page only shows a PDF document${signals.shownPdf === ANOTHER_ADDRESS ? '' : `, ${signals.shownPdf},`} and the bot reads only web pages and plain text`;
  // A shell that shows its text from one frame names the address to add: more use than "built by scripts"
  if (words < MIN_ARTICLE_WORDS && signals.framedFrom && signals.framedFrom !== ANOTHER_ADDRESS && signals.scripts > 0)
    return `the page shows its text from another page in a frame, ${signals.framedFrom} (add that address instead)`;
  // A shell that declares its article in JSON-LD (articleBody) has one: the body read from there counts.
  if (signals.visibleWords < SHELL_WORDS && signals.scripts > 0 && words < MIN_ARTICLE_WORDS)
    return `the page holds no readable text ${BUILT_BY_SCRIPTS}`;
  if (words < TEASER_WORDS && signals.paywall) return `the page shows only ${words} words of the article; the rest is behind a paywall`;
  if (words < LOGIN_WALL_WORDS && signals.passwordField) {
    return `the page asks to log in${signals.registration ? ' or register' : ''} and shows only ${words} words of text`;
  }
  // a check that the visitor is a person stands in for the page: what the site sends to a reader without a browser
  if (words < MIN_ARTICLE_WORDS && signals.botCheck)
    return `the site showed a check that the visitor is a person (“${signals.botCheck}”) instead of the page (open it in a browser, save it and attach the file)`;
  if (words < MIN_ARTICLE_WORDS && signals.forwardsTo === ANOTHER_ADDRESS)
    return 'the page only sends the reader on to another address (open the link in a browser and add the address it ends on)';
  if (words < MIN_ARTICLE_WORDS && signals.forwardsTo)
    return `the page only sends the reader on to ${signals.forwardsTo} (add that address instead)`;
  if (words < MIN_ARTICLE_WORDS && signals.errorPage?.kind === 'missing')
    return `the site sent its error page (“${signals.errorPage.shown}”) instead of the article (check that the link is complete and still works in a browser)`;
  if (words < MIN_ARTICLE_WORDS && signals.errorPage?.kind === 'refused')
    return `the site sent its error page (“${signals.errorPage.shown}”) instead of the article: it does not let the bot read it (open it in a browser, save it and attach the file)`;
  // a shell showing only a cookie banner or a menu beside the box its scripts fill: its article needs a browser,
  // which a cookie notice's refusal would not say
  if (words < MIN_ARTICLE_WORDS && signals.chromeShell)
    return `the page holds no readable text beside its menus and notices ${BUILT_BY_SCRIPTS}`;
  if (signals.cookieNotice && (words < MIN_ARTICLE_WORDS || (words < CONSENT_WALL_MAX_WORDS && consentShare(body, words) > CONSENT_SHARE)))
    return 'the page shows a cookie notice instead of an article';
  if (words < MIN_ARTICLE_WORDS && signals.framedFrom === ANOTHER_ADDRESS)
    return 'the page shows its text from another page in a frame (open it in a browser and add the address of the page in the frame, or save that page and attach the file)';
  if (words < MIN_ARTICLE_WORDS && signals.framedFrom)
    return `the page shows its text from another page in a frame, ${signals.framedFrom} (add that address instead)`;
  if (words < MIN_ARTICLE_WORDS && signals.media)
    return `the page is ${signals.media} with only ${words} words of text beside it, too few for an article`;
  // links read as no article's paragraphs: a page made of them (a section's front, a list of stories) says so
  // a short page of links only (a few headlines, no text) says so too, rather than that it holds no text
  const linkPage = signals.visibleWords >= MIN_ARTICLE_WORDS || (words === 0 && signals.visibleWords >= SHORT_LINK_PAGE_WORDS);
  if (words < MIN_ARTICLE_WORDS && linkPage && signals.linkWords > MAX_LINK_SHARE * signals.visibleWords) {
    const share = Math.round((100 * signals.linkWords) / signals.visibleWords);
    return `the page is a list of links (${share} % of its ${signals.visibleWords} words are links), not an article`;
  }
  if (words === 0) return 'the page holds no text that reads as an article';
  if (words < MIN_ARTICLE_WORDS) return `the page holds only ${words} words of text, too few for an article`;
  if (linkedHeadings >= LIST_HEADINGS && linkedHeadings >= LIST_HEADING_SHARE * (body.length + linkedHeadings)) {
    return `the page is a list of ${linkedHeadings} linked headlines, not an article`;
  }
  if (chars && linkChars > MAX_LINK_SHARE * chars) {
    return `the page is a list of links (${Math.round((100 * linkChars) / chars)} % of its text), not an article`;
  }
  return null;
}

/**
 * Why an article kept (it has enough words) may be only part of what the outlet published, or null: the page
 * shows a notice that the text goes on behind a wall, or declares the article not free to read
 * (`isAccessibleForFree: false`) without holding the parts it declares restricted. Said to the moderator who
 * adds it and kept with the article, so answers can say that outlet's text was partial.
 *
 * @example partialReason({ …, cutNotice: 'Subscribe to continue reading' }, false)
 * // → 'the page shows the start of the article, then “Subscribe to continue reading”: the rest is behind a paywall'
 */
export function partialReason(signals: PageSignals, declaredNotFree: boolean): string | null {
  // the wall's notice stands beside the article printed whole in its box, for subscribers' browsers
  if (signals.walledArticle) return null;
  if (signals.cutNotice) {
    const login = LOGIN_WORDS.test(signals.cutNotice);
    return `the page shows the start of the article, then “${signals.cutNotice}”: the rest is behind a ${login ? 'log-in' : 'paywall'}`;
  }
  if (declaredNotFree)
    return 'the page declares the article for subscribers only (isAccessibleForFree: false): the text it shows may be only its start';
  return null;
}
