/** BotMetrics: the series it writes, read back through the Prometheus text format, and the health it derives. */
import { describe, expect, it } from 'vitest';
import { healthStatus } from '../../src/ops/health.js';
import { BotMetrics, INTERACTION_SECONDS_BUCKETS } from '../../src/ops/metrics.js';
import { parseExposition, sampleValue } from './prometheus-text.js';

const CORPUS = { version: 'c0ffee', loadedAt: '2024-05-01T10:00:00.000Z', documents: 12, quotations: 340 };

async function scrape(metrics: BotMetrics) {
  return parseExposition(await metrics.text());
}

describe('BotMetrics', () => {
  it('counts interactions by command and outcome and times them in a histogram', async () => {
    const metrics = new BotMetrics({ defaultMetrics: false });
    metrics.interaction('who-said', 'ok', 0.004);
    metrics.interaction('who-said', 'ok', 0.02);
    metrics.interaction('who-said', 'error', 0.3);
    metrics.interaction('compare', 'cooldown', 0.0005);
    const scraped = await scrape(metrics);
    expect(scraped.types.get('quotetrail_interactions_total')).toBe('counter');
    expect(scraped.types.get('quotetrail_interaction_seconds')).toBe('histogram');
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'who-said', outcome: 'ok' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'who-said', outcome: 'error' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'compare', outcome: 'cooldown' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'compare', outcome: 'ok' })).toBeUndefined();

    const bucket = (command: string, le: string) => sampleValue(scraped, 'quotetrail_interaction_seconds_bucket', { command, le });
    expect(bucket('who-said', '0.001')).toBe(0);
    expect(bucket('who-said', '0.005')).toBe(1);
    expect(bucket('who-said', '0.025')).toBe(2);
    expect(bucket('who-said', '0.25')).toBe(2);
    expect(bucket('who-said', '0.5')).toBe(3);
    expect(bucket('who-said', '+Inf')).toBe(3);
    expect(bucket('compare', '0.001')).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_count', { command: 'who-said' })).toBe(3);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_sum', { command: 'who-said' })).toBeCloseTo(0.324, 9);
    const les = scraped.samples
      .filter((s) => s.name === 'quotetrail_interaction_seconds_bucket' && s.labels.command === 'compare')
      .map((s) => s.labels.le);
    expect(les).toEqual([...INTERACTION_SECONDS_BUCKETS.map(String), '+Inf']);
    expect(INTERACTION_SECONDS_BUCKETS[0]).toBe(0.001);
    expect(INTERACTION_SECONDS_BUCKETS.at(-1)).toBe(10);
  });

  it('reports the corpus, reloads, shards and added articles', async () => {
    const metrics = new BotMetrics({ defaultMetrics: false });
    let scraped = await scrape(metrics);
    expect(sampleValue(scraped, 'quotetrail_reloads_total', { outcome: 'ok' })).toBe(0);
    expect(sampleValue(scraped, 'quotetrail_reloads_total', { outcome: 'refused' })).toBe(0);
    metrics.corpus(CORPUS);
    metrics.reload('ok');
    metrics.reload('refused');
    metrics.reload('ok');
    metrics.corpus({ ...CORPUS, version: 'beef', documents: 13, quotations: 351 });
    metrics.shard(0, true);
    metrics.shard(1, true);
    metrics.shard(1, false);
    metrics.addedArticle('added');
    metrics.addedArticle('refused');
    metrics.addedArticle('added');
    scraped = await scrape(metrics);
    expect(sampleValue(scraped, 'quotetrail_corpus_documents')).toBe(13);
    expect(sampleValue(scraped, 'quotetrail_corpus_quotations')).toBe(351);
    // only the version being served is reported
    expect(scraped.samples.filter((s) => s.name === 'quotetrail_corpus_info')).toEqual([
      { name: 'quotetrail_corpus_info', labels: { version: 'beef' }, value: 1 },
    ]);
    expect(sampleValue(scraped, 'quotetrail_reloads_total', { outcome: 'ok' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_reloads_total', { outcome: 'refused' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_gateway_shard_status', { shard: '0' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_gateway_shard_status', { shard: '1' })).toBe(0);
    expect(sampleValue(scraped, 'quotetrail_added_articles_total', { outcome: 'added' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_added_articles_total', { outcome: 'refused' })).toBe(1);
    expect(metrics.shards()).toEqual([
      { id: 0, ready: true },
      { id: 1, ready: false },
    ]);
  });

  it('keeps label values bounded and skips latencies that cannot be right', async () => {
    const metrics = new BotMetrics({ defaultMetrics: false, maxLabelValues: 2 });
    metrics.interaction('a', 'ok', 0.01);
    metrics.interaction('b', 'ok', 0.01);
    metrics.interaction(`button:${'9'.repeat(200)}`, 'ok', 0.01);
    metrics.interaction('  ', 'ok', Number.NaN);
    metrics.interaction('a', 'ok', -1);
    const scraped = await scrape(metrics);
    const commands = new Set(scraped.samples.filter((s) => s.name === 'quotetrail_interactions_total').map((s) => s.labels.command));
    expect(commands).toEqual(new Set(['a', 'b', 'other']));
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'other', outcome: 'ok' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_interactions_total', { command: 'a', outcome: 'ok' })).toBe(2);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_count', { command: 'a' })).toBe(1);
    expect(sampleValue(scraped, 'quotetrail_interaction_seconds_count', { command: 'other' })).toBe(1);
  });

  it('adds the process metrics on its own registry, so two bots in one process do not collide', async () => {
    const one = new BotMetrics();
    const two = new BotMetrics();
    one.interaction('help', 'ok', 0.001);
    const [first, second] = [await scrape(one), await scrape(two)];
    for (const scraped of [first, second]) {
      expect(scraped.types.get('process_cpu_user_seconds_total')).toBe('counter');
      expect(scraped.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
      expect(sampleValue(scraped, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    }
    expect(sampleValue(first, 'quotetrail_interactions_total', { command: 'help', outcome: 'ok' })).toBe(1);
    expect(sampleValue(second, 'quotetrail_interactions_total', { command: 'help', outcome: 'ok' })).toBeUndefined();
    expect(one.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('derives health: starting, then ok, then degraded when a shard is lost', () => {
    let now = 1_000_000;
    const metrics = new BotMetrics({ defaultMetrics: false, now: () => now });
    expect(metrics.health([0, 1])).toEqual({
      status: 'starting',
      shards: [
        { id: 0, ready: false },
        { id: 1, ready: false },
      ],
      corpus: null,
      uptimeSeconds: 0,
    });
    metrics.corpus(CORPUS);
    metrics.shard(0, true);
    expect(metrics.health([0, 1]).status).toBe('starting');
    metrics.shard(1, true);
    now += 61_400;
    expect(metrics.health([0, 1])).toEqual({
      status: 'ok',
      shards: [
        { id: 0, ready: true },
        { id: 1, ready: true },
      ],
      corpus: CORPUS,
      uptimeSeconds: 61,
    });
    metrics.shard(1, false);
    expect(metrics.health([0, 1]).status).toBe('degraded');
    expect(metrics.health().status).toBe('degraded');
  });
});

describe('healthStatus', () => {
  const base = { everReady: new Set<number>(), corpus: CORPUS, startedAtMs: 0, nowMs: 0 };

  it('is starting with no shard at all, or without a corpus', () => {
    expect(healthStatus({ ...base, shards: [] }).status).toBe('starting');
    expect(healthStatus({ ...base, shards: [{ id: 0, ready: true }], everReady: new Set([0]), corpus: null }).status).toBe('starting');
  });

  it('counts an expected shard that never reported as not ready', () => {
    const status = healthStatus({ ...base, shards: [{ id: 2, ready: true }], everReady: new Set([2]), expectedShards: [3, 2] });
    expect(status.shards).toEqual([
      { id: 2, ready: true },
      { id: 3, ready: false },
    ]);
    expect(status.status).toBe('starting');
  });
});
