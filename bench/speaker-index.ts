/**
 * Times `buildSpeakerIndex` alone on a corpus folder's extracted claims, and prints hashes of the speakers list
 * and of every `resolve` the store makes, so two commits can be checked to resolve speakers alike.
 *
 *   npx tsx bench/speaker-index.ts DIR [--reps 3]
 */
import { createHash } from 'node:crypto';
import { commandLine, usageError } from '../src/cli/command-line.js';
import { extractClaims } from '../src/claims/extract.js';
import { buildSpeakerIndex } from '../src/claims/speakers.js';
import { loadCorpus } from '../src/corpus/load.js';

const USAGE = `Usage: npx tsx bench/speaker-index.ts DIR [--reps N]

Extracts a corpus folder's claims once, then times buildSpeakerIndex N times (process CPU and wall) and prints
hashes of the speakers and of every resolve.
`;

const { values, positionals } = commandLine('speaker-index', USAGE, { reps: { type: 'string', default: '1' } }, { allowPositionals: true });
const dir = positionals[0];
if (!dir || positionals.length > 1) usageError('speaker-index', USAGE, dir ? 'one corpus folder only' : 'a corpus folder is needed');
const reps = Number(values.reps);
if (!Number.isInteger(reps) || reps < 1) usageError('speaker-index', USAGE, '--reps takes a whole number of at least 1');

const corpus = await loadCorpus(dir);
// the store's order: documents by id
const docs = [...corpus.documents]
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  .map((doc) => ({ documentId: doc.id, claims: extractClaims(doc) }));

for (let r = 0; r < reps; r++) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const index = buildSpeakerIndex(docs);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const resolves = createHash('sha256');
  let resolved = 0;
  for (const { documentId, claims } of docs)
    for (const q of [...claims.quotes, ...claims.paraphrases])
      if (q.speaker) {
        resolved++;
        resolves.update(`${documentId}\0${q.speaker}\0${index.resolve(documentId, q.speaker)?.id ?? '-'}\n`);
      }
  const report = {
    dir,
    build_cpu_s: Math.round((cpu.user + cpu.system) / 1000) / 1000,
    build_wall_s: Math.round(wallMs) / 1000,
    speakers: index.speakers.length,
    resolves: resolved,
    speakers_sha256: createHash('sha256').update(JSON.stringify(index.speakers)).digest('hex'),
    resolves_sha256: resolves.digest('hex'),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
