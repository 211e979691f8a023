/** The credit the web layer writes after an embedded post's words (corpus/web/embeds.ts), read by `embedded-post`. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const rulesIn = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    mention: q.speakerMention?.text ?? null,
    rule: q.rule,
  }));

describe('embedded-post', () => {
  it('credits the display name, else the handle', () => {
    expect(rulesIn('“The pier reopens in June.” — Tove Berg (@toveberg) on X')).toEqual([
      { text: 'The pier reopens in June.', speaker: 'Tove Berg', mention: 'Tove Berg', rule: 'embedded-post' },
    ]);
    expect(rulesIn('“The pier reopens in June.” — @toveberg@social.example on Mastodon')[0]).toMatchObject({
      speaker: '@toveberg@social.example',
      rule: 'embedded-post',
    });
    expect(rulesIn('“The pier reopens in June.” — Harbour Union on Facebook')[0]).toMatchObject({ speaker: 'Harbour Union' });
  });

  it('reads nothing else as a post: a quotation inside a sentence, more words after the credit, another site', () => {
    for (const paragraph of [
      'She wrote “The pier reopens in June.” — Tove Berg (@toveberg) on X',
      '“The pier reopens in June.” — Tove Berg (@toveberg) on X, and then deleted it.',
      '“The pier reopens in June.” — Tove Berg (@toveberg) on Tuesday',
    ])
      expect(rulesIn(paragraph).map((q) => q.rule)).not.toContain('embedded-post');
  });
});
