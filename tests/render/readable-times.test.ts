/** When an article was added reads as a date and time: a Discord timestamp tag, a UTC date in the terminal; JSON keeps ISO. */
import { describe, expect, it } from 'vitest';
import { sourcePayload } from '../../src/render/discord.js';
import { fitLine } from '../../src/render/markdown.js';
import { sourceText } from '../../src/render/text.js';
import { time } from '../../src/render/view.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { sourceResult } from './fixtures.js';

const added = { ...sourceResult, added: { by: 'mod_ines', at: '2026-03-05T14:07:31.250Z', from: 'https://example.org/pier' } };

describe('the time an article was added', () => {
  it('is a timestamp tag on Discord, read in each member’s own zone', () => {
    const p = sourcePayload(added);
    assertValidMessagePayload(p);
    const description = p.embeds?.[0]?.description ?? '';
    expect(description).toContain('on <t:1772719651:f> from');
    expect(description).not.toContain('2026-03-05T14');
  });

  it('is a readable UTC date and time in the terminal', () => {
    const text = sourceText(added);
    expect(text).toContain('Added by mod_ines on 5 March 2026, 14:07 UTC from https://example.org/pier');
  });

  it('stays as written when it is no timestamp, and a tag is never cut in half', () => {
    expect(sourceText({ ...added, added: { ...added.added, at: 'yesterday' } })).toContain('on yesterday from');
    const fitted = fitLine(['Added by someone with a long name indeed on ', time('2026-03-05T14:07:31Z'), ' from a place'], 40);
    expect(fitted.length).toBeLessThanOrEqual(40);
    expect(fitted).toContain('<t:1772719651:f>');
  });
});
