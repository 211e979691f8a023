/**
 * Word ids for the index build: an open-addressing table over FNV-1a hashes in typed arrays. Plain ASCII
 * text is tokenised and looked up straight from its characters, so a word already seen costs no string at
 * all: at a million quotations that was fifteen million short strings (and their garbage) and a `Map` probe
 * each. Words are folded exactly as `words()` folds them (normalize.ts); tests compare the two.
 */
import { apostropheGoesOn, isAsciiAlnum as isAlnum, joinApostrophes, words } from './normalize.js';

// as a 32-bit integer from the start: a heap number here made the optimised scan bail out
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Int32s per slot: word id + 1 (0: empty), hash, where the word's characters start in `chars`, its length. */
const SLOT = 4;

export class WordTable {
  /**
   * Slot p is `table[4p .. 4p + 4)`: word id + 1 (0: empty), its hash, the offset of its characters in `chars`
   * and its length; 16 bytes, so one cache line per probe.
   */
  private table = new Int32Array(SLOT << 12);
  readonly words: string[] = [];
  /**
   * Every word's characters (UTF-16 code units) one after another, for `spanId`: at a million quotations the
   * vocabulary is too big for the cache, and comparing with `words[id]` cost two more misses per word (the
   * array's element, then the string), most of the 5 s `spanId` took.
   */
  private chars = new Uint16Array(1 << 16);
  private charCount = 0;

  /** Id of a folded word, or −1. */
  get(word: string): number {
    const h = hashString(word);
    const mask = this.table.length / SLOT - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = this.table[SLOT * p]!;
      if (v === 0) return -1;
      if (this.table[SLOT * p + 1] === h && this.words[v - 1] === word) return v - 1;
    }
  }

  /**
   * Id of the folded word `word` with its letters at `skipA` and `skipB` left out (−1: none left out there), whose
   * FNV-1a hash (of the letters kept) is `h`; −1 when not stored. A typo look-up probes a hundred such deletions
   * of a long word: compared with `chars` in place, none of them is made into a string.
   */
  getWithout(word: string, skipA: number, skipB: number, h: number): number {
    const table = this.table;
    const chars = this.chars;
    const mask = table.length / SLOT - 1;
    const length = word.length - (skipA >= 0 ? 1 : 0) - (skipB >= 0 ? 1 : 0);
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = table[SLOT * p]!;
      if (v === 0) return -1;
      if (table[SLOT * p + 1] !== h || table[SLOT * p + 3] !== length) continue;
      const from = table[SLOT * p + 2]!;
      let k = 0;
      for (let i = 0; i < word.length; i++) {
        if (i === skipA || i === skipB) continue;
        if (chars[from + k] !== word.charCodeAt(i)) break;
        k++;
      }
      if (k === length) return v - 1;
    }
  }

  /** Id of a folded word, added when new (`isNew` tells the caller to describe it). */
  intern(word: string, onNew: (word: string) => void): number {
    const h = hashString(word);
    const mask = this.table.length / SLOT - 1;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = this.table[SLOT * p]!;
      if (v === 0) return this.insert(p, h, word, onNew);
      if (this.table[SLOT * p + 1] === h && this.words[v - 1] === word) return v - 1;
    }
  }

  /**
   * Pushes the id of every word of `text` (as `words(text)` would give them) through `push`, adding new
   * words; `onNew` is called once per new word, before its id is pushed.
   */
  internText(text: string, push: (id: number) => void, onNew: (word: string) => void): void {
    if (!this.scanAscii(text, push, onNew)) for (const w of words(text)) push(this.intern(w, onNew));
  }

  /** The ASCII scan; false (having pushed nothing) when the text has a character past ASCII. */
  private scanAscii(text: string, push: (id: number) => void, onNew: (word: string) => void): boolean {
    const n = text.length;
    for (let i = 0; i < n; i++) if (text.charCodeAt(i) > 127) return false;
    let i = 0;
    while (i < n) {
      if (!isAlnum(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let h = FNV_OFFSET;
      while (i < n && isAlnum(text.charCodeAt(i))) h = Math.imul(h ^ lower(text.charCodeAt(i++)), FNV_PRIME);
      if (apostropheGoesOn(text, i)) {
        // an apostrophe joins letters to the word and is dropped ("it's"): rare, so the string is built
        const joined = joinApostrophes(text, start, i);
        i = joined.end;
        push(this.intern(joined.word.toLowerCase(), onNew));
        continue;
      }
      push(this.spanId(text, start, i, h, onNew));
    }
    return true;
  }

  /** Id of the lower-cased word `text[start, end)` with hash `h`, compared character by character with `chars`. */
  private spanId(text: string, start: number, end: number, h: number, onNew: (word: string) => void): number {
    const table = this.table;
    const chars = this.chars;
    const mask = table.length / SLOT - 1;
    const length = end - start;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const v = table[SLOT * p]!;
      if (v === 0) return this.insert(p, h, text.slice(start, end).toLowerCase(), onNew);
      if (table[SLOT * p + 1] !== h || table[SLOT * p + 3] !== length) continue;
      const from = table[SLOT * p + 2]!;
      let k = 0;
      while (k < length && chars[from + k] === lower(text.charCodeAt(start + k))) k++;
      if (k === length) return v - 1;
    }
  }

  private insert(slot: number, h: number, word: string, onNew: (word: string) => void): number {
    const id = this.words.length;
    this.words.push(word);
    if (this.charCount + word.length > this.chars.length) {
      const bigger = new Uint16Array(Math.max(2 * this.chars.length, this.charCount + word.length));
      bigger.set(this.chars);
      this.chars = bigger;
    }
    for (let k = 0; k < word.length; k++) this.chars[this.charCount + k] = word.charCodeAt(k);
    this.table[SLOT * slot] = id + 1;
    this.table[SLOT * slot + 1] = h;
    this.table[SLOT * slot + 2] = this.charCount;
    this.table[SLOT * slot + 3] = word.length;
    this.charCount += word.length;
    onNew(word);
    // at most half full: probes stay short
    if (2 * SLOT * this.words.length > this.table.length) this.grow();
    return id;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length / SLOT - 1;
    for (let p = 0; p < this.table.length; p += SLOT) {
      const v = this.table[p]!;
      if (v === 0) continue;
      const h = this.table[p + 1]!;
      let q = h & mask;
      while (table[SLOT * q] !== 0) q = (q + 1) & mask;
      table.set(this.table.subarray(p, p + SLOT), SLOT * q);
    }
    this.table = table;
  }
}
