/**
 * Descriptions of organisations: "the group", "the foundation", "the organization" stand for the organisation
 * the text named last ("The Harbour Trust Foundation declined to comment. … the group said."), as "the mayor"
 * stands for the person introduced with that role.
 */
import type { DocModel } from './model.js';
import { runStartingAt } from './names.js';
import { orgRun } from './phrases.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once. */
const { ANY_BODY, BODY_HEADS } = words;

/** How many paragraphs before the description an organisation may have been named. */
const BLOCKS_BACK = 3;

/** An organisation named in the text, and where. */
interface NamedOrganisation {
  name: string;
  /** Its last word, lower case ("foundation"). */
  head: string;
  pos: number;
}

const namedIn = new WeakMap<DocModel, NamedOrganisation[][]>();

/** The organisations each block names (a capitalised run ending in an organisation word), in text order. */
function organisationsByBlock(model: DocModel): NamedOrganisation[][] {
  const known = namedIn.get(model);
  if (known) return known;
  const out = model.blocks.map((toks) => {
    const found: NamedOrganisation[] = [];
    for (let i = 0; i < toks.length; i++) {
      const run = (toks[i] as Token).cap ? runStartingAt(toks, i, toks.length) : null;
      if (!run) continue;
      let end = run.to;
      if (orgRun(toks, run)) {
        // "the Illinois Board of Elections": the body's name goes on past "of"
        const after = toks[end]?.lower === 'of' ? runStartingAt(toks, end + 1, toks.length) : null;
        if (after) end = after.to;
        const first = toks[run.from] as Token;
        const head = toks[run.to - 1] as Token;
        found.push({ name: model.text.slice(first.start, (toks[end - 1] as Token).end), head: head.lower, pos: first.start });
      }
      i = end - 1;
    }
    return found;
  });
  namedIn.set(model, out);
  return out;
}

/**
 * The organisation a description at `pos` among the tokens `toks` of a block stands for: "the group" (or "the
 * organization") the body named last before it, "the foundation" the last one whose name ends with that word;
 * only within the paragraph and the few before it. Null for any other description, or when none is named.
 */
export function describedOrganisation(model: DocModel, toks: readonly Token[], pos: number, description: string): string | null {
  const found = /^the (\p{L}+)$/iu.exec(description.trim());
  const head = found?.[1]?.toLowerCase();
  if (!head || !BODY_HEADS.has(head)) return null;
  const block = model.blocks.indexOf(toks as Token[]);
  const byBlock = organisationsByBlock(model);
  for (let b = block; b >= 0 && b >= block - BLOCKS_BACK; b--) {
    const named = byBlock[b] ?? [];
    for (let i = named.length - 1; i >= 0; i--) {
      const o = named[i] as NamedOrganisation;
      if (o.pos < pos && BODY_HEADS.has(o.head) && (ANY_BODY.has(head) || o.head === head)) return o.name;
    }
  }
  return null;
}
