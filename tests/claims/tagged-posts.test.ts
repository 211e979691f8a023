/** Posts a plain-text corpus marks up as `<tweet author="@handle">…</tweet>`: quotations of their author. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const quotesIn = (...paragraphs: string[]) => {
  const d = doc(...paragraphs);
  return extractClaims(d).quotes.map((q) => ({ text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null, rule: q.rule }));
};

describe('tagged posts', () => {
  it('credits the words to the handle the tag names, in each form of the tag', () => {
    for (const tag of [
      '<tweet id="11" author="@toveberg" datetime="2019-03-04">The night ferry sails again from Monday.</tweet>.',
      '<tweet tweet-author="@toveberg" tweet-date="March 4, 2019">The night ferry sails again from Monday. https://t.co/x1<tweet/>.',
      '<tweet pic="" author="toveberg" timestamp="1551657600" tweet_id="11">The night ferry sails again from Monday.</tweet>.',
    ])
      expect(quotesIn('The harbour board met on Sunday.', tag)).toEqual([
        { text: 'The night ferry sails again from Monday.', speaker: '@toveberg', mention: 'toveberg', rule: 'embedded-post' },
      ]);
  });

  it('credits the name of a signature closing the words, and leaves the signature out of them', () => {
    expect(
      quotesIn(
        '<tweet id="12" author="@toveberg" datetime="2019-03-04">The night ferry sails again. pic.twitter.com/ab12 — Tove Berg (@toveberg) March 4, 2019</tweet>.',
      ),
    ).toEqual([{ text: 'The night ferry sails again.', speaker: 'Tove Berg', mention: 'Tove Berg', rule: 'embedded-post' }]);
  });

  it('credits the handle, not the name, of a signature signed by another account', () => {
    expect(
      quotesIn(
        '<tweet id="16" author="@toveberg" datetime="2019-03-04">The night ferry sails again. — Ivo Brand (@ivobrand) March 4, 2019</tweet>.',
      )[0],
    ).toMatchObject({ text: 'The night ferry sails again.', speaker: '@toveberg', rule: 'embedded-post' });
  });

  it('keeps a quotation inside the words as a nested one, credited to no one the post does not name', () => {
    const quotes = quotesIn(
      '<tweet id="13" author="@harbourdesk" datetime="2019-03-04">The mayor calls the ferry plan “a dream” tonight.</tweet>.',
    );
    expect(quotes[0]).toMatchObject({ text: 'The mayor calls the ferry plan “a dream” tonight.', speaker: '@harbourdesk' });
    expect(quotes.find((q) => q.text === 'a dream')?.speaker).not.toBe('@harbourdesk');
  });

  it('reads nothing from a tag with no author or no words', () => {
    expect(quotesIn('<tweet tweet-id="14"><tweet/>.', '<tweet id="15" datetime="2019-03-04">Words without an author.</tweet>.')).toEqual(
      [],
    );
  });
});
