/** The adapter's pure parts: configuration, moderator check, cooldown, conversation persistence. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/bot/config.js';
import { ConversationStore } from '../../src/bot/conversations.js';
import { Cooldowns } from '../../src/bot/cooldown.js';
import { isModerator } from '../../src/bot/permissions.js';
import { silentLogger } from '../../src/log.js';

const base = { DISCORD_TOKEN: 'secret-value', DISCORD_CLIENT_ID: '123456789012345678' };

describe('parseConfig', () => {
  it('applies defaults', () => {
    const r = parseConfig(base);
    expect(r.ok && r.config.CORPUS_DIR).toBe('seeds');
    expect(r.ok && r.config.MODERATOR_ROLE_IDS).toEqual([]);
  });

  it('names a missing variable in one line, without any value', () => {
    const r = parseConfig({ DISCORD_CLIENT_ID: base.DISCORD_CLIENT_ID });
    expect(r).toEqual({ ok: false, error: 'DISCORD_TOKEN is required' });
  });

  it('names a malformed variable and never echoes the token', () => {
    const r = parseConfig({ ...base, MODERATOR_ROLE_IDS: '12,abc' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^MODERATOR_ROLE_IDS /);
    expect(r.error).not.toContain('secret-value');
    expect(parseConfig({ ...base, DISCORD_API_BASE: 'not a url' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^DISCORD_API_BASE /),
    });
  });
});

describe('isModerator', () => {
  it('accepts Manage Server, Administrator or a configured role', () => {
    expect(isModerator({ permissions: '32', roleIds: [] }, [])).toBe(true);
    expect(isModerator({ permissions: 8n, roleIds: [] }, [])).toBe(true);
    expect(isModerator({ permissions: '0', roleIds: ['77'] }, ['77'])).toBe(true);
    expect(isModerator({ permissions: '2048', roleIds: ['78'] }, ['77'])).toBe(false);
    expect(isModerator({ permissions: 'junk', roleIds: [] }, [])).toBe(false);
  });
});

describe('Cooldowns', () => {
  it('makes a user wait between heavy commands, per command', () => {
    let now = 0;
    const c = new Cooldowns(3, () => now);
    expect(c.take('u', 'who-said')).toBe(0);
    now = 1000;
    expect(c.take('u', 'who-said')).toBe(2);
    expect(c.take('u', 'compare')).toBe(0);
    expect(c.take('v', 'who-said')).toBe(0);
    now = 3000;
    expect(c.take('u', 'who-said')).toBe(0);
  });
});

describe('ConversationStore', () => {
  it('persists conversations across instances and bounds their number', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'qt-conv-')), 'conversations.json');
    const a = new ConversationStore(file, silentLogger, 2);
    const entry = { command: 'who-said' as const, query: 'q', speaker: null, outlet: null, outlets: [], channelId: '1', threadId: null };
    a.set('m1', entry);
    a.set('m2', { ...entry, query: 'second' });
    a.set('m3', { ...entry, query: 'third' });
    await a.flush();
    const b = new ConversationStore(file, silentLogger, 2);
    await b.open();
    expect(b.get('m1')).toBeUndefined();
    expect(b.get('m3')?.query).toBe('third');
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });

  it('starts empty from a corrupt file', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'qt-conv-')), 'conversations.json');
    await writeFile(file, '{not json');
    const s = new ConversationStore(file, silentLogger);
    await s.open();
    expect(s.size).toBe(0);
  });
});
