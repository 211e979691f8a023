/**
 * `/who-said`: who said a quotation, every outlet that carried it and how, and a verdict. A weak fuzzy hit is
 * never an answer: below the thresholds the verdict is `not_found`.
 * The entry (`whoSaid`: the question read, the words checked, the verdict); its parts are in who-said/ (README
 * there).
 */
import { unknownOutletSentence, unknownOutlets } from './suggest.js';
import type { ClaimView } from '../store/view.js';
import { documentsInScope, outletDocuments } from './carriers.js';
import { withNotFoundHint } from './not-found.js';
import { speakerFits, speaksFor } from './roles.js';
import { findConflict } from './conflicts.js';
import { deepen } from './depth.js';
import { askedMeaningChanges, denyingFrame, flipText } from './asked-changes.js';
import { words } from '../store/search/normalize.js';
import { withinEdits } from '../store/search/edit-distance.js';
import { allowedEdits } from '../store/search/term-index.js';
import {
  type QuestionReading,
  figureReadings,
  framedWords,
  joinedReadings,
  questionReadings,
  withoutDiscordMarkup,
} from './question-text.js';
import { jointMembers } from '../claims/speakers.js';
import type { Verdict, WhoSaidResult } from './types.js';
import { outletName, quotedByAny } from './outlet-name.js';
import { heldInARow, wordsPin } from './few-words.js';
import type { WhoSaidOptions } from './who-said/thresholds.js';
import { KIND_RANK, type FoundMatch, publicMatch } from './who-said/match-kinds.js';
import { hitsOfMatches, heldInside, matchesFor, wholeLed, better } from './who-said/matches.js';
import {
  spokespersonFor,
  bodyAsked,
  usedAsBody,
  roleAsked,
  otherRole,
  speakersHolding,
  closestNamed,
  namedHolding,
} from './who-said/asked-speaker.js';
import { fewWordsAnswer, partsQuoted } from './who-said/few-words-answer.js';
import { askedDiff, sameFigures, withLargerFigures, namedFigures, figuresNote } from './who-said/asked-diff.js';
import {
  relayedNote,
  putTo,
  putNote,
  disagreement,
  markElided,
  keepFilledUnchanged,
  diffChangedVerbatim,
  PARAPHRASE_DIFF_SAME,
  opening,
  explain,
} from './who-said/notes.js';

// the thresholds README's table reads, and the options the bot and the CLI pass
export { WHO_SAID_THRESHOLDS, type WhoSaidOptions } from './who-said/thresholds.js';

/**
 * The speaker the question names: the option when given; otherwise a name the question asks about in so
 * many words ("Did Ruiz say …"), or the one speaker of the corpus named around a pasted quotation.
 */
export function questionSpeaker(store: ClaimView, reading: QuestionReading): string | null {
  // "… - DW", "DW: …", "…, DW said": an outlet of the corpus, or a name that reads as a news outlet's ("… - BBC
  // News", "Reuters: …", "… (nytimes.com)", `outletLike`), that quotes no one by its name is where the member saw the
  // words, not who said them; the words are checked with no one named. A person the corpus credits so still wins,
  // or a body it quotes by the name after "the" ("Did the BBC say …" of "…, the BBC said in a statement").
  if (reading.askedName) {
    const seenAt = reading.outletLike || outletDocuments(store, reading.askedName).length > 0;
    if (!seenAt) return reading.askedName;
    const bare = reading.askedName.replace(/^[Tt]he (?=\p{Lu})/u, '');
    return [reading.askedName, bare].find((name) => store.findSpeakers(name).length > 0) ?? null;
  }
  const found = new Map<string, string>();
  for (const run of reading.names) {
    const direct = store.findSpeakers(run);
    const named = direct.length ? direct : run.split(' ').flatMap((w) => store.findSpeakers(w));
    for (const s of named) found.set(s.id, direct.length ? run : s.name);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * Answers "who said this?".
 * @example whoSaid(store, 'strengthen comunication at all levels', { speaker: 'Putin' }) // → misattributed
 */
export function whoSaid(store: ClaimView, quote: string, options: WhoSaidOptions = {}): WhoSaidResult {
  // a not-found answer says why when it can (not-found.ts), whichever surface asked
  return withNotFoundHint(store, checkQuote(store, quote, options));
}

/** Said when the speaker option held Discord mentions alone: whom they ping is no one the outlets quote. */
export const MENTION_AS_SPEAKER =
  'The speaker you gave is a Discord mention, not a name: give a speaker as the outlets write them (a name, or a role such as “the mayor”). These words were checked without a speaker.';

/** The answer with the sentence on a mention given as the speaker put first. */
function withMentionNote(result: WhoSaidResult, ignored: boolean): WhoSaidResult {
  return ignored ? { ...result, ignoredSpeaker: 'mention', explanation: `${MENTION_AS_SPEAKER} ${result.explanation}` } : result;
}

/** Outlets named at most where an outlet asked about does not carry the words and others do. */
const MAX_ELSEWHERE_NAMED = 3;

/**
 * Where the words are, when the outlet asked about does not carry them: the outlets of the corpus's best match,
 * verbatim or close (a paraphrase is no carrier of the words), so "DN does not carry these words" does not read as
 * "nobody does". Empty when no other outlet carries them.
 */
function carriedElsewhere(store: ClaimView, quote: string): string {
  const best = matchesFor(store, quote, null)?.[0];
  if (!best || (best.kind !== 'verbatim' && best.kind !== 'close')) return '';
  const names = [...new Set(best.outlets.filter((o) => o.rendering !== 'paraphrase').map(outletName))];
  if (!names.length) return '';
  const shown = names.slice(0, MAX_ELSEWHERE_NAMED);
  const more = names.length - shown.length;
  const list =
    more > 0
      ? `${shown.join(', ')} and ${more} more`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
        : shown[0];
  return ` The corpus has them${best.kind === 'close' ? ', or words close to them,' : ''} from ${list}: ask without the outlet to see them.`;
}

function checkQuote(store: ClaimView, quote: string, options: WhoSaidOptions): WhoSaidResult {
  const typedSpeaker = options.speaker?.trim() || null;
  // "<@1234> Ruiz" is Ruiz; "<@1234>" alone names no one: answered without a speaker, and said so
  const speakerName = typedSpeaker === null ? null : withoutDiscordMarkup(typedSpeaker) || null;
  return withMentionNote(checkWords(store, quote, { ...options, speaker: speakerName }), typedSpeaker !== null && speakerName === null);
}

function checkWords(store: ClaimView, quote: string, options: WhoSaidOptions): WhoSaidResult {
  const optionSpeaker = options.speaker?.trim() || null;
  const askedOutlet = options.outlet?.trim() || null;
  const notFound = (explanation: string, askedSpeaker = optionSpeaker): WhoSaidResult => ({
    query: quote,
    askedSpeaker,
    askedOutlet,
    corpus: store.corpusVersion(),
    verdict: 'not_found',
    matches: [],
    explanation,
  });
  if (!quote.trim()) return notFound('Give me the words you want checked: a quotation, a part of one, or your own summary of it.');
  const scope = documentsInScope(store, askedOutlet ? [askedOutlet] : []);
  if (scope.unknown.length) {
    const unknown = unknownOutlets(store, scope.unknown);
    return { ...notFound(unknownOutletSentence(unknown)), unknownOutlet: unknown[0]! };
  }
  // the question as typed first; its quoted words (and the name asked about) when they answer better ("Did the
  // Guardian say …" is read as asking where the words were seen only where the corpus has an outlet so named)
  const [literal, ...others] = questionReadings(
    quote,
    (name) => outletDocuments(store, name).length > 0,
    (name) => usedAsBody(store, name),
  );
  let reading = literal!;
  let found = matchesFor(store, reading.quote, scope.ids);
  const read: [QuestionReading, FoundMatch[] | null][] = [[reading, found]];
  for (const other of others) {
    const alternative = matchesFor(store, other.quote, scope.ids);
    read.push([other, alternative]);
    // a guessed frame that finds the claim the whole text found is the quotation itself, typed with a typo, only
    // when the quotation holds the frame's verb right before those words ("Nobdy said the crossing would be cheap"
    // of "Nobody said the crossing …"): then no name is asked about; "Ruiz said: the ferry pays" of a quotation
    // opening "Who here thinks the ferry pays …" names who said it
    const same =
      other.guess &&
      found?.some((m) => m.claimId === alternative?.[0]?.claimId) &&
      frameQuoted(literal!.quote, other.quote, alternative![0]!.quote);
    if (!same && better(alternative, found, other.guess)) [reading, found] = [other, alternative];
  }
  // the words as the member typed them: the figures the outlets may write the other way ("3" for "three") are
  // read both ways, and the answer says how the two differ, a figure written as a word being no change of meaning
  let typed = reading;
  if (found?.[0]?.kind !== 'verbatim') {
    // every reading's figures, the quoted words' too ("Did Caddock say 3 of the 5 …?")
    for (const asTyped of [literal!, ...others]) {
      for (const quote of figureReadings(asTyped.quote)) {
        const alternative = matchesFor(store, quote, scope.ids);
        if (better(alternative, found, asTyped.guess)) [reading, found, typed] = [{ ...asTyped, quote }, alternative, asTyped];
      }
    }
  }
  // a compound typed as two words ("foot bridge" for "footbridge"), when the words as read find no quotation close
  // to them: read joined (a few searches more, on that path only), as close at best
  if (!found?.length || found[0]!.kind === 'paraphrase') {
    // the words a question asks about, not its frame, when no reading answered ("Did the Kremlin say …" is never
    // joined into "Kremlinsay")
    // (a name left unread, "Did the Observer say …", is no word of them either: the words after the frame, `framedWords`,
    // looked up as typed first, the member's own words, then joined)
    const asked = reading === literal ? others.find((r) => r.askedName && !r.guess) : undefined;
    const framed = reading === literal && !asked ? framedWords(literal.quote) : null;
    const split = asked ?? (framed ? { ...literal!, quote: framed } : reading);
    for (const quote of [...(framed ? [framed] : []), ...joinedReadings(split.quote)]) {
      const alternative = matchesFor(store, quote, scope.ids);
      if (alternative?.length && alternative[0]!.kind !== 'paraphrase' && better(alternative, found, true)) {
        [reading, found] = [{ ...split, quote }, alternative];
        if (quote === framed) typed = reading;
      }
    }
  }
  // nothing answers, but a reading's words (“Did Li say "communication"?”) are in quotations, too few to tell whose:
  // that is the answer, not "no outlet carries these words"
  if (!found?.length) {
    // the words in marks before the whole question around them (“Who said 'at all levels'?”)
    const held = [...read.slice(1), read[0]!].find(([, m]) => m && heldInside.has(m));
    if (held) [reading, found] = held;
  }
  // found only with the figures written otherwise: the member's words are not the quotation's word for word
  if (reading !== typed) for (const m of found ?? []) if (m.kind === 'verbatim') m.kind = 'close';
  let askedSpeaker = optionSpeaker ?? questionSpeaker(store, reading);
  const base: Omit<WhoSaidResult, 'verdict' | 'matches' | 'explanation'> = {
    query: quote,
    askedSpeaker,
    askedOutlet,
    corpus: store.corpusVersion(),
  };
  if (reading !== literal) base.searched = reading.quote;
  if (found === null) return notFound('Those words are too common to identify a quotation: give a few more of them.', askedSpeaker);
  let matches = found;
  // "No outlet in DW carries…" read as if DW held outlets: an outlet asked about is one outlet, with its articles
  const none = askedOutlet ? `No article of ${askedOutlet}` : 'No outlet in the corpus';
  // one word found only inside longer quotations: who used it is said, never that one of them said "these words"
  const inside = heldInside.get(found);
  if (matches.length === 0 && inside) return fewWordsAnswer(store, base, reading.quote, inside.hits, inside.limited);
  if (matches.length === 0)
    return notFound(
      `${none} carries these words or a close version of them.${askedOutlet ? carriedElsewhere(store, reading.quote) : ''}`,
      askedSpeaker,
    );
  let verdict: Verdict = matches[0]!.kind;
  let speakerNote = '';
  // the person the member named is among those quoted saying the words: they are checked, whoever else said them
  let namedFound = false;
  const named = new Set(askedSpeaker ? store.findSpeakers(askedSpeaker).map((s) => s.id) : []);
  // a body named ("the Kremlin", "the White House"; no person of the corpus so named): it speaks through its officials,
  // so the words credited to its spokesperson or an office of it are its words, and a credit to anyone else is no
  // misattribution by the name alone (the outlets may not say whom a person speaks for)
  // (also a name the corpus itself uses as a body's, `usedAsBody`: "Downing Street" of "a Downing Street spokesman")
  const body = askedSpeaker !== null && bodyAsked(store, askedSpeaker, named) ? askedSpeaker : null;
  // a title or role asked with no name ("the mayor", "the Prime Minister"): who holds it is the outlets' to say
  const role = askedSpeaker !== null && !body && roleAsked(store, askedSpeaker, named) ? askedSpeaker : null;
  const bodyRole = (m: FoundMatch): string | null => (body ? speaksFor(body, m.speakerRef) : null);
  // two content words that several people's quotations hold (`heldBySeveral`): a close match of the named person's
  // holding them only with other words between (“joint naval exercises” for “joint exercise”) is words of theirs
  // that hold them, not them said, so it is answered with the others below, as the plural asked would be
  const fewWords = !!inside && wordsPin(reading.quote) === 'speaker' && !wholeLed.has(found);
  const heldBySeveral = fewWords && speakersHolding(matches, reading.quote).length > 1;
  const saidApart = (m: FoundMatch): boolean => heldBySeveral && m.kind !== 'verbatim' && !heldInARow(m.quote, reading.quote);
  const byNamed = askedSpeaker
    ? matches.find(
        (m) => (speakerFits(askedSpeaker!, named, m.speakerRef) || bodyRole(m)) && KIND_RANK[m.kind] <= KIND_RANK[matches[0]!.kind],
      )
    : undefined;
  if (askedSpeaker && !(byNamed && saidApart(byNamed))) {
    if (byNamed) {
      namedFound = true;
      matches = [byNamed, ...matches.filter((m) => m !== byNamed)];
      verdict = byNamed.kind;
      const fit = speakerFits(askedSpeaker, named, byNamed.speakerRef);
      const forBody = fit ? null : bodyRole(byNamed);
      // the words credited to one speaking for the person or title asked about ("a spokeswoman for the mayor"): theirs
      // only through the spokesperson, said so (a body speaks through its spokespeople: no note needed)
      const through = body ? null : spokespersonFor(askedSpeaker, byNamed);
      if (through) {
        base.spokesperson = through;
        const who = through === byNamed.speaker ? through : `${byNamed.speaker}, ${through}`;
        speakerNote = ` They are credited to ${who}, not to ${askedSpeaker} in person.`;
      } else if (fit === 'role') speakerNote = ` The outlets describe ${byNamed.speaker} as ${askedSpeaker}.`;
      // the spokesperson's or office-holder's role that holds the body's name ("Kremlin spokesman"); a credit that
      // names it ("a White House spokeswoman") says so itself
      else if (forBody && forBody !== byNamed.speaker) speakerNote = ` The outlets describe ${byNamed.speaker} as ${forBody}.`;
      // one of the people credited together: not a misattribution, and not theirs alone
      else if (byNamed.speaker && jointMembers(byNamed.speaker).length && !/\sand\s/i.test(askedSpeaker))
        speakerNote = ` ${askedSpeaker} is one of the ${jointMembers(byNamed.speaker).length} people they are credited to together.`;
    } else if (matches[0]!.speaker?.startsWith('@')) {
      // an embedded post credited by its handle alone: the account may be the person asked about, or not
      speakerNote = ` The outlets credit only the account ${matches[0]!.speaker}, so “${askedSpeaker}” cannot be confirmed.`;
    } else if (matches[0]!.speaker && body) {
      speakerNote = ` The outlets do not describe ${matches[0]!.speaker} as a spokesperson or office-holder of ${body}, so “${body}” cannot be confirmed.`;
      // a body read from the question is not shown as the name asked about when nothing ties the words to it
      if (!optionSpeaker) askedSpeaker = base.askedSpeaker = null;
    } else if (matches[0]!.speaker && role && !otherRole(role, matches[0]!.speakerRef)) {
      // a title asked of a speaker the outlets give no role, or one speaking for its holder ("a spokeswoman for the
      // mayor"): not the title-holder's words as far as the outlets tell, nor someone else's with another office
      const forHolder = speaksFor(role, matches[0]!.speakerRef);
      speakerNote = forHolder
        ? ` The outlets describe ${matches[0]!.speaker} as ${forHolder}, not as ${role}, so “${role}” cannot be confirmed.`
        : ` The outlets do not describe ${matches[0]!.speaker} as ${role}, so “${role}” cannot be confirmed.`;
    } else if (matches[0]!.speaker) {
      verdict = 'misattributed';
    } else {
      // words put to the person asked about (“Why now?” Hale was asked): the question was theirs to answer, not theirs
      const put = putTo(store, matches[0]!, askedSpeaker);
      if (put.length) {
        verdict = 'misattributed';
        speakerNote = putNote(askedSpeaker, put, null);
      } else speakerNote = ` No outlet names who said it, so “${askedSpeaker}” cannot be confirmed.`;
    }
  }
  // a misspelt name taken as the closest speaker: said, as /quotes says it, so it is not read as someone called so
  const closest = askedSpeaker && !body ? closestNamed(store, askedSpeaker, named, matches) : null;
  if (closest) base.closestSpeaker = closest;
  // two content words that several people's quotations hold, none of them the words alone, pin none of them: the
  // person the member named, when one of them in the words of the best match, is who is checked (`byNamed` above);
  // else no one is picked, nor called misattributed, the named person's own words holding them too when they do
  if (!namedFound && inside && heldBySeveral) {
    const byNamed = askedSpeaker ? namedHolding(matches, askedSpeaker, named, reading.quote) : null;
    return fewWordsAnswer(store, base, reading.quote, inside.hits, inside.limited, byNamed);
  }
  matches = matches.slice(0, options.limit ?? 5);
  for (const m of matches) {
    markElided(m);
    deepen(store, m);
    keepFilledUnchanged(m);
    diffChangedVerbatim(m);
  }
  const best = matches[0]!;
  let explanation =
    verdict === 'misattributed'
      ? best.speaker
        ? `${opening(best.speaker)}, not ${askedSpeaker}, is who the outlets quote saying this.${relayedNote(store, askedSpeaker!, best)}${putNote(askedSpeaker!, putTo(store, best, askedSpeaker!), best.speaker)}`
        : speakerNote.trim()
      : explain(best) + speakerNote;
  // a paraphrase that keeps most of the member's words (another order, a few swapped) shows how, as a close one
  if (best.kind === 'paraphrase' && quotedByAny(best.outlets)) {
    const diff = askedDiff(typed.quote, best.quote);
    const asked = words(typed.quote);
    const quoteWords = new Set(words(best.quote));
    const kept = asked.filter((w) => quoteWords.has(w)).length;
    if (diff && asked.length && kept >= PARAPHRASE_DIFF_SAME * asked.length) base.askedDiff = diff;
  }
  if (best.kind === 'close') {
    const diff = askedDiff(typed.quote, best.quote);
    if (diff) base.askedDiff = diff;
    const figures = diff ? withLargerFigures(sameFigures(diff), typed.quote, best.quote) : [];
    if (figures.length) base.askedFigures = figures;
    // close in wording may still say the opposite (“is not ready” for “is ready”): said, on the verdict line too
    // what the member typed before the words ("Ruiz said …"): reported speech puts its modals in the past
    const at = quote.indexOf(typed.quote);
    const changes = diff ? askedMeaningChanges(best.quote, typed.quote, at > 0 ? quote.slice(0, at) : '') : [];
    if (changes.length) {
      base.askedChanges = changes;
      explanation = `${explanation.replace(' (small wording differences)', ' in its words')} Your version changes its meaning: ${changes.map(flipText).join('; ')}.`;
      if (figures.length)
        explanation += ` ${namedFigures(figures)} ${figures.length === 1 ? 'is the same figure' : 'are the same figures'}, written otherwise.`;
    } else if (figures.length)
      explanation = explanation.replace(' (small wording differences)', ` (${figuresNote(figures, typed.quote, best.quote)})`);
  }
  // the words, word for word, after "I do not think" in the quotation: it denies them, said on the verdict line too
  const frame = best.kind === 'paraphrase' ? null : denyingFrame(best.quote, reading.quote);
  if (frame) {
    base.askedFrame = frame;
    explanation = `${explanation} In the quotation they follow “${frame}”, which denies them.`;
  }
  best.conflict = findConflict(store, matches);
  if (best.conflict) explanation = `${disagreement(best.conflict)} ${explanation}`;
  // a verbatim answer too: an outlet quoting a part of the words asked about carries part of them
  if (verdict === 'verbatim' || verdict === 'close' || verdict === 'paraphrase') {
    const parts = partsQuoted(store, reading.quote, matches, scope.ids, hitsOfMatches.get(found) ?? []);
    if (parts.length) {
      base.partsQuoted = parts;
      const n = new Set(parts.flatMap((p) => p.carriers.map((c) => c.document))).size;
      explanation += ` ${n === 1 ? '1 other document quotes' : `${n} other documents quote`} a part of your words word for word (below).`;
    }
  }
  return { ...base, verdict, matches: matches.map(publicMatch), explanation };
}

/**
 * True unless the quotation holds the words of a guessed frame ("Ruiz said: …", "Plan B: …", "… — Ruiz") word for
 * word with other words than the frame's beside them: the frame's word next to them (its verb, or its name's last
 * word before them, first after them), or all its words but one ("Plan V: …" of "Plan B: …"), each as typed or but
 * for a typo. Then the frame is no part of it. True too when it does not hold them word for word (nothing to tell by).
 */
function frameQuoted(whole: string, rest: string, quote: string): boolean {
  const [all, asked, quoted] = [words(whole), words(rest), words(quote)];
  if (!asked.length) return true;
  const phrase = asked.join(' ');
  const frameAfter = all.length > asked.length && all.slice(0, asked.length).join(' ') === phrase;
  const frame = frameAfter ? all.slice(asked.length) : all.slice(0, all.length - asked.length);
  if (!frame.length) return true;
  const at = quoted.findIndex((_, i) => quoted.slice(i, i + asked.length).join(' ') === phrase);
  if (at < 0) return true;
  const beside = frameAfter
    ? quoted.slice(at + asked.length, at + asked.length + frame.length)
    : quoted.slice(Math.max(0, at - frame.length), at);
  const typed = (word: string | undefined, as: string | undefined): boolean =>
    !!word && !!as && withinEdits(word, as, allowedEdits(word.length));
  const next = frameAfter ? typed(frame[0], beside[0]) : typed(frame.at(-1), beside.at(-1));
  return next || (frame.length > 1 && beside.length === frame.length && frame.filter((w, i) => !typed(w, beside[i])).length <= 1);
}
