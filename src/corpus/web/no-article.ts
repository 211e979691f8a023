/**
 * Whether a page holds an article at all, decided from measurable features: the words of the extracted body,
 * the share of its text inside links, and markers of walls (a password field, paywall classes or notices,
 * a JSON-LD `isAccessibleForFree: false`, cookie notices) read before the page is pruned. A page without an
 * article gets one sentence saying why.
 */
import {
  all,
  countWords,
  ELEMENT_NODE,
  seenText,
  TEXT_NODE,
  textOf,
  type DomDocument,
  type DomElement,
  type DomNode,
  SPACE_RUNS,
} from './dom.js';
import type { Paragraph } from './paragraphs.js';
import { absoluteUrl } from './meta-tags.js';
import { pointsIntoPage } from './own-links.js';

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
  errorPage: { shown: string; kind: 'missing' | 'refused' } | null;
  /** What the page shows instead of text, when it is a player (a video or a recording) or pictures. */
  media: 'a video' | 'a recording' | 'a set of pictures' | null;
}

/** Players of video sites embedded in a page. */
const PLAYER_FRAME =
  'iframe[src*="youtube" i], iframe[src*="vimeo" i], iframe[src*="dailymotion" i], iframe[src*="jwplayer" i], iframe[src*="brightcove" i], iframe[src*="player" i]';
/** Pictures from which a page with little text is pictures (a gallery) rather than a short text. */
const GALLERY_PICTURES = 3;

/** What a page with too little text shows instead. */
function pageMedia(doc: DomDocument): PageSignals['media'] {
  if (all(doc, `video, ${PLAYER_FRAME}`).length) return 'a video';
  if (all(doc, 'audio').length) return 'a recording';
  // the site's logo and icons in its header, menus and footer are no pictures of the page
  const inChrome = (el: DomElement): boolean => {
    for (let up = el.parentElement; up; up = up.parentElement) if (/^(?:HEADER|NAV|FOOTER)$/i.test(up.tagName)) return true;
    return false;
  };
  return all(doc, 'img').filter((el) => !inChrome(el)).length >= GALLERY_PICTURES ? 'a set of pictures' : null;
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

const PAYWALL_MARK =
  /(?:^|[\s_-])(?:paywall|regwall|piano|metered|premium-content|subscriber-only|subscribers-only|locked-content)(?:$|[\s_-])/i;
/** A paywall's words ("to continue reading", "Already a subscriber?", "Subscribers only"). */
const PAYWALL_TEXT =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading|already a subscriber|subscribers? only|(?:only )?available (?:to|for) (?:subscribers|members)|become a (?:subscriber|member) to read|unlock (?:this|the full) (?:article|story))\b/i;
/** A log-in or registration wall: "Sign in to read", "Create a free account to keep reading", "Register for free to continue". */
const LOGIN_TEXT =
  /\b(?:(?:log ?in|sign ?in) (?:to (?:continue|read|view)|with your)|(?:register|sign up|create (?:a |an )?(?:free )?account)(?: for free| now)? (?:to|and) (?:continue|keep) reading)\b/i;
const CUT_TEXT_EN =
  /\b(?:(?:subscribe|log ?in|sign ?in|register|sign up|create (?:a |an )?(?:free )?account|become a (?:subscriber|member))(?: now| today| for free)? (?:to|and) (?:continue|keep) reading|to (?:continue|keep) reading|(?:subscribe|log ?in|sign ?in|register|sign up|become a (?:subscriber|member))(?: now| today| for free)? to read (?:the (?:full|whole|rest of the) (?:article|story)|on|more)|unlock (?:this|the full|the rest of (?:this|the)) (?:article|story)|the rest of (?:this|the) (?:article|story) is (?:only )?(?:for|available (?:to|for)|reserved for) (?:subscribers|members)|this (?:article|story) is (?:only )?(?:for|available (?:to|for)|reserved for) (?:subscribers|members))\b/i;
/**
 * The same notices in other languages: French ("Abonnez-vous pour lire la suite", "Il vous reste 62 % de cet
 * article à lire"), German ("Jetzt weiterlesen mit SZ Plus", "Jetzt abonnieren und weiterlesen"), Spanish
 * ("Suscríbete para seguir leyendo"), Italian ("Continua a leggere con Repubblica+", "Abbonati per continuare
 * a leggere"), Portuguese ("Assine para continuar lendo") and Dutch ("Word abonnee om verder te lezen").
 * A bare "Continua a leggere" or "Lees verder" is a free site's "read more" button: a subscription must be named.
 */
const CUT_TEXT_OTHER =
  /(?<![\p{L}])(?:(?:abonnez-vous|connectez-vous|inscrivez-vous|identifiez-vous)(?: gratuitement)? (?:pour|afin de) (?:lire|continuer|poursuivre)(?: la suite| votre lecture| à lire)?|pour (?:lire|continuer à lire|poursuivre)(?: la suite)?(?: de cet article)?,? (?:abonnez-vous|connectez-vous|inscrivez-vous)|il vous reste \d+ ?% de cet article à lire|(?:cet article|ce contenu|la suite(?: de cet article)?) est réservée? (?:à nos|aux) abonné(?:e|s)|(?:jetzt )?(?:weiterlesen|weiter lesen|lesen sie (?:jetzt )?weiter) mit (?:[\p{L}\p{N}.-]+ )?[\p{L}\p{N}.-]*(?:plus|\+)|(?:jetzt )?(?:abonnieren|registrieren|anmelden|einloggen|testen)(?: und| um)? (?:weiterlesen|weiterzulesen)|(?:dieser artikel|dieser inhalt|der rest des artikels) ist (?:nur |exklusiv )*für (?:abonnenten|abonnentinnen|abonnent\*innen|abonnements|plus-leser)|(?:suscríbete|suscríbase|regístrate|regístrese|inicia sesión|inicie sesión|hazte (?:socio|suscriptor))(?: gratis)? (?:para|y) (?:seguir|continuar) leyendo|para (?:seguir|continuar) leyendo,? (?:suscríbete|suscríbase|regístrate|regístrese|inicia sesión|inicie sesión|hazte)|(?:este|el) (?:artículo|contenido) es (?:exclusivo |solo )*(?:para|de) (?:suscriptores|abonados|socios)|(?:abbonati|registrati|accedi|iscriviti) (?:per|e) (?:continuare a leggere|continua a leggere|leggere (?:tutto )?(?:l'articolo|l’articolo|il resto))|(?:per )?continua(?:re)? a leggere[^.!?\n]{0,60}?(?:(?:abbonat|abbonament|abbonand|registrat|accedi|premium)\p{L}*|[\p{L}\p{N}]\+)|(?:questo articolo|questo contenuto|il resto dell(?:'|’)articolo) è riservato (?:agli|ai) (?:abbonati|iscritti)|(?:assine|cadastre-se|faça login|entre)(?: já)? (?:para|e) (?:continuar|seguir) (?:lendo|a ler)|(?:conteúdo|artigo|matéria) exclusiv[oa] (?:para|de) assinantes|(?:word abonnee|neem een abonnement|log in|registreer je)(?: gratis)? (?:om|en) (?:verder te lezen|lees verder))(?![\p{L}])/iu;
/**
 * A notice that says the article's text stops here: the reader must pay, subscribe, log in or register to
 * read on, in English or another language (CUT_TEXT_OTHER). Narrower than PAYWALL_TEXT ("Already a
 * subscriber?" heads every page of some sites, free articles too): an article kept despite its wall is marked
 * partial only on these.
 */
export const CUT_TEXT = {
  test: (text: string): boolean => CUT_TEXT_EN.test(text) || CUT_TEXT_OTHER.test(text),
  exec: (text: string): RegExpExecArray | null => {
    const en = CUT_TEXT_EN.exec(text);
    const other = CUT_TEXT_OTHER.exec(text);
    return en && other ? (en.index <= other.index ? en : other) : (en ?? other);
  },
};

/**
 * A site's check that the visitor is a person, served instead of the page to a reader without a browser:
 * "Just a moment…", "Checking your browser before accessing …", "Verify you are human", "Are you a robot?",
 * "Press & Hold", "unusual traffic from your computer network".
 */
const BOT_CHECK =
  /\b(?:checking (?:your browser|if the site connection is secure)|verify(?:ing)? (?:that )?you are (?:a )?human|are you a (?:robot|human)|(?:i['’]m|you are|you['’]re) not a robot|complete the security check|review the security of your connection|unusual traffic from your (?:computer )?network|press (?:&|and) hold|enable javascript and cookies to continue|(?:prove|confirm) (?:that )?you(?:['’]re| are) (?:a )?human|access to this page has been denied)\b/i;

/** An error page's heading or title: the page is missing, or the reader was refused. */
const MISSING_PAGE =
  /^(?:error\s*)?(?:404(?:\s*[-–—:|.]?\s*(?:error|(?:page )?not found|page)\b.*)?|(?:sorry,? )?(?:this |the )?page (?:(?:was )?not found|(?:does not|doesn['’]t) exist|(?:is )?no longer available|cannot be found|can['’]t be found)\b.*|not found|410(?:\s*[-–—:|.]?\s*(?:error|gone)\b.*)?|(?:oops[!.,]?\s*)?(?:we (?:can['’]t|cannot|could not|couldn['’]t) find (?:that|this|the) page)\b.*)$/i;
const REFUSED_PAGE =
  /^(?:error\s*)?(?:40[13](?:\s*[-–—:|.]?\s*(?:error|forbidden|unauthori[sz]ed|access denied)\b.*)?|access (?:denied|forbidden)|forbidden|unauthori[sz]ed|request (?:blocked|rejected))[.!]?$/i;
/** Most characters of an error page's heading or title. */
const ERROR_HEADING_CHARACTERS = 80;

/** The error a page's `<h1>` or `<title>` names, when the page is a site's error page. */
function errorPageOf(doc: DomDocument): PageSignals['errorPage'] {
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
const ANOTHER_ADDRESS = 'another address';

/**
 * Where a page that only forwards its reader sends them (`<meta http-equiv="refresh">`): the address when it is a
 * whole web address of a sane length, else "another address" (a relative path, or page text passed off as one).
 */
function forwardOf(doc: DomDocument): string | null {
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
function framedFromOf(doc: DomDocument, pageUrl: string | null): string | null {
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
function shownPdfOf(doc: DomDocument, pageUrl: string | null): string | null {
  for (const el of all(doc, 'object[data], embed[src], iframe[src], frame[src]')) {
    if (unseenFrame(el)) continue;
    const src = (el.getAttribute(el.tagName === 'OBJECT' ? 'data' : 'src') ?? '').trim();
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/pdf' && !PDF_ADDRESS.test(src)) continue;
    const address = absoluteUrl(src, pageUrl);
    return address && address.length <= FORWARD_ADDRESS_CHARACTERS && !/[<>@\s]/.test(address) ? address : ANOTHER_ADDRESS;
  }
  return null;
}

/** Words of a wall's notice that ask to log in or register rather than pay, in the languages of CUT_TEXT. */
const LOGIN_WORDS =
  /\b(?:log ?in|sign ?in|register|sign up|account|connectez|identifiez|inscrivez|registrieren|anmelden|einloggen|regístrate|regístrese|inicia|inicie|registrati|accedi|iscriviti|cadastre|faça login|registreer)\b/i;
/** The same, asking to register (a registration wall rather than a log-in). */
const REGISTER_WORDS =
  /\b(?:register|sign up|create (?:a |an )?(?:free )?account|inscrivez|registrieren|regístrate|regístrese|registrati|iscriviti|cadastre|registreer)\b/i;

/** Text a reader sees: scripts, templates and elements hidden (by `hidden` or an inline style) aside. */
function shownText(node: DomNode | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE) parts.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT_NODE) {
      const el = n as unknown as { nodeName: string; getAttribute(name: string): string | null };
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.nodeName) || el.getAttribute('hidden') !== null) return;
      if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) return;
    }
    for (const child of Array.from(n.childNodes)) walk(child);
  };
  if (node) walk(node);
  return parts.join(' ').replace(SPACE_RUNS, ' ');
}

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
const CONSENT_SHARE = 0.6;
/** Consent walls are short; a body this long is an article even when it speaks of cookies. */
const CONSENT_WALL_MAX_WORDS = 400;
const COOKIE_TEXT = /\bcookies?\b/i;

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
const CHROME_SHELL_MAX_WORDS = 400;

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
function emptyMount(body: DomElement): boolean {
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

/** Class or id words of a box holding an article's free start only. */
const TEASER_BOX = /(?:^|[\s_-])(?:teaser|preview|excerpt|truncated|snippet)(?:$|[\s_-])/i;
/** Words a paragraph of a paywall's box needs to be read as the article's, and a box's paragraphs in all. */
const WALLED_PARAGRAPH_WORDS = 12;
const WALLED_TEXT_WORDS = 25;
const SENTENCE_CLOSE = /[.!?…]["”’»)]?\s*$/;

/**
 * Whether a paywall-marked box holds the article's own paragraphs: many sites print the article for subscribers'
 * browsers inside such a box (`<div class="paywall">`, or a `<p class="paywall">` a paragraph), whose scripts hide
 * it from others. Its paragraphs stay; the wall's notice, a box of its own or a line tidying drops, goes.
 */
export function holdsWalledText(el: DomElement): boolean {
  const paragraphs = el.tagName === 'P' ? [el] : all(el, 'p');
  let words = 0;
  for (const p of paragraphs) {
    const text = textOf(p);
    const count = countWords(text);
    if (count < WALLED_PARAGRAPH_WORDS || !SENTENCE_CLOSE.test(text) || CUT_TEXT.test(text) || PAYWALL_TEXT.test(text)) continue;
    words += count;
  }
  return words >= (el.tagName === 'P' ? WALLED_PARAGRAPH_WORDS : WALLED_TEXT_WORDS);
}

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
