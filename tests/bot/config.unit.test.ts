/** The adapter's pure parts: configuration and the moderator check (cooldowns and conversations: tests/state). */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/bot/config.js';
import { isModerator } from '../../src/bot/permissions.js';

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
