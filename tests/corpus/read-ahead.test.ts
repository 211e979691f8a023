import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { READ_AHEAD_MIN_FILES, startReadAhead } from '../../src/corpus/read-ahead.js';
import { tempCorpora } from './temp-corpus.js';

const corpus = tempCorpora('quotetrail-ahead-');

/**
 * A folder large enough to be read ahead, with files the loader refuses among the good ones (the listing
 * leaves the FIFO out; the read-ahead is given it directly).
 */
function largeMessyCorpus(): { dir: string; ids: string[] } {
  const files: Record<string, string | Uint8Array> = {
    'bin.txt': new Uint8Array([0x50, 0x00, 0x41]),
    'blank.md': ' \n\t\n',
    'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
  };
  for (let i = 0; i < READ_AHEAD_MIN_FILES + 200; i++) {
    files[`${i % 4 ? 'a' : 'sub/a'}${String(i).padStart(5, '0')}.txt`] =
      `Harbour deal ${i}\n\n“We will sign on day ${i},” Mayor Ana Reyes said.\n`;
  }
  const dir = corpus(files);
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dead.txt'));
  execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  return { dir, ids: [...Object.keys(files), 'dead.txt', 'pipe.txt', 'missing.txt'] };
}

describe('reading ahead', () => {
  it('loads exactly what the loader alone loads, with the same errors', async () => {
    const { dir } = largeMessyCorpus();
    const ahead = await loadCorpus(dir, { readAhead: true });
    const alone = await loadCorpus(dir, { readAhead: false });
    expect(ahead.documents.length).toBeGreaterThan(READ_AHEAD_MIN_FILES);
    expect(ahead.documents).toEqual(alone.documents);
    expect(ahead.errors).toEqual(alone.errors);
    expect(ahead.errors.map((e) => `${e.file}:${e.code}`)).toEqual([
      'bin.txt:binary',
      'blank.md:empty',
      'dead.txt:unreadable',
      'latin1.txt:invalid_utf8',
    ]);
  });

  it('reads every file through, skipping what is not a regular file, without blocking on a FIFO', async () => {
    const { dir, ids } = largeMessyCorpus();
    const ahead = startReadAhead(dir, ids, 1 << 20);
    expect(ahead).not.toBeNull();
    ahead!.advance(ids.length); // let the workers run to the end of the list
    await expect(ahead!.done).resolves.toBeUndefined();
  });

  it('starts no thread for a small folder', () => {
    expect(startReadAhead('/nowhere', ['a.txt', 'b.txt'], 1 << 20)).toBeNull();
  });
});
