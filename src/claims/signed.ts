/**
 * Attributions carried by layout rather than by a verb: a quotation signed with a dash and a name
 * (“…” ― Carla Moreno), and a name right before the colon that introduces a quotation
 * ("… doesn’t surprise pollster Dana Shore: “…”", "- Ines Hall: “…”"), and a pull quote closed after the line
 * that signs it.
 */
import { personPhrase } from './before.js';
import type { DocModel } from './document.js';
import { personLike, runName } from './names.js';
import { headPhrase, tailPhrase } from './phrases.js';
import { speechVerbAt } from './speech-verbs.js';
import { resolvePhrase, type Attribution } from './resolve.js';
import { DASHES, type Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { AUTHOR_PREPOSITIONS, MONTHS_DAYS, PREPOSITIONS, SPEECH_VERBS, TIME_UNITS, TITLES } = words;

/** An all-capitals word ("VOTERS"): headline text, not a name. */
function shouting(t: Token): boolean {
  return t.text.length > 2 && t.text === t.text.toUpperCase() && /\p{Lu}{3}/u.test(t.text);
}

/**
 * “…” ― Carla Moreno: a dash right after the quotation, then a name that ends the sentence (or runs into
 * a parenthesis, a comma or a date). The name must be a person's full name or one the document gives.
 */
export function signedAfter(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  const dash = toks[k + 1];
  if (!dash || !DASHES.has(dash.text)) return null;
  let end = k + 2;
  while (end < toks.length && (toks[end] as Token).kind === 'word' && end < k + 8) end++;
  const np = headPhrase(toks, k + 2, end);
  if (np?.kind !== 'name' || !np.run) return null;
  const after = toks[np.to];
  if (after && after.sentence === dash.sentence && !['.', '(', ',', ')'].includes(after.text)) return null;
  if (!signer(model, toks, np.run)) return null;
  return resolvePhrase(model, toks, np);
}

/** A name run that is a person's full name, or a form of a person the document names. */
function known(model: DocModel, toks: readonly Token[], run: NonNullable<ReturnType<typeof tailPhrase>>['run']): boolean {
  if (!run) return false;
  for (let i = run.nameFrom; i < run.to; i++) if (shouting(toks[i] as Token)) return false;
  return personLike(toks, run) || model.people.lookup(runName(model.text, toks, run)) !== null;
}

/** A name that may sign a quotation: a known person, or one with a title ("― President Ana Ruiz"). */
function signer(model: DocModel, toks: readonly Token[], run: NonNullable<ReturnType<typeof tailPhrase>>['run']): boolean {
  if (!run) return false;
  const titled = run.nameFrom > run.from && TITLES.has((toks[run.nameFrom - 1] as Token).lower);
  return titled || known(model, toks, run);
}

/**
 * "… - Ines Hall: “…”", "doesn’t surprise pollster Dana Shore: “…”": the name that ends right before the
 * colon introducing the quotation speaks it.
 */
export function colonName(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  return nameBeforeColon(model, toks, k) ?? listItemName(model, toks, k);
}

/**
 * "… did predict the vote - CityPulse: “…”": a name set off by a dash right before the colon that opens the words is
 * their source, whatever verb of saying the sentence before the dash holds (read before the verbs are).
 */
export function dashColonName(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  if (toks[k - 1]?.text !== ':') return null;
  const a = nameBeforeColon(model, toks, k, true);
  if (!a) return null;
  // (only over a verb of saying: with none, "colon-name" reads the same name)
  const s = (toks[k] as Token).sentence;
  for (let i = k - 2; i >= 0 && (toks[i] as Token).sentence === s; i--) if (speechVerbAt(toks, i) > 0) return a;
  return null;
}

function nameBeforeColon(model: DocModel, toks: readonly Token[], k: number, dashOnly = false): Attribution | null {
  const colon = toks[k - 1];
  if (colon?.text !== ':' || k < 2) return null;
  let from = k - 2;
  const sentence = colon.sentence;
  while (from > 0 && (toks[from - 1] as Token).kind === 'word' && (toks[from - 1] as Token).sentence === sentence && k - from < 8) from--;
  let np = tailPhrase(toks, from, k - 1);
  if (np?.kind !== 'name' || !np.run) return null;
  let lead = toks[np.run.from - 1];
  // ("- More from Lund and Berg: “…”": two names joined by "and" after the dash or "from" are the source together)
  for (let j = np.run.from - 2; j >= from - 1 && j >= 0; j--) {
    const t = toks[j] as Token;
    if (t.lower !== 'from' && !DASHES.has(t.text)) continue;
    const joint = tailPhrase(toks, j + 1, k - 1);
    if (joint?.kind === 'name' && joint.first && joint.from === j + 1) [np, lead] = [joint, t];
    break;
  }
  if (!np.run) return null;
  // "… overhype - HuffPollster: “…”", "More from Jones: “…”": set off by a dash or introduced by "from", any
  // name (an outlet, a surname) is the source; elsewhere only a person's name is
  const setOff = Boolean(
    lead && lead.sentence === sentence && (DASHES.has(lead.text) || lead.lower === 'from') && !shouting(toks[np.run.from] as Token),
  );
  // (a day or a month set off is a date, no source: "… in May - Election Day: “…”")
  const last = (toks[np.to - 1] as Token).lower;
  if (dashOnly && !(setOff && DASHES.has((lead as Token).text) && !TIME_UNITS.has(last) && !MONTHS_DAYS.has(last))) return null;
  if (!setOff && !known(model, toks, np.run)) return null;
  if ((toks[k - 2] as Token).poss) return null;
  // "… delivered a blunt message to Ruiz: “…”": the person a message goes to is not who speaks
  if (
    !setOff &&
    lead?.kind === 'word' &&
    lead.sentence === sentence &&
    PREPOSITIONS.has(lead.lower) &&
    !AUTHOR_PREPOSITIONS.has(lead.lower)
  )
    return null;
  return resolvePhrase(model, toks, np);
}

/** The most tokens a role set off between a list item's name and its colon may run ("mayor of Ostend"). */
const ITEM_ROLE_MAX = 10;

/**
 * "— Ana Ruiz, mayor of Ostend: “…”", "Tom Hale (harbour chief): “…”": a paragraph that opens (after a dash or a
 * bullet) with a person's name, then a role set off by a comma or in brackets, then a colon before the words.
 */
function listItemName(model: DocModel, toks: readonly Token[], k: number): Attribution | null {
  if (toks[k - 1]?.text !== ':') return null;
  let start = 0;
  while (start < k && (toks[start] as Token).kind === 'punct' && !['(', '“', '"'].includes((toks[start] as Token).text)) start++;
  const np = headPhrase(toks, start, k - 1);
  if (np?.kind !== 'name' || !np.run || np.from !== start || !personPhrase(model, toks, np)) return null;
  const mark = toks[np.to]?.text;
  if ((mark !== ',' && mark !== '(') || k - 1 - np.to > ITEM_ROLE_MAX) return null;
  for (let i = np.to + 1; i < k - 1; i++) {
    const t = toks[i] as Token;
    if (t.kind === 'quote' || t.sentence !== (toks[k - 1] as Token).sentence || (t.kind === 'word' && SPEECH_VERBS.has(t.lower)))
      return null;
  }
  return resolvePhrase(model, toks, np);
}

/**
 * A quotation that ends its paragraph, signed in the next one: “…” ¶ - Carla Moreno. (The next paragraph is
 * a dash and a name, with at most an affiliation after a comma.)
 */
export function signedBelow(model: DocModel, qi: number): Attribution | null {
  const [b, k] = model.quoteAt[qi] as [number, number];
  const toks = model.blocks[b] as Token[];
  for (let j = k + 1; j < toks.length; j++) if ((toks[j] as Token).kind !== 'punct') return null;
  const next = model.blocks[b + 1];
  if (!next || next.length < 2 || !DASHES.has((next[0] as Token).text)) return null;
  // ("— Tom Hale, harbour chief: “…”": a line with words of its own is the next item of a list, no signature)
  if (next.some((t) => t.kind === 'quote')) return null;
  const np = headPhrase(next, 1, next.length);
  if (np?.kind !== 'name' || !np.run) return null;
  const after = next[np.to];
  if (after && !['.', ',', '('].includes(after.text)) return null;
  if (!signer(model, next, np.run)) return null;
  return resolvePhrase(model, next, np);
}

/** The most tokens a signature line under a pull quote holds ("Ana Ruiz, Centre for Harbour Studies."). */
const SIGNATURE_LINE_MAX = 14;

/**
 * “We will keep the ferry running all winter. ¶ Ana Ruiz, Harbour Council.”: a quotation left open at the end of
 * its paragraph and closed only after a short line of its own that is a name or a role (an affiliation after a
 * comma at most) is a pull quote, signed by that line when it names a person ("The end.” signs nothing).
 */
export function signedLineBelow(model: DocModel, qi: number): Attribution | null {
  const raw = model.quotes[qi];
  const at = model.quoteAt[qi];
  if (!raw || raw.closed || !at) return null;
  const [b, k] = at;
  const toks = model.blocks[b] as Token[];
  for (let j = k + 1; j < toks.length; j++) if ((toks[j] as Token).kind !== 'punct') return null;
  const next = model.blocks[b + 1];
  const last = next?.at(-1);
  if (!next || !last || next.length < 2 || next.length > SIGNATURE_LINE_MAX || last.text !== '.') return null;
  if (!/^\s*["\u201d]/.test(model.text.slice(last.end, last.end + 3))) return null;
  if (next.some((t) => t.kind === 'quote')) return null;
  const np = headPhrase(next, 0, next.length - 1);
  if (!np || np.kind === 'pron' || np.from !== 0 || !personPhrase(model, next, np)) return null;
  const after = next[np.to] as Token;
  if (np.to !== next.length - 1 && after.text !== ',') return null;
  return resolvePhrase(model, next, np);
}
