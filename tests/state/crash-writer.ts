/**
 * Child process of the crash test: adds `crashArticle(n)` for n = FIRST, FIRST+1, … to the SQLite state in
 * STATE_DIR until killed, printing `added n` once each add has resolved (committed).
 * Usage: node --import tsx tests/state/crash-writer.ts STATE_DIR FIRST
 */
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { crashArticle } from './crash-article.js';

const [stateDir, first] = process.argv.slice(2);
if (!stateDir || !first) throw new Error('usage: crash-writer.ts STATE_DIR FIRST');
const store = await openState({ stateDir, logger: silentLogger });
for (let n = Number(first); ; n++) {
  const result = await store.addArticle(crashArticle(n));
  if (!result.ok) throw new Error(`article ${n} refused as a duplicate`);
  process.stdout.write(`added ${n}\n`);
}
