/**
 * The prose of a Next.js App Router page's own article in its flight data (`next-flight.ts`), for a page whose
 * markup prints only its chrome (menu, cookie notice, newsletter box, footer) while a component renders the
 * article in the browser from the data it is handed. The page's own article is told as its days are
 * (`next-data.ts`): the object whose title is the page's headline or whose address or slug is the page's, with
 * the element it is handed to; only when the data names no such object is the longest run of prose anywhere
 * read. Runs inside a list of story cards (two or more of one kind, each a title with an address or a day, or a
 * heading with a link) are other stories' teasers and never read.
 */
import { countWords, type DomDocument } from './dom.js';
import { describesStory, namesOwnArticle } from './next-data.js';
import { flightData, heldLink, isFlightElement } from './next-flight.js';
import { FLIGHT_DEPTH, MIN_WORDS, proseRun, stringParagraphs, wordsIn } from './script-data.js';

/** Nodes of the data walked at most. */
const MAX_NODES = 200_000;
/** Depth of a card's subtree searched for its linked heading, and its nodes. */
const CARD_DEPTH = 8;
const CARD_NODES = 400;
/** A card teases a story: more prose than this in one is a section of an article, not a card. */
const CARD_MAX_WORDS = MIN_WORDS;

/** Elements read as one string of text (`next-flight.ts`). */
const TEXT_BLOCKS = /^(?:p|h[1-6]|li|blockquote|figcaption)$/;

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Nodes read looking for cards on one page at most (each box's subtree is read again for its cards). */
const CARD_BUDGET = 400_000;
type Budget = { left: number };

/** Whether an element holds a heading with a link (a card's linked headline) and less prose than a section. */
function linkedHeadingCard(root: Fields, budget: Budget): boolean {
  let heading = false;
  let link = false;
  let words = 0;
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (++nodes > CARD_NODES || --budget.left < 0 || depth > CARD_DEPTH || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1);
      return;
    }
    if (isFlightElement(v)) {
      const el = v as Fields;
      if (typeof el.type === 'string' && /^h[2-6]$/.test(el.type)) heading = true;
      if (typeof el.href === 'string' || heldLink(el)) link = true;
      if (typeof el.children === 'string') words += countWords(el.children);
    }
    for (const value of Object.values(v)) walk(value, depth + 1);
  };
  walk(root, 0);
  return heading && link && words <= CARD_MAX_WORDS;
}

/** Whether an item of a list is a story's card: it (or an object it is handed) describes a story, or it is a linked headline's box. */
function storyCard(item: unknown, budget: Budget): boolean {
  if (!isFields(item)) return false;
  if (describesStory(item) || Object.values(item).some((v) => isFields(v) && !isFlightElement(v) && describesStory(v))) return true;
  // a heading or paragraph is one line of a text, not a box around a story
  return isFlightElement(item) && !TEXT_BLOCKS.test(String((item as Fields).type)) && linkedHeadingCard(item, budget);
}

/** A list item read as one string (`next-flight.ts`) whose words held a link: a linked headline with its teaser, or a link. */
const linkedItem = (item: unknown): boolean => isFlightElement(item) && (item as Fields).type === 'li' && heldLink(item);

/**
 * Whether a list holds two or more story cards of one kind (elements of one type, or plain objects), or is a
 * list of two or more items each holding a link (read as strings, a card's headline and teaser are one item).
 */
function storyCards(items: readonly unknown[], budget: Budget): boolean {
  const shown = items.filter((item) => item !== null && typeof item === 'object');
  if (shown.length >= 2 && shown.every(linkedItem)) return true;
  const kinds = new Map<unknown, number>();
  for (const item of items) {
    if (!storyCard(item, budget)) continue;
    const kind = isFlightElement(item) ? (item as Fields).type : 'object';
    const count = (kinds.get(kind) ?? 0) + 1;
    if (count >= 2) return true;
    kinds.set(kind, count);
  }
  return false;
}

/** Prose read from flight data, and the field it was read from (its key, or the key of the list holding it). */
export interface FlightProse {
  paragraphs: string[];
  field: string | null;
}

/**
 * The page's own article's prose in its flight data, as paragraphs (`headlines`: the headlines the page prints
 * or declares; `pageUrl`: its address); no paragraphs when the data holds fewer than 60 words of it.
 */
export function flightArticleProse(doc: DomDocument, headlines: readonly string[], pageUrl: string | null): FlightProse {
  const none: FlightProse = { paragraphs: [], field: null };
  const roots = flightData(doc);
  if (!roots.length) return none;
  const ownNode = (v: Fields): boolean =>
    namesOwnArticle(v, headlines, pageUrl) ||
    (isFlightElement(v) && Object.values(v).some((p) => isFields(p) && !isFlightElement(p) && namesOwnArticle(p, headlines, pageUrl)));
  let own = none;
  let anywhere = none;
  let named = false;
  let nodes = 0;
  const budget: Budget = { left: CARD_BUDGET };
  const offer = (paragraphs: string[], inOwn: boolean, field: string | null): void => {
    const words = wordsIn(paragraphs);
    if (inOwn && words > wordsIn(own.paragraphs)) own = { paragraphs, field };
    if (words > wordsIn(anywhere.paragraphs)) anywhere = { paragraphs, field };
  };
  const walk = (v: unknown, depth: number, inOwn: boolean, field: string | null): void => {
    if (++nodes > MAX_NODES || depth > FLIGHT_DEPTH || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      // other stories' cards: only the page's own card among them is read
      if (storyCards(v, budget)) {
        for (const item of v) if (isFields(item) && ownNode(item)) walk(item, depth + 1, inOwn, field);
        return;
      }
      offer(proseRun(v), inOwn, field);
      for (const item of v) walk(item, depth + 1, inOwn, field);
      return;
    }
    const mine = inOwn || ownNode(v as Fields);
    if (mine) named = true;
    for (const [key, value] of Object.entries(v)) {
      if (typeof value === 'string' && countWords(value) >= MIN_WORDS) offer(stringParagraphs(value), mine, key);
      else walk(value, depth + 1, mine, key);
    }
  };
  for (const root of roots) walk(root, 0, false, null);
  // too large to tell its cards from its article: nothing is read rather than a guess
  if (budget.left < 0) return none;
  // the data names the page's article: prose elsewhere is some other part's (a featured story, a promotion)
  const best = named ? own : anywhere;
  return wordsIn(best.paragraphs) >= MIN_WORDS ? best : none;
}
