/**
 * The speaker a question names, read against the corpus: a person, a body (`bodyAsked`, `usedAsBody`), a title or
 * role with no name (`roleAsked`, `otherRole`), a spokesperson's credit (`spokespersonFor`), and the people
 * holding the words asked about.
 */
import type { ClaimView } from '../../store/view.js';
import { speakerRef } from '../carriers.js';
import { speakerFits, speaksFor } from '../roles.js';
import { shareRun } from '../conflicts.js';
import { sameQuotation } from '../../store/grouping/texts.js';
import { words } from '../../store/search/normalize.js';
import { bodyLike, newsOutletLike, roleLike, titleLike } from '../question-text.js';
import { isOrganisationName, writtenAsName } from '../../claims/speakers.js';
import type { Speaker } from '../../claims/types.js';
import { BODY_SPEAKER_HEADS, SPOKESPERSON_NOUNS } from '../../claims/words/index.js';
import { widelyGivenName } from '../../claims/given-names.js';
import type { SpeakerRef } from '../types.js';
import { quotedByAny } from '../outlet-name.js';
import { nearStretch } from '../few-words.js';
import { spelledAsKnown } from '../lists.js';
import type { FoundMatch } from './match-kinds.js';

/**
 * The credit of a match when it names one who speaks for `asked` ("a spokeswoman for the mayor" for "the mayor",
 * "a spokesman for Marta Velde"): a spokesperson's noun (`SPOKESPERSON_NOUNS`) heading a credit that holds the name
 * asked about after its link or before it (`speaksFor`), as the credit or as a role the outlets give the speaker
 * ("Ann Lee, a spokeswoman for the mayor"); null for the person's own credit or any other.
 */
export function spokespersonFor(asked: string, m: FoundMatch): string | null {
  const ref = m.speakerRef;
  if (!ref || !m.speaker || sameWords(ref.name, asked)) return null;
  const credit = speaksFor(asked, ref);
  return credit && words(credit).some((w) => SPOKESPERSON_NOUNS.has(w)) ? credit : null;
}

/**
 * True when a speaker a body-like name finds is a person ("Tom House" for "Tom House"): written as a name, no
 * organisation's ("Russian Foreign Ministry"), asked without "the" ("the White House" names no person), and never
 * credited with "the" before the name ("the White House said": the body itself).
 */
function personNamed(store: ClaimView, id: string, asked: string): boolean {
  const s = store.speakers.get(id);
  if (!s || !writtenAsName(s.name) || isOrganisationName(s.name) || /^the /iu.test(asked.trim())) return false;
  // initials alone ("NATO") name no person the outlets quote; nor does a name the corpus uses as a body's ("Downing
  // Street" of "a Downing Street spokesman") credited as it was asked, with no role and no given name opening it
  if (bodyLike(s.name) && /^[\p{Lu}.]+$/u.test(s.name)) return false;
  // (nor one whose words are a body's, "Downing Street said", a place standing for the government seated there)
  if (
    sameWords(s.name, asked) &&
    !s.roles.length &&
    !widelyGivenName(s.name.split(' ')[0]!) &&
    (bodyLike(asked) || usedAsBody(store, asked))
  )
    return false;
  return !mentionsWithThe(store, id, s.name);
}

/**
 * True when the name asked about is a body's: by its words (`bodyLike`), or by the corpus's use of it (`usedAsBody`),
 * read only when no person of the corpus goes by a fuller name holding it ("Vladimir Putin" for "Putin": asked about
 * as before, and no credit looked through); either way no person of the corpus so named (`personNamed`).
 */
export function bodyAsked(store: ClaimView, asked: string, named: Set<string>): boolean {
  const person = (id: string): boolean => personNamed(store, id, asked);
  if (bodyLike(asked)) return ![...named].some(person);
  const fuller = (id: string): boolean => {
    const s = store.speakers.get(id);
    return !!s && writtenAsName(s.name) && !isOrganisationName(s.name) && !sameWords(s.name, asked);
  };
  return ![...named].some(fuller) && usedAsBody(store, asked) && ![...named].some(person);
}

/** True when two names have the same words, "the" and "a" aside ("the Vatican", "Vatican"). */
const sameWords = (a: string, b: string): boolean => {
  const bare = (n: string): string =>
    words(n)
      .filter((w) => w !== 'the' && w !== 'a' && w !== 'an')
      .join(' ');
  return bare(a) !== '' && bare(a) === bare(b);
};

/** A word that may head a role held for a body: a spokesperson's or an office title (`BODY_SPEAKER_HEADS`). */
const SPEAKING_HEAD = new RegExp(
  `(?<![\\p{L}])(?:${[...BODY_SPEAKER_HEADS].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * Per corpus view: the speakers whose name or a role holds such a head word, with those texts in lower case (read
 * once, as a view's speakers are fixed: a name is then looked for among these few, not every speaker), and what
 * `usedAsBody` found per name (a question reads a name several times).
 */
interface BodyUse {
  speaking: { speaker: Speaker; texts: string }[];
  found: Map<string, boolean>;
}

const bodyUses = new WeakMap<ClaimView, BodyUse>();

function bodyUseOf(store: ClaimView): BodyUse {
  const known = bodyUses.get(store);
  if (known) return known;
  const speaking: BodyUse['speaking'] = [];
  for (const speaker of store.speakers.values()) {
    // (a person's name with no role holds no role for a body)
    if (!speaker.roles.length && writtenAsName(speaker.name)) continue;
    const texts = [speaker.name, ...speaker.roles].join('\n').toLowerCase();
    if (SPEAKING_HEAD.test(texts)) speaking.push({ speaker, texts });
  }
  const use = { speaking, found: new Map<string, boolean>() };
  bodyUses.set(store, use);
  return use;
}

/**
 * True when the corpus itself uses `name` as a body's, whatever its words (`bodyLike` reads the words alone): credited
 * with "the" before it ("the Vatican said"), or held by a spokesperson's or an office-holder's credit or role for it
 * (`speaksFor`: "a Downing Street spokesman", "spokeswoman for the Vatican", "EU spokesman Paul Dorn"). Only of a
 * capitalised name that is no title or role ("a spokeswoman for the mayor" makes no body of "the Mayor"); a person of
 * the corpus so named is still asked about as a person (`personNamed`).
 */
export function usedAsBody(store: ClaimView, name: string): boolean {
  const bare = name.trim().replace(/^the /iu, '');
  // (a news outlet the corpus quotes, "the BBC said", is asked about as before: `questionSpeaker`)
  if (!/^\p{Lu}/u.test(bare) || newsOutletLike(bare) || titleLike(`the ${bare}`) || roleLike(bare)) return false;
  const use = bodyUseOf(store);
  const key = bare.toLowerCase();
  const found = use.found.get(key);
  if (found !== undefined) return found;
  const used =
    store.findSpeakers(bare).some((s) => sameWords(s.name, bare) && mentionsWithThe(store, s.id, s.name)) ||
    use.speaking.some(
      ({ speaker, texts }) => texts.includes(key) && !sameWords(speaker.name, bare) && speaksFor(bare, speakerRef(speaker)) !== null,
    );
  use.found.set(key, used);
  return used;
}

/** True when an outlet credits the speaker with "the" before their name ("the Vatican said"): a body itself. */
function mentionsWithThe(store: ClaimView, id: string, name: string): boolean {
  const bare = words(name).join(' ');
  const mentions = store.groupsOfSpeaker(id).flatMap((g) => g.entryIds.map((e) => store.entry(e).speakerMention?.text ?? ''));
  return mentions.some((m) => /^the /iu.test(m.trim()) && words(m).slice(1).join(' ') === bare);
}

/**
 * True when a title or role is asked with no name (`roleLike`: "the mayor", "the Prime Minister"), and no person of
 * the corpus goes by those words (a credit such as "a spokeswoman for the mayor" is no one's name).
 */
export function roleAsked(store: ClaimView, asked: string, named: Set<string>): boolean {
  if (!roleLike(asked)) return false;
  return ![...named].some((id) => {
    const s = store.speakers.get(id);
    return !!s && writtenAsName(s.name);
  });
}

/**
 * True when the outlets make a speaker someone else than the title asked about: roles, none of them it (`speakerFits`
 * said no before this is asked), none speaking for its holder ("spokeswoman for the mayor"); or a body's name
 * (`bodyLike`: "the Defence Ministry", "NATO"), no holder of a person's title. A speaker with no role the outlets give
 * is no one else by their word.
 */
export function otherRole(role: string, speaker: SpeakerRef | null): boolean {
  return !!speaker && (speaker.roles.length > 0 || bodyLike(speaker.name)) && speaksFor(role, speaker) === null;
}

/**
 * The people of a reading's matches of its best kind (verbatim, or close), or of any kind holding the few words
 * asked about close together (`nearStretch`: “joint naval exercises” holds “joint exercises” as much as a quotation
 * of those two words does), one for the same quotation credited to several (an attribution conflict is one
 * quotation, said as such): more than one, and a few words pin none of them.
 */
export function speakersHolding(matches: readonly FoundMatch[], asked: string): string[] {
  const kind = matches[0]?.kind;
  const kept: FoundMatch[] = [];
  for (const m of matches) {
    if ((m.kind !== kind || kind === 'paraphrase') && nearStretch(m.quote, asked) === null) continue;
    if (kept.some((k) => sameQuotation(k.quote, m.quote) || shareRun(k.quote, m.quote))) continue;
    kept.push(m);
  }
  return [...new Set(kept.map((m) => m.speakerRef?.id ?? m.speaker ?? ''))];
}

/**
 * The speaker a name asked about was taken as, when it is no spelling of theirs (`spelledAsKnown` of lists.ts: case,
 * accents, spacing, a title, a surname, an initial or a role aside): the matched speaker it names, else the one
 * speaker it names; null when it is spelt as known, names several or none, or fits by a role.
 */
export function closestNamed(store: ClaimView, askedSpeaker: string, named: Set<string>, matches: readonly FoundMatch[]): string | null {
  const speaker =
    matches.find((m) => m.speakerRef && named.has(m.speakerRef.id))?.speakerRef ??
    (named.size === 1 ? store.speakers.get([...named][0]!) : undefined);
  return speaker && !spelledAsKnown(askedSpeaker, speaker) ? speaker.name : null;
}

/** The person the member named and their words holding a few words asked about close together, when any match has them. */
export function namedHolding(matches: readonly FoundMatch[], askedSpeaker: string, named: Set<string>, asked: string): NamedHolding | null {
  for (const m of matches) {
    if (!m.speaker || !speakerFits(askedSpeaker, named, m.speakerRef)) continue;
    const stretch = nearStretch(m.quote, asked);
    // reported speech (no outlet quotes the words) is said as such, never as a quotation
    if (stretch !== null) return { speaker: m.speaker, words: stretch, ...(quotedByAny(m.outlets) ? {} : { reported: true as const }) };
  }
  return null;
}

/** The named person among those holding a few words asked about: their words holding them, and whether only reported. */
export type NamedHolding = { speaker: string; words: string; reported?: true };
