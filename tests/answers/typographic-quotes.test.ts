/** Replies quote what the member typed in typographic marks (“…”), as every other reply does: /add's date refusal too. */
import { describe, expect, it } from 'vitest';
import { ArticleLibrary } from '../../src/library/articles.js';
import type { CorpusHolder } from '../../src/library/holder.js';
import { silentLogger } from '../../src/log.js';
import { addArticleText } from '../../src/render/text.js';
import type { StateStore } from '../../src/state/types.js';

describe('a refused /add date', () => {
  it('quotes the date typed in typographic marks', async () => {
    // the date is refused before anything is read or stored: a holder that only names its corpus will do
    const holder = {
      view: () => ({ corpusVersion: () => ({ version: 'v1', loadedAt: '2026-03-05T14:07:00.000Z' }) }),
    } as unknown as CorpusHolder;
    const library = new ArticleLibrary(holder, {} as StateStore, { fetch: { allowPrivate: false, maxBytes: 1000 }, logger: silentLogger });
    const r = await library.add({
      guildId: 'g1',
      actor: { id: 'u1', name: 'member' },
      source: { kind: 'url', url: 'https://example.org/a' },
      overrides: { date: 'the 5th of May' },
    });
    expect(r.code).toBe('invalid');
    expect(r.message).toBe('“the 5th of May” is not a date the bot reads (try 2024-03-05).');
    expect(addArticleText(r)).not.toMatch(/"/);
  });
});
