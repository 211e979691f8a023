/**
 * Follow-up questions asked in a thread on an answer: understood with a few general patterns, answered
 * with the same answer functions, in the context of the thread's quotation.
 */
import type { ClaimView } from '../store/view.js';
import { compare } from './compare.js';
import { context } from './lists.js';
import type { FollowUpAnswer, OutletCarrier } from './types.js';
import { whoSaid } from './who-said.js';

/** The answer a thread was opened on. */
export interface FollowUpContext {
  query: string;
  speaker: string | null;
  outlet: string | null;
}

export type FollowUpIntent =
  | { kind: 'others' }
  | { kind: 'outlet'; outlet: string }
  | { kind: 'context'; outlet: string | null }
  | { kind: 'dates' }
  | { kind: 'compare'; outlets: string[] }
  | { kind: 'who-said'; quote: string }
  | { kind: 'help'; unknownOutlet: string | null };

/** Longest follow-up read; longer messages are cut (a quotation is identified by its first words). */
export const MAX_FOLLOW_UP = 1500;

/** Outlet names (and file names) mentioned in `text`, in the order they appear. */
export function outletsMentioned(text: string, names: readonly string[]): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, ' ')} `;
  return names
    .map((name) => ({ name, at: lower.indexOf(` ${name.toLowerCase()} `) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.name);
}

/** What a follow-up message asks, given the outlet names the corpus knows. */
export function parseFollowUp(message: string, outletNames: readonly string[]): FollowUpIntent {
  const text = message.slice(0, MAX_FOLLOW_UP).replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const named = outletsMentioned(text, outletNames);
  const quoted = /["“«„]([^"”»]{3,})["”»]/u.exec(text)?.[1];
  if (quoted) return { kind: 'who-said', quote: quoted };
  if (/\bwho else\b|\banyone else\b|\bsomeone else\b|\bother (people|speakers)\b/.test(lower)) return { kind: 'others' };
  if (/\bcompare\b|\bversus\b|\bvs\.?\s/.test(lower)) return { kind: 'compare', outlets: named };
  if (/\bcontext\b|\bparagraph\b|\bsurrounding\b|\bwhole (text|article)\b/.test(lower))
    return { kind: 'context', outlet: named[0] ?? null };
  if (/\bwhen\b|\bwhat date\b|\bpublished\b|\bdates?\b/.test(lower)) return { kind: 'dates' };
  const outletQuestion = /\b(?:what|how)\s+(?:did|does|do)\s+(.+?)\s+(?:say|write|report|quote|put it|have|carry)\b/.exec(lower);
  if (outletQuestion) {
    return named[0] ? { kind: 'outlet', outlet: named[0] } : { kind: 'help', unknownOutlet: outletQuestion[1]!.trim().slice(0, 100) };
  }
  if (named[0] && text.split(' ').length <= 4) return { kind: 'outlet', outlet: named[0] };
  // anything else with enough words and no question shape is taken as a new quotation to check
  if (text.split(' ').length >= 4 && !/\?\s*$/.test(text)) return { kind: 'who-said', quote: text };
  return { kind: 'help', unknownOutlet: null };
}

function pickCarrier(carriers: OutletCarrier[], outlet: string | null): OutletCarrier | undefined {
  if (!outlet) return carriers[0];
  const wanted = outlet.toLowerCase();
  return carriers.find((c) => (c.outlet ?? c.document).toLowerCase() === wanted);
}

/** Answers one follow-up in the context of the thread's answer. */
export function answerFollowUp(
  store: ClaimView,
  ctx: FollowUpContext,
  message: string,
): { intent: FollowUpIntent; answer: FollowUpAnswer } {
  const intent = parseFollowUp(message, store.outletLabels());
  const base = () => whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet });
  switch (intent.kind) {
    case 'who-said':
      return { intent, answer: { kind: 'who-said', result: whoSaid(store, intent.quote) } };
    case 'compare':
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: intent.outlets }) } };
    case 'outlet':
      // the thread is about one claim: how this outlet carried that one
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: [intent.outlet], maxClaims: 1 }) } };
    case 'others': {
      const best = base().matches[0];
      const speaker = best?.speaker ?? null;
      const others = best ? whoSaid(store, best.quote, { limit: 10 }).matches.filter((m) => m.speaker !== speaker) : [];
      return {
        intent,
        answer: {
          kind: 'others',
          result: { quote: best?.quote ?? ctx.query, speaker, others: others.slice(0, 5), corpus: store.corpusVersion() },
        },
      };
    }
    case 'context': {
      const carrier = pickCarrier(base().matches[0]?.outlets ?? [], intent.outlet);
      const result = carrier ? context(store, carrier.document, carrier.start, carrier.end) : null;
      return { intent, answer: { kind: 'context', result } };
    }
    case 'dates': {
      const best = base().matches[0];
      return {
        intent,
        answer: {
          kind: 'dates',
          result: {
            quote: best?.quote ?? ctx.query,
            speaker: best?.speaker ?? null,
            carriers: best?.outlets ?? [],
            corpus: store.corpusVersion(),
          },
        },
      };
    }
    case 'help':
      return { intent, answer: { kind: 'help', unknownOutlet: intent.unknownOutlet } };
  }
}
