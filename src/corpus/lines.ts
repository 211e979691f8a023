/** Lines of a document with their offsets, the unit the chrome rules and metadata inference work on. */

/** One line of the original text; `start`/`end` exclude the line break and surrounding whitespace. */
export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  end: number;
  /** The trimmed line text (`text.slice(start, end)` of the original). */
  text: string;
}

/**
 * Splits `text` into lines (LF, CRLF or CR), trimming whitespace (including no-break spaces, which some
 * sites leave on "empty" lines) from each side. Blank lines are kept, with `start === end`.
 *
 * @example splitLines('a\n  b ') // → [{index:0,start:0,end:1,text:'a'}, {index:1,start:4,end:5,text:'b'}]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let index = 0;
  for (let m = re.exec(text); m && m.index < text.length; m = re.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = body ? m.index + lead : m.index;
    lines.push({ index, start, end: start + body.length, text: body });
    index++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return lines;
}

/** Number of whitespace-separated words in a line (counted without allocating: it runs on every line). */
export function wordCount(s: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** True when the line ends like a sentence (terminal punctuation, possibly inside closing quotes). */
export function endsLikeSentence(s: string): boolean {
  return /[.!?…:;][\s"'”’»)\]]*$/.test(s);
}
