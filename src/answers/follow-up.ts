/**
 * Follow-up questions asked in a thread on an answer: understood with a few general patterns, answered
 * with the same answer functions, in the context of the thread's quotation.
 */
import type { ClaimView } from '../store/view.js';
import { compare, compareClaims } from './compare.js';
import { outletDocuments } from './carriers.js';
import { speakerQuotes } from './lists.js';
import type { CannotResult, FollowUpAnswer } from './types.js';
import { whoSaid } from './who-said.js';
import { plainQuestionMarks } from './follow-up/typed.js';
import { asksForMore, type FollowUpIntent, MAX_FOLLOW_UP, parseFollowUp } from './follow-up/intent.js';
import { type FollowUpContext, threadAfter, type ThreadClaim, threadClaims, threadSubject, whoSaidAnswer } from './follow-up/thread.js';
import {
  claimBySpeaker,
  claimChoice,
  claimNamedInside,
  claimOfSpeaker,
  claimsChosen,
  claimsNumbered,
  namesClaimsOf,
} from './follow-up/choice.js';
import { answerOne, quotesOfNamed, speakerNamed } from './follow-up/one-claim.js';

// the module's public face: what the bot, the renderer and the tests ask of follow-ups
export { claimChoice, claimsChosen } from './follow-up/choice.js';
export { asksForMore, type FollowUpIntent, MAX_FOLLOW_UP, parseFollowUp } from './follow-up/intent.js';
export { type FollowUpContext, type ThreadClaim, threadAfter, threadSubject } from './follow-up/thread.js';

/**
 * A short message that asks nothing the thread understands and is no question ("thanks", "good catch", "ok"):
 * members talking among themselves, left unanswered.
 */
export function isChatter(store: ClaimView, message: string, ctx?: FollowUpContext): boolean {
  if (message.includes('?') || parseFollowUp(message, store.outletLabels()).kind !== 'unknown' || speakerNamed(store, message))
    return false;
  // "2", "the first one": a claim chosen in a thread on a topic or a person
  const claims = ctx ? threadClaims(store, ctx) : null;
  return !(claims && claims.length > 1 && claimChoice(message, claims));
}

/** Follow-ups that ask about the thread's one claim: on a topic or a person with several, the member chooses first. */
const ABOUT_ONE_CLAIM = new Set<FollowUpIntent['kind']>([
  'others',
  'context',
  'dates',
  'carriers',
  'said-by',
  'was-it',
  'wording',
  'outlet',
  'stance',
  'why',
  'truth',
  'translation',
  'unknown',
]);

/** Longest message read for its questions (Discord's longest message). */
export const MAX_MESSAGE = 4000;

/**
 * The sentences of a message that ask the thread something it understands, as typed ("which outlets carried it?",
 * "and show the context"): none when it is one question, quotes a quotation or asks nothing understood.
 */
function questionsOf(message: string, outletNames: readonly string[]): string[] {
  const text = message.slice(0, MAX_MESSAGE).replace(/\s+/g, ' ').trim();
  // a quotation in marks is checked whole: its own sentences are no questions to the thread
  if (/["“”«»„]/u.test(text)) return [];
  const sentences = text.split(/(?<=[?!.])\s+(?=\S)/).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length < 2) return [];
  return sentences.filter((s) => {
    const kind = parseFollowUp(s, outletNames).kind;
    return kind !== 'unknown' && kind !== 'who-said';
  });
}

/** The question a message ends with: its last sentence or clause, when it ends in a question mark. */
function lastQuestion(message: string): string | undefined {
  const text = plainQuestionMarks(message.slice(0, MAX_MESSAGE)).replace(/\s+/g, ' ').trim();
  return /(?:^|[.!?,;:—–]\s+)([^.!?,;:—–]{1,300}\?)\s*$/.exec(text)?.[1]?.trim();
}

/** Answers one follow-up in the context of the thread's answer. */
export function answerFollowUp(
  store: ClaimView,
  ctx: FollowUpContext,
  message: string,
): {
  intent: FollowUpIntent;
  answer: FollowUpAnswer;
  /** Only when set: what the thread is about from now on (a claim chosen on a topic or a person). */
  about?: FollowUpContext;
  /**
   * Only when set: the other questions of a message that asked several, as typed; the answer is to the first, and
   * the member is told to ask these next.
   */
  more?: string[];
  /**
   * Only when set: the outlets the thread was opened with (its outlet option, or a /compare's outlets) that no
   * document of the corpus is from now (their articles removed since): the answer is without them, and says so.
   */
  outletsGone?: string[];
} {
  // an outlet the thread's answer was limited to, gone from the corpus since: answered over the outlets left,
  // not "not an outlet in the corpus" as if the member had mistyped it
  const gone = [ctx.outlet, ...(ctx.outlets ?? [])].filter((o): o is string => !!o?.trim() && outletDocuments(store, o).length === 0);
  if (gone.length) {
    const left = {
      ...ctx,
      outlet: ctx.outlet && gone.includes(ctx.outlet) ? null : ctx.outlet,
      outlets: ctx.outlets?.filter((o) => !gone.includes(o)),
    };
    return { ...answerFollowUp(store, left, message), outletsGone: [...new Set(gone)] };
  }
  // a claim chosen on a topic or a person: claims named by number are still the topic's or the person's
  const opened = ctx.openedOn;
  if (opened && ctx.command !== opened.command && namesClaimsOf(store, opened, message))
    return answerFollowUp(store, { ...opened, openedOn: undefined }, message);
  // "which outlets carried it? and show the context": the first question answered, the others named back; a
  // message longer than is read whole, its question at the end ("… who else said it?"), is that question
  const questions = questionsOf(message, store.outletLabels());
  if (questions.length > 1) {
    const first = answerFollowUp(store, ctx, questions[0]!);
    return { ...first, more: questions.slice(1) };
  }
  if (message.length > MAX_FOLLOW_UP) {
    const last = lastQuestion(message);
    const kind = last && parseFollowUp(last, store.outletLabels()).kind;
    if (last && kind !== 'unknown' && kind !== 'who-said') return answerFollowUp(store, ctx, last);
  }
  const claims = threadClaims(store, ctx);
  // a thread on a topic or a person whose claims are all gone (their articles removed) or never were: a question
  // about "it" is said to have nothing to be about, not asked of the topic's or the name's own words
  // "more", "show all": no claim chosen by those words ("more" is in many quotations), what a thread can do said
  if (claims && claims.length > 1 && asksForMore(message)) {
    const subject = threadSubject(ctx, claims.length);
    const answer: FollowUpAnswer = { kind: 'help', unknownOutlet: null, paging: true, ...(subject ? { about: subject } : {}) };
    return { intent: { kind: 'help', unknownOutlet: null, paging: true }, answer };
  }
  if (claims) {
    // one claim chosen (or the only one): the question is answered about it, and the thread stays on it
    // a claim chosen by its speaker's name ("the one by Ruiz") is asked about with that name, shown as the member's
    const onClaim = (claim: ThreadClaim, rest: string, named?: string) => {
      const one = named ? { ...claimContext(store, claim), speaker: named } : claimContext(store, claim);
      const inner = rest
        ? answerFollowUp(store, one, rest)
        : { intent: { kind: 'said-by', name: named ?? null } as FollowUpIntent, answer: chosenAnswer(store, one, !!named) };
      const moved =
        inner.answer.kind === 'who-said' && inner.intent.kind === 'who-said' && inner.answer.result.verdict !== 'not_found'
          ? threadAfter(store, one, inner.intent, inner.answer.result)
          : one;
      return { ...inner, about: { ...moved, command: 'who-said' as const } };
    };
    // "2 and 3, who carried them?": the question asked of each claim named, not of the first alone
    const several = claims.length > 1 ? claimsChosen(message, claims) : undefined;
    if (several?.indexes.length) return onClaims(store, ctx, claims, several.indexes, several.rest, onClaim);
    if (several)
      return { intent: parseFollowUp(message, store.outletLabels()), answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    const bySpeaker = claims.length > 1 ? claimBySpeaker(store, message, claims) : undefined;
    if (bySpeaker?.index === null)
      return { intent: parseFollowUp(message, store.outletLabels()), answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    if (bySpeaker) return onClaim(claims[bySpeaker.index]!, bySpeaker.rest, bySpeaker.name);
    const choice = claims.length > 1 ? (claimChoice(message, claims) ?? claimNamedInside(message, claims)) : undefined;
    if (choice) return onClaim(claims[choice.index]!, choice.rest);
    const intent = parseFollowUp(message, store.outletLabels());
    // "did Ruiz say it?": the claim of the topic that person is quoted in, when only one is theirs
    if (intent.kind === 'said-by' && intent.name && claims.length > 1) {
      const theirs = claimOfSpeaker(store, intent.name, claims);
      if (theirs !== undefined) return onClaim(claims[theirs]!, '', intent.name);
    }
    const subject = threadSubject(ctx, claims.length);
    // "help": what can be asked about a topic or a person, not about "this quotation"
    if (intent.kind === 'help') {
      const one = answerOne(store, { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet }, message);
      if (one.answer.kind !== 'help' || !subject) return one;
      // the carriers of the topic's words as one quotation are no outlets of its claims: left out
      const { carriers: _carriers, ...help } = one.answer;
      return { ...one, answer: { ...help, about: subject } };
    }
    if (claims.length === 1) return onClaim(claims[0]!, message);
    // "compare them", "what did the Post say?", "was she misquoted?": how each outlet carried every claim of the
    // thread, as /compare shows them (a person's quotations, or the topic's claims)
    if (intent.kind === 'compare' || intent.kind === 'outlet' || intent.kind === 'wording') {
      const outlets = outletsAsked(intent);
      // "compare 1 and 3", "compare the first and the last": those claims only
      const picked = claimsNumbered(message, claims.length, store.outletLabels());
      if (picked.length)
        return {
          intent,
          answer: compareThese(
            store,
            ctx,
            picked.map((i) => claims[i]!.quote),
            outlets,
          ),
        };
      const result =
        ctx.command === 'quotes'
          ? compareClaims(
              store,
              ctx.speaker ?? ctx.query,
              claims.map((c) => c.quote),
              { outlets },
            )
          : compare(store, ctx.query, { outlets: outlets.length ? outlets : [...(ctx.outlets ?? [])] });
      return { intent, answer: { kind: 'compare', result } };
    }
    // "what else did they say?" in a thread on a person: that person's quotations
    if (ctx.command === 'quotes' && intent.kind === 'speaker' && !intent.name)
      return {
        intent,
        answer: { kind: 'quotes', result: speakerQuotes(store, ctx.speaker ?? ctx.query, undefined, undefined, intent.about) },
      };
    // "who carried them?", "when were they said?": asked of every claim, when they are few enough to answer each
    if (
      ABOUT_ONE_CLAIM.has(intent.kind) &&
      intent.kind !== 'unknown' &&
      claims.length <= MAX_SEVERAL &&
      /\b(?:them|these|those|both|all\s+of\s+them|each\s+(?:of\s+them|one)|all\s+(?:the\s+)?(?:quotes|quotations|claims)|were\s+they|are\s+they)\b/i.test(
        message,
      )
    )
      return onClaims(
        store,
        ctx,
        claims,
        claims.map((_, i) => i),
        message,
        onClaim,
      );
    if (ABOUT_ONE_CLAIM.has(intent.kind) || (intent.kind === 'speaker' && !intent.name)) {
      // a speaker's name alone is still what they are quoted saying
      const quotes = intent.kind === 'unknown' ? quotesOfNamed(store, message, ctx) : undefined;
      if (quotes) return { intent, answer: quotes };
      return { intent, answer: { kind: 'cannot', result: whichClaim(store, ctx, claims) } };
    }
  }
  return answerOne(store, { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet, command: ctx.command }, message);
}

/**
 * What a chosen claim is asked about with: its own words, which find it, and no speaker option, which an answer
 * shows as a name the member gave; its speaker too only where its words alone find someone else's quotation first
 * (“racist”, a word of several): the member chose that claim, not the best match of its words.
 */
function claimContext(store: ClaimView, claim: ThreadClaim): FollowUpContext {
  const plain: FollowUpContext = { query: claim.quote, speaker: null, outlet: null, command: 'who-said' };
  if (!claim.speaker || whoSaid(store, claim.quote).matches[0]?.speaker === claim.speaker) return plain;
  const named = whoSaid(store, claim.quote, { speaker: claim.speaker });
  const found = named.verdict !== 'misattributed' && named.verdict !== 'not_found' && named.matches[0]?.speaker === claim.speaker;
  return found ? { ...plain, speaker: claim.speaker } : plain;
}

/**
 * The answer on a claim just chosen: who said it, the speaker that tells it apart not shown as one the member
 * named, unless the member chose the claim by that name (`named`).
 */
function chosenAnswer(store: ClaimView, one: FollowUpContext, named = false): FollowUpAnswer {
  const answer = whoSaidAnswer(store, one);
  return answer.kind === 'who-said' && one.speaker && !named ? { ...answer, result: { ...answer.result, askedSpeaker: null } } : answer;
}

/** The outlets a comparing question names ("what did the Post say?", "compare them in Reuters"), none for others. */
function outletsAsked(intent: FollowUpIntent): readonly string[] {
  if (intent.kind === 'outlet') return [intent.outlet];
  return intent.kind === 'compare' || intent.kind === 'wording' ? intent.outlets : [];
}

/**
 * Some of a thread's claims compared outlet by outlet, as /compare shows them: under the thread's person or topic,
 * limited to the outlets asked about, else to the thread's own.
 */
function compareThese(store: ClaimView, ctx: FollowUpContext, quotes: string[], outlets: readonly string[]): FollowUpAnswer {
  const subject = ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query;
  return {
    kind: 'compare',
    // claims of a topic are on its story as /compare on the topic has them: the same articles left them out
    result: compareClaims(store, subject, quotes, {
      outlets: outlets.length ? [...outlets] : [...(ctx.outlets ?? [])],
      ...(ctx.command === 'compare' ? { storyTopic: ctx.query } : {}),
    }),
  };
}

/** Most claims one message is answered about, each in its own part of the reply. */
export const MAX_SEVERAL = 5;

/**
 * A question asked of several claims of a thread on a topic or a person. Where and how outlets carried them is
 * one comparison of those claims (as "compare 1 and 3" gives); any other question is answered about each claim
 * in turn. The thread stays on its topic or person.
 */
function onClaims(
  store: ClaimView,
  ctx: FollowUpContext,
  claims: readonly ThreadClaim[],
  indexes: number[],
  rest: string,
  onClaim: (claim: ThreadClaim, rest: string) => { intent: FollowUpIntent; answer: FollowUpAnswer },
): { intent: FollowUpIntent; answer: FollowUpAnswer } {
  const picked = indexes.slice(0, MAX_SEVERAL);
  const intent: FollowUpIntent = rest ? parseFollowUp(rest, store.outletLabels()) : { kind: 'said-by', name: null };
  const outlets = outletsAsked(intent);
  if (intent.kind === 'carriers' || intent.kind === 'compare' || intent.kind === 'outlet' || intent.kind === 'wording')
    return {
      intent,
      answer: compareThese(
        store,
        ctx,
        picked.map((i) => claims[i]!.quote),
        outlets,
      ),
    };
  const answers = picked.map((index) => ({ index, quote: claims[index]!.quote, answer: onClaim(claims[index]!, rest).answer }));
  return { intent, answer: { kind: 'several', answers } };
}

/** Most claims listed when the member is asked which one a question is about. */
export const MAX_CLAIM_CHOICES = 10;

/** A thread on a topic or a person with several claims, asked which one a question is about. */
function whichClaim(store: ClaimView, ctx: FollowUpContext, claims: readonly ThreadClaim[]): CannotResult {
  return {
    reason: {
      kind: 'which-claim',
      about: ctx.command === 'quotes' ? 'speaker' : 'topic',
      subject: ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query,
      claims: claims.slice(0, MAX_CLAIM_CHOICES),
      total: claims.length,
    },
    quote: null,
    speaker: null,
    outlets: [],
    corpus: store.corpusVersion(),
  };
}
