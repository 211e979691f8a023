/**
 * /source lists an article's quotations and its reported speech apart: the words an outlet only reports are shown
 * without quotation marks ("Reported, not quoted"), as /quotes shows them, and are not counted as quotes (the
 * outlets' list counts quotations alone).
 */
import { describe, expect, it } from 'vitest';
import { outlets, source } from '../../src/answers/lists.js';
import { outletsText, sourceText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'courier.txt',
    outlet: 'Island Courier',
    date: '2026-03-03',
    text: story(
      'Island families protest fare rise',
      'Mayor Ilka Varga said the council had no choice. "The ferry cannot run on goodwill alone," Varga said.',
      '"Families on the island are paying for a crisis they did not make," said Teodor Brandt, an opposition councillor.',
    ),
  },
]);

describe('/source of an article with reported speech', () => {
  it('shows reported words without quotation marks and counts them apart, as /outlets counts quotes', () => {
    const result = source(store, 'courier.txt');
    const reported = result.quotes.filter((q) => q.kind === 'paraphrase');
    expect(reported.length).toBeGreaterThan(0);
    const text = sourceText(result);
    const quotes = result.quotes.length - reported.length;
    expect(text).toContain(`Quotes (${quotes}) · reported speech (${reported.length})`);
    for (const q of reported) {
      expect(text).toContain(`Reported, not quoted: ${q.text}`);
      expect(text).not.toContain(`“${q.text}”`);
    }
    expect(outletsText(outlets(store))).toContain(`${quotes} quotes`);
  });
});
