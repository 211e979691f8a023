/**
 * What a thread is about: the answer it was opened on (`FollowUpContext`), the claims of a thread on a topic or a
 * person, its person, what it is about after an answer, and the answer when it cannot answer.
 */
import type { ClaimView } from '../../store/view.js';
import { compare } from '../compare.js';
import { speakerQuotes } from '../lists.js';
import type { CannotResult, FollowUpAnswer, ThreadSubject, WhoSaidResult } from '../types.js';
import { whoSaid } from '../who-said.js';
import { outletName, quotedByAny } from '../outlet-name.js';
import type { FollowUpIntent } from './intent.js';

/** The answer a thread was opened on. */
export interface FollowUpContext {
  query: string;
  speaker: string | null;
  outlet: string | null;
  /**
   * What the thread was opened on: a /who-said answer (the default: `query` is its quotation), a /compare answer
   * (`query` is its topic, `outlets` its outlets), or a /quotes answer (`speaker` is its person). A thread on a
   * topic or a person is about several claims until the member chooses one.
   */
  command?: 'who-said' | 'compare' | 'quotes';
  outlets?: string[];
  /**
   * Only when set: the topic or person the thread was opened on (a /compare or /quotes answer), when the thread is
   * about one of its claims since: claims named by number or place ("compare 1 and 5", "the fourth one") are the
   * numbered claims of that topic or person, as before the choice.
   */
  openedOn?: FollowUpContext;
}

/** One of the claims a thread on a topic or a person is about, offered to choose from. */
export interface ThreadClaim {
  quote: string;
  speaker: string | null;
  /** Only when set: no outlet quotes these words, they are reported speech (shown without quotation marks). */
  reported?: true;
}

/**
 * The id of the person a thread is about: the speaker it was opened with, the person of a /quotes thread, or the
 * speaker of its quotation. A name typed in the thread that fits several people ("Brandt", with two Brandts in the
 * corpus) means this one when it fits them.
 */
export function threadPerson(store: ClaimView, ctx: FollowUpContext): string | undefined {
  const name = ctx.speaker ?? (ctx.command === 'quotes' ? ctx.query : undefined);
  if (name) return store.findSpeakers(name)[0]?.id;
  if (ctx.command && ctx.command !== 'who-said') return undefined;
  return whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }).matches[0]?.speakerRef?.id;
}

/** The claims a thread opened on a /compare or /quotes answer is about, or null for a thread on one quotation. */
export function threadClaims(store: ClaimView, ctx: FollowUpContext): ThreadClaim[] | null {
  if (ctx.command === 'compare')
    return compare(store, ctx.query, { outlets: [...(ctx.outlets ?? [])] }).claims.map((c) => ({
      quote: c.quote,
      speaker: c.speaker,
      ...(quotedByAny(c.outlets) ? {} : { reported: true as const }),
    }));
  if (ctx.command === 'quotes') {
    const result = speakerQuotes(store, ctx.speaker ?? ctx.query);
    return result.quotes.map((q) => ({
      quote: q.quote,
      speaker: q.jointly ?? result.speaker?.name ?? null,
      ...(q.reported ? { reported: true as const } : {}),
    }));
  }
  return null;
}

/** What a thread on a /compare topic or a /quotes person is about (undefined for a thread on one quotation). */
export function threadSubject(ctx: Pick<FollowUpContext, 'command' | 'query' | 'speaker'>, claims?: number): ThreadSubject | undefined {
  if (ctx.command !== 'compare' && ctx.command !== 'quotes') return undefined;
  return {
    kind: ctx.command === 'quotes' ? 'speaker' : 'topic',
    subject: ctx.command === 'quotes' ? (ctx.speaker ?? ctx.query) : ctx.query,
    ...(claims === undefined ? {} : { claims }),
  };
}

export function whoSaidAnswer(store: ClaimView, ctx: FollowUpContext): FollowUpAnswer {
  return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }) };
}

/** Most names offered back when a name may mean several people or outlets. */
export const MAX_CHOICES = 5;

/**
 * What the thread is about after a who-said follow-up that found its quotation. "who said it?" and "did X say
 * it?" ask about the thread's own quotation: the speaker and outlet it was opened with stay. A new quotation
 * becomes the thread's; the person the member named for it is its speaker, else the thread's speaker stays
 * when the new answer credits the words to that person too, and its outlet stays when that outlet carries
 * them. A speaker or outlet the new answer does not bear out is dropped.
 */
export function threadAfter(store: ClaimView, ctx: FollowUpContext, intent: FollowUpIntent, result: WhoSaidResult): FollowUpContext {
  if (intent.kind !== 'who-said') return { query: ctx.query, speaker: ctx.speaker, outlet: ctx.outlet };
  const best = result.matches[0];
  const keptBy = (options: { speaker?: string | null; outlet?: string | null }, speakerAsked: boolean) => {
    const again = whoSaid(store, result.query, options);
    const top = again.matches[0];
    return (
      !!best &&
      !!top &&
      again.verdict !== 'not_found' &&
      (!speakerAsked || (again.verdict !== 'misattributed' && !!top.speaker)) &&
      top.quote === best.quote
    );
  };
  const speaker = result.askedSpeaker ?? (ctx.speaker && keptBy({ speaker: ctx.speaker }, true) ? ctx.speaker : null);
  const outlet = ctx.outlet && keptBy({ speaker, outlet: ctx.outlet }, false) ? ctx.outlet : null;
  return { query: result.query, speaker, outlet };
}

/** A follow-up the thread cannot answer: why, with the thread's claim and its outlets for what can be asked. */
export function cannot(store: ClaimView, ctx: FollowUpContext, reason: CannotResult['reason']): CannotResult {
  const best = whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }).matches[0];
  const outlets = [...new Set((best?.outlets ?? []).map(outletName))];
  return { reason, quote: best?.quote ?? null, speaker: best?.speaker ?? null, outlets, corpus: store.corpusVersion() };
}
