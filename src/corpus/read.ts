/**
 * Reading one corpus file, synchronously. Corpus files are small (a few KB) and local: one
 * open/fstat/read/close in the calling thread costs a fraction of what the same calls cost through the
 * promise API and the libuv pool, where the hand-offs, not the disk, dominated a 100,000-file load.
 * One descriptor is open at a time; the caller yields to the event loop between files.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { fileError } from './errors.js';
import type { FileError } from './types.js';

export type ReadResult = { bytes: Uint8Array } | { error: FileError };

export const errno = (err: unknown): string => (err as NodeJS.ErrnoException)?.code ?? 'error';

/** What a system error code means, in words a reader knows ("ENOENT" means nothing to most people). */
const SYSTEM_ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'a loop of links',
  ENOENT: 'no such file',
  ENOTDIR: 'a part of its path is not a folder',
  EPERM: 'permission denied',
};

/** Why a file could not be read, in words; the code itself when it has no words here. */
export const errnoReason = (err: unknown): string => SYSTEM_ERROR_WORDS[errno(err)] ?? errno(err);

// O_NONBLOCK: opening a FIFO that slipped into the folder (a link named like an article) must not block
// the thread; it is then refused by the regular-file check. Regular files ignore the flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** A reusable read buffer for ordinary files: the bytes only live until they are decoded and hashed. */
const scratch = new Uint8Array(256 * 1024);

/**
 * Reads one file through a single descriptor: its size is checked with fstat before any byte is read.
 * The returned bytes are a view of a shared buffer, valid until the next call: decode and hash them
 * before reading another file.
 */
export function readBoundedSync(full: string, id: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(full, OPEN_FLAGS);
  } catch (err) {
    return { error: fileError(id, errno(err) === 'ENOENT' ? 'vanished' : 'unreadable', { why: errnoReason(err) }) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: fileError(id, 'unreadable', { why: 'not a regular file' }) };
    if (info.size > maxBytes) return { error: fileError(id, 'too_large', { size: info.size, limit: maxBytes }) };
    // A rare large file gets its own buffer, so the shared one never grows to the size limit.
    const buffer = info.size <= scratch.length ? scratch : new Uint8Array(info.size);
    let got = 0;
    while (got < info.size) {
      const bytesRead = readSync(fd, buffer, got, info.size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { bytes: buffer.subarray(0, got) };
  } catch (err) {
    return { error: fileError(id, 'unreadable', { why: errnoReason(err) }) };
  } finally {
    closeSync(fd);
  }
}
