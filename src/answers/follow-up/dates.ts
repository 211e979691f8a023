/**
 * When the thread's claim was published and said: its carriers with their dates, a live blog's entry times, the
 * time words the articles put with it, and "was it said before …?" answered from what the corpus knows.
 */
import type { ClaimView } from '../../store/view.js';
import { earliestCarriers } from '../depth.js';
import { stem, words } from '../../store/search/normalize.js';
import type { DatesResult, OutletCarrier } from '../types.js';
import { whoSaid } from '../who-said.js';
import { eventWordsAround, liveEntryAt, periodNamed, timeWordsAround } from '../when-said.js';
import type { FollowUpIntent } from './intent.js';
import type { FollowUpContext } from './thread.js';

/**
 * The documents carrying the thread's claim, with their dates (and those crediting the words to someone else): a
 * live blog's by the entry holding the words, with its clock time. Asked when the words were said (`said`), also
 * the time words each article puts with them, as it writes them.
 */
export function dates(
  store: ClaimView,
  ctx: FollowUpContext,
  said?: true,
  relative?: Extract<FollowUpIntent, { kind: 'dates' }>['relative'],
): DatesResult {
  const answer = whoSaid(store, ctx.query, { speaker: ctx.speaker, outlet: ctx.outlet });
  const best = answer.matches[0];
  const result: DatesResult = {
    quote: best?.quote ?? ctx.query,
    speaker: best?.speaker ?? null,
    carriers: best?.outlets ?? [],
    corpus: store.corpusVersion(),
  };
  // the same words credited to someone else were carried too: "which outlets carried it?" lists them
  const elsewhere = (best?.conflict?.speakers ?? [])
    .filter((s) => s.speaker !== best?.speaker)
    .map((s) => {
      const documents = new Set(s.documents);
      const match = answer.matches.find((m) => m.speaker === s.speaker);
      return { speaker: s.speaker, carriers: (match?.outlets ?? []).filter((o) => documents.has(o.document)) };
    })
    .filter((s) => s.carriers.length > 0);
  if (elsewhere.length) result.creditedElsewhere = elsewhere;
  const all = [...result.carriers, ...elsewhere.flatMap((e) => e.carriers)];
  // "who published it first?": the earliest day's carriers, all of them when several share it
  if (all.length > 1) result.first = earliestCarriers(all);
  const liveEntries = all.flatMap((c) => {
    const doc = store.documents.get(c.document);
    const entry = doc && liveEntryAt(doc, c.start);
    return entry
      ? [{ document: c.document, ...(entry.time ? { time: entry.time } : {}), ...(entry.zone ? { zone: entry.zone } : {}) }]
      : [];
  });
  if (liveEntries.length) result.liveEntries = liveEntries;
  if (said) {
    result.whenSaid = true;
    const saidWhen = all.flatMap((c) => {
      const doc = store.documents.get(c.document);
      const words = doc && timeWordsAround(doc, c.start, c.end);
      return words ? [{ document: c.document, words }] : [];
    });
    if (saidWhen.length) result.saidWhen = saidWhen;
  }
  if (relative && all.length) result.askedWhen = askedWhen(store, all, relative, !!said);
  return result;
}

/** Words of an event that say nothing of which event it is ("the", "her", "last"). */
const EVENT_FILLER = new Set('the a an this that his her their its our last next first'.split(' '));

/**
 * "was it said before the vote?" answered from what the corpus knows: a day, month or year against the publication
 * dates of the articles carrying the words (said by the day the first was published; nothing is known of later),
 * an event against what those articles themselves say of it ("hours before the vote"). Never a guess.
 */
function askedWhen(
  store: ClaimView,
  carriers: readonly OutletCarrier[],
  relative: NonNullable<Extract<FollowUpIntent, { kind: 'dates' }>['relative']>,
  said: boolean,
): NonNullable<DatesResult['askedWhen']> {
  const first = carriers
    .map((c) => c.date?.slice(0, 10) ?? '')
    .filter((d) => /^\d{4}-\d\d-\d\d$/.test(d))
    .sort()[0];
  const period = periodNamed(relative.to, first ? Number(first.slice(0, 4)) : undefined);
  const asked = new Set(
    words(relative.to)
      .filter((w) => !EVENT_FILLER.has(w))
      .map(stem),
  );
  const found: { document: string; words: string; relation: 'before' | 'after' | 'during' }[] = [];
  if (!period)
    for (const c of carriers) {
      const doc = store.documents.get(c.document);
      if (!doc) continue;
      for (const e of eventWordsAround(doc, c.start, c.end))
        if (words(e.event).some((w) => asked.has(stem(w)))) found.push({ document: c.document, words: e.words, relation: e.relation });
    }
  const ways = new Set(found.map((f) => f.relation));
  const answer: NonNullable<DatesResult['askedWhen']>['found'] = period
    ? first && first < period.from
      ? 'before'
      : !said && first && first >= period.until
        ? 'after'
        : 'unknown'
    : ways.has('before') && ways.has('after')
      ? 'differ'
      : ways.size === 1 && !ways.has('during')
        ? (found[0]!.relation as 'before' | 'after')
        : 'unknown';
  return { relation: relative.relation, to: relative.to, ...(period ? { period } : {}), words: found.slice(0, 5), found: answer };
}
