/**
 * Text → bytes in a legacy encoding, for tests of charset decoding. Node encodes only UTF-8 and latin1, so
 * the table is built the other way round: every one- and two-byte sequence is decoded with TextDecoder,
 * and each character remembers the shortest bytes that decode to it.
 */

/** windows-1252 for bytes 0x80–0x9F, from the WHATWG index (Node 20's decoder reads them as Latin-1). */
const WINDOWS_1252_HIGH: Record<string, number> = Object.fromEntries(
  [...'€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ'].map((c, i) => [c, 0x80 + i]),
);

const tables = new Map<string, Map<string, number[]>>();

function table(charset: string): Map<string, number[]> {
  const cached = tables.get(charset);
  if (cached) return cached;
  const decoder = new TextDecoder(charset, { fatal: true });
  const map = new Map<string, number[]>();
  const learn = (bytes: number[]): void => {
    let s: string;
    try {
      s = decoder.decode(new Uint8Array(bytes));
    } catch {
      return;
    }
    if ([...s].length === 1 && s !== '\uFFFD' && !map.has(s)) map.set(s, bytes);
  };
  if (new TextDecoder(charset).encoding === 'windows-1252') for (const [c, b] of Object.entries(WINDOWS_1252_HIGH)) map.set(c, [b]);
  for (let b = 0; b < 0x100; b++) learn([b]);
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) learn([lead, trail]);
  tables.set(charset, map);
  return map;
}

/**
 * Encodes `text` in `charset` (a WHATWG label TextDecoder knows); throws on a character it cannot hold.
 *
 * @example new TextDecoder('shift_jis').decode(encodeLegacy('図書館', 'shift_jis')) // → '図書館'
 */
export function encodeLegacy(text: string, charset: string): Uint8Array {
  const map = table(charset);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = ch.charCodeAt(0) < 0x80 && ch.length === 1 ? [ch.charCodeAt(0)] : map.get(ch);
    if (!bytes) throw new Error(`${charset} cannot encode ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
