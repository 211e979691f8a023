/**
 * Preload that sums a process's garbage collections by kind and prints them with its CPU time at exit (on
 * stderr, one `GCSTAT` line; processes under 3 s of CPU, such as tsx's launcher, print nothing):
 *
 *   NODE_OPTIONS="--import ./bench/gc-stats.mjs" npx tsx bench/build-parts.ts DIR
 *
 * The pause times are wall time: on a loaded machine read the CPU time and the number of collections.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';

const t = { minor: 0, major: 0, incremental: 0, other: 0, n: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = e.detail?.kind;
    t.n++;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) t.minor += e.duration;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) t.major += e.duration;
    else if (kind === constants.NODE_PERFORMANCE_GC_INCREMENTAL) t.incremental += e.duration;
    else t.other += e.duration;
  }
}).observe({ entryTypes: ['gc'] });

process.on('exit', () => {
  const u = process.cpuUsage();
  const cpu = (u.user + u.system) / 1e6;
  if (cpu < 3) return;
  const s = (ms) => (ms / 1000).toFixed(2);
  process.stderr.write(`GCSTAT cpu ${cpu.toFixed(2)} minor ${s(t.minor)} major ${s(t.major)} inc ${s(t.incremental)} n ${t.n}\n`);
});
