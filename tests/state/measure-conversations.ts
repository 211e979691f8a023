/**
 * Measures `setConversation` once the store is full (each set also prunes to the limit), on SQLite and,
 * where a server can be started, on PostgreSQL.
 * Usage: node --import tsx tests/state/measure-conversations.ts [KEPT=50000] [SETS=500]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { postgresAvailability, startTestPostgres } from './postgres-server.js';

const kept = Number(process.argv[2] ?? 50_000);
const sets = Number(process.argv[3] ?? 500);
const value = {
  command: 'who-said' as const,
  query: 'the ferry left at noon',
  speaker: null,
  outlet: null,
  outlets: [],
  channelId: 'c',
  threadId: null,
  guildId: 'g',
  corpusVersion: null,
};

async function measure(databaseUrl?: string): Promise<void> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'quotetrail-measure-'));
  const store = await openState({ stateDir, databaseUrl, logger: silentLogger, maxConversations: kept });
  const fillStart = performance.now();
  for (let i = 0; i < kept; i++) await store.setConversation(`fill-${i}`, value);
  const fillSeconds = (performance.now() - fillStart) / 1000;
  const times: number[] = [];
  for (let i = 0; i < sets; i++) {
    const start = performance.now();
    await store.setConversation(`new-${i}`, value);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  console.log(
    `${store.engine}: filled ${kept} in ${fillSeconds.toFixed(1)} s; then ${sets} sets at the limit: median ${at(0.5)} ms, p95 ${at(0.95)} ms`,
  );
  await store.close();
  rmSync(stateDir, { recursive: true, force: true });
}

await measure();
if (postgresAvailability().ok) {
  const server = await startTestPostgres();
  try {
    await measure(await server.createDatabase());
  } finally {
    await server.stop();
  }
} else {
  console.log('postgres: skipped (no server can be started here)');
}
