/**
 * Lists a corpus folder: article files (`.txt`, `.md`, `.html`, `.htm`, recursively) as ids relative to the folder with `/`
 * separators. One directory handle is open at a time, so listing never exhausts file descriptors. Hidden
 * entries (starting with ".") are skipped. Symbolic links are followed only when they resolve inside the
 * folder; a link to a directory inside is skipped (its files are listed under their real path, and this
 * keeps link cycles harmless).
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileError } from './errors.js';
import type { FileError } from './types.js';

/** File names the corpus reads as articles: text (`.txt`, `.md`) and web pages (`.html`, `.htm`). */
export const ARTICLE_FILE = /\.(?:txt|md|html?)$/i;

export interface Listing {
  /** Article file ids, sorted by code unit (deterministic across platforms and locales). */
  ids: string[];
  errors: FileError[];
}

const toId = (rel: string): string => rel.split(path.sep).join('/');

function inside(realRoot: string, real: string): boolean {
  return real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
}

/** What a symbolic link resolves to, judged against the corpus folder's real path. */
async function followLink(realRoot: string, full: string): Promise<'file' | 'dir' | 'outside' | 'broken'> {
  let real: string;
  try {
    real = await realpath(full);
  } catch {
    return 'broken';
  }
  if (!inside(realRoot, real)) return 'outside';
  try {
    return (await stat(real)).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'broken';
  }
}

/**
 * Lists the article files under `root` (which must exist; `realRoot` is its resolved path).
 *
 * @example (await listArticles('corpus', await realpath('corpus'))).ids // → ['a.txt', 'sub/b.md']
 */
export async function listArticles(root: string, realRoot: string): Promise<Listing> {
  const ids: string[] = [];
  const errors: FileError[] = [];
  const pending: string[] = [''];
  while (pending.length) {
    const rel = pending.pop()!;
    let dir: Awaited<ReturnType<typeof opendir>>;
    try {
      dir = await opendir(path.join(root, rel));
    } catch (err) {
      // A subfolder that vanished or is unreadable: report it when it is not the root, keep listing.
      if (rel) errors.push(fileError(toId(rel), 'unreadable', { why: (err as NodeJS.ErrnoException).code ?? 'error' }));
      continue;
    }
    for await (const entry of dir) {
      if (entry.name.startsWith('.')) continue;
      const childRel = rel ? path.join(rel, entry.name) : entry.name;
      if (entry.isDirectory()) pending.push(childRel);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) ids.push(toId(childRel));
      else if (entry.isSymbolicLink()) {
        const kind = await followLink(realRoot, path.join(root, childRel));
        const article = ARTICLE_FILE.test(entry.name);
        if (kind === 'outside' && (article || !path.extname(entry.name))) {
          errors.push(fileError(toId(childRel), 'outside_corpus'));
        } else if (kind === 'file' && article) ids.push(toId(childRel));
        else if (kind === 'broken' && article) errors.push(fileError(toId(childRel), 'unreadable', { why: 'broken link' }));
      }
    }
  }
  ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ids, errors };
}
