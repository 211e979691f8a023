/**
 * Markdown → the plain text a reader sees, for an article added as a `.md` file or served as
 * `text/markdown`: heading marks, emphasis, link and image syntax, quote marks (`>`), code fences and
 * escapes go; the words stay, line by line, so paragraphs and their blank lines are unchanged. Without this
 * a quotation read from "a [plan](https://…) that is *sinking*" kept the brackets, the address and the stars.
 *
 * Deliberately small (no HTML blocks, no tables): an article written in Markdown uses paragraphs, headings,
 * quotes, lists, links and emphasis.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
/** A setext underline or a thematic break: a line of only `=`, `-`, `*` or `_` (spaces allowed). */
const RULE = /^\s{0,3}(?:=+|(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})\s*$/;
const SETEXT_H2 = /^\s{0,3}-+\s*$/;
const QUOTE_MARKS = /^(?:\s{0,3}>\s?)+/;
const BULLET = /^(\s*)[*+](\s+)/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;

/** Inline syntax of one line → its text. */
function inline(line: string): string {
  const codes: string[] = [];
  // Code spans first, kept as they are (their stars and brackets are literal); restored at the end.
  let s = line.replace(/(`+)(.+?)\1/g, (_m, _ticks: string, code: string) => `\uE000${codes.push(code.trim()) - 1}\uE000`);
  s = s
    .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '')
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*\\])\*(?=[^\s*])([^*]*?[^\s*\\])\*(?![\w*])/g, '$1')
    .replace(/(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_]*?[^\s_\\])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
  // A picture taken out of a sentence leaves two spaces where it stood.
  return s.replace(/(\S) {2,}(?=\S)/g, '$1 ').replace(/\uE000(\d+)\uE000/g, (_m, i: string) => codes[Number(i)]!);
}

/**
 * The text of a Markdown document, line for line (a line of pure syntax becomes empty).
 *
 * @example markdownText('# Vote\n\n> “We *will*,” she said.') // → 'Vote\n\n“We will,” she said.'
 */
export function markdownText(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opened = FENCE.exec(line);
    if (fence !== null) {
      if (opened && opened[1]![0] === fence[0] && opened[1]!.length >= fence.length) {
        fence = null;
        out.push('');
      } else out.push(line);
      continue;
    }
    if (opened) {
      fence = opened[1]!;
      out.push('');
      continue;
    }
    const previous = out[out.length - 1];
    // "Headline\n---" is a heading, not a rule; either way the line of dashes shows nothing.
    if (RULE.test(line) || (SETEXT_H2.test(line) && previous)) {
      out.push('');
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const atx = ATX.exec(line);
    const body = atx ? atx[1]! : line.replace(QUOTE_MARKS, '').replace(BULLET, '$1-$2');
    out.push(inline(body).trimEnd());
  }
  return out.join('\n');
}
