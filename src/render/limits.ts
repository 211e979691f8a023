/**
 * Discord's size limits as named constants, and truncation helpers that never fail. Lengths are counted
 * in UTF-16 code units, as Discord does; a cut never splits a surrogate pair.
 */

/** Message and embed limits from the Discord API documentation. */
export const Limits = Object.freeze({
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  fieldsPerEmbed: 25,
  embedsPerMessage: 10,
  /** Sum of title, description, field names and values, footer and author name over all embeds. */
  embedTotal: 6000,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  embedUrl: 2048,
});

/** The visible marker put where text was cut. */
export const ELLIPSIS = '…';
/** The note appended after the marker where a longer text was cut. */
export const TRUNCATED_NOTE = ' (truncated)';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair.
 * A trailing lone backslash is also dropped: it would escape whatever follows.
 */
export function cutUtf16(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  let end = max;
  if (isHigh(text.charCodeAt(end - 1))) end -= 1;
  let cut = text.slice(0, end);
  // An odd run of trailing backslashes ends in an escape whose target was cut away.
  const slashes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (slashes % 2 === 1) cut = cut.slice(0, -1);
  return cut;
}

/** Options of `truncate`. */
export interface TruncateOptions {
  /** Append " (truncated)" after the marker when there is room (default false: labels, titles). */
  note?: boolean;
}

/**
 * `text` if it fits in `max` UTF-16 units; else its start, "…" and optionally " (truncated)", in `max`.
 *
 * @example truncate('abcdef', 4) // 'abc…'
 */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const marker = options.note && max >= 2 * (ELLIPSIS.length + TRUNCATED_NOTE.length) ? ELLIPSIS + TRUNCATED_NOTE : ELLIPSIS;
  if (max <= marker.length) return cutUtf16(marker, max);
  return cutUtf16(text, max - marker.length).trimEnd() + marker;
}
