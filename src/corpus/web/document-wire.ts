/**
 * A page's document as it crosses from a reading thread to the main thread: its blocks as offsets in one
 * transferred array (`[start, end, start, end, …]`) and the document with no blocks. Taking in hundreds of
 * thousands of small objects cost the main thread a quarter of a second for a page of 21 MB, rebuilding them from
 * the array a few milliseconds.
 */
import { z } from 'zod';
import type { CorpusDocument, FileError, TextBlock } from '../types.js';

/** The document (its blocks emptied) or the refusal a reading gave, and the document's block offsets. */
export interface DocumentOnWire {
  document: CorpusDocument | FileError;
  blockOffsets: Int32Array | null;
}

/** Blocks as offsets, `[start, end, start, end, …]`. */
export function blockOffsetsOf(blocks: readonly TextBlock[]): Int32Array {
  const offsets = new Int32Array(blocks.length * 2);
  for (let i = 0; i < blocks.length; i++) {
    offsets[2 * i] = blocks[i]!.start;
    offsets[2 * i + 1] = blocks[i]!.end;
  }
  return offsets;
}

/** The blocks of `blockOffsetsOf`. */
export function blocksOfOffsets(offsets: Int32Array): TextBlock[] {
  const blocks: TextBlock[] = new Array(offsets.length >> 1);
  for (let i = 0; i < blocks.length; i++) blocks[i] = { start: offsets[2 * i]!, end: offsets[2 * i + 1]! };
  return blocks;
}

/** Whether `blocks` are the ones `offsets` give, compared without building them. */
export function sameBlocks(blocks: readonly TextBlock[], offsets: Int32Array): boolean {
  if (offsets.length !== blocks.length * 2) return false;
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.start !== offsets[2 * i] || blocks[i]!.end !== offsets[2 * i + 1]) return false;
  return true;
}

/** A reading's result made ready to post (`transfer`: the buffers to transfer with it). */
export function documentToWire(read: CorpusDocument | FileError): { wire: DocumentOnWire; transfer: ArrayBuffer[] } {
  if ('code' in read) return { wire: { document: read, blockOffsets: null }, transfer: [] };
  const blockOffsets = blockOffsetsOf(read.blocks);
  return { wire: { document: { ...read, blocks: [] }, blockOffsets }, transfer: [blockOffsets.buffer as ArrayBuffer] };
}

/** The shape a posted `DocumentOnWire` is checked against before it is trusted (its fields spread into a message). */
export const documentOnWireShape = {
  document: z.union([
    z.looseObject({ id: z.string(), text: z.string(), blocks: z.array(z.unknown()), meta: z.looseObject({}), contentHash: z.string() }),
    z.looseObject({ file: z.string(), code: z.string(), message: z.string() }),
  ]),
  blockOffsets: z.instanceof(Int32Array).nullable(),
};

/** The reading's result again, its blocks rebuilt (call it on a message checked against `documentOnWireShape`). */
export function documentFromWire({ document, blockOffsets }: DocumentOnWire): CorpusDocument | FileError {
  if ('code' in document || !blockOffsets) return document;
  return { ...document, blocks: blocksOfOffsets(blockOffsets) };
}
