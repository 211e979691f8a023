/**
 * A short paragraph that is page furniture, by its own words (`dropReason`): labels, teasers, links, credits,
 * pitches, legal and consent lines, bylines and date lines; each rule bounded by the paragraph's length, so a
 * sentence of the article that mentions such words stays.
 */
import { BYLINE_OPENER_CASED, NAME_JOINER, WIRE_CREDIT_LINE } from '../../byline-words.js';
import { MONTH_NAMES, MONTH_PATTERN, WEEKDAY_NAMES, WEEKDAY_STEMS } from '../../calendar.js';
import { TEASER_LABEL_WORDS } from '../../chrome.js';
import { isDateLine, isReadingTime } from '../../dates.js';
import { relativeStamp } from '../dated-parts.js';
import { countWords } from '../dom.js';
import { CUT_TEXT } from '../no-article.js';
import type { Paragraph } from '../paragraphs.js';
import { SECTION_LABEL, sameAsAnyHeadline } from '../title.js';

/** Longest paragraph (in words) a label-like rule may drop. */
export const SHORT = 12;

/** Longest paragraph (in words) a pitch or credit rule may drop. */
const MEDIUM = 30;

/** Longest paragraph (in words) read as a wire story's credit line (several reporters, a writer, two editors). */
const CREDIT_LINE_WORDS = 60;

/** The longest date line (in words): a published and an updated date with their times, in French or German. */
export const DATE_LINE_WORDS = 20;

const LABEL =
  /^(?:advertisement|advertising|sponsored( content)?|anzeige|publicité|publicidad|pubblicità|реклама|share( this)?( article| story| post)?|share on \w+|tweet|email|print|comments?|\d+ comments?|follow us( on \w+)?|listen( to this article)?|skip (to )?(main )?content|continue reading|read more|read (?:also|next)|also read|see also|further reading|recommended(?: reading| for you)?|more on this(?: story)?|watch(?: now| more| the video)?|back to top|(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?|\d+ min(?:ute)?s? read|copy link|save(?: article| for later)?|follow|subscribe|open in (?:the )?app|(?:give|gift) this article|share full article|most (?:read|popular|viewed)|trending(?: now)?|accept(?: all)?(?: cookies)?|image|photo|video|loading(?: comments| more| content| video| player)?(?:\.*|…)|close|menu|related( articles| stories| posts| topics)?|in this (?:article|story)|more from \w+( \w+)?|tags?:?|topics?:?|live(?: updates| coverage| blog)?|pinned(?: post| entry| update)?|key events|show (?:key events|all posts|latest posts)(?: only)?|\d+ new (?:posts?|updates?)|breaking(?: news)?|just in|developing(?: story)?|(?:advertisement\s*[-–—:|·]?\s*)?scroll (?:down )?to continue(?: reading| with content)?|[\d,.]+k? shares?|show (?:more|less|all)|see (?:more|all)|load more|expand|collapse|print(?: this)?(?: article| page| story)?|join the (?:conversation|discussion|debate)|comments? \(\d+\)|(?:show|view|read|load|see) (?:all )?(?:\d+ )?comments?|explore more on (?:these|this) topics?|reuse this content|supported by|ad|paid post|content from (?:our )?partners|newsletters?|recommended stories|editor['’]?s picks|related content|you (?:may|might) also like)$/i;

/**
 * The words of a page's controls and account prompts printed as a line of their own ("Sign in", "Log in to save
 * this article", "Get the app", "Image 1 of 5", "Font size", "A A A", "Skip advertisement", a player's and a
 * picture's buttons, "Play", "Enlarge this image", "toggle caption", "Continue reading the main story").
 */
const CONTROL_LINE =
  /^(?:(?:log ?in|sign ?in|register|create (?:a |an )?(?:free )?account)(?: to (?:save|read|comment|continue|follow|bookmark|get|access|keep)\b[^.!?]{0,30})?|already have an account\??(?: (?:log|sign) ?in)?|(?:download|get) (?:the|our) (?:[\p{L}'’&-]+ ){0,3}app(?: now| today| for free)?|(?:story|article|text) continues(?: below)?|continue reading(?: below| after (?:the )?(?:ad|advertisement))?|(?:photo |picture |image )?gallery\s*\(?\d+ (?:photos|images|pictures|slides)\)?|(?:image|photo|picture|slide) \d+ (?:of|\/) \d+|share via(?: \p{L}+)?|copy link(?: to clipboard)?|link copied|give (?:us )?feedback|report an? (?:error|typo|correction|mistake)|skip (?:ad|advertisement)|listen to (?:the )?(?:article|story)|(?:font|text) size|(?:a\s?){2,4}|gift (?:this )?(?:article|story)|bookmark(?: (?:this )?(?:article|story))?|continue reading the main story|save this (?:story|article)|opens? in (?:a )?new (?:window|tab)|enlarge this image|toggle caption|(?:hide|show) caption|open image in gallery|full ?screen|zoom|play|pause|(?:un)?mute|now playing|up next|watch live|read the full (?:story|article)|read this next|scroll down for (?:the )?video|email the (?:author|reporter|writer)|end of (?:the )?(?:article|story)|skip to (?:the )?next section|audio:? listen to (?:this|the) (?:story|article)|your browser (?:does not|doesn['’]t) support [^.!?]{1,40})$/iu;

/** A notice of the article's age ("This article is more than 2 years old"). */
const AGE_NOTICE =
  /^this (?:article|story|content|page|piece) is (?:more|over) than (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old$/i;

/** A sponsor's line ("Sponsored by Brannock Lines", "Presented by …"): a label and a name, no sentence. */
const SPONSOR_LINE = /^(?:(?:sponsored|presented|powered|brought to you|paid for) by|in partnership with)\s+[^.!?,]{1,40}$/i;

const TEASER = new RegExp(`^(?:${TEASER_LABEL_WORDS}|more|watch|listen|further reading)\\s*[:|»>–—-]`, 'i');

const CREDIT =
  /^(?:photo|image|picture|video|illustration|credit|foto|bild)s?\s*(?:credit)?\s*[:©]|^(?:chart|graphic|graph|infographic|map)s?\s*:[^"“”]*\bsource\s*:|^(?:image|media|video) (?:source|caption),\s|^\(?(?:photo|image|picture)s? by\b|(?:\/|\||©)\s*(?:getty images|afp|reuters|ap|shutterstock|epa|dpa)\b/i;

/**
 * A caption ending in its credit ("Dockers at the quay on Monday. Photograph: Lena Ruud/Nordbild", "… Photo by
 * Ines Rowe"): a caption whatever it says, a quotation included (the article's words, repeated or not, are
 * in the article's paragraphs; a caption's quotation was credited from under a picture).
 */
export const CAPTION_CREDIT =
  /\b(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]mage|[Ii]llustration)s?(?: [Bb]y:?|:)\s*[\p{Lu}][\p{L}.'’ -]*(?:\/[\p{L}.'’& -]+)?\.?$/u;

/**
 * A picture's credit in brackets closing its line ("(Photo: Jon Hale / Saltby Post)", "[Photograph: harbour
 * office]"): read without them, as the credits above are written, so the line goes as theirs does.
 */
const BRACKETED_CREDIT = /\s*[([]\s*((?:photograph|photo|picture|image|illustration)s?(?: by:?|:)[^()[\]]{1,80}?)\s*[)\]]\.?$/iu;

/**
 * A caption ending in its photographer's full name in brackets ("(Jonas Pell/Coastline Ledger)", "(Ines Rowe
 * for the Post)"), a quotation in it or not; a party beside a name ("said Ruiz (Greens/EFA)") is one word.
 */
const PHOTOGRAPHER =
  /\(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(?:\/\s*[\p{L}.'’& -]+| for (?:the )?\p{Lu}[\p{L}.'’& -]+)\)\.?$/u;

/** A subscription's offer ("Subscribe today", "Get unlimited access for just 1 a week", "Start your free trial"). */
const OFFER =
  /\b(?:unlimited (?:digital )?access|subscribe (?:today|now)|start (?:your|a) free trial|(?:just|only) \S+ (?:a|per) (?:week|month|year))\b/i;

/** The services a share row names. */
const SHARE_SERVICE = '(?:facebook|x|twitter|whatsapp|linkedin|email|e-mail|reddit|telegram|bluesky|threads|messenger|copy link|print)';

/**
 * A share row printed as text: its label, then the services' names ("Share this article Facebook X Email"), or
 * two or more of the names alone, their label printed on a line of its own ("Facebook Twitter Email").
 */
const SHARE_ROW = new RegExp(
  String.raw`^(?:share(?: this)?(?: article| story| post| page)?:?(?:\s+${SHARE_SERVICE})+|${SHARE_SERVICE}(?:\s+${SHARE_SERVICE})+)$`,
  'i',
);

const LEGAL = /^(?:©|\(c\)|copyright\b)|all rights reserved|©\s*\d{4}/i;

/** Pitches address the reader ("Sign up for our newsletter", "Get the best of … in your inbox", "Have a story? Email us"). */
const PITCH =
  /\b(?:sign up|subscribe|newsletters?|inbox|download (?:our|the) app|support (?:our|independent) journalism|(?:e-?mail|contact|write to|message) us|get in touch|(?:want|love|like) to hear from you|let us know|in the comments below|(?:leave|post|add|share) (?:a |your )?(?:comments?|thoughts|views) below|(?:have|got) a (?:news )?(?:story|tip)|send us (?:your|a) (?:story|stories|tips?|news)|(?:journalism|reporting|work) (?:relies|depends) on (?:your|readers'?) support|consider (?:making|to make) a (?:contribution|donation)|^get our\b[^.!?]{0,40}\b(?:email|app|podcast|alerts))\b/i;

const READER = /\b(?:you|your|our|us)\b/i;

/**
 * A newsroom's call for tips opening a paragraph, with where to send them ("Got a story? Email newsdesk@… or call
 * 01234 567890"): a pitch even without "us" or "our".
 */
const TIP_CALL = /^(?:do you have|have you got|got|have)\s+an?\s+(?:news\s+)?(?:story|tip)\b/i;

/** An email address or a phone number (eight digits or more, spaced or not). */
const CONTACT_POINT = /[\w.+-]@[\w-]+\.\w|(?:\+|\b)\d(?:[\d ()-]{6,}\d)\b/;

/** A newsletter's pitch in French, German, Spanish, Italian or Portuguese ("Abonnez-vous à notre newsletter", "Jetzt Newsletter abonnieren"). */
const FOREIGN_PITCH =
  /(?<![\p{L}])(?:abonnez-vous|inscrivez-vous|abonnieren|anmelden|suscr[ií]bete|suscr[ií]base|iscriviti|inscreva-se|assine)(?![\p{L}]).*(?<![\p{L}])(?:newsletter|infolettre|bolet[ií]n)(?![\p{L}])|(?<![\p{L}])(?:newsletter|infolettre|bolet[ií]n)(?![\p{L}]).*(?<![\p{L}])(?:abonnieren|anmelden)(?![\p{L}])/iu;

/** "Already a subscriber?", in the languages of CUT_TEXT: a wall's line, never the article's. */
const ALREADY_SUBSCRIBED =
  /\balready a (?:subscriber|member)\b|déjà abonnée?s?\b|bereits (?:abonnent|abonniert|registriert)|ya (?:eres|es) (?:suscriptor|socio|abonado)|già abbonat|já (?:é|sou) assinante|al abonnee/i;

/** A clock time alone, as live blogs stamp each update ("13:40", "Updated 9.05am BST", "14h05"). */
const TIME_LINE =
  /^(?:(?:updated|posted|published|last updated)\s*(?:at\s*)?:?\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?$/i;

/**
 * "By Jane Doe", "by Jane Doe", "Par Claire Dumont", "Words by Jane Doe", "Written by Jane Doe", "Jane Doe &
 * John Roe": the opening words (`byline-words.ts`, shared with the byline readers) with their first letter in
 * either case (no `i` flag: with it, \p{Lu} would match any letter), then capitalised names.
 */
const BYLINE = new RegExp(
  String.raw`^${BYLINE_OPENER_CASED}\s+\p{Lu}[\p{L}.'’-]*(?:\s+${NAME_JOINER}?\s*\p{Lu}[\p{L}.'’-]*){0,6}\s*(?:[,|·•]\s*.*)?$`,
  'u',
);

/**
 * A posting line ending in its byline ("Posted 20 January by Gwen Mabry", a day without its year, which no date
 * line reads), or in the byline's word alone when the page printed the name in an element read apart ("Posted
 * 20 January by"): no sentence ends so. The opening word in either case (no `i` flag: names are capitalised).
 */
const POSTED_BY = new RegExp(
  String.raw`^[Pp](?:osted|ublished)\b[^.!?"“”]{0,60}\s${BYLINE_OPENER_CASED}(?:\s+\p{Lu}[\p{L}.'’-]*(?:\s+${NAME_JOINER}?\s*\p{Lu}[\p{L}.'’-]*){0,6})?(?<!\.):?$`,
  'u',
);

/** A short label, its mark, then the rest: "Also in the news: …", "MORE | …", "Background » …". */
const LABELLED = /^([^:|»›>–—"“”«„]{1,40}?)\s*[:|»›>–—]\s*(\S.*)$/su;

/** A label that introduces someone's words ("Holm said: <a>…</a>"), not a teaser. */
const SPEECH_LABEL = /\b(?:said|says|told|tells|wrote|writes|added|adds|asked|stated|tweeted|posted|announced)\s*$/i;

/**
 * A teaser printed as a labelled link to another story ("Also in the news: <a>Storm closes coastal path</a>"),
 * whatever its label's words: a label of at most five words, then a headline (capitalised) that is all link.
 */
function linkedTeaser(p: Paragraph): boolean {
  const m = LABELLED.exec(p.text);
  return (
    m !== null &&
    countWords(m[1]!) <= 5 &&
    !SPEECH_LABEL.test(m[1]!) &&
    /^[\p{Lu}\p{N}‘'"“]/u.test(m[2]!) &&
    p.linkChars >= 0.9 * m[2]!.length
  );
}

/** Marks a teaser's link is printed after ("• ", ">> ", "- ", "→ "), or the brackets around it ("[…]"). */
const TEASER_MARKS = /^[\s•·▪▸►›»>→*–—-]+|^\[|\]$/gu;

/** A sentence's end: a linked sentence of the article ends so, another story's headline does not. */
const SENTENCE_STOP = /[.!…]["”’)]?$/u;

/** The longest title a line of linked headlines may open with ("Related coverage", "More on this"). */
const LINKS_TITLE_WORDS = 5;

/** A line that is all link once its marks are left aside. */
function allLink(line: string, linkChars: number): boolean {
  const bare = line.replace(TEASER_MARKS, '').trim();
  return bare.length > 0 && linkChars >= 0.9 * bare.length;
}

/**
 * Other stories' headlines printed as links inside the body, longer than a short link line: one on its own
 * ("• <a>Why the harbour office redesigned the ramps …</a>", "[<a>…</a>]") without a sentence's stop, or
 * lines of them in one paragraph split by `<br>`, a short title above them or not. A list's items are
 * `linkLists`'s; an article's sentence linked whole ends with its stop and stays.
 */
function linkedHeadlines(p: Paragraph, words: number): boolean {
  if (p.item !== undefined) return false;
  const lines = p.text.split('\n');
  if (lines.length === 1) return words <= MEDIUM && !SENTENCE_STOP.test(p.text.trim()) && allLink(p.text, p.linkChars);
  const links = p.lineLinkChars;
  if (!links || links.length !== lines.length) return false;
  const title = links[0] === 0 && countWords(lines[0]!) <= LINKS_TITLE_WORDS && !SENTENCE_STOP.test(lines[0]!.trim()) ? 1 : 0;
  return lines.length - title >= 2 && lines.every((l, i) => (i < title ? true : allLink(l, links[i]!)));
}

/**
 * What an embed shows in its place until scripts or consent let it load ("This content is blocked. Accept
 * cookies to view it", "Enable JavaScript to view this content"): the player's or the post's stand-in.
 */
const EMBED_STAND_IN =
  /^(?:this (?:content|video|embed|post|media|element|map|graphic|audio)\b[^.!?]{0,40}\b(?:is blocked|is not available|is unavailable|(?:cannot|can not|can['’]t|could not|couldn['’]t) be (?:displayed|shown|loaded|played)|requires? (?:javascript|cookies))|[^.!?]{0,40}\benable (?:javascript|js)\b|javascript (?:is )?(?:required|disabled)|[^.!?]{0,40}\b(?:accept|allow) (?:all )?(?:cookies|(?:third|3rd)[- ]party)[^.!?]{0,80}\bto (?:view|see|watch|load|display)|to (?:view|see|watch) this (?:content|embed))\b/i;

/** The longest embed's stand-in (in words). */
const EMBED_STAND_IN_WORDS = 16;

/** A reader-feedback widget's question ("Was this article helpful? Yes No", "Rate this story"). */
const FEEDBACK =
  /^(?:was this (?:article|story|page|information|content) (?:helpful|useful)|did you (?:find|like|enjoy) this (?:article|story)|(?:how (?:would you )?)?rate this (?:article|story))\b/i;

/**
 * A republishing note ("This article was originally published by the Coastline Ledger", "This story first
 * appeared in …", "Republished with permission"): the newsroom's, not the article's words.
 */
const REPUBLISHED =
  /^(?:(?:a version of )?this (?:article|story|piece|post|column) (?:(?:was|is|has been) )?(?:(?:originally|first) (?:published|appeared|posted|ran)|republished|appear(?:s|ed) in print)\b|originally published (?:by|in|on|at)\b|republished (?:with|by|from|under)\b)/i;

/** An affiliate disclosure ("This article contains affiliate links. We may earn a commission …"): the outlet's, not the article's. */
const AFFILIATE_NOTE =
  /^(?:this (?:article|story|post|page) (?:contains|includes|may contain) affiliate links?|we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|fee))\b/i;

/** A line of hashtags only ("#Varrø #schools #islands"): the page's tags. */
const HASHTAG_LINE = /^#[\p{L}\p{N}_]+(?:[\s,]+#[\p{L}\p{N}_]+)+$/u;

/** A way to reach the writer ("Contact Gwen Mabry at gwen@…", "Follow her on X @gwenmabry"): an address or a handle follows. */
const CONTACT_LINE = /^(?:contact|email|e-mail|reach|write to|follow)\b[^"“”]{0,160}?(?:\S@\S|\s@\w)/i;

/** The services a page asks its readers to follow it on. */
const FOLLOW_SERVICE =
  '(?:X|Twitter|Instagram|Bluesky|Threads|Mastodon|Facebook|LinkedIn|TikTok|YouTube|WhatsApp|Telegram|Google(?: News)?|Apple News|Flipboard|Snapchat|Pinterest)';

/**
 * "Follow us on Instagram", "Follow Gwen Mabry on Bluesky", "Follow the Saltby Courier on WhatsApp", "Stay up to
 * date … by following us on Facebook" (no `i` flag: a name is capitalised).
 */
const FOLLOW_LINE = new RegExp(
  String.raw`^(?:[Ff]ollow (?:us|me|him|her|them|(?:the )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3})|(?:[Ss]tay|[Kk]eep)\b[^.!?"“”]{0,80}\bfollowing us) on ${FOLLOW_SERVICE}\b`,
  'u',
);

/**
 * The outlet's calls printed as a line of their own: to pick it as a search engine's source ("Add the Saltby
 * Courier as a preferred source on Google"), to get its alerts or its app ("Don’t miss out: Download the Saltby
 * Courier app for alerts"; an app store or maker is another matter), to listen to the story read out, to fund it
 * ("Support local journalism. Donate today."), its thanks for reading, a contents line ("Jump to: Background |
 * Reaction").
 */
const OUTLET_CALL =
  /^(?:(?:[^.!?:"“”]{1,30}:\s*)?(?:download|get|install) (?:the|our) (?:[\p{L}'’&-]+ ){0,3}app\b(?! (?:store|developer|maker)s?\b)|add\b[^.!?]{1,60}\bas an? (?:preferred|trusted|favou?rite) source\b|get (?:email |push |breaking news |news )?(?:alerts|notifications)\b[^.!?]*\.?$|listen to (?:this|the) (?:story|article|episode)\b|(?:please )?(?:support|fund) (?:local|independent|quality|our|public[- ]interest) (?:journalism|news|reporting)\b|thanks? (?:you )?for reading\b|(?:jump|skip|go) to(?: section)?\s*:)/iu;

/** A list of the page's topics ("Topics: Harbour, Saltby, Shipping"): a label, then short names between commas or bars. */
const TOPIC_LIST =
  /^(?:tags|topics|filed under|categories|category|more about|related topics|themen|thèmes|sujets|temas)\s*:\s*[^,|·•.!?]{1,40}(?:\s*[,|·•]\s*[^,|·•.!?]{1,40})*$/iu;

/** A player's label with its length ("Listen 4:32", "Watch: 2:15", "Play video (1:04)", "Listen · 5 min"). */
const PLAYER_LENGTH =
  /^(?:listen|watch|play)(?: (?:now|video|audio|to this (?:article|story)))?\s*[:·•|(–-]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*min(?:ute)?s?)?|\d{1,3}\s*min(?:ute)?s?\.?)\)?$/i;

/** A player's position and length ("0:00 / 4:12", "1:05:10 | 1:30:00"): the player's readout, left as a line. */
const PLAYER_READOUT = /^\d{1,2}:\d{2}(?::\d{2})?\s*[/|]\s*\d{1,2}:\d{2}(?::\d{2})?$/;

/** A section's list title, "More in Politics" (case kept: its section's name is capitalised). */
const MORE_IN_SECTION = /^More in(?: \p{Lu}[\p{L}'’-]*){1,3}$/u;

/** A picture agency's credit alone on its line ("Getty Images", "AFP via Getty Images", "AP Photo/Lena Ruud" is CREDIT's). */
const AGENCY_CREDIT =
  /^(?:[\p{L}.&'’ -]{1,40}\s+(?:via|\/)\s+)?(?:getty images|shutterstock|alamy|pa images|pa wire|ap photo|afp|reuters|epa|dpa)$/iu;

/** A newsletter's call on a line of its own ("Sign up for the Morning Brief", "Sign up to the Herald's daily newsletter"). */
const SIGN_UP_LINE = /^sign up (?:for|to)\b[^.!?,"“”]{0,60}\.?$/i;

/** "The Saltby Herald is on WhatsApp. Click here to join." */
const OUTLET_ON_SERVICE = new RegExp(String.raw`^(?:the )?\p{Lu}[\p{L}'’ -]{0,40} (?:is|are) (?:now )?on ${FOLLOW_SERVICE}\b`, 'u');

/** A cookie notice in one short line ("This site uses cookies. Learn more OK"). */
const COOKIE_LINE = /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b/i;

/** What a longer cookie notice asks of the reader ("By continuing you agree to our cookie policy"). */
const COOKIE_TERMS = /\b(?:cookie policy|privacy policy|you agree|you accept|you consent|manage (?:your )?(?:preferences|settings))\b/i;

/** The reading or listening time printed beside a date line ("Published: 14 June 2026 · 4 min read"). */
const READING_TIME = /[\s·•|,-]*\b\d+\s*min(?:ute)?s?(?: read| listen)?\b/i;

export function dropReason(p: Paragraph, headlines: readonly string[]): string | null {
  // a section break printed as a line of marks ("___", "* * *", "—"): no letter, no digit
  if (!/[\p{L}\p{N}]/u.test(p.text)) return 'rule';
  const words = countWords(p.text);
  if (sameAsAnyHeadline(p.text, headlines)) return 'headline';
  if (words <= SHORT && LABEL.test(p.text.replace(/[\s.:|»›>]+$/, ''))) return 'label';
  // a section's kicker printed above the headline ("Opinion", "Analysis", "Editorial")
  if (words <= 4 && SECTION_LABEL.test(p.text.replace(/[\s.:|»›>]+$/, ''))) return 'label';
  if (words <= MEDIUM && (TEASER.test(p.text) || linkedTeaser(p))) return 'teaser';
  if (words <= SHORT && p.linkChars >= 0.9 * p.text.length) return 'link';
  if (linkedHeadlines(p, words)) return 'link';
  const credited = p.text.replace(BRACKETED_CREDIT, ' $1').trim();
  if (words <= MEDIUM && (CREDIT.test(credited) || CAPTION_CREDIT.test(credited))) return 'credit';
  if (words <= MEDIUM && PHOTOGRAPHER.test(p.text)) return 'credit';
  // a wire story's credits on a line of their own ("(Reporting by Ann Lee; Editing by Tom Hale)"): the newsroom's, not the article's words
  if (words <= CREDIT_LINE_WORDS && WIRE_CREDIT_LINE.test(p.text)) return 'credit';
  if (words <= MEDIUM && OFFER.test(p.text) && !/["“”«»„]/.test(p.text)) return 'pitch';
  if (words <= SHORT && SHARE_ROW.test(p.text)) return 'label';
  if (words <= MEDIUM && LEGAL.test(p.text)) return 'legal';
  if (words <= MEDIUM && PITCH.test(p.text) && READER.test(p.text) && !/["“”«»„]/.test(p.text)) return 'pitch';
  if (words <= MEDIUM && TIP_CALL.test(p.text) && CONTACT_POINT.test(p.text) && !/["“”«»„]/.test(p.text)) return 'pitch';
  if (words <= SHORT && /^(?:click|tap) here\b/i.test(p.text)) return 'pitch';
  if (words <= MEDIUM && REPUBLISHED.test(p.text) && !/["“”«»„]/.test(p.text)) return 'label';
  if (words <= MEDIUM && AFFILIATE_NOTE.test(p.text) && !/["“”«»„]/.test(p.text)) return 'label';
  if (HASHTAG_LINE.test(p.text.trim())) return 'label';
  // a stand-in is a line or two; a sentence saying a post or a map "is not available" goes on
  if (words <= EMBED_STAND_IN_WORDS && EMBED_STAND_IN.test(p.text) && !/["“”«»„]/.test(p.text)) return 'label';
  if (words <= SHORT && (FEEDBACK.test(p.text) || PLAYER_LENGTH.test(p.text.trim()) || PLAYER_READOUT.test(p.text.trim()))) return 'label';
  if (words <= MEDIUM && (CONTACT_LINE.test(p.text) || FOLLOW_LINE.test(p.text)) && !/["“”«»„]/.test(p.text)) return 'pitch';
  if (words <= MEDIUM && OUTLET_CALL.test(p.text.trim()) && !/["“”«»„]/.test(p.text)) return 'pitch';
  if (words <= SHORT && (SIGN_UP_LINE.test(p.text.trim()) || OUTLET_ON_SERVICE.test(p.text.trim())) && !/["“”«»„]/.test(p.text))
    return 'pitch';
  if (MORE_IN_SECTION.test(p.text.trim())) return 'label';
  if (words <= SHORT && AGENCY_CREDIT.test(p.text.trim().replace(/[.)]$/, '').replace(/^\(/, ''))) return 'credit';
  if (words <= SHORT && TOPIC_LIST.test(p.text.trim())) return 'label';
  if (words <= SHORT && CONTROL_LINE.test(p.text.trim().replace(/[\s.:|»›>]+$/, ''))) return 'label';
  if (words <= SHORT && (AGE_NOTICE.test(p.text.trim().replace(/\.$/, '')) || SPONSOR_LINE.test(p.text.trim()))) return 'label';
  if (words <= SHORT && FOREIGN_PITCH.test(p.text) && !/["“”«»„]/.test(p.text)) return 'pitch';
  // a paywall's or log-in's notice printed in the body ("Subscribe to continue reading. Already a subscriber? Log in.")
  if (words <= MEDIUM && (CUT_TEXT.test(p.text) || ALREADY_SUBSCRIBED.test(p.text)) && !/["“”«»„]/.test(p.text)) return 'wall';
  if ((words <= SHORT || (words <= MEDIUM && COOKIE_TERMS.test(p.text))) && COOKIE_LINE.test(p.text) && !/["“”«»„]/.test(p.text))
    return 'consent';
  if (words <= SHORT && READING_TIME.test(p.text) && isDateLine(p.text.replace(READING_TIME, ''))) return 'byline';
  if (words <= SHORT && isReadingTime(p.text)) return 'label';
  if (words <= SHORT && /^listen to this article\b/i.test(p.text) && READING_TIME.test(p.text)) return 'label';
  if (words <= 10 && (BYLINE.test(p.text) || POSTED_BY.test(p.text) || TIME_LINE.test(p.text.trim()) || relativeStamp(p.text)))
    return 'byline';
  if (words <= 10 && stampBesideTime(p.text.trim())) return 'byline';
  if (words <= DATE_LINE_WORDS && bylineThenDate(p.text.trim())) return 'byline';
  if (words <= DATE_LINE_WORDS && nameReadApart(p.text.trim())) return 'byline';
  // a date line holds nothing but dates and their words ("Publié le 14 juin 2026 à 10h32 · Mis à jour le …")
  if (words <= DATE_LINE_WORDS && isDateLine(p.text)) return 'byline';
  // …or says so in a sentence ("This article was last modified on 14 March 2026.")
  const dated = DATED_SENTENCE.exec(p.text.trim());
  if (words <= DATE_LINE_WORDS && dated && isDateLine(dated[1]!)) return 'byline';
  return null;
}

/** A stamp relative to the moment served, glued to the clock time or date beside it ("2h ago01:10", "14:05 · 3 hours ago"). */
const AGO_SPLIT = /^(.*?\bago)[\s·•|,-]*(.+)$|^(.+?)[\s·•|,-]*((?:\d+|an?|one)\s*[a-z]+\s+ago)$/i;

/** An entry's stamps read together: a relative one beside a clock time or a date, nothing else. */
function stampBesideTime(text: string): boolean {
  const m = AGO_SPLIT.exec(text);
  if (!m) return false;
  const [stamp, time] = m[1] !== undefined ? [m[1], m[2]!] : [m[4]!, m[3]!];
  return relativeStamp(stamp) && (TIME_LINE.test(time.trim()) || isDateLine(time));
}

/**
 * A byline with its date printed after the names without a mark between them, as two elements of one line
 * read together ("By Ottilie Ferncastle 12 August 2026", "By Ottilie Ferncastle August 12, 2026 10:05 am"), or
 * after "on" ("By Ottilie Ferncastle on April 14": a day without its year, as a byline over a `<time>` prints it).
 */
export function bylineThenDate(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // the opener, then one to seven words of names (no month or weekday: "By March 2027" is no byline), then the date
  for (let cut = 2; cut <= Math.min(8, words.length - 1); cut++) {
    if (CALENDAR_WORDS.has(words[cut - 1]!.toLowerCase().replace(/[.,]$/, ''))) return false;
    if (!BYLINE.test(words.slice(0, cut).join(' '))) continue;
    const rest = words.slice(cut).join(' ');
    if (isDateLine(rest)) return true;
    const afterOn = /^on\s+(.+)$/i.exec(rest)?.[1];
    if (afterOn && (isDateLine(afterOn) || YEARLESS_DAY.test(afterOn))) return true;
  }
  return false;
}

/** A byline's opener, then "on" and its date: the line left once the name, a linked author, was read apart. */
const OPENER_ON = new RegExp(String.raw`^${BYLINE_OPENER_CASED}\s+on\s+(.+)$`, 'u');

/** "By on April 14", "By on 14 April 2026": a byline whose name was read apart (`<a rel="author">`), then its date. */
function nameReadApart(text: string): boolean {
  const date = OPENER_ON.exec(text)?.[1];
  return date !== undefined && (isDateLine(date) || YEARLESS_DAY.test(date));
}

/** A day without its year ("April 14", "Tue 14 April", "14th April"). */
const YEARLESS_DAY = new RegExp(
  String.raw`^(?:(?:${WEEKDAY_STEMS.join('|')})[a-z]*\.?,?\s+)?(?:${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN})\.?$`,
  'i',
);

const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** A writer's line's part before a date set off by a mark ("Gwen Mabry · 3 March 2026"), else the whole line. */
export function withoutDateBeside(line: string): string {
  const m = /^(.+?)\s+[·•|–—]\s+(.+)$/u.exec(line.trim());
  return m && isDateLine(m[2]!) ? m[1]! : line;
}

/** A sentence saying when the page was published or changed: its date (group 1) is all it says. */
const DATED_SENTENCE =
  /^this (?:article|story|page|post|piece) (?:was|has been) (?:last |first |originally )?(?:modified|updated|edited|amended|reviewed|published|posted)\s+(?:on\s+|at\s+)?(.+?)\.?$/i;
