/**
 * An interview printed as turns, each opened by its speaker's label in bold ("<b>Q</b> Why now?", "<b>Ana
 * Ruiz:</b> …"), the label in bold on a line of its own above the turn, or several turns in one paragraph split by line
 * breaks. A reader sees each turn apart with its label; the text keeps them so — one paragraph a turn, opened by
 * "Label: " — as the claims side reads a transcript's turns (`claims/transcripts.ts`).
 * Labels count as turns' only when the page repeats them: Q and A both printed, or two speakers' labels each
 * printed twice or more (a bold lead-in or a subheading printed once is no speaker).
 */
import { all, ELEMENT_NODE, TEXT_NODE, textOf, type DomDocument, type DomElement, type DomNode, SPACE_RUNS } from './dom.js';

/** Most words and characters of a speaker's label ("Q", "Ana Ruiz", "The Saltby Courier"). */
const LABEL_WORDS = 4;
const LABEL_CHARACTERS = 40;
/** A label's words: capitalised names, Q and A, "Question", "Answer"; no sentence stop inside. */
const LABEL = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|al|bin|el|la|le|the)){0,3}$/u;
const QUESTION = /^(?:Q|Question)$/i;
const ANSWER = /^(?:A|Answer)$/i;
const BOLD = new Set(['B', 'STRONG']);

const isBlank = (n: DomNode): boolean => n.nodeType === TEXT_NODE && !(n.textContent ?? '').trim();
const isBr = (n: DomNode): boolean => n.nodeType === ELEMENT_NODE && (n as DomElement).tagName === 'BR';

/** A label as written, its colon or stop left off ("Ana Ruiz:" → "Ana Ruiz", "Q." → "Q"), or null. */
function asLabel(text: string): string | null {
  const label = text
    .replace(SPACE_RUNS, ' ')
    .trim()
    .replace(/\s*[:.]$/, '');
  if (!label || label.length > LABEL_CHARACTERS || label.split(' ').length > LABEL_WORDS || !LABEL.test(label)) return null;
  return label;
}

/** The bold element a node list opens with (blank text before it skipped), or null. */
function openingBold(nodes: readonly DomNode[]): DomElement | null {
  for (const n of nodes) {
    if (isBlank(n)) continue;
    if (n.nodeType !== ELEMENT_NODE) return null;
    const el = n as DomElement;
    if (BOLD.has(el.tagName)) return el;
    // a label in bold inside an element of its own (<span><b>Q</b></span>) is rare: only the bold itself counts
    return null;
  }
  return null;
}

/** The label a bold element holds: its whole text ("Ana Ruiz:"), or what stands before a colon ("Q: Why now?"). */
function boldLabel(bold: DomElement): string | null {
  const text = textOf(bold);
  const colon = /^([^:]{1,40}):/.exec(text);
  return asLabel(colon ? colon[1]! : text);
}

interface Turn {
  p: DomElement;
  label: string;
  /** The bold element holding the label. */
  bold: DomElement;
  /** The paragraph is the label alone (the turn's words follow in the next paragraph). */
  alone: boolean;
}

/** Each paragraph's speaker's label, when it opens with one in bold (or is only one, in bold). */
function labelled(doc: DomDocument): Turn[] {
  const out: Turn[] = [];
  for (const p of all(doc, 'p')) {
    const text = textOf(p);
    const bold = openingBold(Array.from(p.childNodes));
    const label = bold ? boldLabel(bold) : null;
    // a label printed without bold is left as it is: a short line repeated ("Advertisement") is no speaker
    if (bold && label) out.push({ p, label, bold, alone: textOf(bold) === text && asLabel(text) !== null });
  }
  return out;
}

/** The labels that are speakers' here: Q and A both, or two or more labels printed twice or more. */
function speakerLabels(turns: readonly Turn[]): Set<string> {
  const counts = new Map<string, number>();
  for (const t of turns) counts.set(t.label, (counts.get(t.label) ?? 0) + 1);
  const labels = [...counts.keys()];
  const speakers = new Set<string>();
  if (labels.some((l) => QUESTION.test(l)) && labels.some((l) => ANSWER.test(l))) {
    for (const l of labels) if (QUESTION.test(l) || ANSWER.test(l)) speakers.add(l);
  }
  const named = labels.filter((l) => !QUESTION.test(l) && !ANSWER.test(l) && (counts.get(l) ?? 0) >= 2);
  if (named.length >= 2) for (const l of named) speakers.add(l);
  return speakers;
}

/**
 * Writes each turn as one paragraph opened by "Label: ": a colon after a bold label printed without one, a
 * label alone joined to the paragraph after it, and a paragraph holding several turns split at the line break
 * before each label.
 */
export function markInterviewTurns(doc: DomDocument): void {
  splitTurnLines(doc);
  const turns = labelled(doc);
  const speakers = speakerLabels(turns);
  if (!speakers.size) {
    markBoldQuestions(doc);
    return;
  }
  for (const turn of turns) {
    if (!speakers.has(turn.label)) continue;
    if (turn.alone) joinNext(doc, turn);
    else addColon(doc, turn.bold);
  }
}

/** "<b>Q</b> Why now?" → "<b>Q</b>: Why now?"; a label holding its colon, or its question after one, stays. */
function addColon(doc: DomDocument, bold: DomElement): void {
  const text = textOf(bold);
  // "Q:" holds its colon; "Q." is printed with its stop, which a reader reads as the label's mark
  if (/:/.test(text) || /\.$/.test(text)) return;
  const after = bold.nextSibling;
  // a turn opens with a capital or a mark; a name the sentence goes on from ("<b>Ana Ruiz</b> said …", "<b>Ana
  // Ruiz</b>, the mayor, …") is no label
  if (after && after.nodeType === TEXT_NODE && !/^\s*(?:[\p{Lu}\p{N}"“‘'«„¿¡]|$)/u.test(after.textContent ?? '')) return;
  const parent = bold.parentNode as unknown as DomElement | null;
  parent?.insertBefore(doc.createTextNode(': '), after);
}

/** The label alone on its line, then the turn's paragraph: one paragraph, "Label: words". */
function joinNext(doc: DomDocument, turn: Turn): void {
  let next = turn.p.nextSibling;
  while (next && isBlank(next)) next = next.nextSibling;
  if (!next || next.nodeType !== ELEMENT_NODE || (next as DomElement).tagName !== 'P') return;
  const words = next as DomElement;
  const wordsText = textOf(words);
  // the next paragraph is a label of its own, or empty: nothing to join
  if (!wordsText || asLabel(wordsText) !== null) return;
  const own = textOf(turn.p);
  turn.p.appendChild(doc.createTextNode(/[:.]$/.test(own) ? ' ' : ': '));
  for (const child of Array.from(words.childNodes)) turn.p.appendChild(child);
  words.remove();
}

/**
 * The speaker's label a line opens with, with its colon: in bold ("<b>Q:</b> …", "<b>Q: Why now?</b>") or not
 * ("Q: …", "Ana Ruiz: …"); null when it opens with none.
 */
function lineLabel(nodes: readonly DomNode[]): string | null {
  const bold = openingBold(nodes);
  if (bold) return /:/.test(textOf(bold)) ? boldLabel(bold) : null;
  const first = nodes.find((n) => !isBlank(n));
  if (!first || first.nodeType !== TEXT_NODE) return null;
  const colon = /^\s*([^:\n]{1,40}):\s/.exec(first.textContent ?? '');
  return colon ? asLabel(colon[1]!) : null;
}

/**
 * "<p><b>Q:</b> Why now?<br><b>A:</b> Because …</p>", "<p>Q: Why now?<br>A: Because …</p>": split into one
 * paragraph per turn, at each line break followed by a label with its colon, when the paragraph opens with one
 * too and holds two labels or more (Q and A, two speakers' names).
 */
function splitTurnLines(doc: DomDocument): void {
  for (const p of all(doc, 'p')) {
    const children = Array.from(p.childNodes);
    const firstLabel = lineLabel(children);
    if (!firstLabel) continue;
    const cuts: number[] = [];
    const labels = new Set([firstLabel]);
    for (let i = 0; i < children.length; i++) {
      if (!isBr(children[i]!)) continue;
      const label = lineLabel(children.slice(i + 1));
      if (!label) continue;
      cuts.push(i);
      labels.add(label);
    }
    if (!cuts.length || labels.size < 2) continue;
    const parent = p.parentNode as unknown as DomElement | null;
    if (!parent) continue;
    let at = p.nextSibling;
    for (let c = cuts.length - 1; c >= 0; c--) {
      const from = cuts[c]!;
      const to = c + 1 < cuts.length ? cuts[c + 1]! : children.length;
      const part = doc.createElement('p');
      for (const node of children.slice(from + 1, to)) part.appendChild(node);
      parent.insertBefore(part, at);
      at = part;
      (children[from] as unknown as DomElement).remove();
    }
  }
}

/** Fewest bold questions, each followed by its answer, that make a page an interview. */
const MIN_QUESTIONS = 3;
/** Most words of a question printed in bold (a longer bold paragraph is a standfirst or a pull quote). */
const QUESTION_WORDS = 60;
/** A question's end: "?" before closing marks. */
const QUESTION_END = /\?["”’»)]*$/u;
/** A question already opening with its label ("Q: …?", "Question. …?"). */
const LABELLED_QUESTION = /^(?:Q|Question)\s*[:.]\s/i;
/** Words a guest answering for themselves uses: the answers of an interview, not an explainer's telling. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?)\b/u;

/** A paragraph's words outside quotation marks: the first person inside them is a quoted speaker's. */
const unquoted = (text: string): string => text.replace(/“[^”]*”?|"[^"]*"?|«[^»]*»?/gu, ' ');

/** Text after a bold question that is only its question mark, left outside the bold ("<strong>Why now</strong>?"). */
const MARK_OUTSIDE = /^\s*\?["”’»)]*\s*$/u;

/**
 * Whether a paragraph's whole text is in bold (`<p><strong>…</strong></p>`, `<p><b><i>…</i></b></p>`), its
 * question mark alone allowed after the bold (`<p><strong>Why now</strong>?</p>`, `<p><b>Q: What next</b>?</p>`):
 * a reader sees one bold question either way.
 */
function wholeBold(p: DomElement): boolean {
  const nodes = Array.from(p.childNodes).filter((n) => !isBlank(n) && !isBr(n));
  const [first, mark, ...rest] = nodes;
  if (!first || first.nodeType !== ELEMENT_NODE || !BOLD.has((first as DomElement).tagName) || rest.length) return false;
  return !mark || (mark.nodeType === TEXT_NODE && MARK_OUTSIDE.test(mark.textContent ?? ''));
}

/** A turn's words open with a capital, a digit or a quotation mark (not a sentence going on from the bold). */
const OPENS_TURN = /^[\p{Lu}\p{N}"“‘'«„¿¡]/u;
/** An answer already opening with its label ("A: …", "Answer. …"). */
const LABELLED_ANSWER = /^(?:A|Answer)\s*[:.]\s/i;

/**
 * The answer a paragraph opened by a bold question holds after it (`<p><strong>Why the bridge?</strong> Because
 * …</p>`): the nodes after the bold, when the bold ends with "?" and its words go on to a turn of their own; null
 * for any other paragraph (a bold lead-in, a bold name the sentence goes on from).
 */
function answerAfterQuestion(p: DomElement): DomNode[] | null {
  const nodes = Array.from(p.childNodes);
  const bold = openingBold(nodes);
  if (!bold) return null;
  const question = textOf(bold);
  if (!QUESTION_END.test(question) || question.split(/\s+/).length > QUESTION_WORDS) return null;
  const rest = nodes.slice(nodes.indexOf(bold) + 1);
  const answer = rest
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
  return answer && OPENS_TURN.test(answer) ? rest : null;
}

const isParagraph = (n: DomNode | null): n is DomElement => n !== null && n.nodeType === ELEMENT_NODE && (n as DomElement).tagName === 'P';

/** The next element beside a node, blank text skipped; null at the end or at text of its own. */
function nextElement(n: DomNode): DomNode | null {
  let next = n.nextSibling;
  while (next && isBlank(next)) next = next.nextSibling;
  return next;
}

/**
 * An interview whose questions are paragraphs in bold ending with "?" and whose answers are the plain
 * paragraphs after each, without labels (`<p><strong>Why now?</strong></p><p>Because we …</p>`): each question
 * opened by "Q: " and each answer's first paragraph by "A: ", the turns `claims/transcripts.ts` reads (an answer
 * runs on to the next question there). Only where the page clearly is one: three such questions or more in one
 * box, every one followed by a plain paragraph, and at least half the answers in the first person outside
 * quotation marks — an explainer's bold questions, answered in its own voice, and an article's bold subheads,
 * its people quoted under them, stay as they are.
 */
function markBoldQuestions(doc: DomDocument): void {
  const byBox = new Map<DomNode, DomElement[]>();
  // paragraphs opened by a bold question and holding its answer after it
  const asked = new Map<DomElement, DomNode[]>();
  for (const p of all(doc, 'p')) {
    const text = textOf(p);
    const answer = wholeBold(p) ? null : answerAfterQuestion(p);
    if (answer) asked.set(p, answer);
    else if (!wholeBold(p) || !QUESTION_END.test(text) || text.split(/\s+/).length > QUESTION_WORDS) continue;
    if (!p.parentNode) continue;
    byBox.set(p.parentNode, [...(byBox.get(p.parentNode) ?? []), p]);
  }
  const isQuestion = (n: DomNode): boolean => isParagraph(n) && (wholeBold(n) || asked.has(n));
  for (const questions of byBox.values()) {
    if (questions.length < MIN_QUESTIONS) continue;
    // each question's answer: the words after it in its paragraph, then the plain paragraphs after it
    const answers: string[][] = [];
    // the first paragraph of each answer after its question's, when it has one
    const following: (DomElement | null)[] = [];
    for (const q of questions) {
      const turn: string[] = [];
      const inline = asked.get(q);
      if (inline) turn.push(inline.map((n) => n.textContent ?? '').join(''));
      let first: DomElement | null = null;
      for (let n = nextElement(q); isParagraph(n) && !isQuestion(n); n = nextElement(n)) {
        if (!textOf(n)) continue;
        turn.push(textOf(n));
        first ??= n;
      }
      answers.push(turn);
      following.push(first);
    }
    if (answers.some((a) => !a.length)) continue;
    const firstPerson = answers.filter((a) => a.some((t) => FIRST_PERSON.test(unquoted(t)))).length;
    if (firstPerson * 2 < answers.length) continue;
    for (const [i, q] of questions.entries()) {
      const inline = asked.get(q);
      let answer = following[i]!;
      if (inline) {
        // the answer after the question becomes a paragraph of its own
        answer = doc.createElement('p');
        for (const node of inline) answer.appendChild(node);
        (q.parentNode as unknown as DomElement).insertBefore(answer, q.nextSibling);
      }
      if (!LABELLED_QUESTION.test(textOf(q))) q.insertBefore(doc.createTextNode('Q: '), q.childNodes[0] ?? null);
      if (!LABELLED_ANSWER.test(textOf(answer))) answer.insertBefore(doc.createTextNode('A: '), answer.childNodes[0] ?? null);
    }
  }
}
