/**
 * `extract --json` with the deciding rule appended to each speaker ("Li Shangfu [verb-before]"), for reading
 * the shared scorer's error list rule by rule:
 *
 *   node ../shared/tools/eval-attribution.mjs ../shared/data/polnear/train --errors 50 \
 *     --cmd "npx tsx tests/claims/extract-with-rule.ts"
 *
 * The scorer matches a speaker by its words and a pronoun or description by its mention, so the extra word
 * changes no score. Unattributed quotations stay `got=none`.
 */
import { extractFiles } from '../../src/cli/extract.js';

const out = await extractFiles(process.argv.slice(2));
for (const d of out.documents) for (const q of d.quotes) if (q.speaker) q.speaker = `${q.speaker} [${q.rule}]`;
process.stdout.write(JSON.stringify(out));
