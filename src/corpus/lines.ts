/**
 * Lines of a document with their offsets, the unit the chrome rules and metadata inference work on. These
 * functions run on every line of every file (millions at a large corpus): they scan characters once instead
 * of running regular expressions over whole lines.
 */

/** One line of the original text; `start`/`end` exclude the line break and surrounding whitespace. */
export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  end: number;
  /** The trimmed line text (`text.slice(start, end)` of the original). */
  text: string;
  /** `wordCount(text)`, counted once: most rules look at it. */
  words: number;
}

/** The characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator). */
export function isTrimSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Calls `visit` for each line of `text`, as `splitLines` describes them. */
export function forEachLine(text: string, visit: (index: number, start: number, end: number, body: string) => void): void {
  const n = text.length;
  // Most files break lines with LF only: then the native indexOf finds every line end.
  const lfOnly = text.indexOf('\r') < 0;
  let pos = 0;
  for (let index = 0; pos < n; index++) {
    let stop = lfOnly ? text.indexOf('\n', pos) : pos;
    if (stop < 0) stop = n;
    else if (!lfOnly) for (let c = text.charCodeAt(stop); stop < n && c !== 10 && c !== 13; c = text.charCodeAt(++stop));
    let s = pos;
    let e = stop;
    while (s < e && isTrimSpace(text.charCodeAt(s))) s++;
    while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
    // A blank line sits at its first character, with start === end.
    if (s < e) visit(index, s, e, text.slice(s, e));
    else visit(index, pos, pos, '');
    pos = stop < n && text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? stop + 2 : stop + 1;
  }
}

/**
 * Splits `text` into lines (LF, CRLF or CR), trimming whitespace (including no-break spaces, which some
 * sites leave on "empty" lines) from each side. Blank lines are kept, with `start === end`; a final line
 * break does not open another line.
 *
 * @example splitLines('a\n  b ') // → [{index:0,start:0,end:1,text:'a',words:1}, {index:1,start:4,end:5,text:'b',words:1}]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (index, start, end, body) => lines.push({ index, start, end, text: body, words: wordCount(body) }));
  return lines;
}

/** Separators other than the plain space: their presence sends `wordCount` down the general path. */
const OTHER_SEPARATOR = /[\t-\r\xa0]/;

/** Number of words in a line, separated by space, tab, line breaks, form feed, vertical tab or no-break space. */
export function wordCount(s: string): number {
  // Usual case, only plain spaces: count the spaces followed by a word with the native indexOf, which is
  // several times faster than looking at every character (this runs on every line of every file).
  if (!OTHER_SEPARATOR.test(s)) {
    let words = s.length > 0 && s.charCodeAt(0) !== 32 ? 1 : 0;
    for (let p = s.indexOf(' '); p >= 0; p = s.indexOf(' ', p + 1)) {
      const next = s.charCodeAt(p + 1); // NaN past the end
      if (!Number.isNaN(next) && next !== 32) words++;
    }
    return words;
  }
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0xa0 || (c >= 9 && c <= 13)) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/** Characters that may follow the final punctuation of a sentence: closing quotes and brackets, spaces. */
function isSentenceTail(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || isTrimSpace(c);
}

/** True when the line ends like a sentence (terminal punctuation, possibly inside closing quotes). */
export function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isSentenceTail(s.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  // . ! ? … : ;
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;
}
