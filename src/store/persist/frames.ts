/**
 * The snapshot payload as a run of frames (a 4-byte length, then the bytes), so writing a store never holds
 * its serialised form in memory: at a million quotations one `serialize` of everything was a 600 MB buffer
 * on top of the store. Frames, in order:
 * - the shell: the wire as `v8.serialize`, its long string lists emptied and its typed arrays replaced by
 *   their type and length;
 * - each typed array's own bytes, written from the array itself (no copy);
 * - the long string lists, in `v8.serialize` slices of about a megabyte of text each.
 */
import { deserialize, serialize } from 'node:v8';

/** Characters of text per string frame (a slice of a long list). */
const SLICE_CHARS = 1 << 20;

type Stored = Record<string, unknown> & { index: Record<string, unknown>; packedDocuments: Record<string, unknown> };
type Typed = Int32Array | Uint8Array | Float32Array | Float64Array | Uint32Array;
const TYPED = { Int32Array, Uint8Array, Float32Array, Float64Array, Uint32Array } as const;
type TypedName = keyof typeof TYPED;

/** The long string lists of a stored wire, in frame order: [holder, key]. */
function lists(s: Stored): [Record<string, unknown>, string][] {
  return [
    [s, 'entryText'],
    [s, 'mentionText'],
    [s, 'groupText'],
    [s.index, 'words'],
    [s.packedDocuments, 'text'],
  ];
}

/** The objects whose typed-array fields are written raw. */
function holders(s: Stored): Record<string, unknown>[] {
  return [s, s.index, s.packedDocuments];
}

const isTypedName = (name: string): name is TypedName => Object.hasOwn(TYPED, name);

function lengthPrefix(n: number): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32LE(n);
  return head;
}

/** Serialises `stored` frame by frame through `write` (called in order, awaited). */
export async function writeFrames(stored: Stored, write: (chunk: Buffer) => Promise<void>): Promise<void> {
  const shell: Stored = { ...stored, index: { ...stored.index }, packedDocuments: { ...stored.packedDocuments } };
  const full = lists(stored).map(([holder, key]) => holder[key] as string[]);
  for (const [holder, key] of lists(shell)) holder[key] = [];
  const raw: Typed[] = [];
  for (const holder of holders(shell)) {
    for (const [key, value] of Object.entries(holder)) {
      if (!ArrayBuffer.isView(value) || value instanceof DataView || !isTypedName(value.constructor.name)) continue;
      raw.push(value as Typed);
      holder[key] = { typedArray: value.constructor.name, length: (value as Typed).length };
    }
  }
  shell.frameLengths = full.map((l) => l.length);
  const emit = async (body: Buffer): Promise<void> => {
    await write(lengthPrefix(body.length));
    await write(body);
  };
  await emit(serialize(shell));
  for (const array of raw) await emit(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  for (const list of full) {
    for (let i = 0; i < list.length; ) {
      let end = i;
      for (let chars = 0; end < list.length && (end === i || chars + list[end]!.length <= SLICE_CHARS); end++) chars += list[end]!.length;
      await emit(serialize(list.slice(i, end)));
      i = end;
    }
  }
}

/** Reads frames back into one object; throws on a malformed payload (the caller reports it as corrupt). */
export function readFrames(payload: Buffer): unknown {
  let at = 0;
  const nextBytes = (): Buffer => {
    if (at + 4 > payload.length) throw new Error('truncated frame');
    const n = payload.readUInt32LE(at);
    if (at + 4 + n > payload.length) throw new Error('truncated frame');
    const bytes = payload.subarray(at + 4, at + 4 + n);
    at += 4 + n;
    return bytes;
  };
  const shell = deserialize(nextBytes()) as Stored & { frameLengths?: unknown };
  if (!shell || typeof shell !== 'object' || !shell.index || !shell.packedDocuments || !Array.isArray(shell.frameLengths))
    throw new Error('no frame header');
  for (const holder of holders(shell)) {
    for (const [key, value] of Object.entries(holder)) {
      const spec = value as { typedArray?: unknown; length?: unknown } | null;
      if (!spec || typeof spec !== 'object' || typeof spec.typedArray !== 'string') continue;
      if (!isTypedName(spec.typedArray) || typeof spec.length !== 'number') throw new Error('bad typed array');
      const array = new TYPED[spec.typedArray](spec.length);
      const bytes = nextBytes();
      if (bytes.length !== array.byteLength) throw new Error('typed array length mismatch');
      // copied into an array of its own: a view would keep the whole file in memory and may be misaligned
      bytes.copy(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
      holder[key] = array;
    }
  }
  const lengths = shell.frameLengths as number[];
  lists(shell).forEach(([holder, key], k) => {
    const out: string[] = [];
    while (out.length < (lengths[k] ?? 0)) {
      const part: unknown = deserialize(nextBytes());
      if (!Array.isArray(part) || part.length === 0) throw new Error('bad frame');
      for (const x of part) out.push(x as string);
    }
    holder[key] = out;
  });
  if (at !== payload.length) throw new Error('trailing bytes');
  delete shell.frameLengths;
  return shell;
}
