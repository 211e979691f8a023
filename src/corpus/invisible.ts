/**
 * Characters a page can hold that show nothing: a soft hyphen, zero-width spaces and joiners, direction marks (a
 * left-to-right embedding pasted from a social post), a word joiner, a byte-order mark. The claims layer judges a
 * quotation mark by the visible characters around it, and the search keeps a word whole across them.
 */
export const INVISIBLE_CHARS = String.raw`\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff`;

/** One invisible character. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'u');
