/** Bytes → text, refusing what is not UTF-8 text: binary data, invalid UTF-8, nothing but whitespace. */

export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'binary' | 'invalid_utf8' | 'empty' };

/** Share of control bytes (other than tab, LF, FF, CR) above which a file is binary rather than text. */
const MAX_CONTROL_SHARE = 0.05;

function controlShare(bytes: Uint8Array): number {
  let control = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 0x7f) control++;
  return bytes.length ? control / bytes.length : 0;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading BOM is dropped, as TextDecoder does). NUL bytes or many
 * control bytes mean binary; bytes that are not UTF-8 mean invalid_utf8, unless they look binary anyway.
 *
 * @example decodeText(new TextEncoder().encode('hi')) // → { ok: true, text: 'hi' }
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0) || controlShare(bytes) > MAX_CONTROL_SHARE) return { ok: false, code: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, code: 'invalid_utf8' };
  }
  if (!text.trim()) return { ok: false, code: 'empty' };
  return { ok: true, text };
}
