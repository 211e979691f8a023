/**
 * Declarative shadow DOM: a web component's markup served inside `<template shadowrootmode="open">` (or
 * "closed"; Chrome's older `shadowroot="open"`) as the first such child of its host. A browser attaches that
 * template's content as the host's shadow root and shows it in the host's place: the shadow tree, with the host's
 * own children shown only where its `<slot>`s take them. Read as served, the template was skipped as any
 * `<template>` is (its words never shown), so an article a component prints that way was refused or lost.
 */
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** A page holding a declarative shadow root's attribute: the only pages read here. */
const DECLARATIVE_SHADOW = /<template\b[^>]*\bshadowroot(?:mode)?\s*=/i;
/** Templates that may declare a shadow root; the mode decides whether they do. */
const SHADOW_TEMPLATE = 'template[shadowrootmode], template[shadowroot]';
const MODE = /^\s*(?:open|closed)\s*$/i;
/**
 * Elements a shadow root may be attached to besides custom elements (a name with a hyphen): the DOM standard's
 * list. On any other element the template stays an ordinary one.
 */
const SHADOW_HOSTS = new Set('ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '));
/** Shadow roots attached on a page at most (a hostile page nesting them without end stops there). */
const MAX_ROOTS = 2_000;

/** A node that can leave its parent (linkedom's comments and texts can, as elements do). */
type Movable = DomNode & { remove(): void };

/** The template's mode when it declares a shadow root (`shadowrootmode` first, as browsers read it), else null. */
function declaredMode(template: DomElement): string | null {
  const mode = template.getAttribute('shadowrootmode') ?? template.getAttribute('shadowroot');
  return mode !== null && MODE.test(mode) ? mode.trim().toLowerCase() : null;
}

function canHost(el: DomElement): boolean {
  const name = el.tagName.toUpperCase();
  return SHADOW_HOSTS.has(name) || /^[A-Z][A-Z0-9._]*-/.test(name);
}

/** The `<slot>`s of a shadow tree's top nodes (not those of a shadow root still declared inside it). */
function slotsOf(nodes: readonly DomNode[]): DomElement[] {
  const slots: DomElement[] = [];
  for (const node of nodes) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    if (el.tagName === 'TEMPLATE') continue;
    if (el.tagName === 'SLOT') slots.push(el);
    for (const slot of Array.from(el.querySelectorAll('slot'))) if (!insideTemplate(slot, el)) slots.push(slot);
  }
  return slots;
}

function insideTemplate(el: DomElement, top: DomElement): boolean {
  for (let up = el.parentElement; up && up !== top; up = up.parentElement) if (up.tagName === 'TEMPLATE') return true;
  return false;
}

/**
 * Shows one host's shadow root in its place: the template's content becomes the host's first children, each
 * `<slot>` takes the host's children assigned to it (by `slot="name"`, the rest to the slot without a name) or
 * else shows its own fallback, and the host's children no slot takes go, as a browser does not show them
 * (scripts stay: data read from anywhere, never shown).
 */
function attachShadow(host: DomElement, template: DomElement): void {
  const light = Array.from(host.childNodes).filter((n) => n !== template);
  const shadow = Array.from(template.childNodes);
  const first = host.childNodes[0] ?? null;
  for (const node of shadow) host.insertBefore(node, first);
  (template as Movable).remove();
  const slots = slotsOf(shadow);
  const assigned = new Map<DomElement, DomNode[]>();
  const named = (name: string): DomElement | undefined => slots.find((s) => (s.getAttribute('name') ?? '') === name);
  for (const node of light) {
    const el = node.nodeType === ELEMENT_NODE ? (node as DomElement) : null;
    const slot = el ? named(el.getAttribute('slot') ?? '') : node.nodeType === TEXT_NODE ? named('') : undefined;
    if (slot) assigned.set(slot, [...(assigned.get(slot) ?? []), node]);
    else if (el?.tagName !== 'SCRIPT') (node as Movable).remove();
  }
  for (const slot of slots) {
    const parent = slot.parentNode as DomElement | null;
    if (!parent) continue;
    for (const node of assigned.get(slot) ?? Array.from(slot.childNodes)) parent.insertBefore(node, slot);
    slot.remove();
  }
}

/**
 * Reads each declarative shadow root as its host's content, as a browser shows it (see the file's header):
 * outer roots first, then those their content declares. A template without a valid mode, on an element that
 * cannot host one, or a host's second, stays an ordinary template, never read.
 *
 * @example
 * const doc = parseMarkup('<x-card><template shadowrootmode="open"><p>Shown</p></template></x-card>');
 * attachDeclarativeShadowRoots(doc, html); doc.body?.textContent // → 'Shown'
 */
export function attachDeclarativeShadowRoots(doc: DomDocument, html: string): void {
  if (!DECLARATIVE_SHADOW.test(html)) return;
  const seen = new Set<DomElement>();
  const hosts = new Set<DomElement>();
  let attached = 0;
  for (;;) {
    const fresh = Array.from(doc.querySelectorAll(SHADOW_TEMPLATE)).filter((t) => !seen.has(t));
    if (!fresh.length) return;
    for (const template of fresh) {
      seen.add(template);
      const host = template.parentElement;
      if (!host || !template.parentNode || hosts.has(host) || !declaredMode(template) || !canHost(host)) continue;
      if (attached++ >= MAX_ROOTS) return;
      hosts.add(host);
      attachShadow(host, template);
    }
  }
}
