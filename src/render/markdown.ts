/**
 * Rendering view lines as Discord Markdown within a length budget. Untrusted text is shortened before it is
 * escaped and wrapped, so a cut never leaves an unclosed `**` or a dangling backslash.
 */
import { ELLIPSIS, TRUNCATED_NOTE, cutUtf16, truncate } from './limits.js';
import { toMarkdown } from './sanitize.js';
import { instantOf, MESSAGE_URL, type Line, type Span } from './view.js';

const WRAP = { strong: '**', em: '*', removed: '~~', added: '__', highlight: '**' } as const;

/** One span as Markdown; marks go around the words only (Discord ignores `** x**`). */
export function spanMarkdown(span: Span): string {
  if (typeof span === 'string') return toMarkdown(span);
  // a timestamp tag: Discord shows it in each reader's own zone ("March 5, 2026 2:07 PM")
  if (span.mark === 'time') {
    const ms = instantOf(span.text);
    return ms === null ? toMarkdown(span.text) : `<t:${Math.floor(ms / 1000)}:f>`;
  }
  // a message's jump URL, made of ids only, as a labelled link (its label escaped); anything else stays text
  if (span.mark === 'link') {
    const label = toMarkdown(span.label).trim();
    return MESSAGE_URL.test(span.text) && label ? `[${label}](${span.text})` : toMarkdown(span.label);
  }
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) ?? [];
  const body = toMarkdown(core).trim();
  if (!body) return toMarkdown(span.text);
  const w = WRAP[span.mark];
  return `${toMarkdown(before)}${w}${body}${w}${toMarkdown(after)}`;
}

/** One line as Markdown, with no line breaks inside (they would break lists and quotes). */
export function lineMarkdown(line: Line): string {
  return line.map(spanMarkdown).join('').replace(/\n+/g, ' ');
}

function spanText(s: Span): string {
  return typeof s === 'string' ? s : s.text;
}

function withText(s: Span, text: string): Span {
  return typeof s === 'string' ? text : { ...s, text };
}

/** A line as Markdown in at most `max` units: the longest spans lose words first, marked with "…". */
export function fitLine(line: Line, max: number): string {
  const spans = line.slice();
  for (let guard = 0; guard < 64; guard++) {
    const rendered = lineMarkdown(spans);
    if (rendered.length <= max) return rendered;
    // (a timestamp or a link is not shortened: half a tag is no time, half an address no link; it goes whole
    // when nothing else is left)
    const cuttable = (s: Span): boolean => typeof s === 'string' || (s.mark !== 'time' && s.mark !== 'link');
    let longest = spans.findIndex(cuttable);
    spans.forEach((s, i) => {
      if (cuttable(s) && spanText(s).length > spanText(spans[longest] ?? '').length) longest = i;
    });
    if (longest < 0) longest = 0;
    const target = spans[longest];
    if (target === undefined) break;
    const text = spanText(target).replace(/…$/, '');
    const overflow = rendered.length - max;
    const keep = text.length - Math.max(overflow, Math.ceil(text.length / 8)) - ELLIPSIS.length;
    if (keep <= 0) spans.splice(longest, 1);
    else spans[longest] = withText(target, cutUtf16(text, keep).trimEnd() + ELLIPSIS);
  }
  // Only reached by pathological input (thousands of tiny spans): a plain cut still fits.
  return truncate(lineMarkdown(spans), max);
}

/**
 * Lines as Markdown joined by "\n" in at most `max` units. Lines that do not fit are dropped, the last
 * kept one shortened when there is room, and " (truncated)" marks the cut.
 */
export function blockMarkdown(lines: Line[], max: number): string {
  const out: string[] = [];
  let used = 0;
  let cut = false;
  for (const l of lines) {
    const sep = out.length ? 1 : 0;
    const rendered = lineMarkdown(l);
    if (used + sep + rendered.length <= max) {
      out.push(rendered);
      used += sep + rendered.length;
      continue;
    }
    cut = true;
    const room = max - used - sep - TRUNCATED_NOTE.length;
    if (room >= 40 || (!out.length && room > 0)) {
      const fitted = fitLine(l, room);
      out.push(fitted);
      used += sep + fitted.length;
    }
    break;
  }
  let text = out.join('\n');
  if (cut) {
    if (!text.endsWith(ELLIPSIS)) text = truncate(text + ELLIPSIS, max - TRUNCATED_NOTE.length);
    if (text.length + TRUNCATED_NOTE.length <= max) text += TRUNCATED_NOTE;
  }
  return text;
}
