/**
 * Is this role one of the speaker's roles? Two tests, kept apart on purpose because they weigh different evidence
 * and a wrong "yes" costs different things:
 *
 * - `describes`: a description an outlet wrote and never resolved ("the minister said"), for a credit that
 *   already carries the same words as the person's match. The words are the evidence; the description only must
 *   not name someone else. So it reads the description's head word alone (articles vary what they put before
 *   it: "the minister" for an "Energy Minister" or a "Minister of Energy", "the opposition" for an "Opposition
 *   leader"), by a prefix that bridges spellings and plurals, at the role's head word (the last, or the one
 *   before "of"), never a word that only qualifies another ("ministry spokeswoman" is no minister).
 * - `roleFits`: the role a member typed as the speaker ("the deputy mayor", "port director"), which decides
 *   between confirming the member and answering "misattributed". Every typed word counts ("energy minister" is
 *   not a "Finance Minister"), compared by Porter stems (as the store reads what members type) at the role's
 *   end or its head word ("energy minister" for a "Minister of Energy"), and a word before them that makes it
 *   another office ("vice", "deputy", "former") is a no.
 *
 * What they share: the roles the outlets give the speaker (`SpeakerRef.roles`, "Energy Minister", "Head coach")
 * and what a role's head word is (`isRoleHead`). Made one, either would change answers: the member's test would
 * take "the president" for a "Vice President", or the outlets' descriptions would stop joining their speaker
 * ("the opposition" for an "Opposition leader").
 */
import { BODY_SPEAKER_HEADS, PRONOUNS } from '../claims/words/index.js';
import { nameMatches } from '../claims/speakers.js';
import { stem, words } from '../store/search/normalize.js';
import type { SpeakerRef } from './types.js';

/** Words after a role's head word ("Minister of Energy", "Director for Trade"). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'to', 'in', 'on']);

/**
 * Whether the role's word at `i` (of its words, or of their stems: the links are too short to stem) is a head
 * word of the role: the last ("Energy Minister"), or one a link follows ("Minister of Energy").
 */
const isRoleHead = (ws: readonly string[], i: number): boolean => i === ws.length - 1 || ROLE_LINKS.has(ws[i + 1]!);

/**
 * Whether an unresolved credit may stand for a person of these roles: a pronoun ("he") may stand for anyone; a
 * description only for one whose roles name its last word ("the coach" for a "Head coach", "the minister" for
 * an "Energy Minister"), not for a person given other roles; undefined when the person has no role to tell.
 */
export function describes(credit: string, roles: readonly string[]): boolean | undefined {
  const parts = credit.toLowerCase().split(/\s+/);
  const head = parts.at(-1) ?? '';
  if (parts.length === 1 && PRONOUNS.has(head)) return true;
  const prefix = head.replace(/(?:s|es)$/, '').slice(0, 6);
  if (
    prefix.length >= 3 &&
    roles.some((r) => {
      // the role's head word, the last or the one before "of" ("Minister of Energy"), or the description's own word
      // anywhere ("the opposition" for an "Opposition leader"); not a word that only starts alike and qualifies
      // another ("ministry spokeswoman" is no minister)
      const ws = r
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean);
      const own = (w: string): boolean => w.replace(/(?:s|es)$/, '') === head.replace(/(?:s|es)$/, '');
      return ws.some((w, i) => own(w) || (w.startsWith(prefix) && isRoleHead(ws, i)));
    })
  )
    return true;
  return roles.length ? false : undefined;
}

/**
 * A speaker the member named fits a match's speaker: by name (`named`, the store's reading of the name); by a
 * role the outlets give that speaker ("the mayor", "port director" for the port's director): the words of
 * the role as typed, "the" aside, end the role, and what the role adds before them is not a word that makes
 * it another office ("vice", "deputy", "former"); or by such a role with the name ("health minister
 * Lindqvist", "Lindqvist, the health minister").
 */
export function speakerFits(asked: string, named: Set<string>, speaker: SpeakerRef | null): 'name' | 'role' | null {
  if (!speaker) return null;
  if (named.has(speaker.id)) return 'name';
  const typed = roleStems(asked);
  if (!typed.length) return null;
  const roles = speaker.roles.map(roleStems);
  const isRole = (part: string[]): boolean => roleFits(part, roles);
  if (isRole(typed)) return 'role';
  // the role's words around a name: what is left once they are taken out must name the speaker
  const roleWords = new Set(roles.flat());
  const typedWords = asked.split(/[\s,]+/).filter((w) => words(w).length > 0);
  const role = typedWords.filter((w) => words(w).every((x) => ROLE_FILLER.has(x) || roleWords.has(stem(x))));
  const name = typedWords.filter((w) => !role.includes(w));
  return name.length > 0 && isRole(roleStems(role.join(' '))) && nameMatches(name.join(' '), speaker) ? 'name' : null;
}

/** The stems of a role or a description, without "the", "a". */
const roleStems = (text: string): string[] =>
  words(text)
    .filter((w) => !ROLE_FILLER.has(w))
    .map(stem);

/**
 * True when `part` (stems) is one of `roles` (stems each): it ends the role, or the role's head word before a
 * link with what the link adds put before it ("the minister", "energy minister" for a "Minister of Energy"), and
 * what the role adds before it is not a word that makes it another office.
 */
function roleFits(part: string[], roles: string[][]): boolean {
  if (fitsAsTyped(part, roles)) return true;
  // "navy chief" for a "head of the Russian navy": the words for who runs something are one, with the field typed
  // before them ("the chief" alone would take a "chief of staff" for any "leader")
  return part.length >= 2 && part.some((w) => RUNS.has(w)) && fitsAsTyped(runsAsOne(part), roles.map(runsAsOne));
}

/** Stems of the words for who runs something, taken for one another at a role's head ("party leader", "head of"). */
const RUNS = new Set(['head', 'chief', 'leader', 'boss'].map(stem));
/** A role's stems with a word of `RUNS` at its head made "head". */
const runsAsOne = (ws: string[]): string[] => ws.map((w, i) => (RUNS.has(w) && isRoleHead(ws, i) ? stem('head') : w));

function fitsAsTyped(part: string[], roles: string[][]): boolean {
  const ends = (r: string[]): boolean => {
    if (r.length < part.length) return false;
    // the words after a link are the field, not the role: "energy" or "the Russian navy" is no "Minister of
    // Energy" or "head of the Russian navy" (an organisation is not its head)
    const link = r.findIndex((w, i) => i > 0 && ROLE_LINKS.has(w));
    if (link > 0 && part.length <= r.length - link) return false;
    const extra = r.slice(0, r.length - part.length);
    return part.every((w, i) => w === r[r.length - part.length + i]) && !extra.some((w) => OTHER_OFFICE.has(w));
  };
  // "Minister of Energy": "minister" and "energy minister"; "Deputy Minister of Finance": "deputy minister" and
  // "deputy finance minister"
  const forms = (r: string[]): string[][] => [
    r,
    ...r.flatMap((_, i) =>
      i < r.length - 1 && isRoleHead(r, i)
        ? [
            [...r.slice(i + 2), ...r.slice(0, i + 1)],
            [...r.slice(0, i), ...r.slice(i + 2), r[i]!],
          ]
        : [],
    ),
  ];
  return part.length > 0 && roles.some((r) => forms(r).some(ends));
}

const ROLE_FILLER = new Set(['the', 'a', 'an', 's']);
const OTHER_OFFICE = new Set(['vice', 'deputi', 'former', 'act', 'assist', 'ex', 'co', 'interim', 'under', 'associ', 'junior']);

/** Words that make a role one held no longer ("former Kremlin spokesman", "ex-spokeswoman"). */
const PAST_OFFICE = new Set(['former', 'ex']);

/**
 * The speaker's role or credit that says they speak for a body a member named (`body`, "the Kremlin", "the White
 * House"): the body's words, in a row ("the" aside, a possessive's "s" allowed), before the role's head word or after
 * its link ("Kremlin spokesman", "White House press secretary", "spokeswoman for the Pentagon", a credit "a White House
 * spokeswoman"), the head word one of `BODY_SPEAKER_HEADS`, no word making it a past office; the role or credit as the outlets
 * write it, or null; the body's own name too, as the outlets credit it ("Kremlin" for "the Kremlin").
 */
export function speaksFor(body: string, speaker: SpeakerRef | null): string | null {
  if (!speaker) return null;
  const wanted = words(body).filter((w) => !ROLE_FILLER.has(w));
  if (!wanted.length) return null;
  // the body itself, as the outlets credit it ("Kremlin" for "the Kremlin")
  if (
    words(speaker.name)
      .filter((w) => !ROLE_FILLER.has(w))
      .join(' ') === wanted.join(' ')
  )
    return speaker.name;
  const at = (ws: readonly string[], i: number): boolean =>
    wanted.every((w, k) => ws[i + k] === w || (k === wanted.length - 1 && ws[i + k] === `${w}s`));
  for (const text of [speaker.name, ...speaker.roles]) {
    const ws = words(text);
    if (ws.some((w) => PAST_OFFICE.has(w))) continue;
    const heads = ws.flatMap((w, j) => (BODY_SPEAKER_HEADS.has(w) && isRoleHead(ws, j) ? [j] : []));
    for (let i = 0; i + wanted.length <= ws.length; i++) {
      if (!at(ws, i)) continue;
      const end = i + wanted.length;
      // before the head word ("Kremlin spokesman"), or after the link that follows it ("spokesman for the Kremlin")
      if (heads.some((j) => j >= end || (j < i && ROLE_LINKS.has(ws[j + 1]!)))) return text;
    }
  }
  return null;
}
