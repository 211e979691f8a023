/**
 * "was it X?": X looked up among the corpus's speakers and outlets, answered as "did X say it?" or "did X carry
 * it?", or asked back.
 */
import type { ClaimView } from '../../store/view.js';
import { looseOutlet } from '../carriers.js';
import { speakerFits } from '../roles.js';
import type { FollowUpAnswer } from '../types.js';
import { whoSaid } from '../who-said.js';
import { outletName } from '../outlet-name.js';
import type { FollowUpIntent } from './intent.js';
import { cannot, type FollowUpContext, MAX_CHOICES } from './thread.js';
import { dates } from './dates.js';

/** The outlets of the corpus a typed name means: the outlet so named, else those whose name holds all its words. */
function outletsNamed(store: ClaimView, name: string): string[] {
  const folded = name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, ' ')
    .trim();
  if (!folded) return [];
  const labels = store.outletLabels();
  const exact = labels.filter((l) => {
    const label = l.toLowerCase();
    return label === folded || label.replace(/^the\s+/, '') === folded;
  });
  if (exact.length) return exact.slice(0, 1);
  const loose = looseOutlet(name, labels);
  if (loose) return [loose];
  const words = folded.split(' ');
  return labels.filter((l) => {
    const own = new Set(l.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return words.every((w) => own.has(w));
  });
}

/**
 * "was it X?": X is looked up among the corpus's speakers and outlets. A person is checked as "did X say it?"; an
 * outlet is answered with the documents carrying the claim and whether that outlet is one of them. A name that
 * may be a person or an outlet, several of either, or neither, is asked back, with the questions that would
 * tell them apart.
 */
export function wasIt(store: ClaimView, ctx: FollowUpContext, intent: Extract<FollowUpIntent, { kind: 'was-it' }>): FollowUpAnswer {
  // "was it Reuters or the Gazette?": the documents carrying it answer that; "was it Hale or Penn?", who is credited
  const parts = intent.name.split(/\s+(?:or|and)\s+/i);
  if (parts.length > 1) {
    const outletsOnly = parts.every((p) => outletsNamed(store, p).length > 0 && store.findSpeakers(p).length === 0);
    if (outletsOnly) {
      // each outlet asked about answered yes or no, above the documents that carry the words
      const result = dates(store, ctx);
      const all = [...result.carriers, ...(result.creditedElsewhere ?? []).flatMap((e) => e.carriers)];
      const carriedBy = new Set(all.map((c) => outletName(c).toLowerCase()));
      const asked = [...new Set(parts.flatMap((p) => outletsNamed(store, p).slice(0, 1)))];
      result.askedEach = asked.slice(0, MAX_CHOICES).map((outlet) => ({ outlet, carried: carriedBy.has(outlet.toLowerCase()) }));
      return { kind: 'dates', result };
    }
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet }) };
  }
  let speakers = [...new Set(store.findSpeakers(intent.name).map((s) => s.name))];
  let outlets = outletsNamed(store, intent.name);
  // the question's own words choose between a person and an outlet of that name ("said by", "published in")
  if (intent.hint === 'speaker' && speakers.length) outlets = [];
  if (intent.hint === 'outlet' && outlets.length) speakers = [];
  if (speakers.length && !outlets.length)
    // the thread's claim as /who-said answers it with that person as its speaker option ("did X say it?")
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: intent.name, outlet: ctx.outlet }) };
  if (outlets.length === 1 && !speakers.length) {
    const result = dates(store, ctx);
    const wanted = outlets[0]!.toLowerCase();
    const all = [...result.carriers, ...(result.creditedElsewhere ?? []).flatMap((e) => e.carriers)];
    result.asked = { outlet: outlets[0]!, carried: all.some((c) => outletName(c).toLowerCase() === wanted) };
    return { kind: 'dates', result };
  }
  // a role the outlets give someone ("was it the defence minister?", "was it the admiral?"): that role as the
  // speaker option, as "did the defence minister say it?" is answered (that person, or misattributed)
  if (!speakers.length && !outlets.length && [...store.speakers.values()].some((p) => speakerFits(intent.name, new Set(), p) === 'role'))
    return { kind: 'who-said', result: whoSaid(store, ctx.query, { speaker: intent.name, outlet: ctx.outlet }) };
  // neither, and not written as a name ("was it sad?", "was it said in parliament?"): not understood, with what
  // can be asked; a name written as one ("was it Bob?") is said to be unknown
  if (!speakers.length && !outlets.length && !/\p{Lu}/u.test(intent.name)) return { kind: 'cannot', result: cannot(store, ctx, null) };
  return {
    kind: 'cannot',
    result: cannot(store, ctx, {
      kind: 'which',
      name: intent.name,
      speakers: speakers.slice(0, MAX_CHOICES),
      outlets: outlets.slice(0, MAX_CHOICES),
    }),
  };
}
