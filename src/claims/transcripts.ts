/**
 * Interview and debate transcripts printed in an article: paragraphs that open with a speaker's label and a colon
 * ("TAPPER: Do you support it?", "MR. HALE: …", "Ana Ruiz: …", "Ruiz (interrupting): …", "Q: …", "A: …"). No mark
 * makes the words a quotation, yet they are one, the labelled speaker's. As with a pasted post (tweets.ts), the
 * words become a quotation without marks (its span is the words after the label, to the end of the paragraph's
 * first line; offsets stay indices into the file's text), and the `transcript-label` rule credits it. An article that
 * quotes the exchange whole, paragraph by paragraph, puts each label inside the opening quotation mark ("“RAMOS: Did you
 * …?"): the label is read there, the words are those inside the marks, and that quotation gives way to the turn.
 *
 * "Q." and "A." with a full stop, not a colon, are labels only in an interview of three such turns at least, questions
 * and answers in turn, in a document with no "B. …" line; "A. Lind said …" and a list's "A. …", "B. …" are none. An
 * answer runs on over the paragraphs after it (up to six; headings, notes, stage notes and the article telling of
 * someone in the third person left out) until the next question.
 *
 * An interviewer named only in the labels (in bold on the page: "Per Holm: Why now?") is a speaker where two people take
 * turns, each twice at least, in an article that calls itself an interview; each of their turns runs on over the
 * paragraphs after it until the next label. A turn quoted whole whose closing mark comes before the paragraph ends
 * ("“Lind: I will not resign,” read the headline.") ends there: the article's words after it are no one's turn.
 *
 * A label counts only where a transcript is: in a run of two or more labelled paragraphs (at most two other
 * paragraphs between two of them: a stage note, a turn carried on) with two speakers at least, two of the paragraphs
 * one right after the other, and a speaker who speaks again after another did or a line announcing the transcript
 * right before it ("An edited transcript:"), or, in an article that calls itself an interview, one person's named
 * turns each right after a question printed without a label (bold on the page: "Why did you start? ¶ Holt: …"); a list of people each with a line under a heading of their own
 * ("Sanders: Win in a walk." and a paragraph on him, then "Clinton: …") is none. A label is a speaker's when it is Q or A (in a run that something before it calls an interview: an explainer's own "Q: What is
 * a superdelegate?" is no one's), a role ("MODERATOR:", "AUDIENCE MEMBER:"), a name in capitals of two words ("JAKE
 * TAPPER:"), a name after a title ("Mr. Hale:"), a single word in capitals or a name in title case that the article
 * writes as a person's name elsewhere ("TAPPER:" after "Jake Tapper", "Lopez:" after "Luciana Lopez"), or a single
 * word in capitals after a line that says a transcript follows ("Full transcript:"; "GOAL:" of a live report is no
 * one). Headings, captions and pointers ("Note:", "Photo:", "Updated:", "Read more:", "Related:"), places ("New
 * Hampshire: …"), organisations and labels made of function words ("STAT OF THE WEEK:") are none.
 *
 * Who the label is: a surname is the person the article names in full ("TAPPER" → Jake Tapper, or the fuller label
 * "JAKE TAPPER:" of the same transcript); a role is a description ("the moderator"). Q is "the interviewer": a
 * question in a printed interview is the publication's, often edited, and an article that names two reporters does
 * not say which asked it; a description stays inside its document (speakers.ts), so it merges no one. A is the
 * person the interview is with: the guest the introduction names ("X sat down with the Courier", "the Courier spoke
 * with X", "an interview with X", "X, the …, answered our questions"; the side of a meeting that is the outlet or its
 * reporter, by "the Courier", "us" or a role such as "radio host Per Holm", is not the guest), else the one
 * the title and the text before the transcript name most (twice at least, more often than anyone else); when they do
 * not make it plain, the answer is left to no one rather than guessed.
 */
import { NO_SPEAKER } from './engine.js';
import type { DocModel } from './model.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';
import type { Span } from './types.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once. */
const {
  ANSWER_LABELS,
  COORDINATORS,
  DETERMINERS,
  MONTHS_DAYS,
  NON_SPEAKER_LABEL_WORDS,
  ORG_WORDS,
  PERSON_ROLE_NOUNS,
  PLACES,
  PREPOSITIONS,
  PRONOUNS,
  QUESTION_LABELS,
  TITLES,
  UNNAMED_SPEAKER_WORDS,
} = words;

const WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
/**
 * A label opening a paragraph: one to five capitalised words, a remark in parentheses ("(interrupting)"), a colon,
 * then the words (after a space, a no-break one too).
 */
const LABEL = new RegExp(String.raw`^(${WORD}(?:[ \t]+${WORD}){0,4})(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:[ \t\u00a0]+(?=\S)`, 'u');
/**
 * A question's or an answer's label written with a full stop ("Q. Why now?", "A. Because."): a turn's only in an
 * interview laid out as several alternating turns (`alternating`), never an initial ("A. Lind said") or a list item.
 */
const STOP_LABEL = /^(Q|A|Question|Answer|QUESTION|ANSWER)\.[ \t\u00a0]+(?=\S)/u;
/** Fewest turns labelled with a full stop that make an interview of them (Q, A, Q). */
const FEWEST_STOP_TURNS = 3;
/**
 * The quotation mark a transcript quoted whole opens each turn with, inside it the label ("“RAMOS: Did you lie to
 * them?”"), as articles quote several paragraphs: each opens with a mark, the last one closes.
 */
const OPEN_MARK = /^["“„«][ \t]*/u;
/** The closing mark of each opening one, followed by more words of the paragraph. */
const CLOSING_OF: Readonly<Record<string, RegExp>> = {
  '"': /[ \t]*"(?=[ \t]*\S)/u,
  '“': /[ \t]*”(?=[ \t]*\S)/u,
  '„': /[ \t]*[“”](?=[ \t]*\S)/u,
  '«': /[ \t]*»(?=[ \t]*\S)/u,
};
/** The closing mark after a quoted turn's words. */
const CLOSE_MARK = /[ \t]*["”“»]$/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
/** Most paragraphs between two labelled ones of one transcript ("(END VIDEO CLIP)", a turn carried on). */
const MOST_BETWEEN = 2;

/** Most paragraphs an answer of a printed interview runs on for before the next question ("A: …" ¶ … ¶ "Q: …"). */
const MOST_ANSWER_PARAGRAPHS = 6;

type Kind = 'question' | 'answer' | 'unnamed' | 'name';

/** A labelled paragraph. */
interface Turn {
  block: number;
  kind: Kind;
  /** The label as written, without its remark in parentheses. */
  label: Span;
  /** The name part of a `name` label (titles before it left out), as written. */
  name: string;
  /** A title before the name ("MR. HALE"). */
  titled: boolean;
  /** The words' span. */
  start: number;
  end: number;
  /** The label ends with a full stop, not a colon ("Q. …"). */
  stop?: boolean;
  /** The turn is one of two people's taking turns in an interview (`takingTurns`): it runs on to the next label. */
  interview?: boolean;
}

/**
 * Whether `next` belongs to the transcript of `prev`: at most MOST_BETWEEN paragraphs between them, or, from an answer
 * to the next question, as many as an answer runs on for.
 */
function within(prev: Turn, next: Turn): boolean {
  const between = next.block - prev.block - 1;
  return between <= (prev.kind === 'answer' && next.kind === 'question' ? MOST_ANSWER_PARAGRAPHS : MOST_BETWEEN);
}

/** Whether a run's turns labelled with a full stop make an interview: three at least, questions and answers in turn. */
function alternating(run: readonly Turn[]): boolean {
  const stops = run.filter((t) => t.stop);
  return stops.length >= FEWEST_STOP_TURNS && stops.every((t, i) => i === 0 || t.kind !== (stops[i - 1] as Turn).kind);
}

/** What the rule needs of a turn that became a quotation. */
interface Credit {
  kind: Kind;
  label: Span;
  /** For a `name`: the fullest form of it the transcript gives ("JAKE TAPPER" for "TAPPER"). */
  name: string;
  /** Where the transcript starts: what comes before it introduces the interview. */
  from: number;
}

const credits = new WeakMap<RawQuote, Credit>();

const bare = (w: string) => w.toLowerCase().replace(/[’']s$/, '');
const capitals = (s: string) => !LOWER.test(s) && (s.match(/\p{L}/gu)?.length ?? 0) >= 2;
const titleWord = (w: string) => TITLES.has(w) || TITLES.has(`${w}.`);
const unnamedWord = (w: string) => PERSON_ROLE_NOUNS.has(w) || UNNAMED_SPEAKER_WORDS.has(w);

/** The labelled paragraph at block [start, end) of `text`, or null. */
function turnAt(text: string, block: number, blockStart: number, end: number): Turn | null {
  let start = blockStart;
  const br = text.indexOf('\n', start);
  const lineEnd = br >= 0 && br < end ? br : end;
  // a turn quoted whole: the label inside the opening mark, the words inside the closing one
  const mark = OPEN_MARK.exec(text.slice(start, lineEnd))?.[0] ?? '';
  const rest = text.slice(start + mark.length, lineEnd);
  const colon = LABEL.exec(rest);
  const stopped = colon ? null : STOP_LABEL.exec(rest);
  const m = colon ?? stopped;
  const written = m?.[1];
  if (!m || !written) return null;
  const line = text.slice(start, lineEnd).trimEnd();
  const from = start + mark.length + m[0].length;
  // a quoted turn closed before the paragraph ends ("“Lind: I will not resign,” read the headline."): the words end
  // at the closing mark, the article's own words after it are no one's turn
  const closing = mark ? text.slice(from, start + line.length).search(CLOSING_OF[mark.trim()] ?? /$^/u) : -1;
  const wordsEnd = closing >= 0 ? from + closing : start + (mark ? line.replace(CLOSE_MARK, '') : line).length;
  start += mark.length;
  if (!LETTER.test(text.slice(from, wordsEnd))) return null;
  const label = { start, end: start + written.length, text: written };
  const parts = written.split(/[ \t]+/);
  const lower = parts.map(bare);
  const one = parts.length === 1 ? (lower[0] as string) : '';
  const turn = (kind: Kind, name = written, titled = false): Turn => ({ block, kind, label, name, titled, start: from, end: wordsEnd });
  if (stopped) return { ...turn(QUESTION_LABELS.has(one) ? 'question' : 'answer'), stop: true };
  if (QUESTION_LABELS.has(one)) return turn('question');
  if (ANSWER_LABELS.has(one)) return turn('answer');
  const closed = (w: string) =>
    NON_SPEAKER_LABEL_WORDS.has(w) ||
    DETERMINERS.has(w) ||
    PREPOSITIONS.has(w) ||
    COORDINATORS.has(w) ||
    PRONOUNS.has(w) ||
    MONTHS_DAYS.has(w);
  if (lower.some(closed) || PLACES.has(lower.join(' ')) || ORG_WORDS.has(lower.at(-1) as string)) return null;
  if (lower.every(unnamedWord)) return turn('unnamed');
  let i = 0;
  while (i < parts.length - 1 && titleWord(lower[i] as string)) i++;
  // a name after its titles ("SEN. TOVE LIND" is Tove Lind); a name may hold a role's word ("JOHN KING")
  return turn('name', parts.slice(i).join(' '), i > 0);
}

/** Spans of the labels of a document: a name written there is no evidence of itself. */
type Labels = readonly Span[];
const inLabel = (labels: Labels, at: number) => labels.some((l) => l.start <= at && at < l.end);

/** Whether `text` writes `word` as the last word of a fuller name ("Mary Fallin", "Sen. Fallin") outside the labels. */
function namedInFull(text: string, word: string, labels: Labels): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, capitals(word) ? 'giu' : 'gu');
  for (const m of text.matchAll(found)) {
    if (inLabel(labels, m.index) || !/^\p{Lu}/u.test(m[0])) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:^|[\s(])\p{Lu}[\p{L}'’.-]*[ \t]+$/u.test(before)) return true;
  }
  return false;
}

/**
 * Whether the article names the speaker of a `name` turn as a person (see the module comment): `weak` for a single word
 * in capitals it writes nowhere else ("GOAL:" of a live report, "HOUSING:" of a list, is no one), taken only after a line
 * that says a transcript follows.
 */
function known(text: string, t: Turn, turns: readonly Turn[], labels: Labels, memo: Map<string, Evidence>): Evidence {
  const key = `${t.titled}|${t.name}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = evidence(text, t, turns, labels, memo);
    memo.set(key, found);
  }
  return found;
}

/**
 * `unproven`: a name of two words or more in title case the article writes only in labels (an interviewer's name in
 * bold, "Per Holm: Why now?"), taken only when two people take turns in an interview (`takingTurns`).
 */
type Evidence = 'strong' | 'weak' | 'unproven' | null;

/** A name in title case of two words or more ("Per Holm", "Ana de la Cruz"). */
const TITLE_CASE_NAME =
  /^\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}\p{Ll}[\p{L}'’-]*|de|van|von|da|la|le|del))*[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

function evidence(text: string, t: Turn, turns: readonly Turn[], labels: Labels, memo: Map<string, Evidence>): Evidence {
  if (t.titled || (capitals(t.name) && t.name.includes(' '))) return 'strong';
  if (t.name.includes(' ')) {
    // a name in title case written elsewhere in the article, not as a label
    for (let at = text.indexOf(t.name); at >= 0; at = text.indexOf(t.name, at + 1)) if (!inLabel(labels, at)) return 'strong';
    return TITLE_CASE_NAME.test(t.name) ? 'unproven' : null;
  }
  const last = speakerKey(t);
  const fuller = turns.some(
    (o) => o.kind === 'name' && o.name.includes(' ') && speakerKey(o) === last && known(text, o, turns, labels, memo) === 'strong',
  );
  if (fuller || namedInFull(text, t.name, labels)) return 'strong';
  return capitals(t.name) ? 'weak' : null;
}

/** Who a turn's speaker is, for counting the speakers of a run. */
function speakerKey(t: Turn): string {
  return t.kind === 'name' ? bare(t.name.split(' ').at(-1) as string) : t.kind === 'unnamed' ? t.name.toLowerCase() : t.kind;
}

/** The fullest label of the document ending with a `name` turn's last word ("JAKE TAPPER" for "TAPPER"). */
function fullest(t: Turn, turns: readonly Turn[]): string {
  const last = speakerKey(t);
  let best = t.name;
  for (const o of turns) if (o.kind === 'name' && speakerKey(o) === last && o.name.length > best.length) best = o.name;
  return best;
}

/** A paragraph that announces a transcript: "Partial transcript as follows:", "An edited transcript:", "They spoke:". */
const HEADING = /(?:\btranscript\b.*|:)\s*$/iu;

/** Words before a run of Q and A that say it is an interview, not an explainer asking its own questions. */
const INTERVIEW =
  /\b(?:interview(?:ed|s)?|answered (?:\S+ )?questions|spoke (?:with|to)|talked (?:with|to)|sat down with|conversation with|Q ?(?:&|and) ?A with|edited for (?:length|clarity)|transcript)\b/iu;

/** Words of a paragraph that announces a transcript by name, not only by its colon ("The exchange went like this:"). */
const ANNOUNCES = /\b(?:transcript|interview|exchange|conversation|dialogue|debate|as follows|went like this)\b/iu;

/**
 * How the paragraph right before `turn` announces what follows: `named` when it says a transcript follows ("Partial
 * transcript as follows:"), `colon` when it only ends with a colon ("What the budget holds:"), else null.
 */
function announced(text: string, blocks: readonly { start: number; end: number }[], turn: Turn): 'named' | 'colon' | null {
  const lead = blocks[turn.block - 1];
  const line = lead ? text.slice(lead.start, lead.end) : '';
  if (!HEADING.test(line)) return null;
  return ANNOUNCES.test(line) ? 'named' : 'colon';
}

/**
 * Whether a run of labelled paragraphs is a transcript: two speakers at least, two of its paragraphs one right after
 * the other, and a speaker who speaks again after another did (Q, A, Q) or a paragraph announcing it right before.
 * A list of people each with a line under a heading of their own ("Sanders: Win in a walk." and a paragraph on him,
 * then "Clinton: …") is none; nor is a run of Q and A alone that nothing before it calls an interview (an explainer's
 * "Q: What is a superdelegate?" is the publication's own question and answer).
 */
function transcript(
  text: string,
  blocks: readonly { start: number; end: number }[],
  run: readonly Turn[],
  heading: boolean,
  from: number,
): boolean {
  const keys = run.map(speakerKey);
  if (new Set(keys).size === 1 && interviewAnswers(text, blocks, run, from)) return true;
  if (new Set(keys).size < 2 || !run.some((t, i) => i > 0 && t.block === (run[i - 1] as Turn).block + 1)) return false;
  if (run.every((t) => t.kind === 'question' || t.kind === 'answer') && !INTERVIEW.test(text.slice(0, from))) return false;
  return heading || keys.some((k, i) => keys.slice(i + 2).includes(k) && keys.slice(i + 1).some((o) => o !== k));
}

/** A question printed without a label: a paragraph ending with a question mark (a closing mark after it). */
const QUESTION = /\?["”’»)]?\s*$/u;

/**
 * A printed interview whose questions carry no label (set in bold on the page, the reader tells them apart) and
 * whose answers carry the interviewee's name ("Why did you start? ¶ Holt: Because nobody else was going to."): one
 * person's named turns, two at least, each right after an unlabelled question, in an article that calls itself an
 * interview before them.
 */
function interviewAnswers(text: string, blocks: readonly { start: number; end: number }[], run: readonly Turn[], from: number): boolean {
  if (run.length < 2 || run.some((t) => t.kind !== 'name') || !INTERVIEW.test(text.slice(0, from))) return false;
  return run.every((t) => {
    const before = blocks[t.block - 1];
    return (
      before !== undefined && QUESTION.test(text.slice(before.start, before.end)) && !turnAt(text, t.block - 1, before.start, before.end)
    );
  });
}

/**
 * Whether two people take turns in a run that an article calling itself an interview prints (the interviewer's name,
 * in bold on the page, written only in the labels): two speakers, each speaking twice at least, never twice in a row,
 * one of them named in the article.
 */
function takingTurns(text: string, run: readonly Turn[], unproven: ReadonlySet<Turn>, from: number): boolean {
  const keys = run.map(speakerKey);
  const speakers = new Set(keys);
  if (speakers.size !== 2 || !run.some((t) => !unproven.has(t)) || !INTERVIEW.test(text.slice(0, from))) return false;
  return [...speakers].every((k) => keys.filter((o) => o === k).length >= 2) && keys.every((k, i) => i === 0 || k !== keys[i - 1]);
}

/** The transcripts' labelled paragraphs of a document, by the rules of the module comment. */
export function transcriptTurns(text: string, blocks: readonly { start: number; end: number }[]): Turn[] {
  const all: Turn[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as { start: number; end: number };
    const t = turnAt(text, b, block.start, block.end);
    if (t) all.push(t);
  }
  if (all.length < 2) return [];
  const labels = all.map((t) => t.label);
  // "A." beside "B." is a list's or a quiz's item, no answer
  const lettered = blocks.some((b) => /^[BCD]\.[ \t]/u.test(text.slice(b.start, b.start + 3)));
  const weak = new Set<Turn>();
  const unproven = new Set<Turn>();
  const memo = new Map<string, Evidence>();
  const kept = all.filter((t) => {
    const k = t.kind === 'name' ? known(text, t, all, labels, memo) : 'strong';
    if (k === 'weak') weak.add(t);
    if (k === 'unproven') unproven.add(t);
    return k !== null;
  });
  const out: Turn[] = [];
  let run: Turn[] = [];
  const close = () => {
    const first = run[0];
    if (first) {
      const heading = announced(text, blocks, first);
      const from = (blocks[first.block] as { start: number }).start;
      const strong = heading === 'named' ? run : run.filter((t) => !weak.has(t));
      const interview = takingTurns(text, strong, unproven, from);
      const proven = interview ? strong.map((t) => ({ ...t, interview })) : strong.filter((t) => !unproven.has(t));
      const members = alternating(proven) && !lettered ? proven : proven.filter((t) => !t.stop);
      if (transcript(text, blocks, members, heading !== null, from)) out.push(...members);
    }
    run = [];
  };
  for (const t of kept) {
    const prev = run.at(-1);
    if (prev && !within(prev, t)) close();
    run.push(t);
  }
  close();
  return out;
}

/** A paragraph in the speaker's own voice: a pronoun of the first or second person ("I", "we", "you"). */
const OWN_VOICE = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll|d)|me|my|us|our|you|your)(?![\p{L}'’])/iu;

/** A paragraph opening with a short label of its own and a colon ("Editor's note: …", "Update: …"). */
const LABELLED_LINE = /^\p{Lu}[\p{L}'’ .-]{0,30}:\s/u;

/** A paragraph ending as a sentence does, not a heading between two turns ("On the ferries"). */
const SENTENCE_END = /[.!?…]["”’')]?$/u;

/** A pronoun of the third person singular ("she", "his"): the article telling of someone. */
const THIRD_PERSON = /(?<![\p{L}'’])(?:he|she|him|her|his|hers)(?![\p{L}'’])/iu;

/**
 * Whether a paragraph between two turns of an interview is the article's own telling ("Later in the interview, Ruiz
 * defended the budget.", "She laughed."): it names one of the two speakers, or speaks of someone in the third person
 * and not in the speaker's own voice.
 */
function narrated(line: string, turns: readonly Turn[]): boolean {
  if (THIRD_PERSON.test(line) && !OWN_VOICE.test(line)) return true;
  return turns.some((t) => {
    if (t.kind !== 'name') return false;
    const last = (t.name.split(/\s+/).at(-1) as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(String.raw`(?<![\p{L}\p{N}])${last}(?![\p{L}\p{N}])`, 'iu').test(line);
  });
}

/**
 * The turns with the paragraphs that carry a turn on before the next labelled one of its transcript ("RUIZ: Not while I am
 * mayor. ¶ We have fought for it for ten years. ¶ HALE: …"): each such paragraph a turn of the same speaker, when it is in a
 * speaker's own voice (I, we, you: a line of the article's own between two turns speaks of the people in the third person)
 * and is no stage note ("(LAUGHTER)", "[CROSSTALK]", "…."). After the last turn the article's own text goes on.
 */
function withContinuations(text: string, blocks: readonly { start: number; end: number }[], turns: readonly Turn[]): Turn[] {
  const out: Turn[] = [];
  turns.forEach((t, i) => {
    out.push(t);
    const next = turns[i + 1];
    if (!next || !within(t, next)) return;
    // an answer runs on to the next question whatever its voice, as a turn of an interview does to the next label;
    // elsewhere a line of the article's own may stand between
    const answer = (t.kind === 'answer' && next.kind === 'question') || Boolean(t.interview && next.interview);
    for (let b = t.block + 1; b < next.block; b++) {
      const block = blocks[b] as { start: number; end: number };
      const words = text.slice(block.start, block.end);
      const start = block.start + (words.length - words.trimStart().length);
      const end = block.start + words.trimEnd().length;
      const line = text.slice(start, end);
      // a stage note, or a line with a label of its own ("Editor's note: …"), carries no turn on
      if (!LOWER.test(line) || /^[([]/u.test(line) || LABELLED_LINE.test(line)) continue;
      if (answer ? !SENTENCE_END.test(line) || narrated(line, [t, next]) : !OWN_VOICE.test(line)) continue;
      out.push({ ...t, block: b, start, end });
    }
  });
  return out;
}

/**
 * `quotes` (from `findQuotes`, in text order) with the words of every transcript turn in `blocks` added as a
 * quotation without marks. Quotations inside the words give way to it (they are found again as nested ones); a
 * turn that a quotation runs into or out of, or whose words are one quotation already, is left as it is.
 *
 * @example withTranscripts(text, blocks, quotes) // 'RUIZ: I do.' (with a second turn) → adds [6, 11) 'I do.'
 */
export function withTranscripts(text: string, blocks: readonly { start: number; end: number }[], quotes: RawQuote[]): RawQuote[] {
  const labelled = transcriptTurns(text, blocks);
  if (!labelled.length) return quotes;
  const turns = withContinuations(text, blocks, labelled);
  let out = quotes;
  let from = -1;
  let prev: Turn | undefined;
  for (const t of turns) {
    if (!prev || !within(prev, t)) from = (blocks[t.block] as { start: number }).start;
    prev = t;
    const { start, end } = t;
    const touching = out.filter((q) => q.block === t.block && q.start < end && q.end > start);
    const inside = (q: RawQuote) => q.start >= start && q.end <= end && q.closed && !q.continued;
    // the quotation that quotes the turn whole, its label inside ("“RAMOS: Did you lie?”"): the turn's words replace it
    const quoting = (q: RawQuote) => q.innerStart === t.label.start && q.start < t.label.start;
    if (touching.some((q) => !inside(q) && !quoting(q))) continue;
    if (touching.some((q) => q.start === start && q.end === end)) continue;
    const quote: RawQuote = { start, end, innerStart: start, innerEnd: end, block: t.block, closed: true, continued: false };
    credits.set(quote, { kind: t.kind, label: t.label, name: t.kind === 'name' ? fullest(t, turns) : t.name, from });
    out = out.filter((q) => !touching.includes(q));
    const before = out.findIndex((q) => q.block > t.block || (q.block === t.block && q.start > start));
    out.splice(before < 0 ? out.length : before, 0, quote);
  }
  return out;
}

/** A name as the article spells it: "JAKE TAPPER" is "Jake Tapper" where the text writes it so, else in title case. */
function spelled(text: string, name: string): string {
  if (!capitals(name)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}(?![\p{L}\p{N}])`, 'giu')))
    if (LOWER.test(m[0])) return m[0].replace(/\s+/g, ' ');
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Phrases that name an interview's guest after them: "an interview with X", "a conversation with X", "we interviewed X". */
const GUEST_AFTER = /\b(?:interview|conversation|chat|Q ?& ?A|Q and A)\s+with\s+|\b(?<!(?:was|were|been|being)\s)interviewed\s+(?!by\b)/giu;
/** Phrases that name an interview's guest before them: "X, the harbour master, answered our questions", "X, interviewed by". */
const GUEST_BEFORE =
  /\banswer(?:ed|s)\s+(?:(?:our|the|your|some|a few|readers['’]?|\p{Lu}[\p{L}]*['’]s)\s+)?questions\b|\b(?:was|were)\s+interviewed\b|\binterviewed\s+by\b/gu;
/** Phrases whose guest stands on either side: "X sat down with the Courier", "the Courier spoke with X". */
const GUEST_EITHER = /\b(?:sat down|spoke|talked)\s+(?:with|to)\s+/giu;
/**
 * The side of a meeting that is the outlet or its reporter, not the guest: "the Saltby Courier", "us", "our
 * reporter", "the Courier's Per Holm", "We", "I", "reporters".
 */
const INTERVIEWER_SIDE =
  /^(?:[Tt]he\s+\p{Lu}|us\b|[Oo]ur\b|me\b|[Ww]e\b|I\b|[Tt]his\s+(?:newspaper|paper|site|reporter|writer|correspondent)\b|(?:[Aa]\s+)?(?:[Rr]eporters?|[Jj]ournalists?|[Cc]orrespondents?)\b|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*['’]s\s)/u;
/** The role of a reporter or host ("radio host Per Holm", "Courier reporter Per Holm"). */
const REPORTER_ROLE = /\b(?:reporter|host|editor|correspondent|columnist|anchor|interviewer|journalist|presenter)s?\b/iu;

/** Whether the words of [from, to) before the first person they name give a reporter's role ("radio host Per Holm"). */
function reporterBefore(model: DocModel, from: number, to: number): boolean {
  const first = peopleIn(model, from, to)[0];
  return first !== undefined && REPORTER_ROLE.test(model.text.slice(from, first.at));
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[.!?]["”’)]?\s+(?=["“]?\p{Lu})|\n/gu)) start = m.index + m[0].length;
  return start;
}

/** The people of the document mentioned in [from, to), each with its first mention there, in text order. */
function peopleIn(model: DocModel, from: number, to: number): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  for (const [p, seen] of model.seen) {
    const at = seen.find((pos) => pos >= from && pos < to);
    if (at !== undefined) out.push({ name: p.name, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The person [from, to) names first, or null, or when it names two joined by "and" ("Tove Lind and Jon Berg", "an
 * interview with the mayor, Tove Lind, and her deputy, Jon Berg"): a pair has no one guest.
 */
function firstPerson(model: DocModel, from: number, to: number): string | null {
  const [first, second] = peopleIn(model, from, to);
  if (second && /\b(?:and|&)\s/u.test(model.text.slice((first as { at: number }).at, second.at))) return null;
  return first?.name ?? null;
}

/** The person the latest sentence subject before `to` names ("Tove Lind runs the port. She sat down with …"), or null. */
function latestSubject(model: DocModel, to: number): string | null {
  return model.subjects.findLast((e) => e.pos < to && e.person !== false)?.speaker ?? null;
}

/** The person a sentence's subject, from `start` to `end`, names: a name in it, or "he"/"she" the person named last before it. */
function subjectPerson(model: DocModel, start: number, end: number): string | null {
  // a clause set before the subject ("On Monday, after the vote, she sat down with …"): the subject is after its comma
  const subject = model.text.slice(start, end).replace(/^.*,\s*/su, '');
  return firstPerson(model, start, end) ?? (/^(?:he|she)\b/iu.test(subject) ? latestSubject(model, start) : null);
}

/**
 * The guest the introduction names (text before `from`) by the usual shapes (see GUEST_AFTER, GUEST_BEFORE,
 * GUEST_EITHER), when all of them name one person; else null.
 */
function guestNamed(model: DocModel, from: number): string | null {
  const intro = model.text.slice(0, from);
  const found = new Set<string>();
  const after = (end: number) => {
    const stop = intro.slice(end).search(/[.!?;\n]/u);
    return [end, stop < 0 ? intro.length : end + stop] as const;
  };
  for (const m of intro.matchAll(GUEST_AFTER)) {
    const [objectFrom, objectTo] = after(m.index + m[0].length);
    const object = intro.slice(objectFrom, objectTo);
    // "in an interview with the Courier, Tove Lind said": the guest after the outlet
    const comma = object.indexOf(',');
    const who = !INTERVIEWER_SIDE.test(object)
      ? firstPerson(model, objectFrom, objectTo)
      : comma >= 0
        ? firstPerson(model, objectFrom + comma + 1, objectTo)
        : null;
    if (who) found.add(who);
  }
  for (const m of intro.matchAll(GUEST_BEFORE)) {
    const who = subjectPerson(model, sentenceStart(intro, m.index), m.index);
    if (who) found.add(who);
  }
  for (const m of intro.matchAll(GUEST_EITHER)) {
    const start = sentenceStart(intro, m.index);
    const [objectFrom, objectTo] = after(m.index + m[0].length);
    const subject = intro.slice(start, m.index).trim();
    const object = intro.slice(objectFrom, objectTo);
    // the side that is the outlet or its reporter is not the guest; the other side is
    const reporterObject = reporterBefore(model, objectFrom, objectTo);
    const reporterSubject = reporterBefore(model, start, m.index);
    const who =
      INTERVIEWER_SIDE.test(object) || (reporterObject && !reporterSubject)
        ? subjectPerson(model, start, m.index)
        : INTERVIEWER_SIDE.test(subject) || (reporterSubject && !reporterObject)
          ? firstPerson(model, objectFrom, objectTo)
          : null;
    if (who) found.add(who);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The one person an interview printed as Q and A is with (see the module comment): the guest the introduction names
 * ("X sat down with the Courier", "an interview with X"), else the person the title and the text before the
 * transcript name most, twice at least and more often than anyone else; else null.
 */
function interviewee(model: DocModel, from: number): string | null {
  const guest = guestNamed(model, from);
  if (guest) return guest;
  let best: string | null = null;
  let most = 0;
  let tie = false;
  for (const [p, seen] of model.seen) {
    const n = seen.filter((pos) => pos < from).length;
    if (n > most) [best, most, tie] = [p.name, n, false];
    else if (n === most) tie = true;
  }
  return most >= 2 && !tie ? best : null;
}

/**
 * The person of the document a label names: the one the people table gives, unless that one's name opens with a
 * title ("Gov Fallin" of a headline "OK Gov Fallin: …"), which gives way to one named in full ("Mary Fallin").
 */
function personNamed(model: DocModel, name: string): string | null {
  const found = model.people.lookup(name);
  const named = (p: { name: string }) => !titleWord(bare(p.name.split(' ')[0] as string));
  if (!found || named(found)) return found?.name ?? null;
  return model.people.candidates(name).find(named)?.name ?? found.name;
}

/** A role label as a description: "the moderator", "an audience member", "an unidentified speaker". */
function described(label: string): string {
  const lower = label.toLowerCase().split(/\s+/).map(bare);
  if (lower.some((w) => w === 'unidentified' || w === 'unknown')) return 'an unidentified speaker';
  if (lower[0] === 'audience') return `an ${lower.join(' ')}`;
  return `the ${lower.join(' ')}`;
}

/**
 * The speaker of quotation `raw` when it is a transcript turn's words (`withTranscripts`), `NO_SPEAKER` for an
 * answer whose interviewee the article does not make plain; null for every other quotation.
 */
export function transcriptSpeaker(model: DocModel, raw: RawQuote): Attribution | typeof NO_SPEAKER | null {
  const credit = credits.get(raw);
  if (!credit) return null;
  const mention = { ...credit.label };
  switch (credit.kind) {
    case 'question':
      return { speaker: 'the interviewer', mention };
    case 'answer': {
      const who = interviewee(model, credit.from);
      return who ? { speaker: who, mention } : NO_SPEAKER;
    }
    case 'unnamed':
      return { speaker: described(credit.label.text), mention };
    default: {
      const name = spelled(model.text, credit.name);
      return { speaker: personNamed(model, name) ?? name, mention };
    }
  }
}
