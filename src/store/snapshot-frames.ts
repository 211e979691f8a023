/**
 * The snapshot payload as a run of frames (a 4-byte length, then a `v8.serialize` chunk), so writing a
 * store never holds its whole serialised form: at a million quotations one `serialize` of everything was a
 * 600 MB buffer on top of the store. The first frame is the wire with its long string lists emptied; the
 * lists follow in slices.
 */
import { deserialize, serialize } from 'node:v8';

/** Strings per frame for the long lists. */
const SLICE = 20_000;

type Stored = Record<string, unknown> & { index: Record<string, unknown>; packedDocuments: Record<string, unknown> };

/** The long string lists of a stored wire, in frame order: [holder, key]. */
function lists(s: Stored): [Record<string, unknown>, string][] {
  return [[s, 'entryText'], [s, 'mentionText'], [s, 'groupText'], [s.index, 'words'], [s.packedDocuments, 'text']];
}

function frame(value: unknown): Buffer[] {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length);
  return [head, body];
}

/** Serialises `stored` frame by frame through `write` (called in order, awaited). */
export async function writeFrames(stored: Stored, write: (chunk: Buffer) => Promise<void>): Promise<void> {
  const shell: Stored = { ...stored, index: { ...stored.index }, packedDocuments: { ...stored.packedDocuments } };
  const full = lists(stored).map(([holder, key]) => holder[key] as string[]);
  lists(shell).forEach(([holder, key]) => (holder[key] = []));
  shell.frameLengths = full.map((l) => l.length);
  for (const b of frame(shell)) await write(b);
  for (const list of full) for (let i = 0; i < list.length; i += SLICE) for (const b of frame(list.slice(i, i + SLICE))) await write(b);
}

/** Reads frames back into one object; throws on a malformed payload (the caller reports it as corrupt). */
export function readFrames(payload: Buffer): unknown {
  let at = 0;
  const next = (): unknown => {
    if (at + 4 > payload.length) throw new Error('truncated frame');
    const n = payload.readUInt32LE(at);
    if (at + 4 + n > payload.length) throw new Error('truncated frame');
    const value: unknown = deserialize(payload.subarray(at + 4, at + 4 + n));
    at += 4 + n;
    return value;
  };
  const shell = next() as Stored & { frameLengths?: unknown };
  if (!shell || typeof shell !== 'object' || !shell.index || !shell.packedDocuments || !Array.isArray(shell.frameLengths)) throw new Error('no frame header');
  const lengths = shell.frameLengths as number[];
  lists(shell).forEach(([holder, key], k) => {
    const out: string[] = [];
    while (out.length < (lengths[k] ?? 0)) {
      const part = next();
      if (!Array.isArray(part) || part.length === 0) throw new Error('bad frame');
      for (const x of part) out.push(x as string);
    }
    holder[key] = out;
  });
  if (at !== payload.length) throw new Error('trailing bytes');
  delete shell.frameLengths;
  return shell;
}
