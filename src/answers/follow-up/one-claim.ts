/**
 * A follow-up answered about the thread's one quotation (`answerOne`): one answer per kind of question.
 */
import type { ClaimView } from '../../store/view.js';
import { compare } from '../compare.js';
import { looseOutlet, outletDocuments } from '../carriers.js';
import { context, speakerQuotes } from '../lists.js';
import { mentionIn } from '../question-text.js';
import { speakerFits } from '../roles.js';
import { suggest } from '../suggest.js';
import type { FollowUpAnswer, OthersResult, OutletCarrier, RoleResult } from '../types.js';
import { whoSaid } from '../who-said.js';
import { outletName } from '../outlet-name.js';
import { type FollowUpIntent, parseFollowUp } from './intent.js';
import { cannot, type FollowUpContext, MAX_CHOICES, threadPerson, threadSubject } from './thread.js';
import { dates } from './dates.js';
import { wasIt } from './was-it.js';

/** The speaker a short message names and nothing else ("Ilse Brandt", "brandt?"), or undefined. */
export function speakerNamed(store: ClaimView, message: string, ctx?: FollowUpContext) {
  const name = nameAlone(message);
  const folded = name.toLowerCase();
  const named = store.findSpeakers(name).filter((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === folded));
  const own = named.length > 1 && ctx ? threadPerson(store, ctx) : undefined;
  return named.find((s) => s.id === own) ?? named[0];
}

/** A speaker's name alone as a message asks about it: their quotes, the others of that name named beside them. */
export function quotesOfNamed(store: ClaimView, message: string, ctx: FollowUpContext): FollowUpAnswer | undefined {
  const speaker = speakerNamed(store, message, ctx);
  return speaker && { kind: 'quotes', result: speakerQuotes(store, nameAlone(message), undefined, speaker.id) };
}

/** "what about Smith?", "and Haslam?", "same for Smith": the name is what is asked about. */
function nameAlone(message: string): string {
  return message
    .replace(/[?!.]+\s*$/, '')
    .trim()
    .replace(/^(?:(?:and|so|ok|okay|also|but)\s+)?(?:(?:what|how)\s+about|same\s+(?:for|with))\s+|^(?:and|also)\s+/i, '')
    .replace(/\s+(?:too|as well)$/i, '')
    .trim();
}

/** What a name typed in the thread is quoted saying: the thread's own person when the name fits several (see threadPerson). */
function quotesOf(store: ClaimView, ctx: FollowUpContext, name: string, about?: string): FollowUpAnswer {
  const found = store.findSpeakers(name);
  const prefer = found.length > 1 ? threadPerson(store, ctx) : undefined;
  return { kind: 'quotes', result: speakerQuotes(store, name, undefined, prefer, about) };
}

function pickCarrier(carriers: OutletCarrier[], outlet: string | null): OutletCarrier | undefined {
  if (!outlet) return carriers[0];
  const wanted = outlet.toLowerCase();
  return carriers.find((c) => outletName(c).toLowerCase() === wanted);
}

/**
 * "who is the farmer?": the people of the corpus the outlets describe with that role (by the role test a typed
 * speaker option gets), or undefined when the words are no role of anyone and read as no description either.
 */
function roleHolders(store: ClaimView, role: string): RoleResult | undefined {
  const fits = [...store.speakers.values()].filter((s) => speakerFits(role, new Set(), s) === 'role');
  const described = /^(?:the|a|an|that|this)\s+\p{L}/iu.test(role) || !/\p{Lu}/u.test(role);
  if (!fits.length && !described) return undefined;
  return {
    role,
    speakers: fits.slice(0, MAX_CHOICES * 2).map((s) => ({ name: s.name, roles: s.roles.slice(0, 3) })),
    total: fits.length,
    corpus: store.corpusVersion(),
  };
}

/** Answers one follow-up about the thread's one quotation. */
export function answerOne(store: ClaimView, ctx: FollowUpContext, message: string): { intent: FollowUpIntent; answer: FollowUpAnswer } {
  const intent = parseFollowUp(message, store.outletLabels());
  const base = () => whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet });
  switch (intent.kind) {
    case 'who-said': {
      // "did she say …?": the thread's person (the speaker it was opened with, else its quotation's)
      const speaker =
        intent.speaker === undefined
          ? null
          : (intent.speaker ?? ctx.speaker ?? (!ctx.command || ctx.command === 'who-said' ? (base().matches[0]?.speaker ?? null) : null));
      return { intent, answer: { kind: 'who-said', result: whoSaid(store, intent.quote, speaker ? { speaker } : {}) } };
    }
    case 'compare':
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: intent.outlets }) } };
    case 'wording':
      // the thread is about one claim: each outlet's wording of that one, word differences shown
      return { intent, answer: { kind: 'compare', result: compare(store, ctx.query, { outlets: intent.outlets, maxClaims: 1 }) } };
    case 'stance':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'stance' }) } };
    case 'why':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'why' }) } };
    case 'was-it':
      return { intent, answer: wasIt(store, ctx, intent) };
    case 'outlet':
      // the thread is about one claim: how this outlet carried that one
      return { intent, answer: outletAnswer(store, ctx, intent.outlet) };
    case 'others': {
      const best = base().matches[0];
      const speaker = best?.speaker ?? null;
      const others = best ? whoSaid(store, best.quote, { limit: 10 }).matches.filter((m) => m.speaker !== speaker) : [];
      const result: OthersResult = { quote: best?.quote ?? ctx.query, speaker, others: others.slice(0, 5), corpus: store.corpusVersion() };
      // the thread's quotation is gone (its articles removed): not a quotation no outlet credits to anyone
      if (!best) result.noLongerCarried = true;
      return { intent, answer: { kind: 'others', result } };
    }
    case 'context': {
      const answer = base();
      const best = answer.matches[0];
      const carriers = best?.outlets ?? [];
      // an outlet crediting the same words to someone else carries them too: its paragraph is shown
      const credited = new Set((best?.conflict?.speakers ?? []).flatMap((s) => s.documents));
      const crediting = answer.matches.slice(1).flatMap((m) => m.outlets.filter((o) => credited.has(o.document)));
      const carrier = pickCarrier(carriers, intent.outlet) ?? (intent.outlet ? pickCarrier(crediting, intent.outlet) : undefined);
      const result = carrier ? context(store, carrier.document, carrier.start, carrier.end) : null;
      // an outlet that does not carry the claim is said to be that, with the ones that do
      if (!carrier && intent.outlet && carriers.length)
        return {
          intent,
          answer: {
            kind: 'context',
            result,
            notCarriedBy: { outlet: intent.outlet, carriers: [...new Set(carriers.map(outletName))] },
          },
        };
      return { intent, answer: { kind: 'context', result } };
    }
    case 'speaker': {
      const name = intent.name ?? base().matches[0]?.speaker ?? null;
      // "who is the farmer?": a role, not a name: the people the outlets describe so
      const role = intent.name && !store.findSpeakers(intent.name).length ? roleHolders(store, intent.name) : undefined;
      if (role) return { intent, answer: { kind: 'role', result: role } };
      if (name)
        return {
          intent,
          answer: intent.name
            ? quotesOf(store, ctx, name, intent.about)
            : { kind: 'quotes', result: speakerQuotes(store, name, undefined, undefined, intent.about) },
        };
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, null) } };
    }
    case 'said-by':
      // the thread's claim as /who-said answers it, with the person asked about as its speaker option: the
      // speaker, one of joint speakers, described or credited so by an outlet, or not them and who it was
      return {
        intent,
        answer: {
          kind: 'who-said',
          result: whoSaid(store, ctx.query, { speaker: intent.name ?? ctx.speaker, outlet: ctx.outlet }),
        },
      };
    case 'translation':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'translation', language: intent.language }) } };
    case 'truth':
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, { kind: 'truth' }) } };
    case 'unknown': {
      // a speaker's name alone: what they are quoted saying
      const quotes = quotesOfNamed(store, message, ctx);
      if (quotes) return { intent, answer: quotes };
      // "was it <@1234>?" (or a role, a channel, @everyone): the mention was left out as whom the member talks to,
      // leaving no question; said why
      const mentioned = mentionIn(message);
      return { intent, answer: { kind: 'cannot', result: cannot(store, ctx, mentioned ? { kind: 'mention', of: mentioned } : null) } };
    }
    case 'carriers':
      return { intent, answer: { kind: 'dates', result: dates(store, ctx) } };
    case 'dates':
      return { intent, answer: { kind: 'dates', result: dates(store, ctx, intent.said, intent.relative) } };
    case 'help': {
      // "what did Ilse Brandt say?": a speaker of the corpus, not an outlet
      if (intent.unknownOutlet && store.findSpeakers(intent.unknownOutlet).length)
        return { intent, answer: quotesOf(store, ctx, intent.unknownOutlet, intent.about) };
      // "what did the mayor say?": a role the outlets give people, not an outlet the corpus lacks: that person's
      // quotes (the thread's own person among several), or the people of that role
      const role = intent.unknownOutlet ? roleHolders(store, intent.unknownOutlet) : undefined;
      if (role?.speakers.length) {
        const own = role.total > 1 ? threadPerson(store, ctx) : undefined;
        const one = role.total === 1 ? role.speakers[0] : role.speakers.find((p) => store.speakers.get(own ?? '')?.name === p.name);
        if (one) return { intent, answer: { kind: 'quotes', result: speakerQuotes(store, one.name, undefined, undefined, intent.about) } };
        return { intent, answer: { kind: 'role', result: role } };
      }
      // "what did dw.com say?", "what did D.W. say?": the one outlet it spells, loosely typed
      const loose = intent.unknownOutlet ? looseOutlet(intent.unknownOutlet, store.outletLabels()) : null;
      if (loose) {
        const asked: FollowUpIntent = { kind: 'outlet', outlet: loose };
        return { intent: asked, answer: outletAnswer(store, ctx, loose) };
      }
      // "what did the gaurdian say?": the closest spellings, as an outlet option the corpus lacks gets
      const close = intent.unknownOutlet ? suggest(intent.unknownOutlet.replace(/^the\s+/i, ''), store.outletLabels(), 3) : [];
      // none close: the outlets that carry the thread's quotation are what can be asked about instead
      const carriers = intent.unknownOutlet && !close.length && !threadSubject(ctx) ? cannot(store, ctx, null).outlets : [];
      return {
        intent,
        answer: {
          kind: 'help',
          unknownOutlet: intent.unknownOutlet,
          ...(close.length ? { suggestions: close } : {}),
          ...(carriers.length ? { carriers } : {}),
          ...(intent.paging ? { paging: true as const } : {}),
        },
      };
    }
  }
}

/** Quotations of the speaker listed at most from an outlet that does not carry the thread's claim. */
const MAX_SPEAKER_ELSEWHERE = 3;

/**
 * "what about DN?": how that outlet carried the thread's one claim. An outlet that does not carry it but quotes its
 * speaker saying other things gets those too, apart: a member asking after an outlet is often after what it quoted.
 */
function outletAnswer(store: ClaimView, ctx: FollowUpContext, outlet: string): FollowUpAnswer {
  const result = compare(store, ctx.query, { outlets: [outlet], maxClaims: 1 });
  const claim = result.claims[0];
  const speakerId = claim ? store.group(claim.claimId).speakerId : null;
  const documents = outletDocuments(store, outlet).map((d) => d.id);
  const carried = claim?.outlets.some((o) => o.rendering !== 'absent' && documents.includes(o.document));
  if (!claim?.speaker || !speakerId || carried) return { kind: 'compare', result };
  const quotes = documents
    .flatMap((d) => store.entriesOfDocument(d))
    .filter((e) => e.kind === 'quote' && e.speakerId === speakerId)
    .slice(0, MAX_SPEAKER_ELSEWHERE)
    .map((e) => ({ document: e.documentId, text: e.text }));
  return quotes.length
    ? { kind: 'compare', result, speakerElsewhere: { outlet: result.outletNames?.[0] ?? outlet, speaker: claim.speaker, quotes } }
    : { kind: 'compare', result };
}
