/** Articles, corrections and reports written for the state tests. */
import { createHash } from 'node:crypto';
import type { NewCorrection, NewReport, StoredArticle } from '../../src/state/types.js';

let counter = 0;

/** SHA-256 (hex) of `text` with whitespace collapsed, as the add path computes it. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** A distinct article (its own id, URL, text and hash) in `guildId`, with `overrides` applied. */
export function article(guildId: string, overrides: Partial<StoredArticle> = {}): StoredArticle {
  counter += 1;
  const text = overrides.text ?? `The harbour council voted ${counter} times on the ferry timetable.\n\nResidents were not asked.`;
  return {
    id: `added/example.org-ferry-${counter}`,
    guildId,
    addedById: 'mod-1',
    addedByName: 'Moderator One',
    addedAt: new Date(Date.UTC(2024, 0, 1, 12, 0, counter % 60)).toISOString(),
    origin: { kind: 'url', value: `https://example.org/ferry-${counter}?utm=x` },
    canonicalUrl: `https://example.org/ferry-${counter}`,
    textHash: textHash(text),
    raw: new TextEncoder().encode(`<html><body><p>${text}</p></body></html>`),
    contentType: 'text/html; charset=utf-8',
    text,
    meta: {
      title: `Ferry vote ${counter}`,
      outlet: 'Example Gazette',
      date: '2024-01-01',
      url: `https://example.org/ferry-${counter}`,
      author: null,
      evidence: [{ field: 'title', source: 'og:title', detail: `Ferry vote ${counter}` }],
    },
    ...overrides,
  };
}

export function correction(guildId: string, overrides: Partial<NewCorrection> = {}): NewCorrection {
  return {
    guildId,
    kind: 'set_speaker',
    payload: { document: 'added/example.org-ferry-1', quoteStart: 10, speaker: 'Mayor Ines Park' },
    createdById: 'mod-1',
    createdByName: 'Moderator One',
    ...overrides,
  };
}

export function report(guildId: string, overrides: Partial<NewReport> = {}): NewReport {
  return {
    guildId,
    channelId: 'channel-1',
    messageId: `message-${++counter}`,
    reporterId: 'member-7',
    reason: 'The speaker is wrong: the mayor said it, not the council.',
    command: 'who-said',
    query: 'residents were not asked',
    corpusVersion: 'v-2024-01-01',
    ...overrides,
  };
}

export const moderator = { id: 'mod-2', name: 'Moderator Two' };

/** Waits `ms` milliseconds (so two writes get different times). */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
