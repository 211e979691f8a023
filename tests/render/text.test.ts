import { describe, expect, it } from 'vitest';
import { whoSaidPayload } from '../../src/render/discord.js';
import {
  compareText,
  contextText,
  errorText,
  helpText,
  outletsText,
  reloadText,
  sourceText,
  speakerQuotesText,
  whoSaidText,
} from '../../src/render/text.js';
import * as f from './fixtures.js';

describe('terminal text', () => {
  it('shows who-said in the same order as the Discord payload, without Markdown', () => {
    const text = whoSaidText(f.verbatimResult);
    const lines = text.split('\n');
    expect(lines[0]).toBe('✅ Verbatim — said by Mara Quint');
    expect(lines[1]).toBe(f.verbatimResult.explanation);
    expect(text).toContain('Speaker: Mara Quint (harbour master)');
    expect(text).toContain(
      'Changes: The harbour [-will-] {+should+} reopen to fishing boats before the [-end of the month-] {+month ends+}',
    );
    expect(text).not.toMatch(/\\|\*\*|~~|__/);
    // Same sections, same order.
    const fieldNames = (whoSaidPayload(f.verbatimResult).embeds?.[0]?.fields ?? []).map((x) => x.name.replace(/\\/g, ''));
    const positions = fieldNames.map((n) => lines.indexOf(n));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // one of the four carriers names no outlet (river-post-0414.txt): counted as documents
    expect(lines.at(-2)).toBe('4 documents · corpus 3f9a1c0b7e21 · loaded 2024-04-20 09:00 UTC');
  });

  it('keeps quoted Markdown and mentions readable as written, but strips terminal control sequences', () => {
    const nasty = { ...f.notFoundResult, query: '**bold** @everyone \u001b[31mred\u001b[0m' };
    const text = whoSaidText(nasty);
    expect(text).toContain('You asked: “**bold** @everyone [31mred[0m”');
    expect(text).not.toContain('\u001b');
  });

  it('renders every answer type', () => {
    expect(compareText(f.compareResult)).toContain('Left it out (1): Hill Herald · 2024-04-15');
    expect(speakerQuotesText(f.speakerResult)).toContain('Also called: M. Quint\n');
    expect(outletsText(f.outletsResult)).toContain('  • coast-gazette-0412.txt (2024-04-12) — Harbour to reopen — 3 quotes');
    expect(sourceText(f.sourceResult)).toContain('Address: https://example.org/news/harbour_reopen?id=1');
    expect(contextText(f.contextResult)).toContain(
      'said ">>The harbour will reopen to fishing boats before the end of the month<<," adding',
    );
    expect(reloadText(f.reloadOk).split('\n')[0]).toBe('✅ Corpus reloaded in 1.2 s');
    expect(helpText(f.helpEntries)).toContain('  • quote (required) — the words to check');
    expect(errorText({ code: 'E_X', message: 'Nope.', reference: 'r1' })).toBe('⚠️ Nope.\n\nE_X · reference r1\n');
  });
});
