/**
 * React's streaming server rendering (Next.js App Router with Suspense, Remix, `renderToPipeableStream`) sends a
 * part of the page that was not ready in place later: where it goes, a placeholder `<template id="B:0">` opening
 * its Suspense fallback (a skeleton, "Loading…") between the comments `<!--$?-->` and `<!--/$-->`; further down,
 * the part itself in a hidden box `<div hidden id="S:0">`, and a script `$RC("B:0","S:0")` that moves it into the
 * fallback's place. Read as served, the page kept the skeleton and pruning removed the hidden box, so an article
 * streamed that way was lost. The page is read as a browser shows it once those scripts ran. A page served for
 * React's external runtime (`unstable_externalRuntimeSrc`) writes the same instructions as data instead of calls,
 * `<template data-rci="" data-bid="B:0" data-sid="S:0">`, read alike.
 */
import { countWords, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { pointsIntoPage } from './own-links.js';

const COMMENT_NODE = 8;
const TEXT_NODE = 3;

/**
 * A page holding a streaming placeholder: the only pages read here. A page rendered with an `identifierPrefix`
 * (several React roots on one page, micro-frontends) writes each id after it, `shopB:0`, `shopS:0`, `shopP:1`.
 */
const STREAMING_PLACEHOLDER = /<template\b[^>]*\bid\s*=\s*["']?[^"'\s>]{0,64}?[BP]:/i;
/**
 * A streamed part's id, React's `identifierPrefix` (none by default), then its kind — `S` a part's box, `B` a Suspense
 * boundary's placeholder, `P` a pending segment's — and its number (React writes hex numbers). A prefix of 64
 * characters at most is read.
 */
const PART_ID = /^(\S{0,64}?)([BPS]):([0-9a-zA-Z]+)$/;

/** An id's prefix, kind and number, or null for an id React's streaming does not write. */
function partId(id: string): { prefix: string; kind: string; number: string } | null {
  const found = PART_ID.exec(id);
  return found ? { prefix: found[1]!, kind: found[2]!, number: found[3]! } : null;
}

/**
 * The scripts' calls: `$RC(boundary, segment)` completes a boundary, `$RR(boundary, segment, styles)` too once
 * its stylesheets load, `$RS(segment, placeholder)` puts a segment in its placeholder's place; `$RX(boundary, …)`
 * gives up on a boundary the server could not render (the browser renders it itself, its fallback shown till then).
 */
const CALL = /\$R([CRSX])\(\s*(["'])([^"'\\]{1,64})\2(?:\s*,\s*(["'])([^"'\\]{1,64})\4)?/g;
/**
 * The same instructions written as data, for React's external runtime, which carries them out and removes them:
 * `<template data-rci="" data-bid data-sid>` ($RC), `data-rri` with `data-sty` ($RR), `data-rsi` with `data-sid`
 * and `data-pid` ($RS), `data-rxi` with `data-bid` ($RX). Scripts and these templates run in the page's order.
 */
const INSTRUCTIONS = 'script, template[data-rci], template[data-rri], template[data-rsi], template[data-rxi]';

/**
 * Parts moved on a page at most, sibling nodes walked looking for their fallbacks' ends, and characters of the
 * parts' text read (parts nested in a hostile page's parts are read again each).
 */
const MAX_PARTS = 2_000;
const MAX_STEPS = 200_000;
const MAX_CHARS = 20_000_000;
type Budget = { steps: number; chars: number };

/** Words a story's card holds at most (its headline and teaser), on average over a part's linked headlines. */
const CARD_WORDS = 60;
const HEADING = /^H[2-6]$/;
/** Elements between a headline's link and its heading at most (`<h3><span><a>`). */
const LINK_IN_HEADING_LEVELS = 4;

/**
 * Whether a streamed part holds nothing but other stories' cards (a "More from …" box streamed after the
 * article): two linked headlines or more (a heading holding a link to another page, or inside one: a card linked
 * whole; a live blog's headings linking into the page, to their own entries, `#entry-2` or `?entry=2`, are none:
 * `own-links.ts`), and no more words than their cards hold. Such a part stays hidden: revealed, its teasers were
 * read as the article of a page whose markup does not print its own.
 */
function storyCardsOnly(box: DomElement, budget: Budget, pageUrls: readonly (string | null | undefined)[]): boolean {
  const text = textOf(box);
  budget.chars -= text.length;
  const headings = new Set<DomElement>();
  for (const link of Array.from(box.querySelectorAll('a[href]'))) {
    if (pointsIntoPage(link.getAttribute('href') ?? '', pageUrls)) continue;
    let heading: DomElement | null = link.querySelector('h2, h3, h4, h5, h6');
    let levels = LINK_IN_HEADING_LEVELS;
    for (let up = link.parentElement; !heading && up && up !== box && levels-- > 0; up = up.parentElement)
      if (HEADING.test(up.tagName)) heading = up;
    if (heading) headings.add(heading);
  }
  return headings.size >= 2 && countWords(text) <= CARD_WORDS * headings.size;
}

/** A node that can leave its parent (linkedom's comments and texts can, as elements do). */
type Movable = DomNode & { remove(): void };

/** Whether a node is a comment reading `data`. */
const isComment = (node: DomNode | null, data: string): boolean => node?.nodeType === COMMENT_NODE && node.textContent === data;

/**
 * The nodes a browser replaces for a boundary's placeholder: the placeholder and its fallback, up to the
 * `<!--/$-->` closing the boundary opened by the `<!--$?-->` before it (boundaries nested in the fallback
 * counted); the placeholder alone when those comments are not there (a page saved without its comments).
 * Null when the walk would pass the page's budget.
 */
function fallbackNodes(placeholder: DomElement, budget: Budget): DomNode[] | null {
  let before = placeholder.previousSibling;
  while (before?.nodeType === TEXT_NODE && !(before.textContent ?? '').trim()) before = before.previousSibling;
  if (!isComment(before, '$?')) return [placeholder];
  const nodes: DomNode[] = [];
  let depth = 0;
  for (let node: DomNode | null = placeholder; node; node = node.nextSibling) {
    if (--budget.steps < 0) return null;
    if (node.nodeType === COMMENT_NODE) {
      const data = node.textContent;
      if (data === '/$') {
        if (depth === 0) return nodes;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!' || data === '$~') depth++;
    }
    nodes.push(node);
  }
  // no end: the comments do not frame the fallback as React writes them
  return [placeholder];
}

/** Whether `node` is one of `nodes` or inside one. */
function withinAny(node: DomNode, nodes: readonly DomNode[]): boolean {
  const set = new Set(nodes);
  for (let up: DomNode | null = node; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}

/**
 * Moves each streamed part into its placeholder's place, as React's scripts do in a browser: the hidden box's
 * children replace the boundary's fallback (or the pending segment's placeholder) and the box goes. Pairs are
 * those the page's scripts or instruction templates name, in the order they run; a hidden `S:x` box none names
 * goes to the `B:x` (else `P:x`) placeholder none names (a boundary given up on, `$RX` or `data-rxi`, is named:
 * it keeps its fallback and takes no box). Parts nested in others, or streamed out of order, land where
 * their placeholders are, wherever those are then. A call naming a box or placeholder the page lacks, a box
 * holding its own placeholder, a part of other stories' cards only (its fallback removed: it stood in for the
 * cards), and any other hidden box are left as served (pruning removes hidden boxes).
 */
export function revealStreamedParts(doc: DomDocument, html: string, pageUrls: readonly (string | null | undefined)[] = []): void {
  if (!STREAMING_PLACEHOLDER.test(html)) return;
  const boxes = new Map<string, DomElement>();
  for (const box of Array.from(doc.querySelectorAll('[hidden][id*="S:"]')))
    if (partId(box.id)?.kind === 'S' && !boxes.has(box.id)) boxes.set(box.id, box);
  if (!boxes.size) return;
  const placeholders = new Map<string, DomElement>();
  for (const placeholder of Array.from(doc.querySelectorAll('template[id*="B:"], template[id*="P:"]'))) {
    const kind = partId(placeholder.id)?.kind;
    if ((kind === 'B' || kind === 'P') && !placeholders.has(placeholder.id)) placeholders.set(placeholder.id, placeholder);
  }
  if (!placeholders.size) return;

  const pairs: { placeholder: string; box: string }[] = [];
  // boundaries the server gave up on: the browser renders them itself, no box of theirs streamed
  const givenUp: string[] = [];
  const instruct = (kind: string, first: string | null, second: string | null): void => {
    if (kind === 'X') {
      if (first) givenUp.push(first);
    } else if (first && second && pairs.length < MAX_PARTS)
      pairs.push(kind === 'S' ? { placeholder: second, box: first } : { placeholder: first, box: second });
  };
  for (const element of Array.from(doc.querySelectorAll(INSTRUCTIONS))) {
    if (element.tagName !== 'SCRIPT') {
      if (element.hasAttribute('data-rsi')) instruct('S', element.getAttribute('data-sid'), element.getAttribute('data-pid'));
      else if (element.hasAttribute('data-rxi')) instruct('X', element.getAttribute('data-bid'), null);
      else instruct('C', element.getAttribute('data-bid'), element.getAttribute('data-sid'));
      continue;
    }
    const text = element.textContent ?? '';
    if (!text.includes('$R')) continue;
    for (const call of text.matchAll(CALL)) instruct(call[1]!, call[3]!, call[5] ?? null);
  }
  // a box none names (the page saved without its scripts' calls) goes to the placeholder of its number (and prefix)
  const named = new Set([...givenUp, ...pairs.flatMap((p) => [p.placeholder, p.box])]);
  for (const id of boxes.keys()) {
    if (named.has(id) || pairs.length >= MAX_PARTS) continue;
    const { prefix, number } = partId(id)!;
    const placeholder = [`${prefix}B:${number}`, `${prefix}P:${number}`].find((p) => placeholders.has(p) && !named.has(p));
    if (placeholder) {
      pairs.push({ placeholder, box: id });
      named.add(placeholder);
    }
  }

  const budget: Budget = { steps: MAX_STEPS, chars: MAX_CHARS };
  for (const pair of pairs) {
    const box = boxes.get(pair.box);
    const placeholder = placeholders.get(pair.placeholder);
    // moved already, or never there
    if (!box?.parentNode || !placeholder?.parentNode || box.contains(placeholder)) continue;
    const cards = storyCardsOnly(box, budget, pageUrls);
    const replaced = partId(pair.placeholder)?.kind === 'B' ? fallbackNodes(placeholder, budget) : [placeholder];
    // past the page's budget: the rest is left as served
    if (!replaced || budget.chars < 0) break;
    if (withinAny(box, replaced)) continue;
    if (cards) {
      // the part stays hidden, and its fallback (a skeleton, "Loading…") stood in for the cards, not the article
      for (const node of replaced) if (node !== placeholder) (node as Movable).remove();
      continue;
    }
    const parent = placeholder.parentNode as DomElement;
    for (const child of Array.from(box.childNodes)) parent.insertBefore(child, placeholder);
    for (const node of replaced) (node as Movable).remove();
    box.remove();
  }
}
