/**
 * Salience for pronouns: the mentions of people a later "he", "she" or "they" may refer to, collected once per
 * document: subjects that open a sentence, names a speech verb attaches to, subjects of later clauses, and
 * every mention of a known person.
 */
import { verbAt } from './clause.js';
import type { DocModel, RunAt } from './model.js';
import { honorific } from './gender.js';
import { personLike, runName, type NameRun, type Person } from './names.js';
import { isFiller, speechVerbAt } from './speech-verbs.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { AUXILIARIES, CLAUSE_STOP, PREPOSITIONS, SPEECH_VERBS, VERBISH } = words;

/** Collects the salience events of every capitalised run (`model.subjects`, `speakers`, `clauseSubjects`, …). */
export function collectMentions(model: DocModel, runs: readonly RunAt[]): void {
  for (const { toks, run, wordsBefore, headline: isHeadline, name } of runs) {
    const p = personOf(model, toks, run, name);
    const pos = (toks[run.nameFrom] as Token).start;
    const sentence = (toks[run.nameFrom] as Token).sentence;
    if (p) {
      const list = model.seen.get(p);
      if (list) list.push(pos);
      else model.seen.set(p, [pos]);
      if (!isHeadline) model.mentions.push({ pos, speaker: p.name, sentence });
    }
    // "…, AFP reported": "he" and "she" pass over a cue whose name is not known as a person's
    if (!isHeadline && speechCue(toks, run)) {
      model.speakers.push({ pos, speaker: p?.name ?? name, person: Boolean(p) || personLike(toks, run), sentence });
      if (p) model.spoke.add(p.name);
    }
    // subject position: among the first words of its sentence
    const hasVerb = !isHeadline && verbAt(toks, run.to, { kind: 'name', from: run.from, to: run.to });
    // "Clinton said …" for Hillary Clinton: a surname alone before a verb of its own names a person, no place
    // ("American jobs rely on …" does not: an -s word after a name may be a plural)
    if (p && hasVerb && p.name.length > (toks[run.to - 1] as Token).end - pos && p.name.endsWith(name)) {
      const v = toks[run.to] as Token;
      if (!(v.lower.endsWith('s') && !SPEECH_VERBS.has(v.lower) && !VERBISH.has(v.lower))) model.shortNamed.add(p.name);
    }
    if (wordsBefore > 2 && !(hasVerb && describedSubject(toks, run, wordsBefore))) {
      if (p && hasVerb && !(toks[run.to - 1] as Token).poss) model.clauseSubjects.push({ pos, speaker: p.name, sentence });
      continue;
    }
    if (p) model.subjects.push({ pos, speaker: p.name, sentence });
    else if (hasVerb) {
      // "Clinton spoke in Iowa": a bare name followed by a verb is still a subject a pronoun can point to
      model.subjects.push({ pos, speaker: name, person: false, sentence });
    }
  }
}

/**
 * "Democratic presidential front-runner Ana Lind stretched the truth": a name after a few words that only
 * describe it (no verb, preposition, clause word or comma between the sentence start and the name) opens
 * the sentence as its subject.
 */
function describedSubject(toks: readonly Token[], run: NameRun, wordsBefore: number): boolean {
  if (wordsBefore > 6) return false;
  for (let i = run.from - 1; i >= 0 && (toks[i] as Token).sentence === (toks[run.from] as Token).sentence; i--) {
    const t = toks[i] as Token;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower) || SPEECH_VERBS.has(t.lower) || t.poss) return false;
    if (!t.cap && (t.lower.endsWith('ed') || t.lower.endsWith('ing') || AUXILIARIES.has(t.lower))) return false;
  }
  return true;
}

/** The person a name run refers to; an honorific ("Mrs. Lind") picks among people who share the name. */
export function personOf(model: DocModel, toks: readonly Token[], run: NameRun, name = runName(model.text, toks, run)): Person | null {
  const h = honorific(toks, run);
  return model.people.lookup(name, h > 0 ? 'male' : h < 0 ? 'female' : undefined);
}

/** Is a speech verb right after the name run ("Li told", "Li has said"), or inverted before it ("…,” said Li")? */
function speechCue(toks: readonly Token[], run: NameRun): boolean {
  let i = run.to;
  while (isFiller(toks[i])) i++;
  if (speechVerbAt(toks, i) > 0) return true;
  const v = run.from - 1;
  const lead = toks[v - 1];
  // an inverted verb follows a quotation or a comma; elsewhere the name after it is its object ("told Li")
  return Boolean(lead && (lead.kind === 'quote' || lead.text === ',') && speechVerbAt(toks, v) > 0);
}
