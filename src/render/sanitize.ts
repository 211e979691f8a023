/**
 * Making untrusted text (news articles, members' queries) safe to show: strip control characters and lone
 * surrogates, neutralise mentions in the visible text, escape Markdown so it cannot break the layout.
 */

// C0 and C1 controls except tab, newline and carriage return (normalised below), and DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters from outgoing text is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidi embeddings, overrides and isolates can visually reorder the rest of a line (verdict spoofing).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ZWSP = '\u200B';

/**
 * Text without control characters, bidi overrides or lone surrogates; line breaks normalised to "\n" and
 * tabs to spaces.
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
}

/** `cleanText` on one line: every run of whitespace (line breaks included) becomes one space. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * Inserts a zero-width space after `@` in `@everyone`/`@here` and in `<@…>`/`<@&…>`, and after `#` in
 * `<#…>`, so the text shows what was written but Discord does not render a mention. Idempotent.
 *
 * @example neutraliseMentions('hi @everyone') // 'hi @\u200Beveryone'
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#])(?!\u200B)/g, `<$1${ZWSP}`);
}

/**
 * Backslash-escapes Discord Markdown: emphasis, code, spoilers, quotes, headings, masked links and list
 * markers. Discord hides the backslash before ASCII punctuation, so readers see the original text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]()<>#]/g, '\\$&')
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** Untrusted text for a Markdown slot (content, embed title, description, field): clean, neutral, escaped. */
export function toMarkdown(text: string): string {
  return escapeMarkdown(neutraliseMentions(cleanText(text)));
}

/** Untrusted text for a slot Discord shows without Markdown (footer, author, button label). */
export function toPlainSlot(text: string): string {
  return neutraliseMentions(cleanText(text));
}
