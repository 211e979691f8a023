/**
 * Bytes → text, refusing what is not UTF-8 (or UTF-16) text: binary data, invalid UTF-8, nothing but
 * whitespace.
 */

export type DecodeResult =
  | { ok: true; text: string }
  /** `kind`: what a binary file's first bytes say it is ("a PDF document"), when they say. */
  | { ok: false; code: 'binary' | 'invalid_utf8' | 'empty'; kind?: string };

/** A signature's bytes from text; null stands for any byte. */
const ascii = (s: string): (number | null)[] => [...s].map((c) => c.charCodeAt(0));
const ANY4 = [null, null, null, null];

/** Files told by their first bytes (their "magic number"), with what they are. */
const SIGNATURES: readonly { bytes: readonly (number | null)[]; kind: string }[] = [
  { bytes: ascii('%PDF-'), kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [...ascii('GIF8'), null, 0x61], kind: 'a GIF image' },
  { bytes: [...ascii('RIFF'), ...ANY4, ...ascii('WEBP')], kind: 'a WebP image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (a Word, OpenDocument or EPUB file is one)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Microsoft Office document' },
  { bytes: [0x1f, 0x8b], kind: 'gzip-compressed data' },
  { bytes: [...ANY4, ...ascii('ftyp')], kind: 'a video or audio file' },
  { bytes: [...ascii('ID3'), null, 0x00], kind: 'an MP3 audio file' },
];

/**
 * What a file is when its first bytes name a format that is no text (a PDF, an image, an archive), else null.
 * Such a file served or uploaded as a page or as text ("text/plain", "story.html") was read as words: a PDF as
 * a page "without an article", or, with few control bytes, as a document of its raw bytes.
 *
 * @example binaryKind(Buffer.from('%PDF-1.7 …')) // → 'a PDF document'
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find((sig) => sig.bytes.length <= bytes.length && sig.bytes.every((b, i) => b === null || bytes[i] === b));
  return found?.kind ?? null;
}

/** Share of control bytes (other than tab, LF, FF, CR) above which a file is binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  }
  return bytes.length ? control / bytes.length : 0;
}

/**
 * The control characters `controlShare` counts. In valid UTF-8 they are single bytes that decode to the
 * same code points (multi-byte sequences use only bytes >= 0x80), so a text without them had none.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is how a binary file is told from text
const CONTROL_CHAR = /[\x01-\x08\x0b\x0e-\x1f\x7f]/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Share of a UTF-16 text's code units whose high byte is 0 (ASCII: spaces, digits, punctuation, markup), at
 * least, to read it as UTF-16 without a BOM. A Russian or Greek text has a fifth or so (its spaces and
 * punctuation), an English one nearly all; with the other side of the pairs never 0 and the characters
 * checked after decoding (`decodeUtf16`), bytes that are not text do not pass.
 */
const UTF16_ASCII_SHARE = 0.1;
/** Fewest characters read as UTF-16 without a BOM: a few bytes with zeros in them tell nothing. */
const UTF16_MIN_UNITS = 8;
/**
 * Most share of private-use and unassigned characters in UTF-16 text. Text has next to none; bytes that are
 * not text, read two at a time, give about one in six.
 */
const UTF16_MAX_ODD_SHARE = 0.02;

/** The UTF-16 a byte-order mark announces (what Windows Notepad writes for "Unicode"), or null. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: in a text of Latin letters they fill one side of
 * nearly every pair and never the other (in one of Cyrillic or Greek letters, a tenth of them at least).
 */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 || bytes.length < 2 * UTF16_MIN_UNITS) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const units = bytes.length / 2;
  if (oddZero >= UTF16_ASCII_SHARE * units && evenZero === 0) return 'utf-16le';
  if (evenZero >= UTF16_ASCII_SHARE * units && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading BOM is dropped, as TextDecoder does), or as UTF-16 when it is
 * that. NUL bytes or many control bytes mean binary; bytes that are not UTF-8 mean invalid_utf8, unless they
 * look binary anyway.
 *
 * @example decodeText(new TextEncoder().encode('hi')) // → { ok: true, text: 'hi' }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, code: 'binary', kind };
  const bom16 = utf16Bom(bytes);
  if (bom16) return decodeUtf16(bytes, bom16);
  if (bytes.includes(0)) {
    const utf16 = utf16ByZeros(bytes);
    return utf16 ? decodeUtf16(bytes, utf16) : { ok: false, code: 'binary' };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: controlShare(bytes) > MAX_CONTROL_SHARE ? 'binary' : 'invalid_utf8' };
  }
  // Native scans first; the byte-by-byte count only for the rare text that holds a control character.
  if (CONTROL_CHAR.test(text) && controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, code: 'binary' };
  if (!text.trim()) return { ok: false, code: 'empty' };
  return { ok: true, text };
}

/**
 * A text or web page in UTF-16 without a byte-order mark (told by its zero bytes), decoded, with its
 * encoding; null when the bytes are not such text. Web pages saved or served so are read by it (`web/charset.ts`).
 */
export function unmarkedUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  const encoding = utf16ByZeros(bytes);
  const decoded = encoding ? decodeUtf16(bytes, encoding) : null;
  return encoding && decoded?.ok ? { text: decoded.text, encoding } : null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'binary' };
  }
  // The same judgement as for UTF-8, on the characters rather than the bytes (NUL included this time), and
  // characters no text uses (any pair of bytes decodes to something in UTF-16).
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is how a binary file is told from text
  const controls = text.match(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > MAX_CONTROL_SHARE * text.length) return { ok: false, code: 'binary' };
  const odd = text.match(/[\p{Co}\p{Cn}]/gu)?.length ?? 0;
  if (odd > UTF16_MAX_ODD_SHARE * text.length) return { ok: false, code: 'binary' };
  if (!text.trim()) return { ok: false, code: 'empty' };
  return { ok: true, text };
}
