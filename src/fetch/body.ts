/**
 * Reads a response body within the byte limit, counted twice: the bytes on the wire and the bytes after
 * decompression. Decoding is streamed with backpressure and stopped the moment the decoded size passes the
 * limit, so a compression bomb costs about one limit of memory however far it would inflate.
 */
import type { IncomingMessage } from 'node:http';
import { type Duplex, type Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { FetchRefusal, formatBytes } from './errors.js';
import type { ContentCoding } from './headers.js';

function tooLarge(maxBytes: number, decoded: boolean): FetchRefusal {
  const what = decoded ? 'The page decompresses to more than' : 'The page is larger than';
  return new FetchRefusal('too_large', `${what} ${formatBytes(maxBytes)}, the most the bot reads, so it was not read.`);
}

function decoderFor(coding: ContentCoding, rawDeflate = false): Duplex {
  if (coding === 'gzip') return zlib.createGunzip();
  if (coding === 'deflate') return rawDeflate ? zlib.createInflateRaw() : zlib.createInflate();
  return zlib.createBrotliDecompress();
}

/** True when two bytes open a zlib stream (RFC 1950: method 8, header checksum a multiple of 31). */
function zlibHeader(bytes: Buffer): boolean {
  return bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}

/**
 * The first `n` bytes of `stream` (fewer at its end), put back so the stream still starts with them. Ends
 * early, with what it has, if the stream fails or closes (the pipeline then reports that).
 */
function peek(stream: Readable, n: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      stream.off('readable', onReadable).off('end', done).off('error', done).off('close', done);
      const head = Buffer.concat(chunks, size);
      if (head.length && !stream.destroyed) stream.unshift(head);
      resolve(head);
    };
    const onReadable = (): void => {
      while (size < n) {
        const chunk = stream.read() as Buffer | null;
        if (chunk === null) break;
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size >= n) done();
    };
    stream.on('readable', onReadable).once('end', done).once('error', done).once('close', done);
  });
}

/** Passes bytes through, failing once more than `maxBytes` went by (compressed bytes count too). */
function wireLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge(maxBytes, false) : null, chunk);
    },
  });
}

/** Collects decoded bytes, failing once more than `maxBytes` arrived. */
class LimitedCollector extends Writable {
  readonly chunks: Buffer[] = [];
  size = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly decoded: boolean,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      callback(tooLarge(this.maxBytes, this.decoded));
      return;
    }
    this.chunks.push(chunk);
    callback();
  }
}

/**
 * The body of `response`, decoded from `codings` (in the order the server applied them). Throws
 * FetchRefusal `too_large` or `decompression`; network errors are passed on as they come.
 */
export async function readBody(
  response: IncomingMessage,
  codings: readonly ContentCoding[],
  maxBytes: number,
  host: string,
): Promise<Buffer> {
  // Some servers send "deflate" as a bare deflate stream without its zlib wrapper; browsers read both.
  const wireFirst = [...codings].reverse();
  const raw = wireFirst[0] === 'deflate' && !zlibHeader(await peek(response, 2));
  const decoders = wireFirst.map((coding, i) => decoderFor(coding, i === 0 && raw));
  const collector = new LimitedCollector(maxBytes, decoders.length > 0);
  try {
    await pipeline([response, wireLimit(maxBytes), ...decoders, collector]);
  } catch (err) {
    // pipeline destroys every stream with the first error, so a limit's refusal shows up on the decoders too
    if (!(err instanceof FetchRefusal) && decoders.some((decoder) => decoder.errored === err)) {
      throw new FetchRefusal('decompression', `The page from ${host} could not be decompressed: the server sent damaged data.`);
    }
    throw err;
  }
  return Buffer.concat(collector.chunks, collector.size);
}
