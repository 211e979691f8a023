/**
 * Dates some CMSs write as a number of seconds (or milliseconds) since 1970, in a meta tag or in JSON-LD,
 * date the page by their day in UTC.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { isoDay } from '../../../src/corpus/web/meta-tags.js';

const BODY = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion to the council.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts.',
];
const page = (head: string) =>
  `<html><head><title>Night ferry stays | Lornhaven Courier</title>${head}</head><body><article><h1>Night ferry stays</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const dateOf = (head: string) => {
  const r = extractArticle(page(head));
  if (!r.ok) throw new Error(r.reason);
  return r.date;
};

describe('epoch dates', () => {
  it('seconds in a meta tag', () => {
    expect(dateOf('<meta property="article:published_time" content="1767225600">')).toBe('2026-01-01');
  });

  it('milliseconds as a JSON-LD number, and seconds as a JSON-LD string', () => {
    const ld = (value: string) =>
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night ferry stays","datePublished":${value}}</script>`;
    expect(dateOf(ld('1767312000000'))).toBe('2026-01-02');
    expect(dateOf(ld('"1767312000"'))).toBe('2026-01-02');
  });

  it('the day in UTC, late in the evening included', () => {
    expect(isoDay('1767311999')).toBe('2026-01-01');
    expect(isoDay('1767311999.5')).toBe('2026-01-01');
  });

  it('numbers that are no such time are no date', () => {
    expect(isoDay('123456')).toBeNull();
    expect(isoDay('99999999999')).toBeNull();
    expect(isoDay('9999999999999')).toBeNull();
    expect(isoDay('20230115')).toBe('2023-01-15');
    expect(dateOf('<meta name="date" content="42">')).toBeNull();
  });
});
