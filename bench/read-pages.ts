/**
 * How long reading web pages takes on the path a moderator's add uses (`pageToDocument`): each page given is
 * read `--runs` times (1 unless told), and the best wall and CPU times printed with a hash of what was read (text, title,
 * date, outlet, author, evidence), so a change to the reader can be checked to read every page alike, and the
 * longest pause of the event loop while reading (what the bot's other users wait at most). `--off-thread` reads by
 * `readPageDocument` as the bot does (a page of `OFF_THREAD_FROM_BYTES` or more on a worker thread);
 * `--off-thread-from BYTES` sets that size (0: every page on a worker).
 *
 *   npx tsx bench/read-pages.ts [--runs N] [--dump DIR] [--off-thread] [--off-thread-from BYTES] page.html …
 *
 * (not part of `npm run bench`; see src/corpus/web/README.md, "Reading time")
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pageToDocument } from '../src/corpus/web/document.js';
import { OFF_THREAD_FROM_BYTES, readPageDocument } from '../src/corpus/web/read-page.js';

const args = process.argv.slice(2);
let runs = 1;
let dumpDir: string | null = null;
let offThreadFrom: number | null = null;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--dump') dumpDir = args[++i] ?? null;
  else if (args[i] === '--off-thread') offThreadFrom = OFF_THREAD_FROM_BYTES;
  else if (args[i] === '--off-thread-from') offThreadFrom = Number(args[++i]);
  else files.push(args[i]!);
}
if (!files.length) {
  process.stderr.write('usage: npx tsx bench/read-pages.ts [--runs N] [--dump DIR] [--off-thread] [--off-thread-from BYTES] page.html …\n');
  process.exit(2);
}
for (const file of files) {
  const bytes = readFileSync(file);
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let longestPause = Number.POSITIVE_INFINITY;
  let read: ReturnType<typeof pageToDocument> | null = null;
  const options = { contentType: 'text/html; charset=utf-8', url: 'https://news.example/story' };
  for (let run = 0; run < Math.max(1, runs); run++) {
    // the event loop's delays sampled every 10 ms: its longest is the longest time nothing else was answered
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    await sleep(20);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    read =
      offThreadFrom === null
        ? pageToDocument(basename(file), bytes, options)
        : await readPageDocument(basename(file), bytes, { ...options, offThreadFromBytes: offThreadFrom });
    best = Math.min(best, performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    // CPU time of the whole process (garbage collection's helper threads and a worker too): steadier than wall time on a busy machine
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
    await sleep(20);
    delay.disable();
    longestPause = Math.min(longestPause, delay.max / 1e6);
  }
  const summary = JSON.stringify(read);
  const hash = createHash('sha256').update(summary).digest('hex').slice(0, 12);
  const size = (bytes.length / 1_000_000).toFixed(1);
  const outcome = read && 'code' in read ? `refused: ${read.code}` : `${read?.text.length ?? 0} chars`;
  process.stdout.write(
    `${basename(file).padEnd(28)} ${size.padStart(6)} MB ${(best / 1000).toFixed(2).padStart(7)} s ${(bestCpu / 1000).toFixed(2).padStart(7)} s cpu ${(longestPause / 1000).toFixed(2).padStart(6)} s pause  ${hash}  ${outcome}\n`,
  );
  if (dumpDir) writeFileSync(join(dumpDir, `${basename(file)}.json`), summary);
}
