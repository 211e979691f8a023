/**
 * Words relayed by someone else: an outlet credits a quotation to the person its article says was reading,
 * quoting or speaking for another ("…,” spokeswoman Ines Barka said, reading a statement from the minister;
 * “…,” the host said, reading from Hendry's speech; “…,” Reid said, quoting his client). Where another outlet
 * of the same answer credits the same words to that other person, the words are theirs, relayed in that outlet:
 * no rival speaker. Only what the article says in the sentence that credits the words counts; without such words
 * the two credits stay an attribution conflict.
 */
import { isOrganisationName, samePerson } from '../claims/speakers.js';
import { DOCUMENT_NOUNS, PERSON_ROLE_NOUNS, SPEECH_NOUNS } from '../claims/words/index.js';
import type { CorpusDocument } from '../corpus/types.js';
import { isStopword } from '../store/search/normalize.js';
import type { StoredRendition } from '../store/types.js';
import type { ClaimView } from '../store/view.js';
import { sentenceAround } from './carriers.js';
import { describes } from './roles.js';
import type { SpeakerRef } from './types.js';

/** What is read out or quoted: documents, nouns of saying, and what a speech is. */
const RELAYED_NOUNS = [...new Set([...DOCUMENT_NOUNS, ...SPEECH_NOUNS, 'address', 'speech', 'testimony', 'text'])]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Verbs of passing on someone's words (not "citing": a source of facts, not of words). */
const RELAY_VERB = '(?:[Rr]eading|[Rr]ead|[Rr]elaying|[Rr]elayed|[Dd]elivering|[Dd]elivered)';
const OUT = '(?: out| aloud| back)?(?: from)?';
/** A name ("Paul Hendry", "Hendry"), or a description with its determiner ("the minister", "his client"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const DESCRIPTION = String.raw`(?:the|his|her|their) [\p{Ll}-]+(?: [\p{Ll}-]+){0,3}`;
/**
 * Who the words came from: a name ("the Harbour Trust": an organisation's with its article), or a description
 * with the name after it ("his client, Arno Vell").
 */
const SOURCE = `((?:the )?${NAME}|${DESCRIPTION}(?:, ${NAME})?)`;
/** An owner before "'s" ("Hendry's speech", "the minister's statement"). */
const OWNER = String.raw`(${NAME}|the [\p{Ll}-]+(?: [\p{Ll}-]+)?)['’]s?`;
const BY = '(?:from|by|of|on behalf of|issued by|written by)';
const SPOKESPERSON = '(?:spokesman|spokeswoman|spokesperson|press secretary)';

/** A word every cue holds. */
const CUE_WORD = /\b(?:read|reading|relay\w*|deliver\w*|quoting|behalf|spokes\w*|secretary)\b/i;
/** Characters read either side of a quotation and its credit. */
const WINDOW = 400;

/** The cues, each with the source as its first group. */
const CUES: readonly RegExp[] = [
  // "reading a statement from the minister", "read a brief statement on behalf of Voss"
  new RegExp(String.raw`\b${RELAY_VERB}${OUT} (?:(?:a|an|the) )?(?:[\p{Ll}-]+ ){0,2}?(?:${RELAYED_NOUNS}) ${BY} ${SOURCE}`, 'u'),
  // "reading from Hendry's speech", "reading out the minister's statement", "quoting Voss's words"
  new RegExp(String.raw`\b(?:${RELAY_VERB}|[Qq]uoting)${OUT} ${OWNER} (?:[\p{Ll}-]+ )?(?:${RELAYED_NOUNS})\b`, 'u'),
  // "reading on behalf of Voss", "speaking on behalf of the minister", "read a statement on Vell's behalf"
  new RegExp(String.raw`\b(?:${RELAY_VERB}|[Ss]peaking)${OUT} on behalf of ${SOURCE}`, 'u'),
  new RegExp(String.raw`\b${RELAY_VERB}${OUT} (?:(?:a|an|the) )?(?:[\p{Ll}-]+ ){0,2}?(?:(?:${RELAYED_NOUNS}) )?on ${OWNER} behalf\b`, 'u'),
  // "said, quoting Voss", "quoting the minister"
  new RegExp(String.raw`\b[Qq]uoting ${SOURCE}`, 'u'),
  // "a spokeswoman for Voss", "Voss's spokeswoman"
  new RegExp(String.raw`\b${SPOKESPERSON} (?:for|to) ${SOURCE}`, 'u'),
  new RegExp(String.raw`${OWNER} (?:[\p{Ll}-]+ )?${SPOKESPERSON}\b`, 'u'),
  // "Voss's words, as read by", "a statement from Voss, read out by"
  new RegExp(String.raw`${OWNER} (?:[\p{Ll}-]+ )?(?:${RELAYED_NOUNS}),? (?:as )?(?:read|relayed|delivered)(?: out)? by\b`, 'u'),
  new RegExp(String.raw`\b(?:${RELAYED_NOUNS}) ${BY} ${SOURCE},? (?:as )?(?:read|relayed|delivered)(?: out)? by\b`, 'u'),
];

/**
 * The sentence of `doc` that holds `at`, with every quotation's words blanked out (words inside a quotation are
 * what was said, not what the article says of who said it).
 */
function attributingSentence(store: ClaimView, doc: CorpusDocument, entry: StoredRendition, at: number): string | null {
  // the paragraph, within a window around the quotation and the words that credit it (a transcript is one long block)
  const block = doc.blocks.find((b) => b.start <= at && at < b.end) ?? { start: 0, end: doc.text.length };
  const start = Math.max(block.start, Math.min(at, entry.start) - WINDOW);
  const end = Math.min(block.end, Math.max(at, entry.end) + WINDOW);
  const raw = doc.text.slice(start, end);
  // most paragraphs hold no word of any cue: nothing to read (who-said asks this of every outlet of a rival)
  if (!CUE_WORD.test(raw)) return null;
  // (UTF-16 units, as offsets count them)
  const chars = raw.split('');
  for (const e of store.entriesOfDocument(doc.id)) {
    if (e.kind !== 'quote' || e.end <= start || e.start >= end) continue;
    for (let i = Math.max(e.start, start); i < Math.min(e.end, end); i++) chars[i - start] = ' ';
  }
  return sentenceAround(chars.join(''), at - start);
}

/** A description cut before its first function word after the determiner ("the minister at the rally" → "the minister"). */
function trimmed(source: string): string {
  const [name, ...after] = source.split(', ');
  const ws = name!.split(' ');
  const cut = ws.findIndex((w, i) => i > 0 && isStopword(w.toLowerCase()));
  const head = (cut < 0 ? ws : ws.slice(0, cut)).join(' ');
  return after.length ? `${head}, ${after.join(', ')}` : head;
}

/**
 * Who the article says the credited speaker of `entry` was relaying, as it writes them ("the minister",
 * "Hendry"); null when the sentence that credits the words says nothing of the kind.
 */
export function relayedSource(store: ClaimView, entry: StoredRendition): string | null {
  const mention = entry.speakerMention;
  const doc = store.documents.get(entry.documentId);
  if (!mention || !doc) return null;
  // words that hold a quotation of their own (“The board ‘will not …’ Shameful!” Berg wrote, quoting Ruiz) are the
  // credited speaker's, framing the other's: the nested quotation carries the other's words
  if (
    store
      .entriesOfDocument(doc.id)
      .some(
        (e) =>
          e !== entry && e.kind === 'quote' && e.start >= entry.start && e.end <= entry.end && e.end - e.start < entry.end - entry.start,
      )
  )
    return null;
  const sentence = attributingSentence(store, doc, entry, mention.start);
  if (!sentence) return null;
  for (const cue of CUES) {
    const m = cue.exec(sentence);
    if (m?.[1]) return trimmed(m[1]);
  }
  return null;
}

const surname = (name: string): string => name.split(/\s+/).at(-1) ?? name;

/**
 * Whether `source`, as the relaying article writes it, is `speaker`: a name the speaker goes by; a description
 * of one of the speaker's roles ("the minister" for an "Energy Minister"); or, for a description that says
 * nothing the roles can tell ("his client", or any description of a speaker given no role), the speaker named
 * in that article. An organisation is only itself. `relayer` is the person the article credits.
 */
export function sourceIs(source: string, speaker: SpeakerRef, relayer: SpeakerRef, doc: CorpusDocument | undefined): boolean {
  // ("the Welfare Ministry": an organisation's name with its article; "the Vell campaign" names no one)
  if (/^the \p{Lu}/u.test(source)) return isOrganisationName(source) && samePerson(source.slice(4), speaker);
  let [description, name]: (string | null | undefined)[] = /^\p{Lu}/u.test(source) ? [null, source] : source.split(', ');
  if (name && samePerson(name, speaker)) return true;
  // "a spokeswoman for the minister, Ines Barka, said": the name after the description is the relayer's own
  if (name && description && samePerson(name, relayer)) name = undefined;
  if (!description || name) return false;
  if (isOrganisationName(description)) return isOrganisationName(speaker.name) && description.toLowerCase() === speaker.name.toLowerCase();
  const named = (): boolean =>
    !!doc &&
    [speaker.name, ...speaker.aliases].some((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(surname(n))}(?![\\p{L}])`, 'u').test(doc.text));
  const fits = describes(description, speaker.roles);
  if (fits) return true;
  // "his client", "her boss": the speaker's relation to the one who relays, no role of theirs; for a speaker given
  // no role, a description of a person ("the candidate", not "the podium")
  const relation = /^(?:his|her|their) /.test(description);
  const person = PERSON_ROLE_NOUNS.has(description.split(' ').at(-1)!.toLowerCase());
  return (relation || (fits === undefined && person)) && named();
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether the article of `entry` says its credited speaker was relaying `speaker`'s words (the credit is
 * someone else, and the sentence that credits them names `speaker` as whom they read, quoted or spoke for).
 */
export function relays(store: ClaimView, entry: StoredRendition, speaker: SpeakerRef): boolean {
  const relayer = entry.speakerId ? store.speakers.get(entry.speakerId) : undefined;
  if (!relayer || relayer.id === speaker.id || entry.kind !== 'quote') return false;
  const source = relayedSource(store, entry);
  return !!source && sourceIs(source, speaker, relayer, store.documents.get(entry.documentId));
}
