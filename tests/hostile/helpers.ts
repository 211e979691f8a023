/** Shared checks for the hostile end-to-end tests: what the bot sent, and where the token must not be. */
import { expect } from 'vitest';
import type { MessagePayload } from '../../src/render/payload.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import type { DiscordEmulator, EmuMessage } from '../emulator/index.js';
import { CHANNEL, GUILD, MEMBER, type Harness } from '../bot/harness.js';

export type Option = { name: string; type: number; value: string };

/** A member's /who-said (or another command) in the test channel. */
export function command(h: Harness, name: string, options: Option[], user: { id: string; username: string } = MEMBER) {
  return h.emu.slashCommand({ name, options, user, channelId: CHANNEL, guildId: GUILD });
}

/** A string option. */
export const opt = (name: string, value: string): Option => ({ name, type: 3, value });

/** Everything a member reads in a message. */
export function visibleText(message: Pick<EmuMessage, 'content' | 'embeds'>): string {
  return message.content + JSON.stringify(message.embeds);
}

/**
 * Every message body the bot sent (replies, edits, follow-ups, channel messages) is a valid payload that
 * pings nobody, except a message whose whole content is one member's mention that pings that member alone
 * (a reporter told in the channel); returns how many were checked.
 */
export function checkSentPayloads(emu: DiscordEmulator): number {
  let checked = 0;
  for (const r of emu.requests) {
    if (!/messages|callback|webhooks/.test(r.route) || r.method === 'GET' || !r.body || typeof r.body !== 'object') continue;
    const body = r.body as Record<string, unknown>;
    const data = (body.data as Record<string, unknown> | undefined) ?? body;
    if (!('embeds' in data) && !('content' in data)) continue;
    const addressed = typeof data.content === 'string' ? /^<@(\d+)>$/.exec(data.content)?.[1] : undefined;
    const allowed = addressed ? { parse: [], users: [addressed], replied_user: false } : { parse: [], replied_user: false };
    expect(data.allowed_mentions, `${r.method} ${r.route}`).toEqual(allowed);
    // the renderer's payload is checked as rendered: the one member addressed was added when it was sent
    const { embeds, components, flags } = data;
    const content = addressed ? undefined : data.content;
    const allowed_mentions = { parse: [], replied_user: false };
    assertValidMessagePayload(JSON.parse(JSON.stringify({ content, embeds, components, allowed_mentions, flags })) as MessagePayload);
    checked++;
  }
  return checked;
}

/** The token appears nowhere in the log lines, REST bodies, headers or query strings the emulator recorded. */
export function expectTokenNowhere(token: string, logs: readonly string[], emu: DiscordEmulator, extra: readonly string[] = []): void {
  expect(logs.length).toBeGreaterThan(0);
  const haystacks = [
    ...logs,
    ...extra,
    ...emu.requests.map((r) => JSON.stringify({ route: r.route, query: r.query, body: r.body, headers: r.headers })),
    ...emu.gatewayOps.filter((o) => o.op !== 2 && o.op !== 6).map((o) => JSON.stringify(o.d)),
  ];
  for (const text of haystacks) expect(text.includes(token), text.slice(0, 200)).toBe(false);
}
