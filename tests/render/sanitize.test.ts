import { describe, expect, it } from 'vitest';
import { cleanText, escapeMarkdown, neutraliseMentions, oneLine, toMarkdown } from '../../src/render/sanitize.js';
import { buildCustomId, parseCustomId } from '../../src/render/custom-ids.js';

describe('sanitising untrusted text', () => {
  it('strips control characters, bidi overrides and lone surrogates, keeps pairs and newlines', () => {
    expect(cleanText('a\u0000b\u001bc\u202Ed\uD800e😀\r\nf\tg')).toBe('abcde😀\nf g');
  });
  it('collapses a text to one line', () => {
    expect(oneLine('  the\n\nharbour \t will  ')).toBe('the harbour will');
  });
  it('neutralises mass, user, role and channel mentions, idempotently', () => {
    const once = neutraliseMentions('@everyone @here <@123> <@!45> <@&456> <#789>');
    expect(once).toBe('@\u200Beveryone @\u200Bhere <@\u200B123> <@\u200B!45> <@\u200B&456> <#\u200B789>');
    expect(neutraliseMentions(once)).toBe(once);
  });
  it('escapes Markdown that could break the layout', () => {
    expect(escapeMarkdown('**bold** __u__ ~~s~~ ||spoiler|| `code` ```fence```')).toBe(
      '\\*\\*bold\\*\\* \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\` \\`\\`\\`fence\\`\\`\\`',
    );
    expect(escapeMarkdown('[click](https://x.example)')).toBe('\\[click\\]\\(https://x.example\\)');
    expect(escapeMarkdown('> quoted\n# heading\n- item\n12. item')).toBe('\\> quoted\n\\# heading\n\\- item\n12\\. item');
    expect(escapeMarkdown('a \\ b')).toBe('a \\\\ b');
  });
  it('cleans before neutralising, so a removed control character cannot rebuild a mention', () => {
    expect(toMarkdown('@\u0000everyone')).toBe('@\u200Beveryone');
  });
});

describe('custom ids', () => {
  it('round-trips every action', () => {
    for (const id of [{ action: 'more', page: 3 }, { action: 'context', outlet: 0 }, { action: 'thread' }] as const) {
      const built = buildCustomId(id);
      expect(built.length).toBeLessThanOrEqual(100);
      expect(parseCustomId(built)).toEqual(id);
    }
  });
  it('refuses ids that are not ours or malformed', () => {
    for (const raw of [
      '',
      'qt:more:',
      'qt:more:-1',
      'qt:more:1e3',
      'qt:more: 1',
      'qt:context:x',
      'qt:thread:1',
      'xx:more:1',
      'qt:more:12345678',
    ]) {
      expect(parseCustomId(raw)).toBeNull();
    }
  });
});
