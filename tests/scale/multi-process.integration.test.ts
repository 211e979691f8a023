/**
 * Many servers, many processes: two bot processes (`npm start`'s entry point, spawned), two gateway shards
 * each out of four, one PostgreSQL database and one corpus folder, against the local Discord emulator.
 * Interactions in servers of every shard are answered by the process running that shard; a /reload in one
 * process changes the other's answers; an article added by yet another process reaches the one serving its
 * server; a process killed with `kill -9` leaves the other answering its own shards, and its replacement
 * takes its shards back and answers a thread follow-up started before; a process stopped with SIGTERM
 * finishes the answer in flight. /healthz and /metrics of each process are read throughout.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../src/library/articles.js';
import { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { openState } from '../../src/state/open.js';
import { openStore } from '../../src/store/open.js';
import { checkSentPayloads } from '../hostile/helpers.js';
import { expectNoToken } from '../hostile/spawn.js';
import { sampleValue } from '../ops/prometheus-text.js';
import {
  type BotProcess,
  type Cluster,
  channelOf,
  clusterPlan,
  GUILDS,
  health,
  MEMBER,
  MOD_PERMISSIONS,
  MODERATOR,
  metrics,
  SHARD_COUNT,
  startCluster,
  TOKEN,
  visible,
} from './cluster.js';

const QUOTE = 'continuously push the relationship between the two militaries to new heights';
const FOLLOWED = 'the northern quay will open to ferries before the autumn storms arrive';
const ADDED = 'the ferry fares will stay frozen for the whole of next year';

const { skip, reason } = clusterPlan();

describe.skipIf(skip)(`two bot processes, two shards each, one PostgreSQL${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let cluster: Cluster;
  let a: BotProcess;
  let b: BotProcess;

  const ask = (guildId: string, quote: string) =>
    cluster.emu.slashCommand({
      name: 'who-said',
      options: [{ name: 'quote', type: 3, value: quote }],
      user: MEMBER,
      guildId,
      channelId: channelOf(guildId),
    });
  const answer = async (guildId: string, quote: string): Promise<string> => visible(await ask(guildId, quote).final(10_000));
  const whoSaidCount = async (p: BotProcess): Promise<number> =>
    sampleValue(await metrics(p), 'quotetrail_interactions_total', { command: 'who-said', outcome: 'ok' }) ?? 0;

  beforeAll(async () => {
    cluster = await startCluster();
    [a, b] = await Promise.all([cluster.start('a', [0, 1]), cluster.start('b', [2, 3])]);
    await cluster.emu.shards.waitForReady(SHARD_COUNT, 60_000);
  }, 120_000);
  afterAll(async () => {
    await cluster?.close();
  });

  it('answers in servers of every shard, each from the process that runs the shard', async () => {
    const sessions = cluster.emu.shards.sessions();
    for (const [shard, guildId] of GUILDS.entries()) {
      const handle = ask(guildId, QUOTE);
      const live = sessions.find((s) => s.shard[0] === shard && s.connection !== null);
      expect(handle.deliveries).toEqual([expect.objectContaining({ shard, connection: live?.connection })]);
      expect(visible(await handle.final(10_000))).toContain('Nikolai Yevmenov');
    }
    // counted when the handler returns, just after the reply was sent
    await expect.poll(() => whoSaidCount(a)).toBe(2);
    await expect.poll(() => whoSaidCount(b)).toBe(2);
  }, 60_000);

  it('reports its shards and corpus on /healthz and /metrics', async () => {
    const [ha, hb] = [await health(a), await health(b)];
    expect(ha.status).toBe(200);
    expect(ha.body).toMatchObject({
      status: 'ok',
      shards: [
        { id: 0, ready: true },
        { id: 1, ready: true },
      ],
    });
    expect(hb.body).toMatchObject({
      status: 'ok',
      shards: [
        { id: 2, ready: true },
        { id: 3, ready: true },
      ],
    });
    expect(ha.body.corpus?.documents).toBe(5);
    expect(ha.body.corpus?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(hb.body.corpus?.version).toBe(ha.body.corpus?.version);
    const exposition = await metrics(a);
    expect(sampleValue(exposition, 'quotetrail_gateway_shard_status', { shard: '1' })).toBe(1);
    expect(sampleValue(exposition, 'quotetrail_gateway_shard_status', { shard: '2' })).toBeUndefined();
    expect(sampleValue(exposition, 'quotetrail_corpus_documents')).toBe(5);
    expect(sampleValue(exposition, 'quotetrail_corpus_info', { version: ha.body.corpus?.version ?? '' })).toBe(1);
    expect(sampleValue(exposition, 'quotetrail_interaction_seconds_count', { command: 'who-said' })).toBe(2);
    expect(sampleValue(exposition, 'quotetrail_reloads_total', { outcome: 'ok' })).toBe(0);
  });

  it('a /reload in one process changes the answers of the other within seconds', async () => {
    const before = (await health(b)).body.corpus?.version;
    await writeFile(
      path.join(cluster.corpusDir, 'zz_harbour.txt'),
      'Harbour talks end\n\nThe harbour master Ilse Brandt said "the northern quay will open to ferries before the autumn storms arrive".\n',
    );
    expect(await answer(GUILDS[2]!, FOLLOWED)).toMatch(/Not found/);
    const reload = cluster.emu.slashCommand({
      name: 'reload',
      user: MODERATOR,
      member: { roles: [], permissions: MOD_PERMISSIONS },
      guildId: GUILDS[0],
      channelId: channelOf(GUILDS[0]!),
    });
    expect(visible(await reload.final(20_000))).toContain('zz_harbour.txt');
    const reloadedAt = performance.now();
    await expect.poll(() => answer(GUILDS[3]!, FOLLOWED), { timeout: 15_000, interval: 250 }).toContain('Ilse Brandt');
    expect(performance.now() - reloadedAt, 'ms until the other process answers from the new corpus').toBeLessThan(10_000);
    const [ha, hb] = [await health(a), await health(b)];
    expect(hb.body.corpus?.version).not.toBe(before);
    expect(hb.body.corpus?.version).toBe(ha.body.corpus?.version);
    expect(hb.body.corpus?.documents).toBe(6);
    expect(sampleValue(await metrics(b), 'quotetrail_reloads_total', { outcome: 'ok' })).toBe(1);
    expect(b.bot.stderr.some((l) => l.includes('following a reload made by another process'))).toBe(true);
    // the process that reloaded does not follow its own reload again
    expect(a.bot.stderr.some((l) => l.includes('following a reload made by another process'))).toBe(false);
  }, 60_000);

  it('an article added and removed by another process reaches the process serving its server', async () => {
    const state = await openState({
      stateDir: path.join(cluster.corpusDir, '..', 'writer'),
      databaseUrl: cluster.databaseUrl,
      logger: silentLogger,
    });
    try {
      const holder = new CorpusHolder(cluster.corpusDir, (dir) => openStore(dir, { logger: silentLogger, cacheDir: false }), silentLogger);
      await holder.reload();
      const library = new ArticleLibrary(holder, state, { fetch: { allowPrivate: false, maxBytes: 1_000_000 }, logger: silentLogger });
      const actor = { id: MODERATOR.id, name: MODERATOR.username };
      const text = `Fares decided\n\nThe transport councillor Marta Quenby said "${ADDED}".\n`;
      const added = await library.add({
        guildId: GUILDS[2]!,
        actor,
        source: { kind: 'file', name: 'fares.txt', bytes: new TextEncoder().encode(text), contentType: 'text/plain' },
      });
      expect(added).toMatchObject({ ok: true, quoteCount: 1 });
      await expect.poll(() => answer(GUILDS[2]!, ADDED), { timeout: 10_000, interval: 250 }).toContain('Marta Quenby');
      expect(await answer(GUILDS[3]!, ADDED)).toMatch(/Not found/); // another server, same process
      expect(await answer(GUILDS[0]!, ADDED)).toMatch(/Not found/); // another server, other process
      const removed = await library.remove(GUILDS[2]!, added.document!, actor);
      expect(removed.ok).toBe(true);
      await expect.poll(() => answer(GUILDS[2]!, ADDED), { timeout: 10_000, interval: 250 }).toMatch(/Not found/);
    } finally {
      await state.close();
    }
  }, 60_000);

  it('after kill -9 of one process the other keeps answering its shards; the replacement takes its shards and threads back', async () => {
    const { emu } = cluster;
    const started = visible(await ask(GUILDS[2]!, QUOTE).final(10_000));
    expect(started).toContain('Nikolai Yevmenov');
    const asked = await ask(GUILDS[2]!, QUOTE).final(10_000);
    await emu.clickButton({ message: asked, customId: 'qt:thread', user: MEMBER }).response();
    await expect.poll(() => emu.threads.length, { timeout: 5000 }).toBeGreaterThan(0);
    const threadId = String(emu.threads.at(-1)!.id);
    // members post once the thread shows what can be asked there (else the first bot message may be that one)
    await expect.poll(() => emu.messages(threadId).length, { timeout: 5000 }).toBeGreaterThan(0);
    const first = await emu
      .postMessage({ channelId: threadId, content: 'when was it published?', author: MEMBER })
      .waitForBotMessage(1, 10_000);
    expect(visible(first)).toContain('2023-07-03');

    b.bot.child.kill('SIGKILL');
    expect(await b.bot.exited).toBe('SIGKILL');
    await emu.shards.waitForShardDown(2);
    await emu.shards.waitForShardDown(3);
    for (const guildId of [GUILDS[0]!, GUILDS[1]!]) expect(await answer(guildId, QUOTE)).toContain('Nikolai Yevmenov');
    expect((await health(a)).body.status).toBe('ok');
    // nobody runs shard 3 now: Discord keeps the event for a RESUME that never comes
    expect(ask(GUILDS[3]!, QUOTE).deliveries).toEqual([expect.objectContaining({ shard: 3, connection: null })]);

    b = await cluster.start('b', [2, 3]);
    await emu.shards.waitForReady(SHARD_COUNT, 60_000);
    expect(await answer(GUILDS[3]!, QUOTE)).toContain('Nikolai Yevmenov');
    await expect.poll(() => whoSaidCount(b)).toBe(1);
    const after = await emu.postMessage({ channelId: threadId, content: 'what did DW say?', author: MEMBER }).waitForBotMessage(1, 10_000);
    expect(visible(after)).toContain('DW');
    expect((await health(b)).body.corpus?.version).toBe((await health(a)).body.corpus?.version);
  }, 90_000);

  it('on SIGTERM a process finishes the answer in flight and exits 0; its replacement serves its shards', async () => {
    const { emu } = cluster;
    const edit = 'PATCH /webhooks/:app/:token/messages/@original';
    const earlier = emu.requestsTo(edit).length;
    emu.setLatency(1500, edit);
    try {
      const slow = ask(GUILDS[0]!, QUOTE);
      expect((await slow.response()).type).toBe(5);
      await expect.poll(() => emu.requestsTo(edit).length, { timeout: 10_000 }).toBeGreaterThan(earlier);
      a.bot.child.kill('SIGTERM');
      expect(visible(await slow.final(10_000))).toContain('Nikolai Yevmenov');
      expect(await a.bot.exited).toBe(0);
    } finally {
      emu.setLatency(0, edit);
    }
    a = await cluster.start('a', [0, 1]);
    await emu.shards.waitForReady(SHARD_COUNT, 60_000);
    expect(await answer(GUILDS[1]!, FOLLOWED)).toContain('Ilse Brandt');
    expect((await health(a)).body).toMatchObject({
      status: 'ok',
      shards: [
        { id: 0, ready: true },
        { id: 1, ready: true },
      ],
    });
  }, 90_000);

  it('sent only valid payloads that ping nobody, and no process wrote the token', () => {
    expect(checkSentPayloads(cluster.emu)).toBeGreaterThan(10);
    expect(cluster.processes).toHaveLength(4);
    for (const p of cluster.processes) expectNoToken(p.bot, TOKEN);
  });
});
