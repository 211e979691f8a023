/** Bytes → text, refusing what is not UTF-8 text: binary data, invalid UTF-8, nothing but whitespace. */

export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'binary' | 'invalid_utf8' | 'empty' };

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
 * Decodes a file's bytes as UTF-8 (a leading BOM is dropped, as TextDecoder does). NUL bytes or many
 * control bytes mean binary; bytes that are not UTF-8 mean invalid_utf8, unless they look binary anyway.
 *
 * @example decodeText(new TextEncoder().encode('hi')) // → { ok: true, text: 'hi' }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { ok: false, code: 'binary' };
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
