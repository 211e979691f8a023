/**
 * How long reading web pages takes on the path a moderator's add uses (`pageToDocument`): each page given is
 * read `--runs` times (1 unless told), and the best wall and CPU times printed with a hash of what was read (text, title,
 * date, outlet, author, evidence), so a change to the reader can be checked to read every page alike.
 *
 *   npx tsx bench/read-pages.ts [--runs N] [--dump DIR] page.html …
 *
 * (not part of `npm run bench`; see src/corpus/web/README.md, "Reading time")
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pageToDocument } from '../src/corpus/web/document.js';

const args = process.argv.slice(2);
let runs = 1;
let dumpDir: string | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--dump') dumpDir = args[++i] ?? null;
  else files.push(args[i]!);
}
if (!files.length) {
  process.stderr.write('usage: npx tsx bench/read-pages.ts [--runs N] [--dump DIR] page.html …\n');
  process.exit(2);
}
for (const file of files) {
  const bytes = readFileSync(file);
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let read: ReturnType<typeof pageToDocument> | null = null;
  for (let run = 0; run < Math.max(1, runs); run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    read = pageToDocument(basename(file), bytes, { contentType: 'text/html; charset=utf-8', url: 'https://news.example/story' });
    best = Math.min(best, performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    // CPU time of the whole process (garbage collection's helper threads too): steadier than wall time on a busy machine
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const summary = JSON.stringify(read);
  const hash = createHash('sha256').update(summary).digest('hex').slice(0, 12);
  const size = (bytes.length / 1_000_000).toFixed(1);
  const outcome = read && 'code' in read ? `refused: ${read.code}` : `${read?.text.length ?? 0} chars`;
  process.stdout.write(
    `${basename(file).padEnd(28)} ${size.padStart(6)} MB ${(best / 1000).toFixed(2).padStart(7)} s ${(bestCpu / 1000).toFixed(2).padStart(7)} s cpu  ${hash}  ${outcome}\n`,
  );
  if (dumpDir) writeFileSync(join(dumpDir, `${basename(file)}.json`), summary);
}
