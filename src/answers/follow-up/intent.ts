/**
 * What a follow-up message asks (`parseFollowUp`): a few general patterns over the typed message, read to one
 * `FollowUpIntent`.
 */
import { looseOutlet } from '../carriers.js';
import { withoutDiscordMarkup } from '../question-text.js';
import { COURTESY, keyWordsSpelt, languageAsked, plainQuestionMarks } from './typed.js';

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
