/**
 * Bytes of a web page → text. The encoding comes from a byte-order mark, else the HTTP Content-Type header,
 * else a `<meta charset>` / `<meta http-equiv=Content-Type>` near the top, else UTF-8 — or windows-1252 when
 * the bytes are not UTF-8 (what browsers fall back to for Western pages). A declaration the bytes plainly
 * contradict (UTF-8 bytes under a legacy label, legacy bytes under a UTF-8 label) is passed over. Labels are WHATWG encoding
 * labels, decoded by Node's TextDecoder (full ICU: windows-125x, iso-8859-x, koi8-r, shift_jis, euc-jp,
 * euc-kr, gb18030, big5 …).
 */
import { unmarkedUtf16 } from '../decode.js';

/** A decoded page and the canonical name of the encoding used (TextDecoder's `encoding`, e.g. "windows-1251"). */
export interface DecodedHtml {
  text: string;
  charset: string;
}

/** Bytes searched for a `<meta>` charset: pages put it in the head, after comments and scripts at worst. */
const META_SCAN_BYTES = 8192;

/** Bytes read to tell a mostly-UTF-8 page from a legacy one when the whole is not valid UTF-8. */
const VERDICT_SAMPLE_BYTES = 256 * 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** windows-1252's characters for bytes 0x80–0x9F (the five undefined bytes keep their C1 code points). */
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (and iso-8859-1, its WHATWG alias) as Latin-1, turning curly
 * quotes and dashes into C1 control characters; checked once, and repaired when so.
 */
const LATIN1_BUG = new TextDecoder('windows-1252').decode(Uint8Array.of(0x93)) !== '“';

function repairWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoder for `label`, or null when the label is unknown. */
function decoderFor(label: string, fatal = false): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value ("text/html; charset=Shift_JIS" → "Shift_JIS"). */
export function headerCharset(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? m[1]! : null;
}

/** The encoding a byte-order mark announces, or null. */
function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a `<meta>` tag in the first bytes declares, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // latin1 maps each byte to one character, so ASCII markup reads the same in every ASCII-compatible encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  // A byte stream cannot be UTF-16 when its markup reads as ASCII: the declaration is wrong (HTML spec).
  return /^utf-?16/i.test(m[1]!) ? 'utf-8' : m[1]!;
}

/**
 * What the bytes are, read as UTF-8: pure ASCII; valid UTF-8 with characters beyond ASCII; or a legacy
 * encoding's bytes (more invalid sequences than characters beyond ASCII). A page that is mostly UTF-8 with
 * a stray byte or two stays UTF-8: decoding all of it as windows-1252 would garble every other character.
 */
function utf8Verdict(bytes: Uint8Array): { verdict: 'ascii' | 'utf-8' | 'legacy'; valid: string | null } {
  let text: string;
  try {
    text = decoderFor('utf-8', true)!.decode(bytes);
    return { verdict: /[\u0080-\uffff]/.test(text) ? 'utf-8' : 'ascii', valid: text };
  } catch {
    // A sample decides: counting over a large page in a double-byte encoding costs seconds.
    text = decoderFor('utf-8')!.decode(bytes.subarray(0, VERDICT_SAMPLE_BYTES));
  }
  const invalid = text.length - text.replace(/\uFFFD/g, '').length;
  const wide = text.length - text.replace(/[\u0080-\uffff]/g, '').length - invalid;
  return { verdict: invalid > wide ? 'legacy' : 'utf-8', valid: null };
}

/**
 * Decodes an HTML page's bytes. Never throws: unknown labels are skipped, invalid sequences in a declared
 * encoding become U+FFFD.
 *
 * A declaration the bytes contradict is passed over, as servers and templates often get it wrong: bytes that
 * are valid UTF-8 beyond ASCII are read as UTF-8 whatever single- or double-byte charset is declared (real
 * text in those encodings is practically never valid UTF-8), and a UTF-8 declaration over bytes that are
 * not UTF-8 gives way to the next declaration, else windows-1252. A byte-order mark is always believed.
 *
 * @example decodeHtml(bytes, 'text/html; charset=windows-1251') // → { text: 'Привет…', charset: 'windows-1251' }
 */
export function decodeHtml(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedHtml {
  const bom = bomCharset(bytes);
  // TextDecoder drops a BOM of its own encoding by default.
  if (bom) return decode(decoderFor(bom)!, bytes);
  // Without a BOM, its zero bytes tell UTF-16 (a page saved as "Unicode" by some editors): read as UTF-8 it was binary.
  const utf16 = bytes.subarray(0, META_SCAN_BYTES).includes(0) ? unmarkedUtf16(bytes) : null;
  if (utf16) return { text: utf16.text, charset: utf16.encoding };
  const { verdict, valid } = utf8Verdict(bytes);
  const utf8 = (): DecodedHtml => (valid !== null ? { text: valid, charset: 'utf-8' } : decode(decoderFor('utf-8')!, bytes));
  for (const label of [headerCharset(contentTypeHeader), metaCharset(bytes)]) {
    const decoder = label ? decoderFor(label) : null;
    if (!decoder) continue;
    if (decoder.encoding === 'utf-8') {
      if (verdict === 'legacy') continue;
      return utf8();
    }
    if (verdict === 'utf-8' && !decoder.encoding.startsWith('utf-16')) break;
    return decode(decoder, bytes);
  }
  return verdict === 'legacy' ? decode(decoderFor('windows-1252')!, bytes) : utf8();
}

function decode(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): DecodedHtml {
  const text = decoder.decode(bytes);
  return { text: LATIN1_BUG && decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text, charset: decoder.encoding };
}
