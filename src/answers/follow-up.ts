/**
 * Follow-up questions asked in a thread on an answer: understood with a few general patterns, answered
 * with the same answer functions, in the context of the thread's quotation.
 */
import type { ClaimView } from '../store/view.js';
import { compare, compareClaims } from './compare.js';
import { looseOutlet, outletDocuments } from './carriers.js';
import { earliestCarriers } from './depth.js';
import { stem, words } from '../store/search/normalize.js';
import { context, speakerQuotes } from './lists.js';
import { mentionIn, withoutDiscordMarkup } from './question-text.js';
import { speakerFits } from './roles.js';
import { suggest } from './suggest.js';
import type {
  CannotResult,
  DatesResult,
  FollowUpAnswer,
  OthersResult,
  OutletCarrier,
  RoleResult,
  ThreadSubject,
  WhoSaidResult,
} from './types.js';
import { whoSaid } from './who-said.js';
import { eventWordsAround, liveEntryAt, periodNamed, timeWordsAround } from './when-said.js';
import { outletName, quotedByAny } from './outlet-name.js';

/** The answer a thread was opened on. */
export interface FollowUpContext {
  query: string;
  speaker: string | null;
  outlet: string | null;
  /**
   * What the thread was opened on: a /who-said answer (the default: `query` is its quotation), a /compare answer
   * (`query` is its topic, `outlets` its outlets), or a /quotes answer (`speaker` is its person). A thread on a
   * topic or a person is about several claims until the member chooses one.
   */
  command?: 'who-said' | 'compare' | 'quotes';
  outlets?: string[];
  /**
   * Only when set: the topic or person the thread was opened on (a /compare or /quotes answer), when the thread is
   * about one of its claims since: claims named by number or place ("compare 1 and 5", "the fourth one") are the
   * numbered claims of that topic or person, as before the choice.
   */
  openedOn?: FollowUpContext;
}

/** One of the claims a thread on a topic or a person is about, offered to choose from. */
export interface ThreadClaim {
  quote: string;
  speaker: string | null;
  /** Only when set: no outlet quotes these words, they are reported speech (shown without quotation marks). */
  reported?: true;
}

export type FollowUpIntent =
  | { kind: 'others' }
  | { kind: 'outlet'; outlet: string }
  | { kind: 'context'; outlet: string | null }
  /** "when was it published?"; `said` (only when set): asked when the words were said ("when did she say it?") */
  | {
      kind: 'dates';
      said?: true;
      /** "was it said before the vote?", "published after March 10?": only when set, what it was asked against */
      relative?: { relation: 'before' | 'after' | 'either'; to: string };
    }
  | { kind: 'carriers' }
  | { kind: 'speaker'; name: string | null; about?: string }
  /** "who said it?" (`name` null) or "did Anja Rell say it?": the thread's claim checked against that person */
  | { kind: 'said-by'; name: string | null }
  | { kind: 'compare'; outlets: string[] }
  /**
   * "was it Reuters?", "was it Hale?", "did Reuters carry it?": a name the answer resolves against the corpus's
   * speakers and outlets; `hint` is what the question's own words make it ("said by" a person, "published in"
   * an outlet), null when only the name can tell
   */
  | { kind: 'was-it'; name: string; hint: 'speaker' | 'outlet' | null }
  /** "is that verbatim?", "was it misquoted?": how each outlet worded the thread's claim */
  | { kind: 'wording'; outlets: string[] }
  /** "who disagrees?": whether people agree with the words, which the corpus does not say */
  | { kind: 'stance' }
  /** "why did she say that?": a motive, which the corpus does not hold */
  | { kind: 'why' }
  /**
   * A quotation to check. `speaker` (only when set) is the person the member asked about ("did Hale say the port
   * would close?"); null for a pronoun ("did she say …?"): the thread's person.
   */
  | { kind: 'who-said'; quote: string; speaker?: string | null }
  | { kind: 'translation'; language: string | null }
  | { kind: 'truth' }
  | { kind: 'unknown' }
  /**
   * `about` (only when set): the topic asked of a person ("what did Varga say about the libraries?"); `paging` (only
   * when set): "more", "next", "show all", asked of an answer's further pages, which a thread does not turn
   */
  | { kind: 'help'; unknownOutlet: string | null; about?: string; paging?: true };

/** "more", "next", "show all", "the rest": the next page of an answer, asked for in a thread. */
const PAGING = /^(?:(?:show|see|give me|load|list)\s+)?(?:more|next|next page|all|all of them|the rest|everything)(?:\s+please)?$/;

/** Whether a thread message only asks for more of the answer ("more", "next", "show all"). */
export function asksForMore(message: string): boolean {
  return PAGING.test(
    message
      .trim()
      .toLowerCase()
      .replace(/[.!?…]+$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** ISO 639-1 codes, for the English names of languages ("and in French?"). */
const LANGUAGE_CODES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

let languageNames: Map<string, string> | null = null;

/** Lower-cased English language names → the name as written ("french" → "French"). */
function languages(): Map<string, string> {
  if (!languageNames) {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    languageNames = new Map();
    for (const code of LANGUAGE_CODES.split(' ')) {
      const name = names.of(code);
      if (name && /^\p{L}+$/u.test(name)) languageNames.set(name.toLowerCase(), name);
    }
  }
  return languageNames;
}

/** The language a message asks the words in ("and in French?"), or undefined. */
function languageAsked(lower: string): string | undefined {
  for (const m of lower.matchAll(/\b(?:in|into|to)\s+(\p{L}+)/gu)) {
    const name = languages().get(m[1]!);
    if (name) return name;
  }
  return undefined;
}

/** Words standing for a person already named, not for an outlet ("what did she say?"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'it', 'i', 'you', 'we', 'this person', 'the speaker']);

/** Longest follow-up read; longer messages are cut (a quotation is identified by its first words). */
export const MAX_FOLLOW_UP = 1500;

/** Outlet names (and file names) mentioned in `text`, in the order they appear. */
export function outletsMentioned(text: string, names: readonly string[]): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, ' ')} `;
  return names
    .map((name) => ({ name, at: lower.indexOf(` ${name.toLowerCase()} `) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name);
}

/**
 * The words the follow-up patterns look for, for typos in a question ("wich outlets carried it?", "who sad it?").
 * Only a question is corrected (a message ending in a question mark), and only to choose what it asks: a quotation
 * to check is never rewritten.
 */
const KEY_WORDS = [
  'who',
  'which',
  'what',
  'when',
  'where',
  'said',
  'say',
  'else',
  'outlet',
  'outlets',
  'carried',
  'published',
  'context',
  'compare',
  'quote',
  'quotation',
  'verbatim',
  'source',
  'sources',
  'article',
  'original',
  'first',
  'translate',
  'reported',
  'paragraph',
];

/** True when `a` becomes `b` by one edit: a letter changed, added or dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A question with its misspelt key words put right ("wich" → "which", "sad" → "said"). */
function keyWordsSpelt(text: string): string {
  return text.replace(/\p{L}{3,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (KEY_WORDS.includes(lower)) return word;
    // a word of three letters becomes a longer key word ("sad" → "said") or its own letters swapped ("hwo" →
    // "who"), never another word of three ("how" stays "how")
    const fits = (k: string) =>
      oneEditApart(lower, k) && (lower.length > 3 || k.length > 3 || [...lower].sort().join('') === [...k].sort().join(''));
    return KEY_WORDS.find(fits) ?? word;
  });
}

/** Question marks of other scripts (full-width, Arabic, Greek, reversed) as "?"; an opening "¿" dropped. */
function plainQuestionMarks(text: string): string {
  return text.replace(/[\uFF1F\u061F\u037E\u2E2E\uFE56]/g, '?').replace(/\u00BF/g, '');
}

/** Courtesy words opening a message before its question ("thanks, …", "great! …", "hi bot, …"). */
const COURTESY =
  /^(?:(?:thanks|thank\s+you|thx|ty|cheers|great|cool|nice|perfect|interesting|wow|hi|hey|hello)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|bot|there))?(?:\s*[,!.:;—–-]+\s*|\s+(?=(?:and|but|so|now|who|what|which|when|where|why|how|did|does|is|was|can|could)\b)))+(?=\S)/i;

/** What a follow-up message asks, given the outlet names the corpus knows. */
export function parseFollowUp(message: string, outletNames: readonly string[]): FollowUpIntent {
  // a mention of someone in the thread ("@Ana was it Reuters?") is who the member talks to, not what they ask
  const typed = withoutDiscordMarkup(plainQuestionMarks(message.slice(0, MAX_FOLLOW_UP)));
  // "thanks, who said it?", "great! and when?": the courtesy before a question is not part of it (a pasted
  // sentence opening "Great, …" is kept whole: it is a quotation to check)
  const courteous = typed.replace(COURTESY, '');
  const text = /\?\s*$/.test(courteous) || courteous.split(' ').length <= 5 ? courteous : typed;
  if (asksForMore(text)) return { kind: 'help', unknownOutlet: null, paging: true };
  // "wat did the guardian say", "wich outlets carried it": a question without its mark, its question word
  // misspelt, read as the question it is (not a quotation to check)
  if (!/\?\s*$/.test(text) && !/["“«„]/u.test(text)) {
    const [head, next] = text.split(' ');
    const spelt = head && next ? keyWordsSpelt(head).toLowerCase() : '';
    if (
      spelt !== head?.toLowerCase() &&
      /^(?:who|what|which|when|where)$/.test(spelt) &&
      /^(?:did|does|do|is|was|are|were|has|have|had|else|outlets?|papers?|sources?)$/i.test(next!)
    ) {
      const asked = parseText(keyWordsSpelt(`${text}?`), outletNames);
      if (asked.kind !== 'unknown' && asked.kind !== 'who-said') return asked;
    }
  }
  const intent = parseText(text, outletNames);
  // "when was it sad?": asked when the words were said, with "said" misspelt
  if (intent.kind === 'dates' && !intent.said && /\?\s*$/.test(text)) {
    const again = parseText(keyWordsSpelt(text), outletNames);
    if (again.kind === 'dates' && again.said) return again;
  }
  // a question not understood as written may be with its key words spelt right
  if (!/\?\s*$/.test(text) || (intent.kind !== 'unknown' && intent.kind !== 'who-said') || /["“«„]/u.test(text)) return intent;
  const spelt = keyWordsSpelt(text);
  if (spelt === text) return intent;
  const again = parseText(spelt, outletNames);
  return again.kind === 'unknown' || again.kind === 'who-said' ? intent : again;
}

/** "was it recent?", "is it an old quote?": when the words were published, asked without "when". */
const TIME_ASKED =
  /\brecent(?:ly)?\b|\b(?:last|this|which|what) (?:year|month|week)\b|\bhow old\b|\b(?:an? )?(?:old|new) (?:quote|quotation|one|story)\b|\b(?:today|yesterday)\b/;

/** A question of time that asks when the words were said ("when did she say it?", "when was that said?"). */
const SAID_ASKED = /\b(?:said|say|says|saying|spoke|speak|speaking|stated|state|told|tell|uttered|utter|made|make|remarks?|statement)\b/;

/** Words after "was it …" that say what the words were, not who said or carried them ("was it true?"). */
const NOT_A_NAME =
  /^(?:true|false|right|wrong|correct|accurate|real|fake|a lie|lying|verbatim|exact|exactly that|said|published|reported|quoted|misquoted|changed|edited|translated|first|a joke|sarcasm|sarcastic|serious|out of context|taken out of context|(?:a|an|the)\s+(?:quote|quotation|claim|statement)|(?:him|her|them|he|she|they)\s+(?:really|actually))$/;

/** Verbs of carrying, not saying: "was it published before …?" asks of the articles' dates. */
const PUBLISHED_VERB = /^(?:published|printed|posted|reported|carried|run|released|aired|broadcast|out|written)$/;

/**
 * "was it said before the vote?", "did she say it after March 10?", "was it published before 2025?", "before or
 * after the debate?": the verb (1: was it …; 2: did someone … it), the order word (3) and what it is put against (4).
 */
const RELATIVE_ASKED =
  /^(?:(?:and|so|but|or|ok|okay|wait|hm+|then)\W+)*(?:(?:was|were|is|had|has)\s+(?:it|this|that|these|those|they|she|he|the\s+(?:quote|quotation|statement|claim|words|remarks?))(?:\s+(?:really|actually|all|even|first|only))?(?:\s+(?:been\s+)?(said|made|stated|spoken|uttered|published|printed|posted|reported|carried|written|tweeted|run|released|aired|broadcast|out))?|(?:did|had|has)\s+\S+(?:\s+\S+){0,3}?\s+(say|said|make|made|state|tweet|post|publish|print|report|carry|run|write)\s+(?:it|this|that|these|those|them|these words|those words|the\s+(?:quote|quotation|words))|said|published)?\s*(?:(?:well|long|just|shortly|right|even|only)\s+)?(before\s+or\s+after|after\s+or\s+before|before|after|ahead\s+of|prior\s+to)\s+(?!by\b|anyone|anybody|someone|somebody|in\s+(?:the\s+)?(?:corpus|another|other|any)\b)(.+?)[\s?!.]*$/i;

function parseText(text: string, outletNames: readonly string[]): FollowUpIntent {
  const lower = text.toLowerCase();
  const named = outletsMentioned(text, outletNames);
  const quoted = /["“«„]([^"”»]{3,})["”»]/u.exec(text)?.[1];
  if (quoted) return { kind: 'who-said', quote: quoted };
  if (/\bwho else\b|\banyone else\b|\bsomeone else\b|\bother (people|speakers)\b/.test(lower)) return { kind: 'others' };
  if (/\bcompare\b|\bversus\b|\bvs\.?\s/.test(lower)) return { kind: 'compare', outlets: outletsCompared(text, named, outletNames) };
  if (
    /\bcontext\b|\bparagraph\b|\bsurrounding\b|\bwhole (text|article)\b/.test(lower) ||
    // "what's the full quote?": asked, not a pasted sentence holding those words
    // "show me the full sentence in the Post": asked as a request, not a pasted sentence either
    ((/\?\s*$/.test(text) ||
      text.split(' ').length <= 5 ||
      /^(?:(?:please|pls|can you|could you)\s+)?(?:show|give|paste|post|send|display)\b/.test(lower)) &&
      /\b(?:full|whole|complete|entire|longer)\s+(?:quote|quotation|sentence|statement|remarks?|words)\b|\brest of (?:the|it|what)\b/.test(
        lower,
      ))
  )
    return { kind: 'context', outlet: named[0] ?? null };
  // the questions below are asked as questions (or in a few words): a pasted sentence holding "first" or
  // "in English" is a quotation to check
  const asked = /\?\s*$/.test(text) || text.split(' ').length <= 5;
  const language = asked ? languageAsked(lower) : undefined;
  if (language || (asked && /\btranslat|\blanguages?\b/.test(lower))) return { kind: 'translation', language: language ?? null };
  if (
    asked &&
    /\b(?:is|was|are|were)\s+(?:it|this|that|he|she|they|the (?:quote|quotation|claim))\s+(?:really\s+)?(?:true|false|right|wrong|correct|accurate|a lie|lying)\b|\btrue\s*\?|\bfact[- ]?check|\bdebunk/.test(
      lower,
    )
  )
    return { kind: 'truth' };
  // "is that verbatim?", "was she misquoted?": each outlet's wording of the claim
  if (
    asked &&
    /\bverbatim\b|\bword for word\b|\bexact (?:words?|wording|quote|quotation)\b|\bmisquot|\breword|\bparaphras|\b(?:changed|altered|edited|twisted)\b|\b(?:change|alter|edit|twist)\s+(?:(?:the|her|his|their|its|my)\s+)?(?:words?|quote|quotation|wording|meaning)\b|\bsame words\b|\bwording\b/.test(
      lower,
    )
  )
    return { kind: 'wording', outlets: named };
  // "who disagrees?", "any reactions?"
  if (
    asked &&
    /\bwho\s+(?:else\s+)?(?:disagree[sd]?|agree[sd]?|objected|objects|responded|replied|denied|critici[sz]ed|supports?|opposes?|opposed|pushed back)\b|\breactions?\b|\bresponses?\b|\bcounter-?arguments?\b/.test(
      lower,
    )
  )
    return { kind: 'stance' };
  // "why did she say it?", "why would he say that": a motive, not who said the words
  if (/^(?:(?:and|so|but|ok|okay|hm+|wait)\W+)?(?:but\s+)?why\s+(?:did|does|do|would|was|is|were|are|has|had)\b/.test(lower))
    return { kind: 'why' };
  // "is that what she actually said?", "is that really what he said": the words checked, as who said them answers it
  if (
    asked &&
    /\b(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+|exactly\s+)?what\s+\S+\s+(?:(?:really|actually)\s+)?said\b/.test(lower)
  )
    return { kind: 'said-by', name: null };
  // "is it a real quote?", "is it fake?": whether the words were said, as who said them answers it
  if (
    asked &&
    /\b(?:is|was|are|were)\s+(?:it|this|that|the)(?:\s+(?:quote|quotation|statement))?\s+(?:(?:really|actually|even)\s+)?(?:an?\s+)?(?:real|fake|genuine|authentic|made[- ]up|fabricated|invented|legit)\b/.test(
      lower,
    )
  )
    return { kind: 'said-by', name: null };
  // "did she say it in those words?": each outlet's wording
  if (asked && /\bin (?:those|these|the same|exactly those|exactly these) words\b/.test(lower)) return { kind: 'wording', outlets: named };
  // "who is she?", "who is Hale?": the person, with their roles and what they are quoted saying
  const whoIs = asked ? /^(?:(?:and|so|but|ok|okay)\W+)?who(?:'s|’s|\s+is|\s+was)\s+(.+?)[\s?!.,]*$/i.exec(text) : null;
  // "who was it?", "who is the speaker?": who the words are credited to
  if (
    whoIs &&
    (/^(?:(?:it|this|that|the (?:quote|quotation|words))(?:\s+by)?|the (?:speaker|person|source|author))$/i.test(whoIs[1]!) ||
      // "who is quoted saying it?", "who's behind it?"
      /^(?:quoted|credited|responsible|behind|cited|named|speaking|saying|talking)\b/i.test(whoIs[1]!))
  )
    return { kind: 'said-by', name: null };
  if (whoIs && whoIs[1]!.split(' ').length <= 5) {
    const who = whoIs[1]!.trim().slice(0, 100);
    return { kind: 'speaker', name: PRONOUNS.has(who.toLowerCase()) ? null : who };
  }
  // "was it said before by anyone?", "has anyone said it before?": whether others said the words
  if (asked && /\b(?:said|say|used|heard|quoted)\s+(?:(?:it|this|that)\s+)?before\s*(?:by\b|[?!.]|$)/.test(lower))
    return { kind: 'others' };
  // "was it said before the vote?", "did she say it after March 10?", "before or after the debate?"
  const relative = asked ? RELATIVE_ASKED.exec(text) : null;
  if (relative && /[\p{L}\p{N}]/u.test(relative[4]!) && (relative[1] || relative[2] || text.split(' ').length <= 6)) {
    const verb = (relative[1] ?? relative[2] ?? '').toLowerCase();
    const order = relative[3]!.toLowerCase().replace(/\s+/g, ' ');
    const relation = /\bor\b/.test(order) ? 'either' : /^(?:before|ahead|prior)/.test(order) ? 'before' : 'after';
    return {
      kind: 'dates',
      ...(PUBLISHED_VERB.test(verb) ? {} : { said: true as const }),
      relative: { relation, to: relative[4]!.trim().slice(0, 100) },
    };
  }
  // "was it said on Tuesday?", "was it published in March?": when, asked of a day, answered as "when was it said?"
  // with the dates and what the articles themselves say of when (never a yes or no the corpus cannot give)
  const onDay = asked
    ? /^(?:(?:and|so|but|or|ok|okay|wait|hm+|then)\W+)*(?:was|were|is|did)\s+(?:it|this|that|these|those|they|she|he|the\s+(?:quote|quotation|statement|claim|words))(?:\s+(?:really|actually|all|even|first|only))?(?:\s+(said|made|stated|spoken|published|printed|posted|reported|carried|written|run|released|aired|out|say|publish))?\s+(?:on|in|at|during|over)\s+(?:the\s+)?(?:(?:last|this|past)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,4}(?:st|nd|rd|th)?|morning|afternoon|evening|night|week|month|year)\b/i.exec(
        text,
      )
    : null;
  if (onDay && !named.length)
    return PUBLISHED_VERB.test((onDay[1] ?? '').toLowerCase()) ? { kind: 'dates' } : { kind: 'dates', said: true };
  // "was it Reuters?", "was it said by Hale?", "wasn't it in the Gazette?": a name, person or outlet
  const wasIt = asked
    ? /(?:^|[,.;:!?]\s*)(?:(?:and|so|but|or|ok|okay|hm+|wait|then|honestly|really)\W+)*(?:was|wasn['’]?t|is|isn['’]?t)\s+(?:(?:this|that|the)\s+(?:quote|quotation|statement|claim)|it|this|that)\s+(?:(?:really|actually|maybe|perhaps|not)\s+)?(?:first\s+)?(?:(said|written|stated|quoted|tweeted|posted|published|carried|reported|printed|run|ran|broken)\s+)?(?:(by|from|in|on|at)\s+)?(.+?)(?:\s+(?:who|that)\s+(?:(?:first|really|actually|originally)\s+)?(said|wrote|published|carried|ran|printed|reported|broke)\b.*?)?[\s?!.,]*$/d.exec(
        lower,
      )
    : null;
  if (wasIt && !/[\p{L}\p{N}]/u.test(wasIt[3]!)) return { kind: 'unknown' };
  if (
    wasIt &&
    !NOT_A_NAME.test(wasIt[3]!) &&
    !/^(?:a|an|some|any|one)\s|^(?:quote|quotation|statement|claim)\b/.test(wasIt[3]!) &&
    !TIME_ASKED.test(wasIt[3]!) &&
    wasIt[3]!.split(' ').length <= 7 &&
    !/\bwhen\b|\bwhere\b|\bwho\b/.test(wasIt[3]!)
  ) {
    const [, before, preposition, , after] = wasIt;
    const verb = before ?? after;
    const [start, end] = wasIt.indices![3]!;
    const name = text.slice(start, end).trim().slice(0, 100);
    if (PRONOUNS.has(name.toLowerCase())) return { kind: 'said-by', name: null };
    // "in", "on", "at" an outlet; "said", "written" by a person; "published", "carried" by an outlet
    const hint =
      preposition && /^(?:in|on|at)$/.test(preposition)
        ? 'outlet'
        : verb && /^(?:said|written|wrote|stated|quoted|tweeted|posted)$/.test(verb)
          ? 'speaker'
          : verb
            ? 'outlet'
            : null;
    return { kind: 'was-it', name, hint };
  }
  // "did Reuters carry it?", "has the Gazette published this?"
  const carriedBy = asked
    ? /\b(?:did|does|has|have)\s+(.+?)\s+(?:(?:really|actually|ever|also|even)\s+)?(?:carry|carried|publish|published|print|printed|run|report|reported|cover|covered)\s+(?:it|this|that|these words|those words|the (?:quote|quotation|story|words|claim))\W*$/i.exec(
        text,
      )
    : null;
  if (carriedBy) return { kind: 'was-it', name: carriedBy[1]!.trim().slice(0, 100), hint: 'outlet' };
  // the outlets that carried it, and which was first: the claim's carriers with their dates
  if (
    asked &&
    /\b(?:which|what|other|more|how many|any)\s+(?:other\s+)?(?:outlets?|papers?|newspapers?|sites?|media|sources?|articles?)\b|\b(?:who|which outlet)\s+(?:else\s+)?(?:carried|published|reported|printed|ran)\b|\bfirst\b|^(?:sources?|links?|outlets?|urls?|where)\W*$|\bwhere\b|\b(?:original|source|first)\s+(?:article|story|piece|report|text|publication)\b|\b(?:links?|urls?|sources?)\b/.test(
      lower,
    )
  )
    return { kind: 'carriers' };
  if (
    /\bwhen\b|\bwhat date\b|\bpublished\b|\bdates?\b/.test(lower) ||
    (asked && (TIME_ASKED.test(lower) || /\b(?:what|which)\s+(?:day|time|year|month)\b/.test(lower)))
  )
    // "when did she say it?", "what day was it said?": asked when the words were said, not published
    return SAID_ASKED.test(lower) && !/\b(?:published|printed|posted|carried|reported|ran|run|written|aired|broadcast)\b/.test(lower)
      ? { kind: 'dates', said: true }
      : { kind: 'dates' };
  // "who said it?", "did Anja Rell say it?", "did she really say that?": who the claim is credited to
  if (
    asked &&
    /^(?:(?:and|so|but|ok|okay)\W+)?(?:who|which\s+(?:of\s+(?:them|the\s+\S+)|\S+(?:\s+\S+)?))\s+(?:really\s+|actually\s+)?(?:said|says|wrote|is quoted saying)\s+(?:it|this|that|them|these|those|these words|those words|the (?:quote|quotation|quotes|words))(?:\s+(?:exactly|again|originally|first|really|actually|then))?\W*$/.test(
      lower,
    )
  )
    return { kind: 'said-by', name: null };
  const saidBy = asked
    ? /\b(?:did|does)\s+(.+?)\s+(?:(?:really|actually|ever|truly)\s+)?(?:say|write|tweet|post)\s+(?:it|this|that|these words|those words|the (?:quote|quotation|words))\W*$/i.exec(
        text,
      )
    : null;
  if (saidBy) {
    const who = saidBy[1]!.trim().slice(0, 100);
    if (PRONOUNS.has(who.toLowerCase())) return { kind: 'said-by', name: null };
    // "did Coast Daily say it?": how that outlet carried it
    if (named[0] && named[0].toLowerCase() === who.toLowerCase()) return { kind: 'outlet', outlet: named[0] };
    return { kind: 'said-by', name: who };
  }
  // "did she really say the gates would be done by July?": those words checked, credited to that person
  const saidThat = asked
    ? /^(?:(?:and|so|but|ok|okay|wait)\W+)?(?:did|does|has|had)\s+(.+?)\s+(?:(?:really|actually|ever|truly|also|even)\s+)?(?:say|said|claim|claimed)\s+(?:that\s+)?(.+?)[\s?!.]*$/i.exec(
        text,
      )
    : null;
  if (saidThat && saidThat[1]!.split(' ').length <= 5 && saidThat[2]!.split(' ').length >= 3) {
    const who = saidThat[1]!.trim().slice(0, 100);
    return { kind: 'who-said', quote: saidThat[2]!.trim(), speaker: PRONOUNS.has(who.toLowerCase()) ? null : who };
  }
  if (
    (asked && /\bwhat else\b|\b(?:other|more)\s+(?:quotes|quotations|statements)\b|\bmore (?:from|by)\s/.test(lower)) ||
    // "what else did Lucan Dreyfus say" without its question mark: a question all the same, no quotation
    /^(?:(?:and|so|but|ok|okay)\W+)?what else (?:did|does|has|have)\s+\S.{0,100}?\s+(?:say|said|write|wrote|tweet|post)\W*$/.test(lower)
  ) {
    // "what else did Ivo Penn say?", "more from Penn?": that person, not the thread's speaker
    const person =
      /\bwhat else (?:did|does|has|have)\s+(.+?)\s+(?:say|said|write|wrote|tweet|post)\b/i.exec(text) ??
      /\b(?:(?:other|more|any)\s+)?(?:quotes|quotations|statements)?\s*(?:from|by)\s+(.+?)[\s?!.,]*$/i.exec(text);
    const who = person?.[1]?.trim().slice(0, 100);
    const about = topicAsked(text);
    return {
      kind: 'speaker',
      name: who && !PRONOUNS.has(who.toLowerCase()) && !/^(?:the same|this|that)\b/i.test(who) ? who : null,
      ...(about ? { about } : {}),
    };
  }
  // (read as typed: an outlet the corpus lacks is named back as the member wrote it)
  const outletQuestion = /\b(?:what|how)\s+(?:did|does|do)\s+(.+?)\s+(?:say|write|report|quote|put it|have|carry)\b/i.exec(text);
  if (outletQuestion) {
    const who = outletQuestion[1]!.trim().slice(0, 100);
    if (named[0]) return { kind: 'outlet', outlet: named[0] };
    const about = topicAsked(text);
    // "what did she say?": the words in their paragraph; "what did she say about the libraries?": the thread's
    // person's quotations on that topic
    if (PRONOUNS.has(who.toLowerCase())) return about ? { kind: 'speaker', name: null, about } : { kind: 'context', outlet: null };
    // a person's name is checked against the corpus's speakers by the answer; else it is an unknown outlet
    return { kind: 'help', unknownOutlet: who, ...(about ? { about } : {}) };
  }
  if (named[0] && text.split(' ').length <= 4) return { kind: 'outlet', outlet: named[0] };
  // anything else with enough words and no question shape is taken as a new quotation to check
  if (text.split(' ').length >= 4 && !/\?\s*$/.test(text)) return { kind: 'who-said', quote: text };
  if (/^(?:help|\?+|commands?|what can (?:i|you)\b.*)$/.test(lower.replace(/[.!?]+$/, '') || '?'))
    return { kind: 'help', unknownOutlet: null };
  return { kind: 'unknown' };
}

/** The topic a question asks a person's words about ("… say about the libraries?" → "the libraries"), or undefined. */
function topicAsked(text: string): string | undefined {
  const about =
    /\b(?:say|said|write|wrote|tweet|post|report|quote|have|carry)\s+(?:about|on|of|regarding|concerning)\s+(.+?)[\s?!.]*$/i.exec(
      text,
    )?.[1];
  const topic = about?.trim().slice(0, 100);
  return topic && !PRONOUNS.has(topic.toLowerCase()) && /\p{L}/u.test(topic) ? topic : undefined;
}

/**
 * The outlets "compare A and B" (or "A vs B") names, in order: those of the corpus, and a name written as one
 * ("Moon Herald") that is none of them, so the answer says the corpus lacks it instead of comparing without it.
 */
function outletsCompared(text: string, named: string[], outletNames: readonly string[]): string[] {
  const pair =
    /\bcompare\s+(.+?)\s+(?:and|with|to|against|vs\.?|versus)\s+(.+?)[\s?!.]*$/i.exec(text) ??
    /^(?:(?:and|so|now|ok|okay)\W+)?(.+?)\s+(?:vs\.?|versus)\s+(.+?)[\s?!.]*$/i.exec(text);
  if (!pair) return named;
  const out: string[] = [];
  for (const part of [pair[1]!, pair[2]!]) {
    const known = outletsMentioned(part, outletNames);
    // typed loosely ("dw.com", "D.W."): the one outlet it spells
    const loose = known.length ? null : looseOutlet(part, outletNames);
    if (known.length) out.push(...known);
    else if (loose) out.push(loose);
    // a name the corpus lacks: capitalised words, not a pronoun ("them", "it"), at most five of them
    else if (
      /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+[\p{Lu}&][\p{L}\p{N}.'’&-]*){0,4}$/u.test(part.trim()) &&
      !PRONOUNS.has(part.trim().toLowerCase())
    )
      out.push(part.trim().slice(0, 100));
  }
  return [...new Set([...out, ...named])];
}

/**
 * A short message that asks nothing the thread understands and is no question ("thanks", "good catch", "ok"):
 * members talking among themselves, left unanswered.
 */
export function isChatter(store: ClaimView, message: string, ctx?: FollowUpContext): boolean {
  if (message.includes('?') || parseFollowUp(message, store.outletLabels()).kind !== 'unknown' || speakerNamed(store, message))
    return false;
  // "2", "the first one": a claim chosen in a thread on a topic or a person
  const claims = ctx ? threadClaims(store, ctx) : null;
  return !(claims && claims.length > 1 && claimChoice(message, claims));
}

/** The speaker a short message names and nothing else ("Ilse Brandt", "brandt?"), or undefined. */
function speakerNamed(store: ClaimView, message: string, ctx?: FollowUpContext) {
  const name = nameAlone(message);
  const folded = name.toLowerCase();
  const named = store.findSpeakers(name).filter((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === folded));
  const own = named.length > 1 && ctx ? threadPerson(store, ctx) : undefined;
  return named.find((s) => s.id === own) ?? named[0];
}

/** A speaker's name alone as a message asks about it: their quotes, the others of that name named beside them. */
function quotesOfNamed(store: ClaimView, message: string, ctx: FollowUpContext): FollowUpAnswer | undefined {
  const speaker = speakerNamed(store, message, ctx);
  return speaker && { kind: 'quotes', result: speakerQuotes(store, nameAlone(message), undefined, speaker.id) };
}

/** "what about Smith?", "and Haslam?", "same for Smith": the name is what is asked about. */
function nameAlone(message: string): string {
  return message
    .replace(/[?!.]+\s*$/, '')
    .trim()
    .replace(/^(?:(?:and|so|ok|okay|also|but)\s+)?(?:(?:what|how)\s+about|same\s+(?:for|with))\s+|^(?:and|also)\s+/i, '')
    .replace(/\s+(?:too|as well)$/i, '')
    .trim();
}

/**
 * The id of the person a thread is about: the speaker it was opened with, the person of a /quotes thread, or the
 * speaker of its quotation. A name typed in the thread that fits several people ("Brandt", with two Brandts in the
 * corpus) means this one when it fits them.
 */
function threadPerson(store: ClaimView, ctx: FollowUpContext): string | undefined {
  const name = ctx.speaker ?? (ctx.command === 'quotes' ? ctx.query : undefined);
  if (name) return store.findSpeakers(name)[0]?.id;
  if (ctx.command && ctx.command !== 'who-said') return undefined;
  return whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }).matches[0]?.speakerRef?.id;
}

/** What a name typed in the thread is quoted saying: the thread's own person when the name fits several (see threadPerson). */
function quotesOf(store: ClaimView, ctx: FollowUpContext, name: string, about?: string): FollowUpAnswer {
  const found = store.findSpeakers(name);
  const prefer = found.length > 1 ? threadPerson(store, ctx) : undefined;
  return { kind: 'quotes', result: speakerQuotes(store, name, undefined, prefer, about) };
}

function pickCarrier(carriers: OutletCarrier[], outlet: string | null): OutletCarrier | undefined {
  if (!outlet) return carriers[0];
  const wanted = outlet.toLowerCase();
  return carriers.find((c) => outletName(c).toLowerCase() === wanted);
}

/** Follow-ups that ask about the thread's one claim: on a topic or a person with several, the member chooses first. */
const ABOUT_ONE_CLAIM = new Set<FollowUpIntent['kind']>([
  'others',
  'context',
  'dates',
  'carriers',
  'said-by',
  'was-it',
  'wording',
  'outlet',
  'stance',
  'why',
  'truth',
  'translation',
  'unknown',
]);

/** The claims a thread opened on a /compare or /quotes answer is about, or null for a thread on one quotation. */
export function threadClaims(store: ClaimView, ctx: FollowUpContext): ThreadClaim[] | null {
  if (ctx.command === 'compare')
    return compare(store, ctx.query, { outlets: [...(ctx.outlets ?? [])] }).claims.map((c) => ({
      quote: c.quote,
      speaker: c.speaker,
      ...(quotedByAny(c.outlets) ? {} : { reported: true as const }),
    }));
  if (ctx.command === 'quotes') {
    const result = speakerQuotes(store, ctx.speaker ?? ctx.query);
    return result.quotes.map((q) => ({
      quote: q.quote,
      speaker: q.jointly ?? result.speaker?.name ?? null,
      ...(q.reported ? { reported: true as const } : {}),
    }));
  }
  return null;
}

/**
 * The claims a message names by number or place ("compare 1 and 3", "the first and the last"), as indexes in the
 * order named; none when it names none, or any number with no claim.
 */
function claimsNumbered(message: string, count: number, outletNames: readonly string[]): number[] {
  // "compare Channel 4 and Radio 5": numbers of outlets' names are no claims
  let text = message.toLowerCase();
  for (const name of outletsMentioned(message, outletNames)) text = text.split(name.toLowerCase()).join(' ');
  const named = [
    ...text.matchAll(/\b(\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:st|nd|rd|th)?\b/g),
  ].map((m) => (m[1] === 'last' ? count - 1 : /^\d/.test(m[1]!) ? Number(m[1]) - 1 : ORDINALS.indexOf(m[1]!)));
  if (!named.length || named.some((i) => i < 0 || i >= count)) return [];
  return [...new Set(named)];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Words that say nothing of which claim is meant ("the one about …", "I mean …"). */
const CHOICE_FILLER = new Set(
  'the a an one ones about where with on of that this which i mean meant quote quotation claim statement please ok okay yes and it'.split(
    ' ',
  ),
);

/**
 * The claim a message chooses among `claims`: by its number or place ("2", "#2", "the first one", "the last"), or
 * by a few words of it that only it holds ("the harbour one"). `rest` is what the message asks besides ("the
 * second one — who carried it?"). Undefined when the message chooses none.
 */
export function claimChoice(message: string, claims: readonly ThreadClaim[]): { index: number; rest: string } | undefined {
  const text = withoutDiscordMarkup(plainQuestionMarks(message.slice(0, MAX_FOLLOW_UP)));
  const place =
    /^(?:(?:and|ok|okay|i mean|i meant|so)\W+)?(?:(?:the|number|no\.?|#)\s*)?(\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:st|nd|rd|th)?(?:\s+(?:one|claim|quote|quotation|statement))?(?=$|[\s,.:;!?—–-])[\s,.:;!?—–-]*(.*)$/i.exec(
      text,
    );
  if (place) {
    const word = place[1]!.toLowerCase();
    const index = word === 'last' ? claims.length - 1 : /^\d/.test(word) ? Number(word) - 1 : ORDINALS.indexOf(word);
    if (index >= 0 && index < claims.length) return { index, rest: place[2]!.trim() };
    return undefined;
  }
  // "the gates one — was she misquoted?": a few words of one claim, then the question asked of it
  const split = /^(.{3,80}?)\s+[—–-]{1,2}\s+(.+)$/.exec(text);
  if (split && !split[1]!.includes('?')) {
    const head = claimChoice(split[1]!, claims);
    if (head && !head.rest) return { index: head.index, rest: split[2]!.trim() };
  }
  // a few words of one claim, and nothing else: a question ("who said it?") chooses nothing
  if (text.includes('?')) return undefined;
  const asked = words(text).filter((w) => !CHOICE_FILLER.has(w) && w.length > 2);
  if (!asked.length || asked.length > 12) return undefined;
  const holding = claims
    .map((c, index) => ({ index, own: new Set(words(c.quote).map(stem)) }))
    .filter((c) => asked.every((w) => c.own.has(stem(w))));
  return holding.length === 1 ? { index: holding[0]!.index, rest: '' } : undefined;
}

const CLAIM_REF = String.raw`(?:(?:the|number|no\.?|#)\s*)?(?:\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)(?:st|nd|rd|th)?`;

/** A message opening with two or more claims named by number or place ("2 and 3, …", "1, 2 & 4 — …", "the first and the last"). */
const SEVERAL_CLAIMS = new RegExp(
  String.raw`^(?:(?:and|ok|okay|i mean|i meant|so|what about|how about)\W+)?(?:(?:claims?|quotes?|quotations?|numbers?)\s+)?(${CLAIM_REF}(?:(?:\s*(?:,|&|\+|\/|\band\b|\bor\b)\s*|\s+)${CLAIM_REF})+)(?:\s+(?:ones?|claims|quotes|quotations|statements))?(?=$|[\s,.:;!?—–-])[\s,.:;!?—–-]*(.*)$`,
  'i',
);

/**
 * The claims a message chooses among `claims` when it names several ("2 and 3, who carried them?", "both —
 * when?"), as indexes in the order named, with what it asks besides; undefined when it names fewer than two, and
 * no indexes when one of its numbers is no claim.
 */
export function claimsChosen(message: string, claims: readonly ThreadClaim[]): { indexes: number[]; rest: string } | undefined {
  const text = withoutDiscordMarkup(plainQuestionMarks(message.slice(0, MAX_FOLLOW_UP)));
  // "both (of them)" in a thread on two claims
  const both =
    /^(?:(?:and|ok|okay|so)\W+)?both(?:\s+(?:of\s+them|ones|claims|quotes|quotations))?(?=$|[\s,.:;!?—–-])[\s,.:;!?—–-]*(.*)$/i.exec(text);
  if (both && claims.length === 2) return { indexes: [0, 1], rest: both[1]!.trim() };
  const m = SEVERAL_CLAIMS.exec(text);
  if (!m) return undefined;
  const indexes = [...m[1]!.toLowerCase().matchAll(/\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last/g)].map(
    (r) => (r[0] === 'last' ? claims.length - 1 : /^\d/.test(r[0]) ? Number(r[0]) - 1 : ORDINALS.indexOf(r[0])),
  );
  const unique = [...new Set(indexes)];
  if (unique.length < 2) return undefined;
  // "1 and 9" of 4 claims: no claim to answer about, so none is chosen (the list is shown again)
  if (unique.some((i) => i < 0 || i >= claims.length)) return { indexes: [], rest: m[2]!.trim() };
  return { indexes: unique, rest: m[2]!.trim() };
}

/**
 * A claim named inside a question ("who said the first one?", "when was #3 published?", "show the context of
 * quote 2"): its index, and the question with "it" in its place. Undefined unless exactly one claim is so named.
 */
function claimNamedInside(message: string, claims: readonly ThreadClaim[]): { index: number; rest: string } | undefined {
  const text = message.slice(0, MAX_FOLLOW_UP).replace(/\s+/g, ' ').trim();
  const refs = [
    ...text.matchAll(
      /\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:one|claim|quote|quotation|statement)\b|(?:\b(?:number|no\.?|claim|quote|quotation)\s*|#)(\d{1,2})\b/gi,
    ),
  ];
  if (refs.length !== 1) return undefined;
  const ref = refs[0]!;
  const word = (ref[1] ?? ref[2]!).toLowerCase().replace(/(?<=\d)(?:st|nd|rd|th)$/, '');
  const index = word === 'last' ? claims.length - 1 : /^\d/.test(word) ? Number(word) - 1 : ORDINALS.indexOf(word);
  if (index < 0 || index >= claims.length) return undefined;
  const rest = `${text.slice(0, ref.index)}it${text.slice(ref.index + ref[0].length)}`
    .replace(/\b(?:of|in|for|about)\s+it\b(?=\W*$)/, '')
    .trim();
  return { index, rest };
}

/**
 * True when a message names claims of a thread on a topic or a person by number or place, as that thread reads
 * it: several ("2 and 3, who carried them?"), one opening the message ("the fourth one", "2 — when?") alone or
 * with a question understood, one inside a question ("who said the first one?"), one by its speaker ("the one by
 * Ruiz"), or those a comparison names ("compare 1 and 5"). A quotation opening with a figure ("3 of the 5 schools will close") names none.
 */
function namesClaimsOf(store: ClaimView, opened: FollowUpContext, message: string): boolean {
  const claims = threadClaims(store, opened);
  if (!claims || claims.length < 2) return false;
  if (claimsChosen(message, claims)?.indexes.length || claimNamedInside(message, claims)) return true;
  // "the one by Ruiz": a claim of the topic chosen by its speaker
  if (claimBySpeaker(store, message, claims)) return true;
  const outletNames = store.outletLabels();
  const choice = claimChoice(message, claims);
  const understood = (rest: string): boolean => !['unknown', 'who-said'].includes(parseFollowUp(rest, outletNames).kind);
  if (
    choice &&
    /^\W*(?:(?:and|ok|okay|i mean|i meant|so)\W+)?(?:the|number|no\.?|#)?\s*(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)/i.test(
      message,
    ) &&
    (!choice.rest || understood(choice.rest))
  )
    return true;
  const intent = parseFollowUp(message, outletNames).kind;
  return (
    (intent === 'compare' || intent === 'outlet' || intent === 'wording') && claimsNumbered(message, claims.length, outletNames).length > 0
  );
}

/** Longest message read for its questions (Discord's longest message). */
export const MAX_MESSAGE = 4000;

/**
 * The sentences of a message that ask the thread something it understands, as typed ("which outlets carried it?",
 * "and show the context"): none when it is one question, quotes a quotation or asks nothing understood.
 */
function questionsOf(message: string, outletNames: readonly string[]): string[] {
  const text = message.slice(0, MAX_MESSAGE).replace(/\s+/g, ' ').trim();
  // a quotation in marks is checked whole: its own sentences are no questions to the thread
  if (/["“”«»„]/u.test(text)) return [];
  const sentences = text.split(/(?<=[?!.])\s+(?=\S)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length < 2) return [];
  return sentences.filter((s) => {
    const kind = parseFollowUp(s, outletNames).kind;
    return kind !== 'unknown' && kind !== 'who-said';
  });
}

/** The question a message ends with: its last sentence or clause, when it ends in a question mark. */
function lastQuestion(message: string): string | undefined {
  const text = plainQuestionMarks(message.slice(0, MAX_MESSAGE)).replace(/\s+/g, ' ').trim();
  return /(?:^|[.!?,;:—–]\s+)([^.!?,;:—–]{1,300}\?)\s*$/.exec(text)?.[1]?.trim();
}

/** Answers one follow-up in the context of the thread's answer. */
export function answerFollowUp(
  store: ClaimView,
  ctx: FollowUpContext,
  message: string,
): {
  intent: FollowUpIntent;
  answer: FollowUpAnswer;
  /** Only when set: what the thread is about from now on (a claim chosen on a topic or a person). */
  about?: FollowUpContext;
  /**
   * Only when set: the other questions of a message that asked several, as typed; the answer is to the first, and
   * the member is told to ask these next.
   */
  more?: string[];
  /**
   * Only when set: the outlets the thread was opened with (its outlet option, or a /compare's outlets) that no
   * document of the corpus is from now (their articles removed since): the answer is without them, and says so.
   */
  outletsGone?: string[];
} {
  // an outlet the thread's answer was limited to, gone from the corpus since: answered over the outlets left,
  // not "not an outlet in the corpus" as if the member had mistyped it
  const gone = [ctx.outlet, ...(ctx.outlets ?? [])].filter((o): o is string => !!o?.trim() && outletDocuments(store, o).length === 0);
  if (gone.length) {
    const left = {
      ...ctx,
      outlet: ctx.outlet && gone.includes(ctx.outlet) ? null : ctx.outlet,
      outlets: ctx.outlets?.filter((o) => !gone.includes(o)),
    };
    return { ...answerFollowUp(store, left, message), outletsGone: [...new Set(gone)] };
  }
  // a claim chosen on a topic or a person: claims named by number are still the topic's or the person's
  const opened = ctx.openedOn;
  if (opened && ctx.command !== opened.command && namesClaimsOf(store, opened, message))
    return answerFollowUp(store, { ...opened, openedOn: undefined }, message);
  // "which outlets carried it? and show the context": the first question answered, the others named back; a
  // message longer than is read whole, its question at the end ("… who else said it?"), is that question
  const questions = questionsOf(message, store.outletLabels());
  if (questions.length > 1) {
    const first = answerFollowUp(store, ctx, questions[0]!);
    return { ...first, more: questions.slice(1) };
  }
  if (message.length > MAX_FOLLOW_UP) {
    const last = lastQuestion(message);
    const kind = last && parseFollowUp(last, store.outletLabels()).kind;
    if (last && kind !== 'unknown' && kind !== 'who-said') return answerFollowUp(store, ctx, last);
  }
  const claims = threadClaims(store, ctx);
  // a thread on a topic or a person whose claims are all gone (their articles removed) or never were: a question
  // about "it" is said to have nothing to be about, not asked of the topic's or the name's own words
  // "more", "show all": no claim chosen by those words ("more" is in many quotations), what a thread can do said
  if (claims && claims.length > 1 && asksForMore(message)) {
    const subject = threadSubject(ctx, claims.length);
    const answer: FollowUpAnswer = { kind: 'help', unknownOutlet: null, paging: true, ...(subject ? { about: subject } : {}) };
    return { intent: { kind: 'help', unknownOutlet: null, paging: true }, answer };
  }
  if (claims) {
    // one claim chosen (or the only one): the question is answered about it, and the thread stays on it
    // a claim chosen by its speaker's name ("the one by Ruiz") is asked about with that name, shown as the member's
    const onClaim = (claim: ThreadClaim, rest: string, named?: string) => {
      const one = named ? { ...claimContext(store, claim), speaker: named } : claimContext(store, claim);
      const inner = rest
        ? answerFollowUp(store, one, rest)
        : { intent: { kind: 'said-by', name: named ?? null } as FollowUpIntent, answer: chosenAnswer(store, one, !!named) };
      const moved =
        inner.answer.kind === 'who-said' && inner.intent.kind === 'who-said' && inner.answer.result.verdict !== 'not_found'
          ? threadAfter(store, one, inner.intent, inner.answer.result)
          : one;
      return { ...inner, about: { ...moved, command: 'who-said' as const } };
    };
    // "2 and 3, who carried them?": the question asked of each claim named, not of the first alone
    const several = claims.length > 1 ? claimsChosen(message, claims) : undefined;
    if (several?.indexes.length) return onClaims(store, ctx, claims, several.indexes, several.rest, onClaim);
    if (several)
      return { intent: parseFollowUp(message, store.outletLabels()), answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    const bySpeaker = claims.length > 1 ? claimBySpeaker(store, message, claims) : undefined;
    if (bySpeaker?.index === null)
      return { intent: parseFollowUp(message, store.outletLabels()), answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    if (bySpeaker) return onClaim(claims[bySpeaker.index]!, bySpeaker.rest, bySpeaker.name);
    const choice = claims.length > 1 ? (claimChoice(message, claims) ?? claimNamedInside(message, claims)) : undefined;
    if (choice) return onClaim(claims[choice.index]!, choice.rest);
    const intent = parseFollowUp(message, store.outletLabels());
    // "did Ruiz say it?": the claim of the topic that person is quoted in, when only one is theirs
    if (intent.kind === 'said-by' && intent.name && claims.length > 1) {
      const theirs = claimOfSpeaker(store, intent.name, claims);
      if (theirs !== undefined) return onClaim(claims[theirs]!, '', intent.name);
    }
    const subject = threadSubject(ctx, claims.length);
    // "help": what can be asked about a topic or a person, not about "this quotation"
    if (intent.kind === 'help') {
      const one = answerOne(store, { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet }, message);
      if (one.answer.kind !== 'help' || !subject) return one;
      // the carriers of the topic's words as one quotation are no outlets of its claims: left out
      const { carriers: _carriers, ...help } = one.answer;
      return { ...one, answer: { ...help, about: subject } };
    }
    if (claims.length === 1) return onClaim(claims[0]!, message);
    // "compare them", "what did the Post say?", "was she misquoted?": how each outlet carried every claim of the
    // thread, as /compare shows them (a person's quotations, or the topic's claims)
    if (intent.kind === 'compare' || intent.kind === 'outlet' || intent.kind === 'wording') {
      const outlets = outletsAsked(intent);
      // "compare 1 and 3", "compare the first and the last": those claims only
      const picked = claimsNumbered(message, claims.length, store.outletLabels());
      if (picked.length)
        return {
          intent,
          answer: compareThese(
            store,
            ctx,
            picked.map((i) => claims[i]!.quote),
            outlets,
          ),
        };
      const result =
        ctx.command === 'quotes'
          ? compareClaims(
              store,
              ctx.speaker ?? ctx.query,
              claims.map((c) => c.quote),
              { outlets },
            )
          : compare(store, ctx.query, { outlets: outlets.length ? outlets : [...(ctx.outlets ?? [])] });
      return { intent, answer: { kind: 'compare', result } };
    }
    // "what else did they say?" in a thread on a person: that person's quotations
    if (ctx.command === 'quotes' && intent.kind === 'speaker' && !intent.name)
      return {
        intent,
        answer: { kind: 'quotes', result: speakerQuotes(store, ctx.speaker ?? ctx.query, undefined, undefined, intent.about) },
      };
    // "who carried them?", "when were they said?": asked of every claim, when they are few enough to answer each
    if (
      ABOUT_ONE_CLAIM.has(intent.kind) &&
      intent.kind !== 'unknown' &&
      claims.length <= MAX_SEVERAL &&
      /\b(?:them|these|those|both|all\s+of\s+them|each\s+(?:of\s+them|one)|all\s+(?:the\s+)?(?:quotes|quotations|claims)|were\s+they|are\s+they)\b/i.test(
        message,
      )
    )
      return onClaims(
        store,
        ctx,
        claims,
        claims.map((_, i) => i),
        message,
        onClaim,
      );
    if (ABOUT_ONE_CLAIM.has(intent.kind) || (intent.kind === 'speaker' && !intent.name)) {
      // a speaker's name alone is still what they are quoted saying
      const quotes = intent.kind === 'unknown' ? quotesOfNamed(store, message, ctx) : undefined;
      if (quotes) return { intent, answer: quotes };
      return { intent, answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    }
  }
  return answerOne(store, { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet, command: ctx.command }, message);
}

/**
 * What a chosen claim is asked about with: its own words, which find it, and no speaker option, which an answer
 * shows as a name the member gave; its speaker too only where its words alone find someone else's quotation first
 * (“racist”, a word of several): the member chose that claim, not the best match of its words.
 */
function claimContext(store: ClaimView, claim: ThreadClaim): FollowUpContext {
  const plain: FollowUpContext = { query: claim.quote, speaker: null, outlet: null, command: 'who-said' };
  if (!claim.speaker || whoSaid(store, claim.quote).matches[0]?.speaker === claim.speaker) return plain;
  const named = whoSaid(store, claim.quote, { speaker: claim.speaker });
  const found = named.verdict !== 'misattributed' && named.verdict !== 'not_found' && named.matches[0]?.speaker === claim.speaker;
  return found ? { ...plain, speaker: claim.speaker } : plain;
}

/**
 * The answer on a claim just chosen: who said it, the speaker that tells it apart not shown as one the member
 * named, unless the member chose the claim by that name (`named`).
 */
function chosenAnswer(store: ClaimView, one: FollowUpContext, named = false): FollowUpAnswer {
  const answer = whoSaidAnswer(store, one);
  return answer.kind === 'who-said' && one.speaker && !named ? { ...answer, result: { ...answer.result, askedSpeaker: null } } : answer;
}

/** A person's name as typed: one to four words, each opening with a letter ("Ana Ruiz", "O'Neill", "J. Ruiz"). */
const TYPED_NAME = String.raw`[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,3}`;
/** What follows a claim chosen: nothing, or a question after a comma or dash ("the one by Ruiz — who carried it?"). */
const CHOICE_REST = String.raw`(?:\s*[,:;!?]+\s*|\s+[—–-]{1,2}\s+|\s*$)(.*)$`;
const CHOICE_LEAD = String.raw`^(?:(?:and|ok|okay|i mean|i meant|so)\W+)?`;
const CLAIM_WORD = '(?:one|quote|quotation|claim|statement)';
/** "the one by Ruiz", "the quote from Ana Ruiz", "Ruiz's one", "Ruiz's", "the Ruiz one". */
const CHOSEN_BY_SPEAKER = [
  new RegExp(`${CHOICE_LEAD}(?:the\\s+)?${CLAIM_WORD}\\s+(?:by|from)\\s+(${TYPED_NAME})${CHOICE_REST}`, 'iu'),
  new RegExp(`${CHOICE_LEAD}(?:the\\s+)?(${TYPED_NAME})['’]s?(?:\\s+${CLAIM_WORD})?${CHOICE_REST}`, 'iu'),
  new RegExp(`${CHOICE_LEAD}the\\s+(${TYPED_NAME})\\s+${CLAIM_WORD}${CHOICE_REST}`, 'iu'),
];

/**
 * The claim a message chooses by its speaker's name ("the one by Ana Ruiz", "Ruiz's one — who carried it?"), with
 * the name as typed and what it asks besides; undefined unless the name is one person's, quoted in one claim alone.
 * A claim asked for "by" a name no single claim has ("the one by Ana Ruiz" with no claim of hers) is null: no
 * quotation to search for, the claims are listed to choose from.
 */
function claimBySpeaker(
  store: ClaimView,
  message: string,
  claims: readonly ThreadClaim[],
): { index: number | null; rest: string; name: string } | undefined {
  const text = withoutDiscordMarkup(plainQuestionMarks(message.slice(0, MAX_FOLLOW_UP))).trim();
  for (const [at, pattern] of CHOSEN_BY_SPEAKER.entries()) {
    const m = pattern.exec(text);
    if (!m) continue;
    const name = m[1]!.trim().replace(/[.'’-]+$/, '');
    const rest = m[2]!.trim();
    const index = claimOfSpeaker(store, name, claims);
    if (index !== undefined) return { index, rest, name };
    if (at === 0) return { index: null, rest, name };
  }
  return undefined;
}

/** The one claim among `claims` credited to the person a typed name means; undefined when none or several. */
function claimOfSpeaker(store: ClaimView, name: string, claims: readonly ThreadClaim[]): number | undefined {
  const people = new Set(store.findSpeakers(name).map((s) => s.name));
  if (!people.size) return undefined;
  const theirs = claims.flatMap((c, i) => (c.speaker && people.has(c.speaker) ? [i] : []));
  return theirs.length === 1 ? theirs[0] : undefined;
}

/** The outlets a comparing question names ("what did the Post say?", "compare them in Reuters"), none for others. */
function outletsAsked(intent: FollowUpIntent): readonly string[] {
  if (intent.kind === 'outlet') return [intent.outlet];
  return intent.kind === 'compare' || intent.kind === 'wording' ? intent.outlets : [];
}

/**
 * Some of a thread's claims compared outlet by outlet, as /compare shows them: under the thread's person or topic,
 * limited to the outlets asked about, else to the thread's own.
 */
function compareThese(store: ClaimView, ctx: FollowUpContext, quotes: string[], outlets: readonly string[]): FollowUpAnswer {
  const subject = ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query;
  return {
    kind: 'compare',
    // claims of a topic are on its story as /compare on the topic has them: the same articles left them out
    result: compareClaims(store, subject, quotes, {
      outlets: outlets.length ? [...outlets] : [...(ctx.outlets ?? [])],
      ...(ctx.command === 'compare' ? { storyTopic: ctx.query } : {}),
    }),
  };
}

/** Most claims one message is answered about, each in its own part of the reply. */
export const MAX_SEVERAL = 5;

/**
 * A question asked of several claims of a thread on a topic or a person. Where and how outlets carried them is
 * one comparison of those claims (as "compare 1 and 3" gives); any other question is answered about each claim
 * in turn. The thread stays on its topic or person.
 */
function onClaims(
  store: ClaimView,
  ctx: FollowUpContext,
  claims: readonly ThreadClaim[],
  indexes: number[],
  rest: string,
  onClaim: (claim: ThreadClaim, rest: string) => { intent: FollowUpIntent; answer: FollowUpAnswer },
): { intent: FollowUpIntent; answer: FollowUpAnswer } {
  const picked = indexes.slice(0, MAX_SEVERAL);
  const intent: FollowUpIntent = rest ? parseFollowUp(rest, store.outletLabels()) : { kind: 'said-by', name: null };
  const outlets = outletsAsked(intent);
  if (intent.kind === 'carriers' || intent.kind === 'compare' || intent.kind === 'outlet' || intent.kind === 'wording')
    return {
      intent,
      answer: compareThese(
        store,
        ctx,
        picked.map((i) => claims[i]!.quote),
        outlets,
      ),
    };
  const answers = picked.map((index) => ({ index, quote: claims[index]!.quote, answer: onClaim(claims[index]!, rest).answer }));
  return { intent, answer: { kind: 'several', answers } };
}

/** What a thread on a /compare topic or a /quotes person is about (undefined for a thread on one quotation). */
export function threadSubject(ctx: Pick<FollowUpContext, 'command' | 'query' | 'speaker'>, claims?: number): ThreadSubject | undefined {
  if (ctx.command !== 'compare' && ctx.command !== 'quotes') return undefined;
  return {
    kind: ctx.command === 'quotes' ? 'speaker' : 'topic',
    subject: ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query,
    ...(claims === undefined ? {} : { claims }),
  };
}

/** Most claims listed when the member is asked which one a question is about. */
export const MAX_CLAIM_CHOICES = 10;

/** A thread on a topic or a person with several claims, asked which one a question is about. */
function whichClaim(store: ClaimView, ctx: FollowUpContext, claims: readonly ThreadClaim[]): CannotResult {
  return {
    reason: {
      kind: 'which-claim',
      about: ctx.command === 'quotes' ? 'speaker' : 'topic',
      subject: ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query,
      claims: claims.slice(0, MAX_CLAIM_CHOICES),
      total: claims.length,
    },
    quote: null,
    speaker: null,
    outlets: [],
    corpus: store.corpusVersion(),
  };
}

function whoSaidAnswer(store: ClaimView, ctx: FollowUpContext): FollowUpAnswer {
  return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }) };
}

/**
 * "who is the farmer?": the people of the corpus the outlets describe with that role (by the role test a typed
 * speaker option gets), or undefined when the words are no role of anyone and read as no description either.
 */
function roleHolders(store: ClaimView, role: string): RoleResult | undefined {
  const fits = [...store.speakers.values()].filter((s) => speakerFits(role, new Set(), s) === 'role');
  const described = /^(?:the|a|an|that|this)\s+\p{L}/iu.test(role) || !/\p{Lu}/u.test(role);
  if (!fits.length && !described) return undefined;
  return {
    role,
    speakers: fits.slice(0, MAX_CHOICES * 2).map((s) => ({ name: s.name, roles: s.roles.slice(0, 3) })),
    total: fits.length,
    corpus: store.corpusVersion(),
  };
}

/** Answers one follow-up about the thread's one quotation. */
function answerOne(store: ClaimView, ctx: FollowUpContext, message: string): { intent: FollowUpIntent; answer: FollowUpAnswer } {
  const intent = parseFollowUp(message, store.outletLabels());
  const base = () => whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet });
  switch (intent.kind) {
    case 'who-said': {
      // "did she say …?": the thread's person (the speaker it was opened with, else its quotation's)
      const speaker =
        intent.speaker === undefined
          ? null
          : (intent.speaker ?? ctx.speaker ?? (!ctx.command || ctx.command === 'who-said' ? (base().matches[0]?.speaker ?? null) : null));
      return { intent, answer: { kind: 'who-said', result: whoSaid(store, intent.quote, speaker ? { speaker } : {}) } };
    }
    case 'compare':
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: intent.outlets }) } };
    case 'wording':
      // the thread is about one claim: each outlet's wording of that one, word differences shown
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: intent.outlets, maxClaims: 1 }) } };
    case 'stance':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'stance' }) } };
    case 'why':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'why' }) } };
    case 'was-it':
      return { intent, answer: wasIt(store, ctx, intent) };
    case 'outlet':
      // the thread is about one claim: how this outlet carried that one
      return { intent, answer: outletAnswer(store, ctx, intent.outlet) };
    case 'others': {
      const best = base().matches[0];
      const speaker = best?.speaker ?? null;
      const others = best ? whoSaid(store, best.quote, { limit: 10 }).matches.filter((m) => m.speaker !== speaker) : [];
      const result: OthersResult = { quote: best?.quote ?? ctx.query, speaker, others: others.slice(0, 5), corpus: store.corpusVersion() };
      // the thread's quotation is gone (its articles removed): not a quotation no outlet credits to anyone
      if (!best) result.noLongerCarried = true;
      return { intent, answer: { kind: 'others', result } };
    }
    case 'context': {
      const answer = base();
      const best = answer.matches[0];
      const carriers = best?.outlets ?? [];
      // an outlet crediting the same words to someone else carries them too: its paragraph is shown
      const credited = new Set((best?.conflict?.speakers ?? []).flatMap((s) => s.documents));
      const crediting = answer.matches.slice(1).flatMap((m) => m.outlets.filter((o) => credited.has(o.document)));
      const carrier = pickCarrier(carriers, intent.outlet) ?? (intent.outlet ? pickCarrier(crediting, intent.outlet) : undefined);
      const result = carrier ? context(store, carrier.document, carrier.start, carrier.end) : null;
      // an outlet that does not carry the claim is said to be that, with the ones that do
      if (!carrier && intent.outlet && carriers.length)
        return {
          intent,
          answer: {
            kind: 'context',
            result,
            notCarriedBy: { outlet: intent.outlet, carriers: [...new Set(carriers.map(outletName))] },
          },
        };
      return { intent, answer: { kind: 'context', result } };
    }
    case 'speaker': {
      const name = intent.name ?? base().matches[0]?.speaker ?? null;
      // "who is the farmer?": a role, not a name: the people the outlets describe so
      const role = intent.name && !store.findSpeakers(intent.name).length ? roleHolders(store, intent.name) : undefined;
      if (role) return { intent, answer: { kind: 'role', result: role } };
      if (name)
        return {
          intent,
          answer: intent.name
            ? quotesOf(store, ctx, name, intent.about)
            : { kind: 'quotes', result: speakerQuotes(store, name, undefined, undefined, intent.about) },
        };
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, null) } };
    }
    case 'said-by':
      // the thread's claim as /who-said answers it, with the person asked about as its speaker option: the
      // speaker, one of joint speakers, described or credited so by an outlet, or not them and who it was
      return {
        intent,
        answer: {
          kind: 'who-said',
          result: whoSaid(store, ctx.query, { speaker: intent.name ?? ctx.speaker, outlet: ctx.outlet }),
        },
      };
    case 'translation':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'translation', language: intent.language }) } };
    case 'truth':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'truth' }) } };
    case 'unknown': {
      // a speaker's name alone: what they are quoted saying
      const quotes = quotesOfNamed(store, message, ctx);
      if (quotes) return { intent, answer: quotes };
      // "was it <@1234>?" (or a role, a channel, @everyone): the mention was left out as whom the member talks to,
      // leaving no question; said why
      const mentioned = mentionIn(message);
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, mentioned ? { kind: 'mention', of: mentioned } : null) } };
    }
    case 'carriers':
      return { intent, answer: { kind: 'dates', result: dates(store, ctx) } };
    case 'dates':
      return { intent, answer: { kind: 'dates', result: dates(store, ctx, intent.said, intent.relative) } };
    case 'help': {
      // "what did Ilse Brandt say?": a speaker of the corpus, not an outlet
      if (intent.unknownOutlet && store.findSpeakers(intent.unknownOutlet).length)
        return { intent, answer: quotesOf(store, ctx, intent.unknownOutlet, intent.about) };
      // "what did the mayor say?": a role the outlets give people, not an outlet the corpus lacks: that person's
      // quotes (the thread's own person among several), or the people of that role
      const role = intent.unknownOutlet ? roleHolders(store, intent.unknownOutlet) : undefined;
      if (role?.speakers.length) {
        const own = role.total > 1 ? threadPerson(store, ctx) : undefined;
        const one = role.total === 1 ? role.speakers[0] : role.speakers.find((p) => store.speakers.get(own ?? '')?.name === p.name);
        if (one) return { intent, answer: { kind: 'quotes', result: speakerQuotes(store, one.name, undefined, undefined, intent.about) } };
        return { intent, answer: { kind: 'role', result: role } };
      }
      // "what did dw.com say?", "what did D.W. say?": the one outlet it spells, loosely typed
      const loose = intent.unknownOutlet ? looseOutlet(intent.unknownOutlet, store.outletLabels()) : null;
      if (loose) {
        const asked: FollowUpIntent = { kind: 'outlet', outlet: loose };
        return { intent: asked, answer: outletAnswer(store, ctx, loose) };
      }
      // "what did the gaurdian say?": the closest spellings, as an outlet option the corpus lacks gets
      const close = intent.unknownOutlet ? suggest(intent.unknownOutlet.replace(/^the\s+/i, ''), store.outletLabels(), 3) : [];
      // none close: the outlets that carry the thread's quotation are what can be asked about instead
      const carriers = intent.unknownOutlet && !close.length && !threadSubject(ctx) ? cannot(store, ctx, null).outlets : [];
      return {
        intent,
        answer: {
          kind: 'help',
          unknownOutlet: intent.unknownOutlet,
          ...(close.length ? { suggestions: close } : {}),
          ...(carriers.length ? { carriers } : {}),
          ...(intent.paging ? { paging: true as const } : {}),
        },
      };
    }
  }
}

/** Quotations of the speaker listed at most from an outlet that does not carry the thread's claim. */
const MAX_SPEAKER_ELSEWHERE = 3;

/**
 * "what about DN?": how that outlet carried the thread's one claim. An outlet that does not carry it but quotes its
 * speaker saying other things gets those too, apart: a member asking after an outlet is often after what it quoted.
 */
function outletAnswer(store: ClaimView, ctx: FollowUpContext, outlet: string): FollowUpAnswer {
  const result = compare(store, ctx.query, { outlets: [outlet], maxClaims: 1 });
  const claim = result.claims[0];
  const speakerId = claim ? store.group(claim.claimId).speakerId : null;
  const documents = outletDocuments(store, outlet).map((d) => d.id);
  const carried = claim?.outlets.some((o) => o.rendering !== 'absent' && documents.includes(o.document));
  if (!claim?.speaker || !speakerId || carried) return { kind: 'compare', result };
  const quotes = documents
    .flatMap((d) => store.entriesOfDocument(d))
    .filter((e) => e.kind === 'quote' && e.speakerId === speakerId)
    .slice(0, MAX_SPEAKER_ELSEWHERE)
    .map((e) => ({ document: e.documentId, text: e.text }));
  return quotes.length
    ? { kind: 'compare', result, speakerElsewhere: { outlet: result.outletNames?.[0] ?? outlet, speaker: claim.speaker, quotes } }
    : { kind: 'compare', result };
}

/**
 * The documents carrying the thread's claim, with their dates (and those crediting the words to someone else): a
 * live blog's by the entry holding the words, with its clock time. Asked when the words were said (`said`), also
 * the time words each article puts with them, as it writes them.
 */
function dates(
  store: ClaimView,
  ctx: FollowUpContext,
  said?: true,
  relative?: Extract<FollowUpIntent, { kind: 'dates' }>['relative'],
): DatesResult {
  const answer = whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet });
  const best = answer.matches[0];
  const result: DatesResult = {
    quote: best?.quote ?? ctx.query,
    speaker: best?.speaker ?? null,
    carriers: best?.outlets ?? [],
    corpus: store.corpusVersion(),
  };
  // the same words credited to someone else were carried too: "which outlets carried it?" lists them
  const elsewhere = (best?.conflict?.speakers ?? [])
    .filter((s) => s.speaker !== best?.speaker)
    .map((s) => {
      const documents = new Set(s.documents);
      const match = answer.matches.find((m) => m.speaker === s.speaker);
      return { speaker: s.speaker, carriers: (match?.outlets ?? []).filter((o) => documents.has(o.document)) };
    })
    .filter((s) => s.carriers.length > 0);
  if (elsewhere.length) result.creditedElsewhere = elsewhere;
  const all = [...result.carriers, ...elsewhere.flatMap((e) => e.carriers)];
  // "who published it first?": the earliest day's carriers, all of them when several share it
  if (all.length > 1) result.first = earliestCarriers(all);
  const liveEntries = all.flatMap((c) => {
    const doc = store.documents.get(c.document);
    const entry = doc && liveEntryAt(doc, c.start);
    return entry
      ? [{ document: c.document, ...(entry.time ? { time: entry.time } : {}), ...(entry.zone ? { zone: entry.zone } : {}) }]
      : [];
  });
  if (liveEntries.length) result.liveEntries = liveEntries;
  if (said) {
    result.whenSaid = true;
    const saidWhen = all.flatMap((c) => {
      const doc = store.documents.get(c.document);
      const words = doc && timeWordsAround(doc, c.start, c.end);
      return words ? [{ document: c.document, words }] : [];
    });
    if (saidWhen.length) result.saidWhen = saidWhen;
  }
  if (relative && all.length) result.askedWhen = askedWhen(store, all, relative, !!said);
  return result;
}

/** Words of an event that say nothing of which event it is ("the", "her", "last"). */
const EVENT_FILLER = new Set('the a an this that his her their its our last next first'.split(' '));

/**
 * "was it said before the vote?" answered from what the corpus knows: a day, month or year against the publication
 * dates of the articles carrying the words (said by the day the first was published; nothing is known of later),
 * an event against what those articles themselves say of it ("hours before the vote"). Never a guess.
 */
function askedWhen(
  store: ClaimView,
  carriers: readonly OutletCarrier[],
  relative: NonNullable<Extract<FollowUpIntent, { kind: 'dates' }>['relative']>,
  said: boolean,
): NonNullable<DatesResult['askedWhen']> {
  const first = carriers
    .map((c) => c.date?.slice(0, 10) ?? '')
    .filter((d) => /^\d{4}-\d\d-\d\d$/.test(d))
    .sort()[0];
  const period = periodNamed(relative.to, first ? Number(first.slice(0, 4)) : undefined);
  const asked = new Set(
    words(relative.to)
      .filter((w) => !EVENT_FILLER.has(w))
      .map(stem),
  );
  const found: { document: string; words: string; relation: 'before' | 'after' | 'during' }[] = [];
  if (!period)
    for (const c of carriers) {
      const doc = store.documents.get(c.document);
      if (!doc) continue;
      for (const e of eventWordsAround(doc, c.start, c.end))
        if (words(e.event).some((w) => asked.has(stem(w)))) found.push({ document: c.document, words: e.words, relation: e.relation });
    }
  const ways = new Set(found.map((f) => f.relation));
  const answer: NonNullable<DatesResult['askedWhen']>['found'] = period
    ? first && first < period.from
      ? 'before'
      : !said && first && first >= period.until
        ? 'after'
        : 'unknown'
    : ways.has('before') && ways.has('after')
      ? 'differ'
      : ways.size === 1 && !ways.has('during')
        ? (found[0]!.relation as 'before' | 'after')
        : 'unknown';
  return { relation: relative.relation, to: relative.to, ...(period ? { period } : {}), words: found.slice(0, 5), found: answer };
}

/** Most names offered back when a name may mean several people or outlets. */
const MAX_CHOICES = 5;

/** The outlets of the corpus a typed name means: the outlet so named, else those whose name holds all its words. */
function outletsNamed(store: ClaimView, name: string): string[] {
  const folded = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, ' ')
    .trim();
  if (!folded) return [];
  const labels = store.outletLabels();
  const exact = labels.filter((l) => {
    const label = l.toLowerCase();
    return label === folded || label.replace(/^the\s+/, '') === folded;
  });
  if (exact.length) return exact.slice(0, 1);
  const loose = looseOutlet(name, labels);
  if (loose) return [loose];
  const words = folded.split(' ');
  return labels.filter((l) => {
    const own = new Set(l.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return words.every((w) => own.has(w));
  });
}

/**
 * "was it X?": X is looked up among the corpus's speakers and outlets. A person is checked as "did X say it?"; an
 * outlet is answered with the documents carrying the claim and whether that outlet is one of them. A name that
 * may be a person or an outlet, several of either, or neither, is asked back, with the questions that would
 * tell them apart.
 */
function wasIt(store: ClaimView, ctx: FollowUpContext, intent: Extract<FollowUpIntent, { kind: 'was-it' }>): FollowUpAnswer {
  // "was it Reuters or the Gazette?": the documents carrying it answer that; "was it Hale or Penn?", who is credited
  const parts = intent.name.split(/\s+(?:or|and)\s+/i);
  if (parts.length > 1) {
    const outletsOnly = parts.every((p) => outletsNamed(store, p).length > 0 && store.findSpeakers(p).length === 0);
    if (outletsOnly) {
      // each outlet asked about answered yes or no, above the documents that carry the words
      const result = dates(store, ctx);
      const all = [...result.carriers, ...(result.creditedElsewhere ?? []).flatMap((e) => e.carriers)];
      const carriedBy = new Set(all.map((c) => outletName(c).toLowerCase()));
      const asked = [...new Set(parts.flatMap((p) => outletsNamed(store, p).slice(0, 1)))];
      result.askedEach = asked.slice(0, MAX_CHOICES).map((outlet) => ({ outlet, carried: carriedBy.has(outlet.toLowerCase()) }));
      return { kind: 'dates', result };
    }
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }) };
  }
  let speakers = [...new Set(store.findSpeakers(intent.name).map((s) => s.name))];
  let outlets = outletsNamed(store, intent.name);
  // the question's own words choose between a person and an outlet of that name ("said by", "published in")
  if (intent.hint === 'speaker' && speakers.length) outlets = [];
  if (intent.hint === 'outlet' && outlets.length) speakers = [];
  if (speakers.length && !outlets.length)
    // the thread's claim as /who-said answers it with that person as its speaker option ("did X say it?")
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: intent.name, outlet: ctx.outlet }) };
  if (outlets.length === 1 && !speakers.length) {
    const result = dates(store, ctx);
    const wanted = outlets[0]!.toLowerCase();
    const all = [...result.carriers, ...(result.creditedElsewhere ?? []).flatMap((e) => e.carriers)];
    result.asked = { outlet: outlets[0]!, carried: all.some((c) => outletName(c).toLowerCase() === wanted) };
    return { kind: 'dates', result };
  }
  // a role the outlets give someone ("was it the defence minister?", "was it the admiral?"): that role as the
  // speaker option, as "did the defence minister say it?" is answered (that person, or misattributed)
  if (!speakers.length && !outlets.length && [...store.speakers.values()].some((p) => speakerFits(intent.name, new Set(), p) === 'role'))
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: intent.name, outlet: ctx.outlet }) };
  // neither, and not written as a name ("was it sad?", "was it said in parliament?"): not understood, with what
  // can be asked; a name written as one ("was it Bob?") is said to be unknown
  if (!speakers.length && !outlets.length && !/\p{Lu}/u.test(intent.name)) return { kind: 'cannot', result: cannot(store, ctx, null) };
  return {
    kind: 'cannot',
    result: cannot(store, ctx, {
      kind: 'which',
      name: intent.name,
      speakers: speakers.slice(0, MAX_CHOICES),
      outlets: outlets.slice(0, MAX_CHOICES),
    }),
  };
}

/**
 * What the thread is about after a who-said follow-up that found its quotation. "who said it?" and "did X say
 * it?" ask about the thread's own quotation: the speaker and outlet it was opened with stay. A new quotation
 * becomes the thread's; the person the member named for it is its speaker, else the thread's speaker stays
 * when the new answer credits the words to that person too, and its outlet stays when that outlet carries
 * them. A speaker or outlet the new answer does not bear out is dropped.
 */
export function threadAfter(store: ClaimView, ctx: FollowUpContext, intent: FollowUpIntent, result: WhoSaidResult): FollowUpContext {
  if (intent.kind !== 'who-said') return { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet };
  const best = result.matches[0];
  const keptBy = (options: { speaker?: string | null; outlet?: string | null }, speakerAsked: boolean) => {
    const again = whoSaid(store, result.query, options);
    const top = again.matches[0];
    return (
      !!best &&
      !!top &&
      again.verdict !== 'not_found' &&
      (!speakerAsked || (again.verdict !== 'misattributed' && !!top.speaker)) &&
      top.quote === best.quote
    );
  };
  const speaker = result.askedSpeaker ?? (ctx.speaker && keptBy({ speaker: ctx.speaker }, true) ? ctx.speaker : null);
  const outlet = ctx.outlet && keptBy({ speaker, outlet: ctx.outlet }, false) ? ctx.outlet : null;
  return { query: result.query, speaker, outlet };
}

/** A follow-up the thread cannot answer: why, with the thread's claim and its outlets for what can be asked. */
function cannot(store: ClaimView, ctx: FollowUpContext, reason: CannotResult['reason']): CannotResult {
  const best = whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }).matches[0];
  const outlets = [...new Set((best?.outlets ?? []).map(outletName))];
  return { reason, quote: best?.quote ?? null, speaker: best?.speaker ?? null, outlets, corpus: store.corpusVersion() };
}
