/**
 * Which claims a message chooses in a thread on a topic or a person: by number or place ("2", "the first one", "1
 * and 3"), by a few words only one claim holds, or by its speaker ("the one by Ruiz").
 */
import type { ClaimView } from '../../store/view.js';
import { stem, words } from '../../store/search/normalize.js';
import { withoutDiscordMarkup } from '../question-text.js';
import { plainQuestionMarks } from './typed.js';
import { MAX_FOLLOW_UP, outletsMentioned, parseFollowUp } from './intent.js';
import { type FollowUpContext, type ThreadClaim, threadClaims } from './thread.js';

/**
 * The claims a message names by number or place ("compare 1 and 3", "the first and the last"), as indexes in the
 * order named; none when it names none, or any number with no claim.
 */
export function claimsNumbered(message: string, count: number, outletNames: readonly string[]): number[] {
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
export function claimNamedInside(message: string, claims: readonly ThreadClaim[]): { index: number; rest: string } | undefined {
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
export function namesClaimsOf(store: ClaimView, opened: FollowUpContext, message: string): boolean {
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
export function claimBySpeaker(
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
export function claimOfSpeaker(store: ClaimView, name: string, claims: readonly ThreadClaim[]): number | undefined {
  const people = new Set(store.findSpeakers(name).map((s) => s.name));
  if (!people.size) return undefined;
  const theirs = claims.flatMap((c, i) => (c.speaker && people.has(c.speaker) ? [i] : []));
  return theirs.length === 1 ? theirs[0] : undefined;
}
