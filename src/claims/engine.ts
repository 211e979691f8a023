/**
 * The rule engine: runs an ordered list of attribution rules over every quotation of a document. The first
 * rule with an answer decides the quotation; its name is recorded with the decision, so every quotation
 * says which rule gave it its speaker (or decided it has none).
 *
 * Rules are pure: they read the document model and, for rules that carry a speaker on, the decision of the
 * quotation before or after. A carried decision names every rule of its chain ("next-sentence < verb-after"),
 * so removing one rule from the list changes only the decisions whose name holds it.
 */
import type { DocModel } from './document.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';
import type { Token } from './tokens.js';

/** How a quotation was decided: its attribution (null: no speaker) and the rules that gave it. */
export interface Decision {
  attribution: Attribution | null;
  /** The deciding rule first, then the rules of the decision it carried on, if any (distinct names). */
  rules: string[];
  /** This quotation is a part of the same utterance as the one before (`previous`) or after (`next`) it. */
  joins?: 'previous' | 'next';
}

/** What one quotation looks like to a rule. */
export interface QuoteContext {
  model: DocModel;
  /** Index of the quotation in `model.quotes`. */
  qi: number;
  raw: RawQuote;
  /** The wording without the marks. */
  inner: string;
  /** The tokens of the quotation's block and the index of its quote token there. */
  toks: Token[];
  k: number;
  /** Title-case words in marks that do not close a clause (“Meet the Press”): a name, not something said. */
  title: boolean;
  /** The decision of the quotation before (null for the first, and while that one waits on this one). */
  previous(): Decision | null;
  /** The decision of the quotation after (null for the last); this one counts as undecided meanwhile. */
  next(): Decision | null;
  /** The decision of an earlier quotation `j` (null while that one waits on this one). */
  earlier(j: number): Decision | null;
  /** Titles in marks, by quotation index (`model.titles`, known before any rule runs). */
  titles: readonly boolean[];
}

/** What a rule answers: a speaker, no speaker (`NO_SPEAKER`), a carried decision, or null to let the next rule try. */
export type RuleAnswer = Attribution | typeof NO_SPEAKER | Carried | null;

/** A decision taken over from another quotation of the same utterance or speaker. */
export interface Carried {
  carried: Decision;
  joins?: 'previous' | 'next';
}

/** The answer of a rule that decides a quotation has no speaker. */
export const NO_SPEAKER = Symbol('no speaker');

/** One attribution rule: a name for error lists and tests, and the function that answers for a quotation. */
export interface Rule {
  name: string;
  run(q: QuoteContext): RuleAnswer;
}

/** Carries another quotation's decision on, when it has a speaker. */
export function carry(decision: Decision | null, joins?: 'previous' | 'next'): Carried | null {
  if (!decision?.attribution) return null;
  return joins ? { carried: decision, joins } : { carried: decision };
}

/** The name recorded on a quotation: its deciding rule, then the rules its speaker was carried from. */
export function ruleName(decision: Decision): string {
  return decision.rules.join(' < ');
}

/** The rule name a quotation gets when no rule in the list answers for it. */
export const NO_RULE = 'no-rule';

/** Decides every quotation of a model with `rules`, in text order (`model.titles` says which quotations are titles). */
export function runRules(model: DocModel, rules: readonly Rule[]): Decision[] {
  const titles = model.titles;
  const decisions: (Decision | undefined)[] = new Array(model.quotes.length);
  const pending = new Set<number>();
  const decide = (qi: number): Decision => {
    const done = decisions[qi];
    if (done) return done;
    pending.add(qi);
    const raw = model.quotes[qi] as RawQuote;
    const [b, k] = model.quoteAt[qi] as [number, number];
    const ctx: QuoteContext = {
      model,
      qi,
      raw,
      inner: model.text.slice(raw.innerStart, raw.innerEnd),
      toks: model.blocks[b] as Token[],
      k,
      title: titles[qi] === true,
      previous: () => (qi > 0 && !pending.has(qi - 1) ? decide(qi - 1) : null),
      next: () => (qi + 1 < model.quotes.length && !pending.has(qi + 1) ? decide(qi + 1) : null),
      earlier: (j) => (j >= 0 && j < qi && !pending.has(j) ? decide(j) : null),
      titles,
    };
    let decision: Decision = { attribution: null, rules: [NO_RULE] };
    for (const rule of rules) {
      const answer = rule.run(ctx);
      if (answer === null) continue;
      if (answer === NO_SPEAKER) decision = { attribution: null, rules: [rule.name] };
      else if ('carried' in answer) {
        const chain = [rule.name, ...answer.carried.rules.filter((r) => r !== rule.name)];
        decision = { attribution: answer.carried.attribution, rules: chain };
        if (answer.joins) decision.joins = answer.joins;
      } else decision = { attribution: answer, rules: [rule.name] };
      break;
    }
    pending.delete(qi);
    decisions[qi] = decision;
    return decision;
  };
  for (let qi = 0; qi < model.quotes.length; qi++) decide(qi);
  return decisions as Decision[];
}
