import { describe, expect, it } from 'vitest';
import { ELLIPSIS, Limits, cutUtf16, truncate } from '../../src/render/limits.js';
import { fitMessage, embedLength } from '../../src/render/fit.js';
import { assertValidMessagePayload, messagePayloadProblems } from '../../src/render/validate.js';
import type { MessagePayload } from '../../src/render/payload.js';

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('harbour', 7)).toBe('harbour');
  });
  it('cuts with a visible marker and an optional note', () => {
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    const long = 'word '.repeat(100);
    const cut = truncate(long, 60, { note: true });
    expect(cut.length).toBeLessThanOrEqual(60);
    expect(cut.endsWith('… (truncated)')).toBe(true);
  });
  it('never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(10); // 20 UTF-16 units
    for (let max = 1; max < 20; max++) {
      const cut = truncate(emoji, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(cutUtf16('a😀', 2)).toBe('a');
  });
  it('drops a dangling escape backslash at the cut', () => {
    expect(cutUtf16('ab\\*cd', 3)).toBe('ab');
    expect(cutUtf16('ab\\\\cd', 4)).toBe('ab\\\\');
  });
  it('never fails on tiny or negative budgets', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', -3)).toBe('');
    expect(truncate('abc', 1)).toBe(ELLIPSIS);
  });
});

describe('fitMessage', () => {
  it('enforces content, field and embed limits on an oversized payload', () => {
    const big: MessagePayload = {
      content: 'x'.repeat(5000),
      embeds: Array.from({ length: 14 }, (_, i) => ({
        title: `T${i} `.repeat(200),
        description: 'd'.repeat(9000),
        fields: Array.from({ length: 40 }, () => ({ name: 'n'.repeat(300), value: 'v'.repeat(2000) })),
        footer: { text: 'f'.repeat(3000) },
        author: { name: 'a'.repeat(300) },
      })),
      components: Array.from({ length: 7 }, (_, r) => ({
        type: 1 as const,
        components: Array.from({ length: 7 }, (_, b) => ({
          type: 2 as const,
          style: 2 as const,
          label: 'L'.repeat(120),
          custom_id: `qt:more:${r * 10 + b}`,
        })),
      })),
      allowed_mentions: { parse: [] },
    };
    const fitted = fitMessage(big);
    expect(messagePayloadProblems(fitted)).toEqual([]);
    expect(fitted.content?.length).toBe(Limits.content);
    expect(embedLength(fitted.embeds ?? [])).toBeLessThanOrEqual(Limits.embedTotal);
    expect(fitted.components).toHaveLength(Limits.rowsPerMessage);
    expect(fitted.embeds?.at(-1)?.footer?.text).toMatch(/more not shown/);
  });
  it('drops buttons whose custom id is too long or repeated, and empty rows', () => {
    const fitted = fitMessage({
      allowed_mentions: { parse: [] },
      content: 'hi',
      components: [
        { type: 1, components: [{ type: 2, style: 1, label: 'a', custom_id: 'x'.repeat(101) }] },
        {
          type: 1,
          components: [
            { type: 2, style: 1, label: 'b', custom_id: 'qt:thread' },
            { type: 2, style: 1, label: 'c', custom_id: 'qt:thread' },
          ],
        },
      ],
    });
    expect(fitted.components).toEqual([{ type: 1, components: [{ type: 2, style: 1, label: 'b', custom_id: 'qt:thread' }] }]);
  });
  it('fills empty field names and values, and never sends an empty message', () => {
    const fitted = fitMessage({ allowed_mentions: { parse: [] }, embeds: [{ fields: [{ name: ' ', value: '' }] }] });
    assertValidMessagePayload(fitted);
    expect(fitMessage({ allowed_mentions: { parse: [] } }).content).toBe('(nothing to show)');
  });
  it('neutralises mentions and strips control characters even in text it did not build', () => {
    const fitted = fitMessage({ allowed_mentions: { parse: [] }, content: 'hey @everyone <@123> <#9>\u0007' });
    expect(fitted.content).toBe('hey @\u200Beveryone <@\u200B123> <#\u200B9>');
  });
});

describe('assertValidMessagePayload', () => {
  it('names every problem and where it is', () => {
    const bad = {
      allowed_mentions: { parse: ['everyone'] },
      embeds: [{ title: 't'.repeat(300), description: 'ping @here' }],
    };
    expect(() => assertValidMessagePayload(bad)).toThrow(/allowed_mentions\.parse/);
    expect(() => assertValidMessagePayload(bad)).toThrow(/embeds\.0\.title/);
    const unsafe = { allowed_mentions: { parse: [] }, embeds: [{ description: 'ping @here and <@&456>' }] };
    expect(messagePayloadProblems(unsafe)).toEqual([
      'embeds[0].description: contains a mass mention',
      'embeds[0].description: contains a user or role mention',
    ]);
  });
  it('counts the 6000-character total over all embeds', () => {
    const p = {
      allowed_mentions: { parse: [] },
      embeds: [{ description: 'a'.repeat(4000) }, { description: 'b'.repeat(4000) }],
    };
    expect(messagePayloadProblems(p)).toEqual(['embeds: 8000 characters in all embeds, over 6000']);
  });
  it('refuses values JSON would drop', () => {
    expect(messagePayloadProblems({ allowed_mentions: { parse: [] }, content: 'x', flags: undefined })).toEqual([
      '(payload): does not survive a JSON round trip',
    ]);
  });
});
