/**
 * The rule engine: runs an ordered list of attribution rules over every quotation of a document. The first
 * rule with an answer decides the quotation; its name is recorded with the decision, so every quotation
 * says which rule gave it its speaker (or decided it has none).
 *
 * Rules are pure: they read the document model and, for rules that carry a speaker on, the decision of the
 * quotation before or after. A carried decision names every rule of its chain ("next-sentence < verb-after"),
 * so removing one rule from the list changes only the decisions whose name holds it.
 */
import type { DocModel } from './model.js';
import type { RawQuote } from './quotes.js';
import type { Attribution } from './resolve.js';
import { sentenceEnd, sentenceStart, type Token } from './tokens.js';

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
  /** The first token of the quotation's sentence, and one past its last. */
  sentenceStart: number;
  sentenceEnd: number;
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

/** The decisions of one document's quotations, made on demand in text order. */
class Decider {
  private readonly decisions: (Decision | undefined)[];
  private readonly pending = new Set<number>();

  constructor(
    readonly model: DocModel,
    private readonly rules: readonly Rule[],
  ) {
    this.decisions = new Array(model.quotes.length);
  }

  /** The decision of quotation `qi`, or null while it waits on the asking one. */
  ask(qi: number): Decision | null {
    return qi >= 0 && qi < this.model.quotes.length && !this.pending.has(qi) ? this.decide(qi) : null;
  }

  decide(qi: number): Decision {
    const done = this.decisions[qi];
    if (done) return done;
    this.pending.add(qi);
    const ctx = new Quote(this, qi);
    let decision: Decision = { attribution: null, rules: [NO_RULE] };
    for (const rule of this.rules) {
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
    this.pending.delete(qi);
    this.decisions[qi] = decision;
    return decision;
  }
}

/** One quotation as the rules see it (a class, so that no closures are made per quotation). */
class Quote implements QuoteContext {
  readonly model: DocModel;
  readonly raw: RawQuote;
  readonly inner: string;
  readonly toks: Token[];
  readonly k: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly title: boolean;
  readonly titles: readonly boolean[];

  constructor(
    private readonly decider: Decider,
    readonly qi: number,
  ) {
    const model = decider.model;
    this.model = model;
    this.raw = model.quotes[qi] as RawQuote;
    const [b, k] = model.quoteAt[qi] as [number, number];
    this.toks = model.blocks[b] as Token[];
    this.k = k;
    this.sentenceStart = sentenceStart(this.toks, k);
    this.sentenceEnd = sentenceEnd(this.toks, k);
    this.inner = model.text.slice(this.raw.innerStart, this.raw.innerEnd);
    this.titles = model.titles;
    this.title = model.titles[qi] === true;
  }

  previous(): Decision | null {
    return this.decider.ask(this.qi - 1);
  }

  next(): Decision | null {
    return this.decider.ask(this.qi + 1);
  }

  earlier(j: number): Decision | null {
    return j < this.qi ? this.decider.ask(j) : null;
  }
}

/** Decides every quotation of a model with `rules`, in text order (`model.titles` says which quotations are titles). */
export function runRules(model: DocModel, rules: readonly Rule[]): Decision[] {
  const decider = new Decider(model, rules);
  return model.quotes.map((_, qi) => decider.decide(qi));
}
