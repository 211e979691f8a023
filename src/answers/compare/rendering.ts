/**
 * How one document carries one claim (`renderingIn`): verbatim, with other words, only paraphrased (a quotation's
 * or a sentence's words, in a paragraph naming the speaker), or left out, with the changes of meaning and who else
 * the outlet credits.
 */
import type { CorpusDocument } from '../../corpus/types.js';
import { align, prepareQuery } from '../../store/search/align.js';
import { isStopword, words } from '../../store/search/normalize.js';
import { sameQuotation } from '../../store/grouping/texts.js';
import { GROUPING_THRESHOLDS } from '../../store/grouping/group.js';
import type { ClaimView } from '../../store/view.js';
import { outletChanges, sentenceBefore } from '../depth.js';
import type { ClaimGroup, SearchHit } from '../../store/types.js';
import { containsVerbatim, containsVerbatimPart, cutEnd, elidedWords, wordDiff } from '../diff.js';
import type { CompareOutlet } from '../types.js';
import { COMPARE_LIMITS } from './limits.js';
import { contentStems } from './story.js';
import { otherSpeaker, sameSpeaker } from './speakers.js';

/** Sentences of a document's article text, with the words of the paragraph each stands in. */
function sentences(doc: CorpusDocument): { text: string; paragraphWords: Set<string> }[] {
  const out: { text: string; paragraphWords: Set<string> }[] = [];
  for (const block of doc.blocks) {
    const text = doc.text.slice(block.start, block.end);
    const paragraphWords = new Set(words(text));
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].trim()) out.push({ text: m[0].trim(), paragraphWords });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/**
 * Words that show a paragraph is about a speaker: the surname and other name words of every alias, and the
 * head word of each role ("mayor", "minister"). Empty for unattributed claims (then nothing is required).
 */
function speakerMarkers(store: ClaimView, group: ClaimGroup): string[] {
  const speaker = group.speakerId ? store.speakers.get(group.speakerId) : undefined;
  if (!speaker) return [];
  const names = [speaker.name, ...speaker.aliases].flatMap((n) => words(n).filter((w) => w.length >= 3 && !isStopword(w)));
  const roles = speaker.roles.map((r) => words(r).at(-1)).filter((w): w is string => !!w && w.length >= 3);
  return [...new Set([...names, ...roles])];
}

function outletOf(
  doc: CorpusDocument,
  fields: Omit<CompareOutlet, 'document' | 'outlet' | 'date' | 'url' | 'changes' | 'copyOf'>,
): CompareOutlet {
  return { document: doc.id, outlet: doc.meta.outlet, date: doc.meta.date, url: doc.meta.url, ...fields, changes: [], copyOf: null };
}

/**
 * Whether a quotation holds most of a claim's content words (by stem, as the grouping rule counts them): a version of
 * the claim, reworded. One that scores close on a few shared words ("strengthen ties" against "strengthen ties at
 * every level of the navy") is another quotation of the speaker on the topic, which does not carry the claim.
 */
function coversClaim(reference: string, text: string): boolean {
  const claim = contentStems(reference);
  if (!claim.length) return false;
  const quoted = new Set(contentStems(text));
  return claim.filter((s) => quoted.has(s)).length / claim.length >= GROUPING_THRESHOLDS.quoteOverlap;
}

/** How one document carries one claim. */
export function renderingIn(
  store: ClaimView,
  doc: CorpusDocument,
  group: ClaimGroup,
  hitsByDoc: Map<string, SearchHit[]>,
  relayedTo: ReadonlyMap<number, string>,
): CompareOutlet {
  const reference = group.text;
  const own = group.entryIds.map((i) => store.entry(i)).filter((e) => e.documentId === doc.id);
  const quoted = own.find((e) => e.kind === 'quote');
  const candidates = hitsByDoc.get(doc.id) ?? [];
  // another quotation carries the claim when it covers most of it, or quotes a part of it word for word (one part
  // of a claim of several parts inside a longer quotation too: who-said finds the article there by those words)
  // a claim the corpus has only as reported speech is carried "with other words", not "only paraphrased",
  // by a document that quotes the speaker saying it: its quotation holds the paraphrase's words
  const reportedOnly = group.entryIds.every((i) => store.entry(i).kind === 'paraphrase');
  const quoteHit = quoted
    ? null
    : candidates.find(
        (h) =>
          h.entry.kind === 'quote' &&
          ((h.score >= COMPARE_LIMITS.reworded && coversClaim(reference, h.entry.text)) ||
            containsVerbatimPart(h.entry.text, reference, COMPARE_LIMITS.partWords) ||
            (reportedOnly && h.bag >= COMPARE_LIMITS.paraphraseBag && h.contentMatched >= COMPARE_LIMITS.paraphraseMinWords)),
      );
  const quote = quoted ?? quoteHit?.entry;
  if (quote) {
    // meaning changes are named between versions of one quotation, not against another one on the topic
    const version = quote === quoted || sameQuotation(reference, quote.text);
    const changes = version ? outletChanges(reference, quote.text, 'reworded', sentenceBefore(doc.text, quote.start)) : [];
    const other = quoteHit ? otherSpeaker(store, group, quoteHit.group) : null;
    // the one who read out or quoted the claim's speaker's words (a spokeswoman reading the minister's statement)
    const relayed = other && group.speakerId && relayedTo.get(quoteHit!.group.id) === group.speakerId;
    const credit = other ? (relayed ? { relayedBy: other } : { creditedTo: other }) : {};
    // every printed word the claim's, in order, an ellipsis where words were left out: the claim word for word, with
    // what the ellipses stand for (`leftOut`), not the claim in other words
    const leftOut = elidedWords(reference, quote.text, COMPARE_LIMITS.verbatimWords);
    // the start of the claim, cut short, grouped as a claim of its own: the words it leaves off named as a variant's
    // are ("cuts the end"), or as left out at its closing ellipsis, never a plain "verbatim"
    const cut = quoteHit && sameSpeaker(store, group, quoteHit.group) ? cutEnd(reference, quote.text, COMPARE_LIMITS.partWords) : null;
    if (cut)
      return {
        ...outletOf(doc, { rendering: 'verbatim', text: quote.text }),
        changes: cut.marked ? [] : [{ kind: 'truncated_end', from: cut.rest, to: '' }],
        ...(cut.marked ? { leftOut: [cut.rest] } : {}),
      };
    if (leftOut)
      return { ...outletOf(doc, { rendering: 'verbatim', text: quote.text }), changes, ...credit, ...(leftOut.length ? { leftOut } : {}) };
    if (containsVerbatim(quote.text, reference, COMPARE_LIMITS.verbatimWords))
      return { ...outletOf(doc, { rendering: 'verbatim', text: quote.text }), changes, ...credit };
    return { ...outletOf(doc, { rendering: 'reworded', text: quote.text, diff: wordDiff(reference, quote.text) }), changes, ...credit };
  }
  const reported =
    own.find((e) => e.kind === 'paraphrase') ??
    candidates.find((h) => h.entry.kind === 'paraphrase' && h.bag >= COMPARE_LIMITS.paraphraseBag)?.entry;
  if (reported) return outletOf(doc, { rendering: 'paraphrase', text: reported.text });
  // an unquoted sentence paraphrases the claim only where its paragraph names the claim's speaker
  const markers = speakerMarkers(store, group);
  const prepared = prepareQuery(words(reference), () => 1);
  let best: { text: string; bag: number } | null = null;
  for (const s of sentences(doc)) {
    if (markers.length && !markers.some((m) => s.paragraphWords.has(m))) continue;
    const a = align(prepared, words(s.text));
    if (a.bag >= COMPARE_LIMITS.paraphraseBag && a.contentMatched >= COMPARE_LIMITS.paraphraseMinWords && (!best || a.bag > best.bag)) {
      best = { text: s.text, bag: a.bag };
    }
  }
  if (best) return outletOf(doc, { rendering: 'paraphrase', text: best.text });
  return outletOf(doc, { rendering: 'absent', text: '' });
}
