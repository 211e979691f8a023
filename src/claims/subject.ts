/**
 * The subject of a speech verb, found walking back from the verb: past adverbs and time phrases, around
 * appositives and relative clauses set off by commas, and across "… and said" to the clause subject.
 */
import { andBeforeObject, clauseSubject, verbAt } from './clause.js';
import { personLike, placeRun } from './names.js';
import { looksVerbal } from './name-words.js';
import {
  describedPerson,
  headPhrase,
  joinedOverDescription,
  listEndingWith,
  listStartingWith,
  pluralPerson,
  roleNoun,
  tailPhrase,
  type NounPhrase,
} from './phrases.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import { DASHES, sentenceStart, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const {
  AUXILIARIES,
  CLAUSE_STOP,
  CONTRAST_OPENERS,
  COORDINATORS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  FLOATING_QUANTIFIERS,
  IRREGULAR_PAST_FORMS,
  MONTHS_DAYS,
  NAMING_VERBS,
  PERSON_ROLE_NOUNS,
  PLACE_OWNERS,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVE,
  RELATIVE_SUBJECTS,
  REPORTING_VERBS,
  SOURCE_ADJECTIVES,
  SPEECH_VERBS,
  SINGULAR_PERSONAL_PRONOUNS,
  SUBJECT_PERSONAL_PRONOUNS,
  SUBORDINATOR_ADVERBS,
  TIME_CLAUSE_OPENERS,
  TIME_UNITS,
  TIME_WORDS,
  TITLES,
} = words;

const LEFTMOST = true;

/** Index before adverbs and time phrases that sit between a subject and its verb ("two weeks ago", "last month", "on Monday"). */
function skipTime(toks: readonly Token[], v: number): number {
  let end = v;
  for (let round = 0; round < 3; round++) {
    while (end - 1 >= 0 && isFiller(toks[end - 1])) end--;
    const last = toks[end - 1];
    if (last?.kind !== 'word') break;
    // "he all but accused Ruiz of …": "all but" before a verb means "nearly", no clause of its own
    if (last.lower === 'but' && toks[end - 2]?.lower === 'all' && !(toks[end - 2] as Token).cap) {
      end -= 2;
      continue;
    }
    // "who in 2010 said": a year after "in"
    if (/^(1[89]|20)\d\d$/.test(last.text) && toks[end - 2]?.lower === 'in') {
      end -= 2;
      continue;
    }
    const timeHead = last.lower === 'ago' || TIME_UNITS.has(last.lower) || MONTHS_DAYS.has(last.lower);
    if (!timeHead) break;
    let i = end - 1;
    while (
      i - 1 >= 0 &&
      end - i < 5 &&
      (toks[i - 1] as Token).kind === 'word' &&
      (TIME_WORDS.has((toks[i - 1] as Token).lower) ||
        TIME_UNITS.has((toks[i - 1] as Token).lower) ||
        /^\d/.test((toks[i - 1] as Token).text))
    )
      i--;
    // a bare "the week" is a subject, not a time phrase: require a time word before the unit
    if (i === end - 1 && last.lower !== 'ago') break;
    end = i;
  }
  return end;
}

/** Is there a comma earlier in the sentence of token `i`, before it? */
function commaBefore(toks: readonly Token[], i: number): boolean {
  const s = (toks[i] as Token).sentence;
  for (let j = i - 1; j >= 0 && (toks[j] as Token).sentence === s; j--) if ((toks[j] as Token).text === ',') return true;
  return false;
}

/**
 * The subject of the speech verb at token `v`: walks back over adverbs, skips appositives and relative
 * clauses set off by commas ("Marla Kilfoyle, executive director of …, said"), stops at clause words.
 */
export function subjectBefore(toks: readonly Token[], v: number): NounPhrase | null {
  const sentence = (toks[v] as Token).sentence;
  const end = skipTime(toks, v);
  const rel = relativeSubject(toks, end);
  if (rel) return rel;
  // "a former aide who ran the inquiry and described it as “…”": the verbs a "who" with no comma before it opens go on
  // past "and"; they are the person's the "who" follows, not the subject of the sentence
  const joinedToWho = toks[end - 1]?.lower === 'and' ? whoBeforeAnd(toks, end - 1) : null;
  if (joinedToWho) return joinedToWho;
  const series = relativeSeries(toks, end);
  if (series) return series;
  const dashed = dashAppositive(toks, end);
  if (dashed) return dashed;
  // after a comma the subject sits before an appositive, which may hold clause words of its own
  // (or a title closing it with the comma inside its marks, after the comma that opened it: "Ana Ruiz, the author
  // of “Going Viral,” said"; "Li said it reminds him of a book titled “Exile,” explaining" has no appositive)
  const closer = toks[end - 1];
  const titleCloses = closer?.kind === 'quote' && Boolean(closer.comma) && commaBefore(toks, end - 1);
  const appositive = closer?.text === ',' || closer?.text === ')' || titleCloses;
  let start = end;
  while (start - 1 >= 0 && end - start < 40) {
    const t = toks[start - 1] as Token;
    // "Ana Ruiz and Li Wei said", "president and CEO of X said": "and" joining names or roles stays in the subject
    const before = toks[start - 2];
    const after = toks[start];
    const joinsNames =
      t.lower === 'and' &&
      before &&
      after &&
      ((before.cap && after.cap) ||
        // ("Ruiz, Hale, and Costa said": the comma of a list before its "and")
        (before.text === ',' && Boolean(toks[start - 3]?.cap) && after.cap) ||
        (roleWithin(toks, start - 2, start - 1) && roleWithin(toks, start, start + 1)));
    // "Ana Ruiz, the author of “Going Viral,” said": a short title may sit inside an appositive
    const title = appositive && t.kind === 'quote' && t.end - t.start <= 40;
    if (t.sentence !== sentence || (t.kind === 'quote' && !title) || t.text === ';' || t.text === ':') break;
    // "a person close to the mayor said", "an adviser to the mayor said": "to" relating a person to someone is no clause;
    // nor is "to" after a document, its addressees ("Ruiz’s email to her supporters notes")
    const relates =
      t.lower === 'to' &&
      before !== undefined &&
      (SOURCE_ADJECTIVES.has(before.lower) || roleNoun(before.lower) || DOCUMENT_NOUNS.has(before.lower));
    if (!appositive && t.kind === 'word' && !t.cap && CLAUSE_STOP.has(t.lower) && !joinsNames && !relates) break;
    // ("Ruiz cut the levy, while Hale, the harbour master, said": a contrasting clause after a comma has its own subject,
    // a name or a pronoun; "Li, while being interviewed on …, said" is a phrase set off inside the subject)
    if (
      appositive &&
      t.kind === 'word' &&
      !t.cap &&
      CONTRAST_OPENERS.has(t.lower) &&
      before?.text === ',' &&
      after !== undefined &&
      (after.cap || PRONOUNS.has(after.lower))
    )
      break;
    start--;
  }
  // comma-separated parts of the region, right to left; parenthesised parts ("(R-Wis.)") are marked
  const parts: [number, number, boolean][] = [];
  let pe = end;
  let closed = false;
  for (let i = end - 1; i >= start - 1; i--) {
    const x = i < start ? '' : (toks[i] as Token).text;
    // (a title closing the appositive with the comma inside its marks ends it as that comma would)
    const titleComma = i === end - 1 && titleCloses;
    if (i < start || titleComma || x === ',' || x === '(' || x === ')' || x === '\u2014' || x === '\u2013' || x === '-') {
      parts.push([i + 1, pe, closed && x === '(']);
      closed = x === ')';
      pe = i;
    }
  }
  const [first] = parts;
  if (!first) return null;
  // "Ana Ruiz and her deputy, Tom Hale, both said": a quantifier set off after the subject counts it and is no
  // speaker; the subject is what comes before it, as if the verb stood there
  const q = toks[first[0]] as Token;
  if (first[1] - first[0] === 1 && FLOATING_QUANTIFIERS.has(q.lower) && toks[first[0] - 1]?.text === ',') {
    const counted = subjectBefore(toks, first[0]);
    return (counted?.kind === 'name' && joinedOverDescription(toks, sentenceStart(toks, v), counted)) || counted;
  }
  const stop = toks[start - 1];
  // "Berg backs Ruiz and in a statement praised her": a part opening with a preposition right after "and" is no subject
  // (the part is the preposition and its object only: "and since May she said" has a subject of its own; the one part
  // of the region starts at `start`, right after the "and")
  const prepOnly = first[1] > first[0] && parts.length === 1 && andBeforeObject(toks, start - 1, (p) => tailPhrase(toks, p, first[1]));
  if (
    (first[1] === first[0] || prepOnly) &&
    parts.length === 1 &&
    stop &&
    COORDINATORS.has(stop.lower) &&
    stop.sentence === sentence &&
    // ("… but in a later interview said he …": after "but", a verb with only a preposition's phrase before it has no
    // subject of its own)
    (stop.lower === 'and' || prepOnly || contrastReports(toks, v))
  ) {
    // "he, once again, pledged a “…” and said": the subject of the verb of saying the "and" joins this one to
    // ("Ruiz issued a statement calling it “…” and said": a participle that hangs on a noun is no verb a past joins)
    const joined = stop.lower === 'and' ? joinedVerb(toks, start - 1) : -1;
    const first = joined >= 0 && hangsOnNoun(toks, joined, v) ? -1 : joined;
    const own = first >= 0 ? subjectBefore(toks, first) : null;
    const shared = (own && mainOverSubordinate(toks, own)) || own;
    if (shared && speechVerbAt(toks, first) > 0) return shared;
    // (past a quotation only to a named or pronoun subject, not a description; "he did say he found it “…” and
    // called": the verb of the clause a verb of saying reports leaves the next verb to that one)
    if (shared && shared.kind !== 'desc') {
      const outer = shared.from - 1;
      return speechVerbAt(toks, outer) > 0 ? subjectBefore(toks, outer) : shared;
    }
    // "Li spoke with Yevmenov, …, and said", "Li praised X but described Y as …": the subject of the clause the first verb belongs to
    const clause = clauseSubject(toks, start - 1);
    return pastOpeningPhrase(toks, (clause && mainOverSubordinate(toks, clause)) || clause, start - 1);
  }
  // "Ana Ruiz, who is chair of the Harbour Trust said": a relative clause left unclosed before the verb
  if (first[1] - first[0] > 2 && (toks[first[0]] as Token).lower === 'who' && parts.length > 1)
    return relative(toks, { kind: 'pron', from: first[0], to: first[0] + 1 }, parts, 1);
  if (first[1] > first[0]) {
    let np = tailPhrase(toks, first[0], first[1]);
    // "One official who attended the meeting said": the object of a restrictive clause's verb is no subject; the phrase
    // "who" stands for is (not "the man who Ruiz said", whose subject follows "who")
    if (np && np.kind !== 'pron' && np.from > first[0] + 2) {
      for (let w = np.from - 2; w > first[0]; w--) {
        if ((toks[w] as Token).lower !== 'who') continue;
        const antecedent = tailPhrase(toks, first[0], w);
        if (antecedent && antecedent.kind !== 'pron' && antecedent.to === w) np = antecedent;
        break;
      }
    }
    // "Ruiz, Hale and Costa said": a list of names closed by "and" runs back past the commas the region was split at
    const list = np ? listEndingWith(toks, start, np) : null;
    if (list) return list;
    // "Li Wei in his opening speech called": a description after a preposition is its object; the subject is before it
    let object = np;
    for (let hops = 0; object?.kind === 'desc' && hops < 3; hops++) {
      const prep = toks[object.from - 1] as Token | undefined;
      if (!prep || object.from - 1 <= first[0] || !PREPOSITIONS.has(prep.lower) || prep.lower === 'of') break;
      const owner = tailPhrase(toks, first[0], object.from - 1);
      if (!owner) break;
      // ("an email sent out by Li Wei on Tuesday warned": the agent of a passive is the one it speaks for)
      const before = (toks[owner.from - 1] as Token | undefined)?.lower ?? '';
      const governed = PREPOSITIONS.has(before) && !(before === 'by' && owner.kind === 'name');
      // ("Ruiz’s email to her supporters notes": a document is the subject, not those it is sent to)
      const sent = prep.lower === 'to' && DOCUMENT_NOUNS.has((toks[owner.to - 1] as Token).lower);
      if (!governed && (owner.kind !== 'desc' || sent || roleWithin(toks, owner.to - 1, owner.to))) {
        np = owner;
        break;
      }
      object = owner;
    }
    // "An aide to Mayor Lind said": the subject region stopped at "to"; the person is the description before it
    if (np?.kind === 'name' && np.from === first[0] && toks[np.from - 1]?.lower === 'to') {
      let s0 = np.from - 1;
      while (s0 > 0 && (toks[s0 - 1] as Token).sentence === sentence) s0--;
      const desc = describedPerson(toks, s0, np.from - 1);
      if (desc) np = { kind: 'desc', from: desc.from, to: np.to };
    }
    // "Stacy Baker of Columbia, South Carolina says": the state after a place closes the phrase before it
    const second = parts[1];
    if (
      np?.kind === 'name' &&
      np.from === first[0] &&
      second &&
      second[1] > second[0] &&
      PLACE_OWNERS.has((toks[second[1] - 2] as Token | undefined)?.lower ?? '') &&
      (toks[second[1] - 1] as Token).cap
    ) {
      const owner = tailPhrase(toks, second[0], second[1]);
      const person =
        owner?.kind === 'name'
          ? Boolean(owner.run && personLike(toks, owner.run))
          : owner?.kind === 'desc' && PERSON_ROLE_NOUNS.has((toks[second[1] - 3] as Token | undefined)?.lower ?? '');
      if (owner && person && owner.from < second[1] - 2) np = owner;
    }
    // "Sam Lau, the communications director for the party said", "Ana Anton, president and CEO of X stated": an
    // appositive left unclosed before the verb
    const head = toks[first[0]] as Token;
    const bareRole = !head.cap && roleWithin(toks, first[0], first[0] + 1);
    if (
      second &&
      second[1] > second[0] &&
      (head.lower === 'the' || head.lower === 'a' || bareRole) &&
      (bareRole || roleWithin(toks, first[0] + 1, Math.min(first[1], first[0] + 4))) &&
      !placeAfterCity(toks, parts[2])
    ) {
      const name = tailPhrase(toks, second[0], second[1]);
      if (name?.kind === 'name' && name.run && personLike(toks, name.run) && name.run.from === second[0]) return name;
    }
    // "Protesters marching through the streets chanted": the phrase before a participle and its object
    const prep = np ? toks[np.from - 1] : undefined;
    const part = np ? toks[np.from - 2] : undefined;
    if (
      np &&
      prep &&
      part &&
      part.sentence === sentence &&
      PREPOSITIONS.has(prep.lower) &&
      part.kind === 'word' &&
      !part.cap &&
      part.lower.endsWith('ing') &&
      !SPEECH_VERBS.has(part.lower)
    ) {
      let a = np.from - 2;
      while (
        a > 0 &&
        np.from - 2 - a < 8 &&
        (toks[a - 1] as Token).kind === 'word' &&
        (toks[a - 1] as Token).sentence === sentence &&
        !CLAUSE_STOP.has((toks[a - 1] as Token).lower)
      )
        a--;
      const head = tailPhrase(toks, a, np.from - 2);
      if (head) return head;
    }
    return relative(toks, np, parts, 1) ?? restrictedPeople(toks, np, first[0]);
  }
  // the verb follows a comma: the subject is the nearest part that is not an appositive or relative clause
  // prefer the leftmost part that ends in a person's full name ("Michael Seaman, who lives near Sacramento, said")
  for (let p = parts.length - 1; p >= 1 && LEFTMOST; p--) {
    const [opening, e, paren] = parts[p] as [number, number, boolean];
    // ("in what Ana Ruiz, the party's treasurer, called": the name after "what" and its preposition opens the part)
    const what = PREPOSITIONS.has((toks[opening] as Token).lower) && toks[opening + 1]?.lower === 'what' ? opening + 2 : opening;
    const a = (toks[what] as Token).lower === 'what' ? what + 1 : what;
    if (e <= a || paren || !(toks[a] as Token).cap || RELATIVE.has((toks[a] as Token).lower)) continue;
    const np = tailPhrase(toks, a, e);
    // ("Mayor Ana Ruiz and her deputy, Tom Hale, said": the name set off after "and" a description joins the one before)
    if (np?.run && personLike(toks, np.run) && np.run.from === a + (np.from < np.run.from ? 1 : 0))
      return joinedOverDescription(toks, start, np) ?? listStartingWith(toks, np, end) ?? np;
  }
  for (let p = 1; p < parts.length; p++) {
    const [a, e, paren] = parts[p] as [number, number, boolean];
    if (e <= a || paren) continue;
    // "… and he, once again, pledged": a pronoun that ends a part before a short adverb set off by commas
    const last = toks[e - 1] as Token;
    if (
      p > 1 &&
      !last.cap &&
      last.lower !== 'who' &&
      PRONOUNS.has(last.text) &&
      parts.slice(1, p).every(([x, y]) => y - x <= 3 && !(toks[x] as Token).cap)
    )
      return { kind: 'pron', from: e - 1, to: e };
    const head = toks[a] as Token;
    // "…, where Senate Leader Ana Ruiz (D-Ore.) told reporters": "where" opens a clause with a subject of its own
    const where = head.lower === 'where' && e - a > 1 ? tailPhrase(toks, a + 1, e) : null;
    if (where && where.kind !== 'pron') return where;
    // ("Costa, Hale’s deputy, said": a name that owns a role opens an appositive as a determiner does)
    const described = !head.cap || DETERMINERS.has(head.lower) || headPhrase(toks, a, e)?.kind === 'desc';
    if (RELATIVE.has(head.lower) || (p < parts.length - 1 && described)) continue;
    // "Ana Lind, during a town hall in Columbus, Ohio, said": a state after a city, and a phrase that opens with a
    // preposition, are set off inside the subject
    if (p < parts.length - 1 && (stateAfterCity(toks, parts[p] as [number, number, boolean], parts[p + 1]) || PREPOSITIONS.has(head.lower)))
      continue;
    // "He later suggested X was behind the delay, called her “…”": a clause before the comma shares its subject
    // with the verb after it (a list of verb phrases), its object is no subject
    const own = p === 1 ? headPhrase(toks, a, e) : null;
    if (own && own.to < e - 1 && verbAt(toks, own.to, own)) return own;
    return tailPhrase(toks, a, e);
  }
  return null;
}

/**
 * "the wire report, which notes", "her staff, who, on a call Friday, criticized", "a post by Dana Shore who wrote": the
 * relative pronoun of a clause set off from its antecedent (by a comma or a dash, or a name's clause with no comma) is
 * the subject of a verb right after it, or after a phrase set off by commas or dashes, and stands for the phrase before
 * it. "X, who said" with nothing between is read by the walk in `subjectBefore`. A clause that restricts a description
 * ("critics who say", "a sign that read") is left alone: its words are as often credited to whoever the sentence says
 * put them out.
 */
function relativeSubject(toks: readonly Token[], end: number): NounPhrase | null {
  const sentence = (toks[end] as Token).sentence;
  let r = end - 1;
  const mark = toks[r];
  const setOff = Boolean(mark && (mark.text === ',' || DASHES.has(mark.text)));
  if (setOff) {
    // back over the words set off to the mark that opens them
    let o = r - 1;
    while (o > 0 && r - o <= 12 && (toks[o] as Token).sentence === sentence && (toks[o] as Token).kind === 'word') o--;
    if (toks[o]?.text !== mark?.text || o >= r - 1) return null;
    r = o - 1;
  }
  const rel = toks[r];
  if (rel?.kind !== 'word' || rel.cap || rel.sentence !== sentence || !RELATIVE_SUBJECTS.has(rel.lower)) return null;
  const before = toks[r - 1];
  const marked = Boolean(before && (before.text === ',' || DASHES.has(before.text)));
  if (marked && rel.lower === 'who' && !setOff) return null;
  const e = marked ? r - 1 : r;
  let a = e;
  while (a > 0 && e - a < 12 && (toks[a - 1] as Token).sentence === sentence && (toks[a - 1] as Token).kind === 'word') a--;
  const antecedent = tailPhrase(toks, a, e);
  // ("He resigned, which says a lot": after a verb or a pronoun "which" stands for a whole clause, no speaker)
  if (!antecedent || antecedent.kind === 'pron' || looksVerbal(toks[antecedent.to - 1] as Token)) return null;
  if (!marked && !(rel.lower === 'who' && antecedent.kind === 'name')) return null;
  return { kind: 'pron', from: r, to: r + 1, antecedent };
}

/**
 * Where a phrase set off by dashes ends at token `i`, the index of its closing dash token, or `i` itself when the
 * dash is a double hyphen (" -- "), which leaves no token but marks the word after it; -1 when no dash ends there.
 */
function dashAt(toks: readonly Token[], i: number): number {
  const prev = toks[i - 1];
  const next = toks[i];
  if (!prev || !next || prev.sentence !== next.sentence) return -1;
  if (DASHES.has(prev.text)) return i - 1;
  return next.afterDoubleHyphen ? i : -1;
}

/**
 * "A former candidate — Ana Ruiz, who lost to Li Wei — said", also with " -- ": the verb follows a phrase set off
 * by dashes, so the last name before the verb sits inside that aside. The subject is the person the aside opens
 * with when the phrase before it is a description, else the phrase before the dashes ("The mayor — who lost to
 * Li Wei — said"). Null when no dash closes a phrase right before the verb.
 */
function dashAppositive(toks: readonly Token[], end: number): NounPhrase | null {
  const close = dashAt(toks, end);
  if (close < 0) return null;
  const kind = close < end ? (toks[close] as Token).text : '';
  let open = -1;
  let innerStart = -1;
  for (let i = close - 1; i > 0 && close - i < 20; i--) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':' || t.sentence !== (toks[close] as Token).sentence) return null;
    const mark = dashAt(toks, i);
    if (mark < 0) continue;
    // a pair of the same dash: an em dash does not close what a hyphen opened
    if ((mark < i ? (toks[mark] as Token).text : '') !== kind) return null;
    open = mark;
    innerStart = i;
    break;
  }
  if (open < 0 || innerStart >= close) return null;
  let innerEnd = innerStart;
  while (innerEnd < close && (toks[innerEnd] as Token).text !== ',') innerEnd++;
  const head = headPhrase(toks, innerStart, innerEnd);
  const named = head?.kind === 'name' && head.run && personLike(toks, head.run) ? head : null;
  const outer = open > 0 && (toks[open - 1] as Token).sentence === (toks[open] as Token).sentence ? subjectBefore(toks, open) : null;
  if (named && (outer?.kind !== 'name' || !(outer.run && personLike(toks, outer.run)))) return named;
  return outer;
}

/**
 * "On the morning of May 2 Li Wei jumped onto the stage and called …": a description inside a prepositional phrase
 * that opens the sentence is no subject; the subject is the first name or pronoun after it with a verb of its own
 * (before `ceil`). Other phrases are returned as they are.
 */
function pastOpeningPhrase(toks: readonly Token[], np: NounPhrase | null, ceil: number): NounPhrase | null {
  if (np?.kind !== 'desc' || np.from < 1) return np;
  const prep = toks[np.from - 1] as Token;
  const opens = np.from - 1 === 0 || (toks[np.from - 2] as Token).sentence !== prep.sentence;
  if (!opens || !PREPOSITIONS.has(prep.lower)) return np;
  for (let j = np.to; j < ceil && j < np.to + 20; j++) {
    const t = toks[j] as Token;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':' || speechVerbAt(toks, j) > 0) break;
    if (t.kind !== 'word' || !(t.cap || PRONOUNS.has(t.text))) continue;
    const own = headPhrase(toks, j, ceil);
    if (own && own.kind !== 'desc' && verbAt(toks, own.to, own)) return own;
  }
  return np;
}

/**
 * After "but" the verb keeps the first clause's subject only when it reports words: "praised X but described
 * Y as “…”" does; "said it is neutral but maintains an “x” tie" and "but called for an end to “…”" do not.
 */
function contrastReports(toks: readonly Token[], v: number): boolean {
  const verb = toks[v] as Token;
  const next = toks[v + 1];
  if (!next || next.lower === 'for') return false;
  if (NAMING_VERBS.has(verb.lower)) return true;
  // "… but now said Li had “…”": a reporting verb reports the clause after it, with "that" or without (not an object:
  // "but maintains an “x” tie")
  if (REPORTING_VERBS.has(verb.lower) && !verb.lower.endsWith('ing') && !DETERMINERS.has(next.lower)) return true;
  if (next.kind === 'quote' || next.text === ',' || next.text === ':') return true;
  // "… but told city leaders that …": the verb reports a clause after its object
  for (let j = v + 1; j < v + 6 && j < toks.length; j++) {
    const t = toks[j] as Token;
    if (t.lower === 'that') return true;
    if (t.kind !== 'word') break;
  }
  return false;
}

/**
 * "Ruiz rebuked critics who say": a "who" with no comma after people named by a plural role noun, the object of an earlier
 * verb, stands for those people (`from` is where the part holding both starts).
 */
function restrictedPeople(toks: readonly Token[], np: NounPhrase | null, from: number): NounPhrase | null {
  if (np?.kind !== 'pron' || (toks[np.from] as Token).lower !== 'who' || np.from <= from) return null;
  const antecedent = tailPhrase(toks, from, np.from);
  const head = antecedent ? (toks[antecedent.to - 1] as Token) : undefined;
  return antecedent?.kind === 'desc' && head && !head.cap && pluralPerson(head.lower) ? { ...np, antecedent } : null;
}

/** "X, who said": resolves the relative pronoun to the part before it. */
function relative(toks: readonly Token[], np: NounPhrase | null, parts: [number, number, boolean][], next: number): NounPhrase | null {
  if (np?.kind !== 'pron' || (toks[np.from] as Token).lower !== 'who') return np;
  const prev = parts[next];
  if (!prev) return null;
  let antecedent = tailPhrase(toks, prev[0], prev[1]);
  // "McConnell, now the majority leader, who said": the name before an appositive description
  const before = parts[next + 1];
  if (antecedent?.kind === 'desc' && before) {
    const name = tailPhrase(toks, before[0], before[1]);
    if (name?.kind === 'name') antecedent = name;
  }
  // "Li says to Moss on camera, who responds": else the last name in the part before
  for (let i = prev[1] - 1; !antecedent && i >= prev[0]; i--) if ((toks[i] as Token).cap) antecedent = tailPhrase(toks, prev[0], i + 1);
  return antecedent ? { ...np, antecedent } : null;
}

/** "… in Hudson, New Hampshire, the delegate said": the part before ends in a city, so the next part is its state, no person. */
function placeAfterCity(toks: readonly Token[], part: [number, number, boolean] | undefined): boolean {
  if (!part || part[1] - part[0] < 2) return false;
  return Boolean((toks[part[1] - 1] as Token).cap && PLACE_OWNERS.has((toks[part[1] - 2] as Token).lower));
}

/**
 * "…, during a town hall in Columbus, Ohio, said": a part of one or two words after a part of three or more that
 * ends "in City" (or "from City") is the state of that city.
 */
function stateAfterCity(toks: readonly Token[], part: [number, number, boolean], city: [number, number, boolean] | undefined): boolean {
  if (!city || part[1] - part[0] > 2 || city[1] - city[0] < 3 || !(toks[city[1] - 1] as Token).cap) return false;
  const prep = (toks[city[1] - 2] as Token).lower;
  // ("a pastor at the First Church of Dover, Delaware, said": after "of" a city only when the part is a state or a country)
  return prep === 'in' || prep === 'from' || (prep === 'of' && placeRun(toks, { from: part[0], to: part[1], nameFrom: part[0] }));
}

/** Is one of tokens [from, to) a role noun or title ("the communications director")? */
function roleWithin(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PERSON_ROLE_NOUNS.has((toks[i] as Token).lower) || TITLES.has((toks[i] as Token).lower)) return true;
  return false;
}

/**
 * Is the verb at `j` an -ing participle right after a noun ("a statement calling …"), which a verb at `v` that is no
 * participle cannot be joined to?
 */
function hangsOnNoun(toks: readonly Token[], j: number, v: number): boolean {
  const w = toks[j] as Token;
  const prev = toks[j - 1];
  return (
    w.lower.endsWith('ing') &&
    !(toks[v] as Token).lower.endsWith('ing') &&
    prev?.kind === 'word' &&
    !prev.cap &&
    !isFiller(prev) &&
    !PRONOUNS.has(prev.lower) &&
    !AUXILIARIES.has(prev.lower)
  );
}

/** Most words between a "who" and the "and" that joins a second verb to its clause ("who ran the inquiry and"). */
const WHO_REACH = 8;

/**
 * "a former aide who ran the inquiry and …": the person a "who" with no comma before it follows, where that "who"
 * opens the clause the "and" at `and` goes on (a verb right after the "who", no comma or quotation between); null else.
 */
function whoBeforeAnd(toks: readonly Token[], and: number): NounPhrase | null {
  const s = (toks[and] as Token).sentence;
  for (let j = and - 1; j > 0 && and - j <= WHO_REACH && (toks[j] as Token).sentence === s; j--) {
    const t = toks[j] as Token;
    if (t.kind !== 'word' || t.cap) return null;
    if (t.lower !== 'who') continue;
    const before = toks[j - 1] as Token;
    const verb = toks[j + 1];
    if (before.kind !== 'word' || before.sentence !== s || !verb || verb.kind !== 'word' || verb.cap || !looksVerbalAfterWho(verb))
      return null;
    const antecedent = tailPhrase(toks, sentenceStart(toks, j), j);
    return antecedent && antecedent.kind !== 'pron' ? antecedent : null;
  }
  return null;
}

/** Most comma-separated parts a series of relative clauses runs back over to the one that opens it. */
const SERIES_PARTS = 5;

/**
 * A verb (its subject sought before token `end`) after a comma that closes a second relative clause set off on a noun
 * whose own "who" has no comma before it. "The lawyer who represented Tom Hale, who died in May, said": the second
 * clause is on Hale, the verb the first noun's, so the lawyer speaks (not Hale, the noun nearest the verb). "the mayor
 * who questions the council, who fights with reporters, claims that …, and asserts that …": with an "and" closing
 * the list, the verbs go on the series of the "who" clauses, each one's subject the "who" nearest it, standing for
 * the mayor. A "who" after a comma opening the series ("Ana Ruiz, who chairs the board, said") is left to the
 * appositive reading; null when the parts are not such a series.
 */
function relativeSeries(toks: readonly Token[], end: number): NounPhrase | null {
  const s = (toks[end] as Token | undefined)?.sentence;
  const joined = toks[end - 1]?.lower === 'and';
  let comma = joined ? end - 2 : end - 1;
  if (s === undefined || toks[comma]?.text !== ',') return null;
  let nearestWho = -1;
  for (let part = 0; part < SERIES_PARTS; part++) {
    // the part before the comma, back to the comma before it or the sentence's start
    let from = comma;
    while (from > 0 && (toks[from - 1] as Token).sentence === s && !/^[,;:]$/.test((toks[from - 1] as Token).text)) from--;
    if (from === comma || DASHES.has((toks[from] as Token).text)) return null;
    const first = toks[from] as Token;
    if (first.kind === 'word' && first.lower === 'who' && toks[from - 1]?.text === ',') {
      if (nearestWho < 0) nearestWho = from;
    } else {
      // the part holding the series' first "who", with no comma before it: its noun is the subject
      const who = whoWithoutComma(toks, from, comma);
      if (who >= 0) {
        if (nearestWho < 0) return null;
        const antecedent = tailPhrase(toks, from, who);
        if (!antecedent || antecedent.kind === 'pron' || antecedent.from !== from) return null;
        return joined || andGoesOn(toks, end) ? { kind: 'pron', from: nearestWho, to: nearestWho + 1, antecedent } : antecedent;
      }
      // (a verb of the series after the "who" clauses: "claims that …, and asserts")
      if (nearestWho >= 0 || !seriesVerb(toks, from)) return null;
    }
    if (toks[from - 1]?.text !== ',') return null;
    comma = from - 1;
  }
  return null;
}

/** Can the lower-case word at `i` be a finite verb of a series ("claims", "fought", "has")? */
function seriesVerb(toks: readonly Token[], i: number): boolean {
  const t = toks[i] as Token;
  if (t.kind !== 'word' || t.cap) return false;
  return speechVerbAt(toks, i) > 0 || looksVerbal(t) || IRREGULAR_PAST_FORMS.has(t.lower) || /[^s]s$/.test(t.lower);
}

/** The first "who" between `from` and `to` with a word, not a mark, right before it and a verb after it; -1 when none. */
function whoWithoutComma(toks: readonly Token[], from: number, to: number): number {
  for (let j = from + 1; j < to; j++) {
    const t = toks[j] as Token;
    if (t.kind === 'quote') return -1;
    const verb = toks[j + 1];
    if (t.lower === 'who' && !t.cap && (toks[j - 1] as Token).kind === 'word' && verb?.kind === 'word' && looksVerbalAfterWho(verb))
      return j;
  }
  return -1;
}

/** Does ", and" with a lower-case word after it (a last verb of the series) follow token `end` in its sentence? */
function andGoesOn(toks: readonly Token[], end: number): boolean {
  const s = (toks[end] as Token).sentence;
  for (let j = end + 1; j + 1 < toks.length && (toks[j + 1] as Token).sentence === s; j++) {
    const and = toks[j + 1] as Token;
    if ((toks[j] as Token).text === ',' && and.lower === 'and' && toks[j + 2]?.kind === 'word' && !(toks[j + 2] as Token).cap) return true;
  }
  return false;
}

/** A word after "who" that can be its verb ("ran", "oversaw", "has led"): no determiner or pronoun ("who the board …"). */
function looksVerbalAfterWho(t: Token): boolean {
  return !DETERMINERS.has(t.lower) && !PRONOUNS.has(t.lower);
}

/** The verb of saying a coordinating "and" at `and` joins the next verb to, within a few words before it; -1 when none. */
function joinedVerb(toks: readonly Token[], and: number): number {
  const s = (toks[and] as Token).sentence;
  let quoted = false;
  for (let j = and - 1; j >= 0 && j >= and - 8 && (toks[j] as Token).sentence === s; j--) {
    const t = toks[j] as Token;
    if (t.text === ',' || t.text === ';' || (t.kind === 'word' && RELATIVE.has(t.lower))) return -1;
    if (speechVerbAt(toks, j) > 0) return j;
    // "Li thanked the crowd “…” and called": a past verb whose object holds a quotation is joined as well
    if (quoted && t.kind === 'word' && !t.cap && ((t.lower.length > 3 && t.lower.endsWith('ed')) || IRREGULAR_PAST_FORMS.has(t.lower)))
      return j;
    if (t.kind === 'quote') quoted = true;
  }
  return -1;
}

/**
 * "He mocked his rivals, talked over them as they answered questions and even assured the crowd …": a verb an "and"
 * joins after a clause of time ("as they …", "when we …") that "they" or "we" opens inside a main clause with one
 * person as its subject goes on with that person, not with the plural pronoun, which cannot be them. `np` is the
 * subject found for the verb before the "and"; null when it is no "they" or "we" right after such a conjunction in
 * mid-sentence, or when no one person is the main clause's subject. A clause set off by a comma (", while they …")
 * and one with a name of its own ("when Speaker Ana Ruiz lamented … and criticized") keep their subject: they bring
 * in a new speaker; so does "he" after a person ("Ruiz spoke after he left and said"), who may well be that person.
 */
function mainOverSubordinate(toks: readonly Token[], np: NounPhrase): NounPhrase | null {
  const pronoun = toks[np.from] as Token;
  const plural = SUBJECT_PERSONAL_PRONOUNS.has(pronoun.lower) && !SINGULAR_PERSONAL_PRONOUNS.has(pronoun.lower);
  if (np.kind !== 'pron' || !plural) return null;
  const o = np.from - 1;
  const opener = toks[o];
  if (opener?.kind !== 'word' || opener.cap || !TIME_CLAUSE_OPENERS.has(opener.lower)) return null;
  // (past an adverb before the conjunction: "talked over them even as they …")
  let b = o - 1;
  while (b > 0 && SUBORDINATOR_ADVERBS.has((toks[b] as Token).lower)) b--;
  const before = toks[b];
  if (!before || before.sentence !== opener.sentence || before.kind !== 'word') return null;
  const main = clauseSubject(toks, b + 1);
  if (!main || main.to > b + 1) return null;
  const head = toks[main.to - 1] as Token;
  // (one person: a name, "he", "she" or "I", or a role in the singular, "the mayor")
  const person =
    main.kind === 'name' ||
    (main.kind === 'pron' && SINGULAR_PERSONAL_PRONOUNS.has(head.lower)) ||
    (main.kind === 'desc' && roleWithin(toks, main.from, main.to) && !pluralPerson(head.lower));
  return person ? main : null;
}
