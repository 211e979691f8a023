/**
 * Text a person typed (a slash-command option, a thread message, a CLI argument), cleaned the same way
 * wherever it comes from, so the bot and the CLI give the same answers: trimmed, stripped of control and
 * invisible formatting characters, bounded in length, validated with zod.
 */
import { z } from 'zod';
import {
  ANSWER_LABELS,
  BODY_NAME_ENDS,
  FUNCTION_WORDS,
  HONORIFICS,
  NEWS_OUTLET_NAMES,
  NEWS_OUTLET_WORDS,
  NEWS_SERVICE_WORDS,
  NON_SPEAKER_LABEL_WORDS,
  PASTED_LABEL_WORDS,
  QUESTION_FRAME_WORDS,
  QUESTION_LABELS,
  OFFICE_TITLES,
  PERSON_ROLE_NOUNS,
  STAGE_NOTE_WORDS,
  TITLE_MODIFIERS,
  TITLES,
} from '../claims/words/index.js';
import { changeTokens } from './changes/tokens.js';
import { MODALS, NUMBER_WORDS } from './changes/words.js';
import { isStopword } from '../store/search/normalize.js';

/** Longest option values accepted; the builders declare the same `max_length`. */
export const OPTION_MAX = Object.freeze({ quote: 1000, topic: 1000, name: 100 });

/** Zero-width marks and soft hyphens between two letters or digits: part of the word they are in. */
const IN_WORD_INVISIBLE = /(?<=[\p{L}\p{N}])[\u00ad\u200b-\u200d\u2060\ufeff]+(?=[\p{L}\p{N}])/gu;

// C0/C1 controls, zero-width and bidi formatting marks, lone surrogates
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters from what members type is the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Longest word kept: no language's words are longer, and typo matching costs grow with the cube of a word's
 * length (a 6000-letter "word" would hold the answer for minutes). Longer runs are cut to this.
 */
export const MAX_WORD = 64;
const LONG_WORD = new RegExp(`\\S{${MAX_WORD + 1},}`, 'g');

/** The first `MAX_WORD` units of `word`, one fewer where the cut would split a surrogate pair. */
function cutWord(word: string): string {
  const cut = word.slice(0, MAX_WORD);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Cleans one free-text value; an over-long value is cut at `max` (a quotation is known by its first words).
 * Words are cut at `MAX_WORD` only in free text longer than a name: a name-sized value (a document id, an outlet,
 * a person) is bounded by `max` already, and an added article's id can be longer than any word (cut, it named no
 * document).
 */
export function optionText(max: number) {
  const keepWords = max <= OPTION_MAX.name;
  return (
    z
      .string()
      // a zero-width mark inside a word ("Pu\u200btin", pasted or typed to dodge filters) joins it; elsewhere a space
      .transform((s) => s.replace(IN_WORD_INVISIBLE, '').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().slice(0, max))
      .transform((s) => (keepWords ? s : s.replace(LONG_WORD, cutWord)))
      // the length cut may end in half a surrogate pair or a space
      .transform((s) => (/[\ud800-\udbff]$/.test(s) ? s.slice(0, -1) : s).trimEnd())
  );
}

/** One way to read a who-said question: the words to look for, and the names its frame gives. */
export interface QuestionReading {
  quote: string;
  /** A name the question asks about in so many words ("Did Ruiz say …", "Ruiz said: …"). */
  askedName: string | null;
  /** Capitalised names around the quotation (a pasted paragraph's "union leader Marta Ruiz told …"). */
  names: string[];
  /**
   * True when the reading is only a guess: "Nobody said it would be easy" reads as "Nobody" saying "it would
   * be easy", but may as well be the quotation itself; such a reading answers only where it finds the
   * quotation better in kind (verbatim where the whole text is only close).
   */
  guess?: boolean;
  /**
   * True when `askedName` reads as a news outlet's name (`newsOutletLike`: "… - BBC News", "Reuters: …", "Reuters -
   * …", "… (nytimes.com)", "Did the BBC say …"), or names an outlet of the corpus after "the" ("Did the Guardian say
   * …", the caller's `isOutlet`): where the member saw the words rather than who said them, unless the corpus credits
   * someone by that name (who-said's `questionSpeaker` decides).
   */
  outletLike?: boolean;
}

// a web address is where the member saw the words, not words anyone said
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
// nor is a Discord mention, channel link, custom emoji or timestamp tag pasted with them ("<@1234> did Ruiz say …",
// "@everyone"): no one quoted says "<@1234>"
// (also "@ everyone": the bot's own neutralised "@\u200beveryone" copied back, its invisible space made a space)
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[tTdDfFR])?)>|(?<![\p{L}\p{N}])@ ?(?:everyone|here)\b/giu;
// a user mention as Discord shows it, pasted as text ("@Quill", "@mayor_fan99"): maybe noise, maybe the words quoted
const HANDLE = /(?<![\p{L}\p{N}@.])@[\p{L}\p{N}_][\p{L}\p{N}_.]*(?<!\.)/gu;
/**
 * Quoted stretches: curly, straight, guillemets, low-high marks. A single straight mark opens only after a
 * space or an opening bracket and closes only before a space or punctuation, so "don't" is no quotation mark.
 */
const QUOTED = /“([^”]+)”|„([^“”]+)[“”]|«\s*([^»]+?)\s*»|‘([^’]+)’|"([^"]+)"|(?<=^|[\s(¿¡:])'((?:[^']|'(?=\p{L}))+)'(?=$|[\s.,;:!?)…])/gu;
// a name ("Marta Ruiz"), a role ("the port director"), or "the" before a name ("the BBC", "the New York Times",
// "the Kremlin", "the Mayor"; "the Chinese military", "the French president": lower-case words after it, none a verb
// or adverb of the frame), which is read only as a news outlet's, a body's or a title (`THE_NAMED`)
const FRAME_WORD = String.raw`(?:really|ever|actually|say|said|says|tell|told|claim|claimed|write|wrote|report|reported|reports|that)(?![\p{L}])`;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}|[Tt]he \p{Ll}+(?: \p{Ll}+){0,2}?|the \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: (?!${FRAME_WORD})\p{Ll}+){0,2}`;
/**
 * "the" before capitalised words ("the BBC", "the Kremlin", "the Mayor"): a news outlet's name, an outlet of the
 * corpus ("the Guardian", the caller's `isOutlet`), a body's (`bodyLike`: "the White House"; or one the corpus uses
 * as a body, the caller's `isBody`: "the Vatican"), or a title (`titleLike`: "the Mayor", "the Prime Minister"); else
 * no name read.
 */
const THE_NAMED = /^the \p{Lu}/u;
// a web site's name as members write where they saw the words ("nytimes.com", "bbc.co.uk"; an address with
// "www." or "https://" is left out as a link before any reading)
const DOMAIN = String.raw`(?:[\p{L}\p{N}-]+\.)+\p{L}{2,24}`;
const WHOLE_DOMAIN = new RegExp(`^${DOMAIN}$`, 'u');
const VERB = '(?:say|said|says|tell|told|claim|claimed|write|wrote)';
// what a news outlet does with words ("Did Reuters report that …"), read only of a name `newsOutletLike`: a person
// who reports something need not say it; "report on …" asks about a subject, not words
const REPORTED = '(?:report|reported|reports)(?! on | about )';
const REPORTED_VERB = new RegExp(`^${REPORTED}$`, 'u');
/** "did NAME (really) say (that) REST", "NAME said: REST", "is it true that NAME said REST", "did OUTLET report REST". */
const ASKED = new RegExp(
  `^(?:[Ii]s it true that |[Ww]as it |[Dd]id |[Hh]as |[Hh]ave |[Dd]oes )?@?(${NAME}) (?:really |ever |actually )?(${VERB}|${REPORTED})(?: that)?[:,]? (.*)$`,
  'u',
);

/**
 * Text without the Discord markup in it (mentions, channel links, custom emoji, timestamp tags), spaces tidied:
 * a name option's "<@1234>" is a member of the server, no one the outlets quote; a thread message's is whom the
 * member talks to. Empty when the text held markup alone.
 */
export function withoutDiscordMarkup(typed: string): string {
  return typed.replace(DISCORD_MARKUP, ' ').replace(/\s+/g, ' ').trim();
}

/** Whom a Discord mention addresses: a member, a role, a channel, or the whole server ("@everyone", "@here"). */
export type MentionKind = 'member' | 'role' | 'channel' | 'everyone';

/** Whom the first mention in `text` addresses; null when it holds none (custom emoji and timestamp tags name no one). */
export function mentionIn(text: string): MentionKind | null {
  for (const [tag] of text.matchAll(DISCORD_MARKUP)) {
    if (tag.startsWith('<@&')) return 'role';
    if (tag.startsWith('<@')) return 'member';
    if (tag.startsWith('<#')) return 'channel';
    if (tag.startsWith('@')) return 'everyone';
  }
  return null;
}

/** Runs of capitalised words in `frame`, without the framing words ("Did", "Is it true that"). */
export function framedNames(frame: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length) runs.push(run.join(' '));
    run = [];
  };
  for (const token of frame.split(/[\s,;:!?¿¡()"“”«»„…]+/u)) {
    const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (/^\p{Lu}/u.test(word) && !QUESTION_FRAME_WORDS.has(word.toLowerCase())) run.push(word.replace(/['’]s$/u, ''));
    else close();
  }
  close();
  return runs;
}

/**
 * Whether a name is an outlet of the corpus the question is read against ("the Guardian" where the corpus has The
 * Guardian): a name after "the" with no news outlet's word in it is read as an outlet only then. Text alone knows no
 * outlet.
 */
export type OutletTest = (name: string) => boolean;
const NO_OUTLETS: OutletTest = () => false;

/**
 * Whether the corpus the question is read against uses a name as a body's, whatever its words ("the Vatican" where an
 * outlet credits "the Vatican said" or "a Vatican spokesman"): a name after "the" that `bodyLike` does not know from its
 * words is read as a body only then. Text alone knows no such body.
 */
export type BodyTest = (name: string) => boolean;
const NO_BODIES: BodyTest = () => false;

/** What the corpus tells of names a question may ask with: its outlets and the bodies it quotes. */
interface CorpusNames {
  isOutlet: OutletTest;
  isBody: BodyTest;
}

/**
 * The quotation a frame asks about and the name it asks with, or null ("Did Ruiz say …?"); `outlet` when the name is
 * read as an outlet of the corpus only (`isOutlet`: "Did the Guardian say …").
 */
function asked(text: string, { isOutlet, isBody }: CorpusNames): { name: string; rest: string; outlet?: true } | null {
  const m = ASKED.exec(text.trim());
  // "Did <@1234> say …" with the mention left out is no question about someone called "Did"
  if (!m || QUESTION_FRAME_WORDS.has(m[1]!.toLowerCase())) return null;
  const [name, verb] = [m[1]!, m[2]!];
  const rest = m[3]!.replace(/[?¿!\s]+$/u, '');
  if (newsOutletLike(name)) return { name, rest };
  // "Did the Kremlin say …": a body, said through its officials (who-said never calls it misattributed by the name
  // alone); a body does not "report" words, an outlet does
  if (THE_NAMED.test(name) && bodyLike(name) && !REPORTED_VERB.test(verb)) return { name, rest };
  // "Did the Guardian say …": an outlet of the corpus by a name with no news outlet's word
  if (THE_NAMED.test(name) && isOutlet(name)) return { name, rest, outlet: true };
  // "Did the Vatican say …" of a corpus quoting the Vatican as a body; "Did the Mayor say …", "Did the Prime Minister
  // say …": a title, asked as "the mayor" is (a title does not "report" words either)
  if (THE_NAMED.test(name) && !REPORTED_VERB.test(verb) && (isBody(name) || titleLike(name))) return { name, rest };
  if (THE_NAMED.test(name) || REPORTED_VERB.test(verb)) return null;
  return { name, rest };
}

/**
 * The readings of what a member typed as a quotation, most literal first: the text itself (web addresses and
 * Discord mentions removed); then, when it holds a quotation in marks among other words ("Did Ruiz say 'we will win'?", a
 * pasted paragraph), the quoted words with the names around them; or, without marks, the words after a
 * question of the form "did NAME say …" / "NAME said …". Which reading answers is the caller's choice; `isOutlet`
 * says which names are outlets of the corpus ("Did the Guardian say …" is read only where one is so named), `isBody`
 * which it quotes as bodies ("Did the Vatican say …" is read as a body's only where the corpus quotes one so).
 */
export function questionReadings(typed: string, isOutlet: OutletTest = NO_OUTLETS, isBody: BodyTest = NO_BODIES): QuestionReading[] {
  const corpus: CorpusNames = { isOutlet, isBody };
  const spaced = (t: string) => t.replace(/\s+/g, ' ').trim();
  const text = spaced(typed.replace(URL, ' ').replace(DISCORD_MARKUP, ' '));
  const readings = readingsOf(text, corpus);
  // the mentions may be the quotation's own words ("Thanks @everyone who came"), or pasted user mentions
  // noise ("… our economy @mayor_fan99 into …"): both read too, answering only where they answer better
  const seen = new Set(readings.map((r) => `${r.quote}\n${r.askedName}`));
  for (const variant of [spaced(typed.replace(URL, ' ')), spaced(text.replace(HANDLE, ' '))]) {
    if (variant === text || !variant) continue;
    for (const r of readingsOf(variant, corpus)) {
      const key = `${r.quote}\n${r.askedName}`;
      if (!seen.has(key)) readings.push(r);
      seen.add(key);
    }
  }
  return readings;
}

function readingsOf(text: string, corpus: CorpusNames): QuestionReading[] {
  const readings: QuestionReading[] = [{ quote: text, askedName: null, names: [] }];
  const quoted: string[] = [];
  const single: { marked: string; inner: string }[] = [];
  let frame = text;
  for (const m of text.matchAll(QUOTED)) {
    const inner =
      m
        .slice(1)
        .find((g) => g !== undefined)
        ?.trim() ?? '';
    if (inner.split(/\s+/).length < 2) {
      if (/[\p{L}\p{N}]/u.test(inner)) single.push({ marked: m[0], inner });
      continue;
    }
    quoted.push(inner);
    frame = frame.replace(m[0], ' … ');
  }
  // one word in marks is read as the quotation only in a short question about it (“Did Ruiz say "reckless"?”):
  // in a pasted paragraph it is a scare quote or a title, not what is asked about
  if (!quoted.length && single.length) {
    let around = text;
    for (const { marked } of single) around = around.replace(marked, ' … ');
    if (questionAround(around, corpus)) {
      quoted.push(...single.map(({ inner }) => inner));
      frame = around;
    }
  }
  if (quoted.length) {
    if (!/[\p{L}\p{N}]/u.test(frame)) return readings;
    const question = asked(frame.replace(/\s+/g, ' '), corpus);
    readings.push({
      quote: quoted.join(' … '),
      askedName: question?.name ?? null,
      names: framedNames(frame),
      ...outletFlag(question),
    });
    return readings;
  }
  // "who said strengthen communication at all levels": the words after the question, no one named
  const whoAsks = WHO_ASKS_REST.exec(text);
  if (whoAsks && whoAsks[1]!.split(/\s+/).length >= 2)
    readings.push({ quote: whoAsks[1]!.replace(/[?¿!\s]+$/u, ''), askedName: null, names: [] });
  // "…, right?" asks as a "?" does, and is no part of the words
  const untagged = text.replace(QUESTION_TAG, '?');
  const asks = /\?\s*$/.test(untagged);
  const question = asked(untagged, corpus);
  if (question && question.rest.split(/\s+/).length >= 2) {
    const guess = !/^(?:is it true that|was it|did|has|have|does)\b/i.test(untagged) && !asks;
    readings.push({ quote: question.rest, askedName: question.name, names: [], ...(guess ? { guess } : {}), ...outletFlag(question) });
  }
  const around = namedAround(untagged, corpus.isBody);
  if (around) {
    const guess = around.guessed && !asks;
    readings.push({ quote: around.rest, askedName: around.name, names: [], ...(guess ? { guess } : {}), ...outletFlag(around) });
  }
  return readings;
}

/** `outletLike` of a reading asking about a name (read as an outlet of the corpus, or as a news outlet's), spread into it. */
const outletFlag = (asking: { name: string | null; outlet?: true } | null): { outletLike?: true } =>
  asking?.name && (asking.outlet || newsOutletLike(asking.name)) ? { outletLike: true } : {};

/**
 * True when `name` reads as a body's, "the" before it or not: its last word a body's (`BODY_NAME_ENDS`: "Kremlin",
 * "White House", "Defence Ministry", "the council"), or initials in capitals alone (`ACRONYM`: "NATO", "the EU"), and no
 * news outlet's name (`newsOutletLike` is read first: "the
 * Washington Post"). Who-said takes such a name as a hint of who said the words, never as a person to be called
 * misattributed: the outlets quote a body through its spokespeople and officials.
 */
export function bodyLike(name: string): boolean {
  if (newsOutletLike(name)) return false;
  const bare = name.trim().replace(/^the /iu, '');
  if (ACRONYM.test(bare)) return true;
  const last = labelWords(bare).at(-1);
  return !!last && BODY_NAME_ENDS.has(last);
}

/**
 * A name written in capitals alone, an organisation's or a state's initials ("NATO", "EU", "the UN", "U.N."): a body's,
 * unless a person of the corpus is so named (who-said's `personNamed`); a news outlet's ("BBC") is read first.
 */
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;

/**
 * True when `name` is a title after "the" ("the Mayor", "the Prime Minister", "the Chinese defence minister"), asked
 * as a role is ("the mayor"): its last word a title written before a name or an office's (`TITLES`, `OFFICE_TITLES` of
 * the claims' word lists), not one that only qualifies another ("acting", "former", `TITLE_MODIFIERS` that are no
 * `PERSON_ROLE_NOUNS`) nor a courtesy ("Sir", `HONORIFICS`); no news outlet's name.
 */
export function titleLike(name: string): boolean {
  if (!/^the /iu.test(name.trim()) || newsOutletLike(name)) return false;
  const last = labelWords(name.trim().replace(/^the /iu, '')).at(-1);
  return !!last && titleWord(last);
}

/**
 * A title written before a name or an office's, no courtesy, nor a word that only qualifies another title ("acting",
 * "former"; "chief", "head" are a role's head too: "the Russian navy chief").
 */
const titleWord = (word: string): boolean =>
  (TITLES.has(word) || OFFICE_TITLES.has(word)) && !HONORIFICS.has(word) && (!TITLE_MODIFIERS.has(word) || PERSON_ROLE_NOUNS.has(word));

/**
 * True when `name` is a title or a role typed with no name ("the mayor", "the Prime Minister", "port director",
 * "Chinese defence minister"): "the" or "a" aside, its last word a title or an office's (as `titleLike` reads them) or
 * a noun of a person's role (`PERSON_ROLE_NOUNS`: "harbourmaster", "spokeswoman"). Whether a person of the corpus goes
 * by those words is the caller's to check.
 */
export function roleLike(name: string): boolean {
  const ws = labelWords(name.trim().replace(/^(?:the|an?) /iu, ''));
  const last = ws.at(-1);
  if (!last || newsOutletLike(name)) return false;
  return titleWord(last) || PERSON_ROLE_NOUNS.has(last);
}

/** "Did … say REST" whatever the name asked with: the frame's opening, a few words, a verb of saying. */
const FRAMED = new RegExp(
  `^(?:[Ii]s it true that |[Ww]as it |[Dd]id |[Hh]as |[Hh]ave |[Dd]oes )\\S.{0,60}? (?:really |ever |actually )?${VERB}(?: that)?[:,]? (.+)$`,
  'u',
);

/**
 * The words a question asks about after its frame, whatever name it asks with ("Did the Observer say the port will
 * close?" → "the port will close"), or null: of a question no reading names anyone in, so a compound typed split is
 * joined in those words and never with the frame's ("Observersay"). At least two words.
 */
export function framedWords(text: string): string | null {
  const rest = FRAMED.exec(text.trim())?.[1]?.replace(/[?¿!\s]+$/u, '');
  return rest && rest.split(/\s+/).length >= 2 ? rest : null;
}

/**
 * True when `name` reads as a news outlet's: a web site ("nytimes.com"), a wire service or broadcaster by its name or
 * initials ("Reuters", "AP", "A.F.P.", `NEWS_OUTLET_NAMES`), or a name ending in a news outlet's word ("BBC News",
 * "The Daily Herald", "Associated Press", `NEWS_OUTLET_WORDS`; "Xinhua News Agency", `NEWS_SERVICE_WORDS` after
 * one), "the" before it or not. Read from the name alone: whether the corpus credits someone so named is the
 * answer's to check.
 */
export function newsOutletLike(name: string): boolean {
  const bare = name.trim().replace(/^the /iu, '');
  if (WHOLE_DOMAIN.test(bare)) return true;
  if (NEWS_OUTLET_NAMES.has(bare.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))) return true;
  // "Agence France-Presse": a hyphenated name's last part
  const words = bare
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((w) => w.replace(/['’]s$|\.$/u, ''));
  const [last, before] = [words.at(-1)!, words.at(-2)];
  return NEWS_OUTLET_WORDS.has(last) || (NEWS_SERVICE_WORDS.has(last) && !!before && NEWS_OUTLET_WORDS.has(before));
}

/** A question tag after the words ("…, right?", "…, didn't she?"): the member asks, as with a "?". */
const QUESTION_TAG =
  /,\s*(?:right|correct|true|yes|no|is that (?:right|true|correct)|(?:is|was|did)n['’]?t (?:it|he|she|they)|did (?:he|she|they))\s*\?+\s*$/iu;

/**
 * True when `name` may name who said the words: a role ("the mayor"), or capitalised words none of which labels a
 * paste, a heading or an interview's question ("Breaking:", "Quote:", "Q:") or is a stage note ("(Applause)"), the
 * first no pronoun or function word ("…, He said", "… — This").
 */
function speakerLike(name: string): boolean {
  if (/^[Tt]he \p{Ll}/u.test(name)) return true;
  const lower = labelWords(name);
  if (FUNCTION_WORDS.has(lower[0]!) || QUESTION_FRAME_WORDS.has(lower[0]!)) return false;
  return !lower.some((w) => labelWord(w) || STAGE_NOTE_WORDS.has(w));
}

/** The words of a name or a label, lower case, without a possessive's "'s" or a last dot ("Editor's", "Fwd."). */
const labelWords = (text: string): string[] => text.split(' ').map((w) => w.replace(/['’]s$|\.$/u, '').toLowerCase());

/** True when `word` labels a paste, a heading or an interview's question or answer ("breaking", "quote", "q"). */
const labelWord = (word: string): boolean =>
  NON_SPEAKER_LABEL_WORDS.has(word) || PASTED_LABEL_WORDS.has(word) || QUESTION_LABELS.has(word) || ANSWER_LABELS.has(word);

/** A few words before a colon, any case ("Breaking: …", "Breaking news: …", "Editor's note: …"): maybe a label. */
const LABELLED = /^([\p{L}'’]+(?: [\p{L}'’]+){0,2}) ?: +(.+)$/u;

/** Words after a verb of saying that credit the words before them ("…, said Ruiz", "…, Ruiz told"). */
const SAID_AFTER = '(?:said|says|told|claimed|claims|wrote|writes)';
/**
 * The ways a member names the speaker without a verb before the words, each with whether it is only a guess (its
 * text may as well be a quotation itself):
 * - "Ruiz: REST": a guess, as "Ruiz said REST" is ("Warning: …", "Budget Day: …" open quotations too);
 * - "REST, said Ruiz" / "REST, Ruiz said": no guess: words that end by crediting themselves to someone after a
 *   comma are a report of them, and a guess answers only a better kind, so a quotation typed with a typo would
 *   be answered with the name left unchecked;
 * - "REST — Ruiz" (the meme's "words — Person", any dash with a space before it) and "REST (Ruiz)": a guess, a
 *   quotation may end in a dash before a capitalised word ("we owe it to one place — Europe") or a stage note
 *   ("(Applause)");
 * - "Reuters - REST", "BBC News — REST", "LONDON (Reuters) - REST": a news outlet only (`outletOnly`), a wire
 *   dateline or a pasted heading, a guess as "Reuters: …" is; a person's name before a dash ("Ruiz - …") is left
 *   unread, as a quotation may open with a name and a dash ("Europe — we owe it everything").
 */
// the name, or the web site where the member saw the words ("… - nytimes.com")
const SOURCE = `${NAME}|${DOMAIN}`;
// a dash after a name opening the text, a hyphen only with spaces around it ("Reuters - …", "BBC News— …")
const DASH_AFTER = '(?: *[—–―] *| +--? +)';
const NAMED_AROUND: readonly { form: RegExp; name: number; rest: number; guessed: boolean; outletOnly?: boolean }[] = [
  { form: new RegExp(`^@?(${SOURCE}) ?: +(.+)$`, 'u'), name: 1, rest: 2, guessed: true },
  { form: new RegExp(`^(.+?)[,;] +${SAID_AFTER} @?(${SOURCE})$`, 'u'), name: 2, rest: 1, guessed: false },
  { form: new RegExp(`^(.+?)[,;] +@?(${SOURCE}) ${SAID_AFTER}$`, 'u'), name: 2, rest: 1, guessed: false },
  { form: new RegExp(`^(.+?) +(?:[—–―~]|--?) *@?(${SOURCE})$`, 'u'), name: 2, rest: 1, guessed: true },
  { form: new RegExp(`^(.+?) *\\( *@?(${SOURCE}) *\\)$`, 'u'), name: 2, rest: 1, guessed: true },
  { form: new RegExp(`^@?(${SOURCE})${DASH_AFTER}(.+)$`, 'u'), name: 1, rest: 2, guessed: true, outletOnly: true },
  // a dateline's place and date before the outlet in brackets ("LONDON, March 3 (Reuters) - …"), no bracket in them
  {
    form: new RegExp(`^(?:[^()]{1,60} )?\\( *@?(${SOURCE}) *\\)${DASH_AFTER}(.+)$`, 'u'),
    name: 1,
    rest: 2,
    guessed: true,
    outletOnly: true,
  },
];

/**
 * The quotation and the speaker a member names around it without a verb before it ("Ruiz: …", "…, said Ruiz",
 * "… — Ruiz", "… (Ruiz)", an outlet's "Reuters - …"), or null. The name is a few capitalised words, "the <role>", or a news outlet's name or
 * web site (`newsOutletLike`, even holding a label's word: "… - Washington Post"); the words at least two. A label
 * before a colon ("Breaking: …", "Breaking news: …", "Opinion: …") names no one (`name` null): a guess, the words
 * after it looked up, as a heading copied with a quotation is no part of it.
 */
function namedAround(text: string, isBody: BodyTest): { name: string | null; rest: string; guessed: boolean } | null {
  const body = text.trim().replace(/[?¿!.\s]+$/u, '');
  const enough = (words: string): boolean => words.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 2;
  const label = LABELLED.exec(body);
  const labelled = (first: boolean): boolean => {
    const words = label ? labelWords(label[1]!) : [];
    return words.length > 0 && (first ? labelWord(words[0]!) : words.some(labelWord));
  };
  // "Post: …", "Breaking News: …" open with a label; "Valley Post: …" is an outlet's name
  if (labelled(true) && enough(label![2]!)) return { name: null, rest: label![2]!, guessed: true };
  for (const { form, name, rest, guessed, outletOnly } of NAMED_AROUND) {
    const m = form.exec(body);
    if (!m) continue;
    const words = m[rest]!.replace(/^[\s,;:—–―-]+|[\s,;:—–―-]+$/gu, '');
    // "…, the Kremlin said", "…, the Mayor said": "the" before a body's name or a title too, as a question reads it
    const theNamed = (n: string): boolean => THE_NAMED.test(n) && (bodyLike(n) || isBody(n) || titleLike(n));
    const named = newsOutletLike(m[name]!) || (!outletOnly && (speakerLike(m[name]!) || theNamed(m[name]!)));
    if (!named || !enough(words)) continue;
    return { name: m[name]!, rest: words, guessed };
  }
  // "Editor's note: …": a label's word after another word
  if (labelled(false) && enough(label![2]!)) return { name: null, rest: label![2]!, guessed: true };
  return null;
}

/** Words at most in a question around one quoted word (“Is it true that Marta Ruiz really said … ?”). */
const MAX_QUESTION_AROUND_WORD = 8;
const WHO_ASKS = new RegExp(`^(?:who|which \\p{L}+|what \\p{L}+) (?:has |had |did |first |really |actually |ever )*${VERB}\\b`, 'iu');
/** "Who said (that) REST", "which minister said: REST": the words asked about after the question. */
const WHO_ASKS_REST = new RegExp(`${WHO_ASKS.source}(?: that)?[:,]? (.+)$`, 'iu');

/**
 * True when `frame` (the text with its quoted word left out as “…”) is a short question asking who said it or
 * whether someone did: “Who said … ?”, “Did Li say … ?”, “Li said …, right?”.
 */
function questionAround(frame: string, corpus: CorpusNames): boolean {
  const spaced = frame.replace(/\s+/g, ' ').trim();
  if (spaced.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_QUESTION_AROUND_WORD) return false;
  return WHO_ASKS.test(spaced) || asked(spaced, corpus) !== null;
}

/** Number words read as figures and back: zero to twenty and the tens ("both" is a count, no figure's spelling). */
const SPELLED_FIGURES = new Map(
  Object.entries(NUMBER_WORDS).filter(([word, value]) => word !== 'both' && (value <= 20 || value % 10 === 0)),
);
const FIGURE_WORDS = new Map([...SPELLED_FIGURES].map(([word, value]) => [String(value), word]));
// a whole word or a whole figure: not part of "twenty-five", "3.5", "3,000", "5%", "$5" or "A5"
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\p{N}-])(${[...SPELLED_FIGURES.keys()].join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
const FIGURE = /(?<![\p{L}\p{N}.,$€£-])(0|[1-9]\d?)(?![\p{L}\p{N}%-]|[.,]\d)/gu;

/** Two typed words read as one compound at most this many ways (a search each). */
export const MAX_JOINED_READINGS = 3;

/**
 * The words with two neighbours joined into one compound, one pair at a time ("the new foot bridge" → "the new
 * footbridge", "foot-bridge" too): a member splits a compound the outlets write whole, and the search matches words as written. Only
 * pairs of words of three letters or more that are neither function words, modal verbs nor figures, at most
 * `MAX_JOINED_READINGS` versions, the first pairs first.
 */
export function joinedReadings(text: string): string[] {
  const out: string[] = [];
  const pair = /(?<![\p{L}\p{N}'’-])(\p{L}{3,})(?:[ \t]+|-)(\p{L}{3,})(?![\p{L}\p{N}'’-])/gu;
  for (let at = 0; at < text.length && out.length < MAX_JOINED_READINGS; ) {
    pair.lastIndex = at;
    const m = pair.exec(text);
    if (!m) break;
    const [first, second] = [m[1]!, m[2]!];
    // the next pair starts at the second word
    at = m.index + m[0].length - second.length;
    if (
      [first, second].some(
        (w) => isStopword(w.toLowerCase()) || MODALS.includes(w.toLowerCase()) || Object.hasOwn(NUMBER_WORDS, w.toLowerCase()),
      )
    )
      continue;
    out.push(`${text.slice(0, m.index)}${first}${second.toLowerCase()}${text.slice(m.index + m[0].length)}`);
  }
  return out;
}

/**
 * The words with their figures written the other way: number words as figures ("three of the five" → "3 of the 5",
 * "thirty thousand" → "30,000", "ten per cent" → "10%", "half a million" → "500,000", "1,500,000" ↔ "1.5 million"),
 * then figures as words ("3 of the 5" → "three of the five", "30,000" → "thirty thousand", "10%" → "ten percent");
 * only the versions that differ from `text`. Outlets write a figure either way, and the search matches words as
 * written: two versions at most, whatever the figures, so a question costs two searches more at most.
 */
export function figureReadings(text: string): string[] {
  const larger = largerFigures(text);
  const asFigures = rewritten(text, larger, 'figures').replace(NUMBER_WORD, (word) => String(SPELLED_FIGURES.get(word.toLowerCase())));
  const asWords = rewritten(text, larger, 'words').replace(FIGURE, (figure) => FIGURE_WORDS.get(String(Number(figure))) ?? figure);
  return [...new Set([asFigures, asWords])].filter((t) => t !== text);
}

/** A figure beyond one number word or two digits, where the text writes it, and how else it is written. */
interface LargerFigure {
  start: number;
  end: number;
  figures: string;
  words: string;
}

/** The scales a figure in digits is written with, largest first ("1.5 million"). */
const DIGIT_SCALES: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

/**
 * The figures of a text written in more than one word or with a sign ("thirty thousand", "1.5 million", "30,000",
 * "10 per cent", "a dozen"), each with its other forms: in digits as outlets write them ("30,000", "1.5 million", "10%";
 * a figure already so written, its other digits: "1,500,000" for "1.5 million"), and in words. A form that cannot be
 * written is the figure as typed. Figures of one word or two digits are read by `NUMBER_WORD` and `FIGURE`.
 */
function largerFigures(text: string): LargerFigure[] {
  const out: LargerFigure[] = [];
  for (const token of changeTokens(text)) {
    const figure = /^#(\d+(?:\.\d+)?)(%?)$/.exec(token.norm);
    if (token.role !== 'number' || !figure || !token.opensWord || !token.closesWord) continue;
    const typed = text.slice(token.start, token.end);
    // "both" is a count; one number word or a figure of two digits is read as before; "$5", "A5" are no figures
    if (
      /^(?:both|[\p{L}]+|\d{1,2})$/iu.test(typed) ||
      /[$€£\p{L}]$/u.test(text.slice(0, token.start)) ||
      /^[\p{L}\p{N}]/u.test(text.slice(token.end))
    )
      continue;
    const value = Number(figure[1]);
    const percent = figure[2] === '%';
    const inDigits = /\d/.test(typed);
    const asDigits = percent ? `${grouped(value)}%` : inDigits ? otherDigits(typed, value) : digitsOf(value);
    const asWords = wordsOf(value, percent);
    out.push({ start: token.start, end: token.end, figures: asDigits ?? typed, words: asWords ?? typed });
  }
  return out;
}

/** `text` with each larger figure written as `form` gives it. */
function rewritten(text: string, figures: readonly LargerFigure[], form: 'figures' | 'words'): string {
  let out = text;
  for (const f of [...figures].reverse()) out = `${out.slice(0, f.start)}${f[form]}${out.slice(f.end)}`;
  return out;
}

/** A figure in digits, grouped by thousands ("30,000", "1.5"). */
const grouped = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A figure in digits as outlets write it: "1.5 million" for a round share of a million or a billion, else grouped. */
function digitsOf(value: number): string {
  for (const [scale, name] of DIGIT_SCALES) {
    const share = value / scale;
    if (share >= 1 && Number.isInteger(share * 10)) return `${share} ${name}`;
  }
  return grouped(value);
}

/** The other way digits write a figure: "1,500,000" for "1.5 million" and back; null when there is none. */
function otherDigits(typed: string, value: number): string | null {
  if (/\p{L}/u.test(typed)) return Number.isInteger(value) ? grouped(value) : null;
  const scaled = digitsOf(value);
  return scaled !== grouped(value) ? scaled : null;
}

const WORD_OF_VALUE = new Map(Object.entries(NUMBER_WORDS).flatMap(([word, value]) => (word === 'both' ? [] : [[value, word] as const])));

/** A whole number under a hundred in words ("twenty-five"); null for any other. */
function underHundred(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
  const whole = WORD_OF_VALUE.get(n);
  if (whole) return whole;
  return `${WORD_OF_VALUE.get(n - (n % 10))}-${WORD_OF_VALUE.get(n % 10)}`;
}

/** Scales written in words, largest first. */
const WORD_SCALES: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
  [1, ''],
];

/**
 * A figure in words: under a hundred, or a count of thousands, millions or billions under a hundred ("thirty
 * thousand"), a half one ("one and a half million", "half a million"); "percent" after a percentage. Null for
 * others ("2,347"), which stay as typed.
 */
function wordsOf(value: number, percent: boolean): string | null {
  for (const [scale, name] of WORD_SCALES) {
    const share = value / scale;
    const half = share === 0.5 && scale >= 1e6;
    if (share < 1 && scale > 1 && !half) continue;
    const count = half
      ? 'half a'
      : Number.isInteger(share)
        ? underHundred(share)
        : Number.isInteger(share - 0.5) && share < 10
          ? `${underHundred(share - 0.5)} and a half`
          : null;
    if (!count) return null;
    return [count, name, percent ? 'percent' : ''].filter(Boolean).join(' ');
  }
  return null;
}
