/**
 * Who "I" is outside quotation marks when the document says so: in an excerpt the opening introduces as a person's
 * book ("… excerpts from Ana Ruiz’s new book"), or a column whose headline opens with its author's full name ("Ana
 * Ruiz: Why the Port Must Stay Public"), the narrator is that person. Only where the narration itself speaks in the
 * first person (a few "I" outside quotation marks): a news story that quotes a book or a person never does.
 */
import type { DocModel } from './model.js';
import { personLike, runEndingAt, runName, runStartingAt } from './names.js';
import type { Token } from './tokens.js';
import * as words from './words/index.js';

/** The word lists this module reads, bound once (an imported binding is read through a getter at every use). */
const { WORK_NOUNS } = words;

/** How many blocks from the top may introduce an excerpt. */
const INTRO_BLOCKS = 3;
/** Most words between an author's possessive and the work's noun ("Ruiz’s new and long-awaited book"). */
const WORK_REACH = 4;
/** Fewest "I" outside quotation marks for the narration to speak in the first person. */
const FIRST_PERSON = 3;

const known = new WeakMap<DocModel, string | null>();

/** The person "I" stands for in the narration, or null when the document does not say. */
export function narrator(model: DocModel): string | null {
  let found = known.get(model);
  if (found === undefined) {
    found = firstPerson(model) ? (excerptAuthor(model) ?? columnAuthor(model)) : null;
    known.set(model, found);
  }
  return found;
}

function firstPerson(model: DocModel): boolean {
  let n = 0;
  for (const toks of model.blocks) for (const t of toks) if (t.kind === 'word' && t.text === 'I') n++;
  return n >= FIRST_PERSON;
}

/** "… excerpts from Ana Ruiz’s new book": a person named in the possessive before a work's noun, in a block that says "excerpt". */
function excerptAuthor(model: DocModel): string | null {
  for (const toks of model.blocks.slice(0, INTRO_BLOCKS)) {
    if (!toks.some((t) => t.kind === 'word' && (t.lower === 'excerpt' || t.lower === 'excerpts'))) continue;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (t.kind !== 'word' || !t.cap || !t.poss) continue;
      let j = i + 1;
      while (j < toks.length && j <= i + WORK_REACH && (toks[j] as Token).kind === 'word' && !WORK_NOUNS.has((toks[j] as Token).lower)) j++;
      if (!WORK_NOUNS.has(toks[j]?.lower ?? '') || (toks[j] as Token).sentence !== t.sentence) continue;
      const run = runEndingAt(toks, i, 0);
      const person = run && run.to - run.nameFrom >= 2 ? model.people.lookup(runName(model.text, toks, run)) : null;
      if (person) return person.name;
    }
  }
  return null;
}

/** "Ana Ruiz: Why the Port Must Stay Public": a person's full name opening the first line before a colon. */
function columnAuthor(model: DocModel): string | null {
  const toks = model.blocks[0];
  if (!toks?.length) return null;
  const run = runStartingAt(toks, 0, toks.length);
  if (run?.nameFrom !== 0 || run.to - run.nameFrom < 2 || toks[run.to]?.text !== ':') return null;
  const name = runName(model.text, toks, run);
  return model.people.people.get(name)?.name ?? (personLike(toks, run) ? name : null);
}
