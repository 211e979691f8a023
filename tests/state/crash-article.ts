/** The articles the crash test's writer adds: large and each one different, so a torn row shows. */
import { createHash } from 'node:crypto';
import type { StoredArticle } from '../../src/state/types.js';
import { textHash } from './fixtures.js';

export const CRASH_GUILD = 'crash-guild';

/** Article number `n`: about 1.5 MB of bytes and 40 kB of text, all derived from `n`. */
export function crashArticle(n: number): StoredArticle {
  const text = Array.from({ length: 400 }, (_, p) => `Paragraph ${p} of article ${n}: the ferry left at ${(n * 7 + p) % 24} o'clock.`).join(
    '\n\n',
  );
  const raw = Buffer.alloc(1_500_000 + n * 13, `<p>article ${n} bytes</p>`);
  return {
    id: `crash/${n}`,
    guildId: CRASH_GUILD,
    addedById: 'writer',
    addedByName: 'Writer',
    addedAt: new Date(0).toISOString(),
    origin: { kind: 'cli', value: `article-${n}.html` },
    canonicalUrl: `https://example.org/crash/${n}`,
    textHash: textHash(text),
    raw,
    contentType: 'text/html',
    text,
    meta: { title: `Article ${n}`, outlet: null, date: null, url: null, author: null, evidence: [] },
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
