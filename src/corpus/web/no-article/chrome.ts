/**
 * A page's own chrome and consent notices: the words outside menus, the site's header and footer, controls,
 * dialogs and a consent box (`wordsBesideChrome`), consent terms (`consentTerms`), and an empty box a script fills
 * (`emptyMount`): how a script shell is told.
 */
import { all, countWords, ELEMENT_NODE, seenText, TEXT_NODE, type DomElement, type DomNode } from '../dom.js';

/**
 * Words of a consent notice. A paragraph naming two or more of them speaks of cookies and consent; a body
 * made mostly of such paragraphs is the notice, not an article (consent walls often run to 150 words or more).
 */
export const CONSENT_TERMS = [
  /\bcookies?\b/i,
  /\bconsent/i,
  /\bpartners?\b/i,
  /\bpersonal(?:i[sz]ed)? (?:data|ads|advertising|content)\b/i,
  /\bprivacy\b/i,
  /\bpreferences\b/i,
  /\b(?:on|from) (?:a|your) device\b/i,
  /\blegitimate interests?\b/i,
  /\b(?:ad|advertising|audience) (?:and content )?measurement\b/i,
];

/** How many of the consent terms a text names. */
export function consentTerms(text: string): number {
  return CONSENT_TERMS.filter((t) => t.test(text)).length;
}

/** Share of the body's words in consent paragraphs above which a page with a cookie notice is a consent wall. */
export const CONSENT_SHARE = 0.6;

/** Consent walls are short; a body this long is an article even when it speaks of cookies. */
export const CONSENT_WALL_MAX_WORDS = 400;

export const COOKIE_TEXT = /\bcookies?\b/i;

/**
 * A site's furniture around a page's text: menus, its own header and footer (not an article's `<header>` or
 * `<footer>`), controls, and boxes laid over the page (dialogs, modals). Their words are no article's.
 */
const CHROME =
  'nav, [role="navigation" i], header, footer, [role="banner" i], [role="contentinfo" i], dialog, [role="dialog" i], [role="alertdialog" i], [aria-modal="true" i], button, select, input, textarea, label';

/** Of CHROME, the parts that are the site's only outside an article (`<article><header>` holds its headline). */
const SITE_PART = /^(?:HEADER|FOOTER)$/;

const ROLE_SITE_PART = /^(?:banner|contentinfo)$/i;

const NOT_SHOWN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** Words a consent notice's box may hold beyond its consent paragraphs (its heading, a "Privacy policy" link). */
const CONSENT_BOX_OTHER_WORDS = 12;

/** Visible words from which a page is never a shell around its chrome: a consent wall is shorter. */
export const CHROME_SHELL_MAX_WORDS = 400;

/** Visible words (outside `<noscript>`, scripts and styles) below which a page is a script shell. */
export const SHELL_WORDS = 20;

/** Boxes an app is mounted in: an id'd block box, or a custom element (`<app-root>`). */
const MOUNT_BOX = /^(?:DIV|MAIN|SECTION|ARTICLE)$/;

/** Empty boxes a page keeps for others' scripts, no app's mount: ad slots, consent managers, trackers, social kits. */
const NOT_MOUNT =
  /(?:^|[\W_])(?:ads?|advert\w*|gpt|dfp|banner|consent|cookies?|cmp|gdpr|privacy|fb|pixel|track\w*|analytics|gtm|recaptcha|captcha|challenge)(?:$|[\W_])/i;

/** Elements whose presence makes a box no empty mount (a picture, a player, a frame shows something). */
const SHOWS_SOMETHING = 'img, picture, video, audio, iframe, object, embed, canvas, input, button, a[href]';

/**
 * Whether the body holds an empty box where scripts build the page: a block box with an id, or a custom element,
 * directly in the body or in a box of the body's that names no consent terms (not a consent notice's own empty
 * part), holding no words and nothing shown (a spinner's empty boxes and an `<svg>` aside), and not kept for an ad,
 * a consent manager or a tracker by its id or class (`div-gpt-ad-1`, `fb-root`).
 */
export function emptyMount(body: DomElement): boolean {
  const boxes = Array.from(body.children).flatMap((child) => {
    if (NOT_SHOWN.test(child.tagName)) return [];
    // a box of the body's naming consent terms is a notice: its empty parts are its own
    const inner = consentTerms(seenText(child)) >= 2 ? [] : Array.from(child.children);
    return [child, ...inner];
  });
  return boxes.some(
    (el) =>
      ((MOUNT_BOX.test(el.tagName) && el.id !== '') || el.tagName.includes('-')) &&
      !NOT_MOUNT.test(`${el.id} ${el.className} ${el.tagName}`) &&
      !el.hasAttribute('hidden') &&
      !seenText(el).trim() &&
      !el.querySelector(SHOWS_SOMETHING),
  );
}

function insideArticle(el: DomElement): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) if (/^(?:ARTICLE|MAIN)$/.test(up.tagName)) return true;
  return false;
}

/**
 * Words a reader sees in `root` outside the site's chrome: its menus, its own header and footer, controls, dialogs,
 * and consent notices — the largest box around paragraphs naming two or more consent terms (as the consent wall's
 * rule counts them) that holds at most 12 words besides. Scripts, styles, templates and `<noscript>` are left out,
 * as `seenText` does. Whether a page's only text is its chrome is told by this, not by any notice's wording: a
 * script shell with a cookie banner or a menu holds no article of its own, as one without them does not. Pages of
 * 400 visible words or more are counted as `seenText` counts them (no shell is that long).
 *
 * @example wordsBesideChrome(parseMarkup('<nav><a>News</a></nav><p>We and our partners use cookies.</p>').body!) // → 0
 */
export function wordsBesideChrome(root: DomElement): number {
  const shown = countWords(seenText(root));
  if (shown >= CHROME_SHELL_MAX_WORDS) return shown;
  const chrome = new Set(
    all(root, CHROME).filter((el) => {
      const sitePart = SITE_PART.test(el.tagName) || ROLE_SITE_PART.test(el.getAttribute('role') ?? '');
      return !sitePart || !insideArticle(el);
    }),
  );
  /** An element's shown text, its consent paragraphs' words, and its words outside consent boxes. */
  type Count = { text: string; words: number; consent: number; left: number; terms: boolean };
  /** An element being counted: its children read so far. Walked with a stack of these, not by recursion, so a page
   * of thousands of nested boxes does not overflow the call stack. */
  type Frame = { children: DomNode[]; next: number; texts: string[]; consent: number; left: number; childTerms: boolean };
  const frameOf = (el: DomElement): Frame => ({
    children: Array.from(el.childNodes),
    next: 0,
    texts: [],
    consent: 0,
    left: 0,
    childTerms: false,
  });
  const close = (frame: Frame): Count => {
    const text = frame.texts.join(' ');
    const words = countWords(text);
    const terms = consentTerms(text) >= 2;
    // the smallest element naming two consent terms is a consent paragraph
    const consent = terms && !frame.childTerms ? words : frame.consent;
    const box = consent > 0 && words - consent <= CONSENT_BOX_OTHER_WORDS;
    return { text, words, consent, left: box ? 0 : frame.left, terms };
  };
  const stack: Frame[] = [frameOf(root)];
  for (;;) {
    const frame = stack[stack.length - 1]!;
    const child = frame.children[frame.next++];
    if (child === undefined) {
      const done = close(frame);
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) return done.left;
      parent.texts.push(done.text);
      parent.consent += done.consent;
      parent.left += done.left;
      parent.childTerms ||= done.terms;
    } else if (child.nodeType === TEXT_NODE) {
      const text = child.textContent ?? '';
      frame.texts.push(text);
      frame.left += countWords(text);
    } else if (child.nodeType === ELEMENT_NODE) {
      const inner = child as DomElement;
      if (!NOT_SHOWN.test(inner.tagName) && !chrome.has(inner)) stack.push(frameOf(inner));
    }
  }
}
