/**
 * Removes what is never article text from a parsed page before the article is looked for (and splits
 * `<br><br>` paragraphs, see split-br.ts): email sign-up boxes, scripts, forms'
 * controls, hidden elements, figure captions, and boxes that publishing systems mark by class or id as
 * sharing, related stories, newsletters, comments, advertising, breadcrumbs, tags or author bios, or that
 * open with a heading naming such a box ("Related stories", "3 comments"). A marked
 * box is kept when it holds a large share of the page's paragraph text: then the mark names a container of
 * the article ("article-body has-share-bar"), not a box beside it.
 */
import { relativeStamp } from './dated-parts.js';
import { headlineHeading } from './page-meta.js';
import { markInterviewTurns } from './interview-turns.js';
import { holdsWalledText } from './no-article.js';
import { removeLinkNotes } from './link-notes.js';
import { unlinkOwnHeadings } from './own-links.js';
import { splitBrParagraphs } from './split-br.js';
import { markableBox, markedAsThread, marks, paragraphWordsByElement, threadBox } from './threads.js';
import { all, countWords, ELEMENT_NODE, seenText, TEXT_NODE, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * Elements whose words a reader never reads as the page's: among them a player's fallback (the words inside
 * `<video>` and `<audio>`, "Your browser does not support the video tag") and an AMP element's placeholder and
 * fallback ("Loading video" in `<amp-iframe>`: `AMP_STAND_INS`).
 */
const NEVER_TEXT =
  'script, style, noscript, template, iframe, svg, canvas, object, embed, button, select, textarea, input, figcaption, video, audio, [hidden]';
/** The stand-ins an AMP element shows while it loads or when it cannot (children marked `placeholder` or `fallback`). */
const AMP_STAND_INS = '[placeholder], [fallback]';

/** Class or id words of boxes beside an article (matched as whole words of the class/id, split on - _ and space). */
const BOX_WORDS = [
  'share',
  'sharing',
  'sharedaddy',
  'social',
  'socials',
  'related',
  'relatedposts',
  'recommended',
  'recommendations',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'promo',
  'comments',
  'comment',
  'disqus',
  'discussion',
  'respond',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'sponsored',
  'outbrain',
  'taboola',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'taglist',
  'bio',
  'caption',
  'credit',
  'credits',
  'cookie',
  'consent',
  'popup',
  'modal',
  'sidebar',
  'widget',
  'toolbar',
  'pagination',
  'pager',
  'byline',
  'dateline',
  'readmore',
  'paywall',
  'pullquote',
  'pullout',
];
const BOX = new RegExp(String.raw`(?:^|[\s_-])(?:${BOX_WORDS.join('|')})(?:$|[\s_-])`, 'i');
const ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i;
const CHROME_TAGS = 'nav, aside, footer, form[role="search"]';

/** An input that asks for an email address: a newsletter's (or a comment form's) sign-up field. */
const EMAIL_FIELD =
  'input[type="email" i], input[name*="email" i], input[id*="email" i], input[placeholder*="email" i], input[placeholder*="e-mail" i], input[autocomplete="email" i]';
/**
 * The most words a sign-up box may hold: its title, its pitch ("Get the morning briefing in your inbox") and
 * its fine print ("By signing up you agree to our terms"). The box is the largest element around the email
 * field within this many words, so a form wrapping the whole page (ASP.NET's) or an article around an
 * inline box is never taken for it.
 */
const SIGNUP_BOX_WORDS = 80;

/**
 * Removes the boxes around email sign-up fields (a newsletter's box inside the article, whatever its class
 * is called). Read before the form controls are removed: without its field the box is only sentences.
 */
function removeSignUpBoxes(doc: DomDocument): void {
  for (const field of all(doc, EMAIL_FIELD)) {
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'hidden' || type === 'password' || !field.parentElement) continue;
    let box: DomElement = field;
    for (let up: DomElement | null = field.parentElement; up && markableBox(up); up = up.parentElement) {
      if (countWords(textOf(up)) > SIGNUP_BOX_WORDS || up.querySelector('article, [itemprop="articleBody"]')) break;
      box = up;
    }
    box.remove();
  }
}

/** Choices a reader ticks: a poll's, a quiz's or a survey's answers. */
const CHOICE_FIELD = 'input[type="radio" i], input[type="checkbox" i]';
/** The most words a poll's box holds: its title, its question, its answers and its button. */
const POLL_BOX_WORDS = 60;

/**
 * Removes polls, quizzes and surveys set in the page ("Should the county pay for a new ferry? Yes No Vote"):
 * the largest element around two or more choices within 60 words, without the article inside. Left in, their
 * title, question and answers were read as paragraphs of the article once the inputs were gone.
 */
function removeChoiceBoxes(doc: DomDocument): void {
  for (const field of all(doc, CHOICE_FIELD)) {
    if (!field.parentElement) continue; // in a box removed already
    let box: DomElement | null = null;
    for (let up: DomElement | null = field.parentElement; up && markableBox(up); up = up.parentElement) {
      if (countWords(textOf(up)) > POLL_BOX_WORDS || up.querySelector('article, [itemprop="articleBody"], h1')) break;
      if (up.querySelectorAll(CHOICE_FIELD).length >= 2) box = up;
    }
    box?.remove();
  }
}

/**
 * A sign-up button's or link's whole text ("Sign up", "Sign up now", "Subscribe", "Get the newsletter"), in the
 * languages of the pitches `tidy.ts` reads.
 */
const SIGN_UP_CALL =
  /^(?:sign (?:me )?up|subscribe|join(?: us)?|register|get (?:it|the (?:newsletter|briefing|bulletin))|s['’]inscrire|je m['’]inscris|inscrivez-vous|abonnieren|anmelden|registrieren|suscr[ií]bete|suscribirme|iscriviti|inscreva-se)(?: (?:now|here|today|for free|free|jetzt))?\s*[.!›»>→]*$/i;
/** What a newsletter's box names: the letter, or where it arrives. */
const NEWSLETTER = /(?<![\p{L}])(?:newsletters?|inbox|e-?mail|briefing|bulletin|digest|mailing list|infolettre|bolet[ií]n)(?![\p{L}])/iu;
/** The longest paragraph (in words) a sign-up box's pitch holds: an article's paragraphs run longer. */
const PITCH_PARAGRAPH_WORDS = 25;

/**
 * Removes newsletter boxes that ask for no email address here (their button leads to a sign-up page): the
 * largest element around a sign-up call ("Sign up now") within 80 words and without a paragraph of the
 * article's length, when the call ends its text and the box names a newsletter ("… in your inbox every
 * Friday. Sign up"). A sentence of the article linking "sign up" ("Residents can sign up at the town hall")
 * does not end on it.
 */
function removeSignUpCalls(doc: DomDocument): void {
  const headline = headlineHeading(doc);
  for (const call of all(doc, 'a, button')) {
    const callText = seenText(call);
    if (!SIGN_UP_CALL.test(callText) || !call.parentElement) continue;
    let box: DomElement | null = null;
    for (let up: DomElement | null = call.parentElement; up && markableBox(up); up = up.parentElement) {
      if (countWords(textOf(up)) > SIGNUP_BOX_WORDS || up.querySelector('article, main, [itemprop="articleBody"]')) break;
      if ((headline && up.contains(headline)) || all(up, 'p').some((p) => countWords(textOf(p)) > PITCH_PARAGRAPH_WORDS)) break;
      box = up;
    }
    // seen as a reader does: a title's element and the pitch's are two words apart ("newsletter Start")
    const text = box ? seenText(box) : '';
    if (box && text.endsWith(callText) && NEWSLETTER.test(text)) box.remove();
  }
}

/** Share of the page's paragraph words below which a box of relative-stamped items is a thread beside the article. */
const THREAD_SHARE = 0.5;

/**
 * Removes threads beside the article — reader comments, replies, "latest" lists — told by their stamps
 * relative to the moment served ("2 hours ago", one per item, which date nothing): the smallest box holding
 * two or more of them, unless it holds half the page's paragraph words (a live blog stamped that way) or the
 * headline. The thread's heading ("Conversation") goes with it.
 */
function removeStampedThreads(body: DomElement, words: Map<DomNode, number>): void {
  const stamps = all(body, 'p, span, div, time, small, li, a').filter(
    (el) => el.children.length <= 1 && textOf(el).length <= 40 && relativeStamp(textOf(el)),
  );
  if (stamps.length < 2) return;
  const count = new Map<DomElement, number>();
  for (const stamp of stamps) for (let up = stamp.parentElement; up; up = up.parentElement) count.set(up, (count.get(up) ?? 0) + 1);
  const boxes = new Set<DomElement>();
  for (const stamp of stamps) {
    let up = stamp.parentElement;
    while (up && (count.get(up) ?? 0) < 2) up = up.parentElement;
    if (up) boxes.add(up);
  }
  for (const box of boxes) {
    if (!markableBox(box) || box.querySelector('h1, article, [itemprop="articleBody"]')) continue;
    if ((words.get(box) ?? 0) < THREAD_SHARE * (words.get(body) ?? 0)) box.remove();
  }
}

/** Text for screen readers only ("opens in a new window", "Posted on"): not shown, so not article text. */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|screen-reader-text|screen-reader-only|visually-hidden|visuallyhidden|u-visually-hidden|element-invisible|assistive-text)(?:\s|$)/i;
const SCREEN_READER_MAX_WORDS = 12;

/** Headings that open a box beside the article: comments, related and popular stories, newsletters. */
const BOX_HEADING =
  /^(?:\d+\s+)?(?:comments?|reader (?:comments|replies)|replies|responses|discussion|join the (?:conversation|discussion)|what (?:our )?readers (?:say|think|are saying)|have your say|your (?:comments|views|say)|leave a (?:reply|comment)|related(?: (?:stories|articles|posts|content|coverage|news))?|more (?:stories|news|from|on|in)\b.*|read (?:more|next|also)|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|editor'?s picks|top stories|latest (?:news|stories)|newsletter|sign up.*|kommentare|mehr zum thema|das könnte sie auch interessieren|commentaires|lire aussi|à lire aussi|comentarios|leer más|te puede interesar|комментарии|читайте также)\s*:?$/i;

/** A marked box holding at least this share of the page's paragraph words is a container, not a box. */
const CONTAINER_SHARE = 0.3;

function hiddenByStyle(el: DomElement): boolean {
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** A note's number as a link prints it ("1", "[2]", "*", "†"), and a link back up from the note ("↩", "↑", "^"). */
const NOTE_MARK = /^(?:\[?\d{1,3}\]?|[*†‡]|\[[a-z]\])$/;
const BACK_MARK = /^(?:[↩↑^⤴\s]|\uFE0E|\uFE0F)+$/u;

/** A link's fragment naming a note (`#fn1`, `#cite_note-4`, `#footnote-2`, `#ref3`, `#endnote5`). */
const NOTE_FRAGMENT = /#(?:fn|footnote|cite|note|ref|endnote)/i;
/** A `<sup>` that can only be a reference: "[3]", "1,4", "2–5", "*", "†". */
const REFERENCE_SUP = /^(?:\[\s*\d{1,3}\s*\]|\d{1,3}(?:\s*[,–-]\s*\d{1,3})+|[*†‡])$/;
/** A `<sup>` that is a number alone: a reference or an exponent, told by what it is glued to. */
const NUMBER_SUP = /^[-−+]?\d{1,3}$/;
/** Units squared or cubed ("m<sup>2</sup>", "km<sup>2</sup>", "ft<sup>3</sup>"). */
const POWERED_UNIT = /^(?:[mcdkµnμ]?m|ft|in|yd|mi)$/;
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '−': '⁻',
  '+': '⁺',
};

/** The text just before an element in its line (its inline parents' earlier siblings included). */
function textBefore(el: DomElement): string {
  let node: DomNode | null = el;
  while (node && !node.previousSibling) {
    const parent: DomNode | null = node.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE || !INLINE_PARENT.test(parent.nodeName)) return '';
    node = parent;
  }
  return node?.previousSibling?.textContent ?? '';
}
const INLINE_PARENT = /^(?:A|B|I|EM|STRONG|SPAN|SMALL|FONT|U|Q|CITE|MARK)$/;

/**
 * True for a number in `<sup>` that raises what it is glued to: a number of one or two digits ("10<sup>6</sup>"),
 * a single letter ("x<sup>2</sup>") or a unit ("km<sup>2</sup>"), or a signed one ("10<sup>-3</sup>"). Glued to a
 * word, a closing mark or a stop, or standing apart, it marks a note ("arrived<sup>1</sup>", "said.<sup>2</sup>").
 */
function isExponent(sup: DomElement, text: string): boolean {
  if (/^[-−+]/.test(text)) return true;
  const token = /([\p{L}\p{N}]+)$/u.exec(textBefore(sup))?.[1];
  if (!token) return false;
  if (/^\d+$/.test(token)) return token.length <= 2;
  return /^\p{L}$/u.test(token) || POWERED_UNIT.test(token);
}

/**
 * Removes footnote marks: a link to a note (within the page, `href="#fn1"`, or to a note's anchor of the page's
 * address, `…/story#cite_note-4`) printed as a note's number, with the `<sup>` around it, and a note's link back
 * to the text ("↩"); a `<sup>` number without a link, "arrived<sup>1</sup>", "<sup>[2]</sup>", too. Left in,
 * they were glued to the words they mark ("… every region of the country”1, a claim …") and closed each note. An
 * exponent stays, printed as a reader sees it: "km<sup>2</sup>" reads "km²" (search folds it to "km2").
 */
function removeNoteMarks(doc: DomDocument): void {
  for (const a of all(doc, 'a[href*="#"]')) {
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') && !NOTE_FRAGMENT.test(href)) continue;
    const text = textOf(a);
    if (BACK_MARK.test(text)) a.remove();
    else if (NOTE_MARK.test(text)) {
      const sup = a.parentElement?.tagName === 'SUP' && textOf(a.parentElement) === text ? a.parentElement : null;
      (sup ?? a).remove();
    }
  }
  for (const sup of all(doc, 'sup')) {
    const text = textOf(sup).trim();
    if (REFERENCE_SUP.test(text) || (NUMBER_SUP.test(text) && !isExponent(sup, text))) sup.remove();
    else if (NUMBER_SUP.test(text) && sup.parentElement) {
      sup.parentElement.insertBefore(doc.createTextNode([...text].map((ch) => SUPERSCRIPT[ch] ?? ch).join('')), sup);
      sup.remove();
    }
  }
}

/** What a figure shows. */
const PICTURE = 'img, picture, video, amp-img, source';
/** The most words a figure with a picture holds as its caption and credit. */
const FIGURE_CAPTION_WORDS = 60;

/**
 * Class or id words of video boxes (a player, a playlist, a related video's teaser: a title and its
 * duration), read on block boxes only: a link inside a sentence may be called "video-link".
 */
const VIDEO_BOX = /(?:^|[\s_-])(?:video|videos|playlist)(?:$|[\s_-])/i;
const BLOCK_BOX = /^(?:DIV|SECTION|ASIDE|UL|OL|LI|FIGURE)$/i;

/** True for an element marked as a box beside the article (by class, id or role). */
function markedAsBox(el: DomElement): boolean {
  if (!markableBox(el)) return false;
  const role = el.getAttribute('role');
  // class words written in camel case ("imageCaption", "shareBar") are words too
  // …and "pull-quote", "pull_quote" name one box (a quotation printed again beside the text that quotes it)
  const named = marks(el)
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .replace(/pull[-_ ]?(quote|out)/gi, 'pull$1');
  return BOX.test(named) || (role !== null && ROLES.test(role)) || (BLOCK_BOX.test(el.tagName) && VIDEO_BOX.test(named));
}

/** The most words a quotation's signature holds: a name and a job or a work ("Ana Ruiz, mayor of Saltby"). */
const SIGNATURE_WORDS = 12;
const DASHED = /^[—–―-]/;

/**
 * Prints a `<blockquote>`'s signature — its `<footer>` or closing `<cite>`, or the `<figcaption>` of the `<figure>`
 * holding it without a picture — after its words, as a browser sets it
 * under them: “…” — Ana Ruiz, mayor. The footer was removed as the page's, and the quotation left without
 * its speaker was credited to the sentence before it.
 */
function signQuotations(doc: DomDocument): void {
  const signatureOf = (quote: DomElement): DomElement | undefined => {
    const last = Array.from(quote.children).at(-1);
    if (last && /^(?:FOOTER|CITE)$/i.test(last.tagName)) return last;
    // the form HTML gives a quotation with its source: <figure><blockquote>…</blockquote><figcaption>— A</figcaption></figure>
    const figure = quote.parentElement;
    if (figure?.tagName !== 'FIGURE' || figure.querySelector(PICTURE)) return undefined;
    return Array.from(figure.children).find((c) => c.tagName === 'FIGCAPTION');
  };
  for (const quote of all(doc, 'blockquote')) {
    const signature = signatureOf(quote);
    if (!signature) continue;
    const name = textOf(signature);
    if (!name || countWords(name) > SIGNATURE_WORDS || signature.querySelector('p, div, blockquote')) continue;
    signature.remove();
    const words = all(quote, 'p').at(-1) ?? quote;
    if (!textOf(words)) continue;
    words.appendChild(doc.createTextNode(DASHED.test(name) ? ` ${name}` : ` — ${name}`));
  }
}

/** Boxes a picture and its caption are set in without `<figure>`. */
const PICTURE_BOX = /^(?:DIV|SECTION|SPAN)$/i;
/** The most words a caption set in such a box holds (a `<figure>` says what it is and may hold more). */
const CAPTION_BOX_WORDS = 40;
/** Boxes of a picture and words side by side from which they are a feature's sections, not captions. */
const PICTURE_BOXES_IN_A_ROW = 3;
/** The most elements side by side in such a box: the picture, its caption, its credit, a button. */
const PICTURE_BOX_CHILDREN = 4;

/**
 * The box a picture is set in with its caption when a page writes no `<figure>` (`<div><img><div>Ana Ruiz at the
 * quay.</div></div>`): the picture's wordless holder beside elements holding at most 40 words (one paragraph
 * at most) and no other picture, no words of its own between them (old pages write paragraphs as `<div><img>
 * Text …</div>`), no heading, list or quotation box, and not one of three such boxes side by side (a feature's
 * sections, a gallery's slides). Left in, its caption was read as a paragraph of the article. Null when none.
 */
function captionedPictureBox(picture: DomElement, rows: Map<DomElement, number>): DomElement | null {
  let holder = picture;
  // the children are counted before the text is read: a page of thousands of pictures in one box stays linear
  while (holder.parentElement && holder.parentElement.children.length <= PICTURE_BOX_CHILDREN && !wordsIn(holder.parentElement))
    holder = holder.parentElement;
  const box = holder.parentElement;
  if (!box || box.tagName === 'BODY' || !PICTURE_BOX.test(box.tagName) || box.children.length > PICTURE_BOX_CHILDREN) return null;
  const words = countWords(textOf(box));
  // a caption is a line or two: a box of a picture beside a paragraph of its own (a feature's sections) is text
  if (!words || words > CAPTION_BOX_WORDS || box.querySelectorAll('p').length > 1) return null;
  if (box.querySelector('h1, h2, h3, blockquote, figure, article, ul, ol, table')) return null;
  if (box.querySelectorAll(PICTURE).length > 2) return null; // a gallery's strip, or a box of several stories
  // boxes of this shape in a row are a feature's sections or a gallery's slides, read as such (counted once a row)
  const row = box.parentElement;
  if (row) {
    let alike = rows.get(row);
    if (alike === undefined) {
      alike = Array.from(row.children).filter((sibling) => sibling.querySelector(PICTURE) && wordsIn(sibling)).length;
      rows.set(row, alike);
    }
    if (alike >= PICTURE_BOXES_IN_A_ROW) return null;
  }
  for (const node of Array.from(box.childNodes))
    if (node.nodeType === TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent ?? '')) return null;
  if (readsAsParagraph(box)) return null;
  return box;
}

/** Words that say a line is a picture's: its credit ("Photo: …", "Picture by …") or where its people stand. */
const CAPTION_WORDS =
  /(?<![\p{L}])(?:(?:photo(?:graph)?s?|pictures?|images?|credit|illustration|fotos?)\s*(?::|by\b)|pictured|in this (?:photo|picture|image)|\((?:left|right|centre|center|top|bottom|above|below|file)\)|,\s(?:left|right|centre|center),)/iu;
/** Class or id words of a caption or its credit. */
const CAPTION_MARK = /(?:^|[\s_-])(?:caption|credit|credits|legend|photo-?credit|wp-caption-text)(?:$|[\s_-])/i;
/** A quotation closing before the sentence goes on to its speaker (“…,” Vostrik said): an article's sentence. */
const QUOTATION_GOING_ON = /[,.!?…]["”»’]\s+[\p{L}]/u;
const SENTENCE_CLOSE = /[.!?…]["”’»)]?\s*$/u;
/** Words from which a sentence set beside a picture reads as a paragraph of its own, a caption being a line. */
const PARAGRAPH_BESIDE_PICTURE_WORDS = 20;

/**
 * Whether a picture box's words are a paragraph of the article (a feature's section, printed once) rather than
 * the picture's caption: whole sentences, of 20 words or more or holding a quotation the sentence goes on from to
 * its speaker (“…,” Vostrik said), without a caption's marks (a credit, "Photo:", "(left)", a caption class,
 * all its words in `<small>`, `<em>`, `<i>` or `<cite>`).
 */
function readsAsParagraph(box: DomElement): boolean {
  const text = textOf(box).trim();
  if (!SENTENCE_CLOSE.test(text) || CAPTION_WORDS.test(text)) return false;
  if (CAPTION_MARK.test(marks(box)) || all(box, '[class], [id]').some((el) => CAPTION_MARK.test(marks(el)))) return false;
  const styled = all(box, 'small, em, i, cite').reduce((n, el) => n + textOf(el).length, 0);
  if (styled >= 0.9 * text.length) return false;
  return countWords(text) >= PARAGRAPH_BESIDE_PICTURE_WORDS || QUOTATION_GOING_ON.test(text);
}

const wordsIn = (el: DomElement): boolean => /[\p{L}\p{N}]/u.test(textOf(el));

/** A box marked by its class or id as a paywall's, and as nothing else. */
function markedAsPaywall(el: DomElement): boolean {
  const named = marks(el);
  return /(?:^|[\s_-])paywall(?:$|[\s_-])/i.test(named) && !BOX.test(named.replace(/paywall/gi, ' '));
}

/** A quotation mark (or an apostrophe a page may use as one) a `<q>`'s text may open with. */
const OPENING_MARK = /^["'“”„«»‘’‚‹›「『]/;

/**
 * Prints the quotation marks a browser shows around a `<q>` (“…”, ‘…’ inside another): they are no part of
 * its text, so the quotation was read without them, as words of the sentence around it, and no quotation
 * was found. A `<q>` whose text already carries its marks (a page that turns the browser's off) is left.
 */
function markQuotations(doc: DomDocument): void {
  for (const q of all(doc, 'q')) {
    const text = textOf(q);
    if (!text || OPENING_MARK.test(text)) continue;
    let nested = false;
    for (let up = q.parentElement; up && !nested; up = up.parentElement) nested = up.tagName === 'Q';
    q.insertBefore(doc.createTextNode(nested ? '‘' : '“'), q.childNodes[0] ?? null);
    q.appendChild(doc.createTextNode(nested ? '’' : '”'));
  }
}

/** Paragraph words the `<article>` holding the headline must have to be told from other stories beside it. */
const OWN_STORY_WORDS = 80;

/**
 * Removes other stories printed beside the page's own: each `<article>` opened by a heading of its own outside
 * the `<article>` that holds the headline's `<h1>` (the next story of an endlessly scrolling page, a "More from the
 * desk" story printed whole). Readability took the element around both for the article, so the next story's
 * headline and quotations were read as the page's.
 */
function removeOtherStories(doc: DomDocument, words: Map<DomNode, number>): void {
  const h1 = headlineHeading(doc);
  let own: DomElement | null = h1?.parentElement ?? null;
  while (own && own.tagName !== 'ARTICLE') own = own.parentElement;
  if (!own || (words.get(own) ?? 0) < OWN_STORY_WORDS) return;
  for (const other of all(doc, 'article')) {
    if (other === own || other.contains(own) || own.contains(other)) continue;
    // a story opens with its headline: an <article> whose first heading comes after its text is the article's own
    // text printed in two parts (subheadings between them), not another story
    if (all(other, 'h1, h2, h3, h4, p')[0]?.tagName.startsWith('H')) other.remove();
  }
}

/**
 * Prunes `doc` in place.
 *
 * @example prunePage(doc) // share bars, related boxes, captions and scripts are gone from doc.body
 */
export function prunePage(doc: DomDocument, pageUrls: readonly (string | null | undefined)[] = []): void {
  // a live blog's entry headings linking into the page are its own words, not other stories' linked headlines
  unlinkOwnHeadings(doc, pageUrls);
  removeSignUpBoxes(doc);
  removeSignUpCalls(doc);
  removeChoiceBoxes(doc);
  // before figcaptions and footers go with the page's furniture
  signQuotations(doc);
  for (const el of all(doc, NEVER_TEXT)) el.remove();
  markQuotations(doc);
  for (const el of all(doc, AMP_STAND_INS)) if (el.parentElement?.tagName.startsWith('AMP-')) el.remove();
  splitBrParagraphs(doc);
  markInterviewTurns(doc);
  for (const el of all(doc, '[style]')) if (hiddenByStyle(el)) el.remove();
  for (const el of all(doc, '[class]')) {
    if (SCREEN_READER_ONLY.test(marks(el)) && countWords(textOf(el)) <= SCREEN_READER_MAX_WORDS) el.remove();
  }
  removeNoteMarks(doc);
  removeLinkNotes(doc);
  const body = doc.body;
  if (!body) return;
  const words = paragraphWordsByElement(body);
  removeOtherStories(doc, words);
  const small = (el: DomElement): boolean => (words.get(el) ?? 0) < CONTAINER_SHARE * (words.get(body) ?? 0);
  removeStampedThreads(body, words);
  // a figure's words beside its picture are its caption, in a <figcaption> or not ("<figure><img><p>The quarry …")
  for (const el of all(body, 'figure')) {
    if (el.querySelector(PICTURE) && !el.querySelector('blockquote') && countWords(textOf(el)) <= FIGURE_CAPTION_WORDS) el.remove();
  }
  const rows = new Map<DomElement, number>();
  for (const el of all(body, 'img, picture')) {
    const box = captionedPictureBox(el, rows);
    if (box && small(box)) box.remove();
  }
  for (const el of all(body, CHROME_TAGS)) if (small(el)) el.remove();
  for (const el of all(body, '[class], [id], [role]'))
    if (markedAsBox(el) && small(el) && !(markedAsPaywall(el) && holdsWalledText(el))) el.remove();
  // A reader thread may be long, as long as the article: one marked as such goes unless it holds most of the page.
  for (const el of all(body, '[class], [id]')) if (markedAsThread(el) && threadBox(el, body, words)) el.remove();
  for (const heading of all(body, 'h2, h3, h4, h5')) {
    const box = heading.parentElement;
    // Only a heading that opens its box names it ("Related stories" above the list).
    if (!box || box.children[0] !== heading || !BOX_HEADING.test(textOf(heading)) || !markableBox(box)) continue;
    // A named box may be long (a busy comment thread) but never holds most of the page or the article.
    if (threadBox(box, body, words)) box.remove();
  }
}
