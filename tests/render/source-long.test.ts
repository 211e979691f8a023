/**
 * /source of an article with more quotations than one listing shows: every listed one whole (spread over as many
 * embed fields as they need, none cut short halfway), and the rest said whose, with where to read them.
 */
import { describe, expect, it } from 'vitest';
import { source } from '../../src/answers/lists.js';
import { sourcePayload } from '../../src/render/discord.js';
import { sourceText } from '../../src/render/text.js';
import { messagePayloadProblems } from '../../src/render/validate.js';
import { MAX_LIST_LINES } from '../../src/render/views/lists.js';
import { story, writtenStore } from '../support/written.js';

const places = ['north quay', 'old lighthouse', 'salt marsh', 'ferry ramp', 'fish market', 'harbour school', 'boat yard', 'sea wall'];
const early = places.flatMap((place, i) => [
  `"The repairs at the ${place} will need another season of work before the storms come back to the coast," harbour master Wendel Achterberg said.`,
  `"We asked the council twice for money to keep the ${place} open through the winter months, number ${i + 1} on our list," councillor Maren Ostrova said.`,
]);
const late = [
  '"Nobody on the island was told the lifeboat station would close its doors on Sundays," lifeboat coxswain Ilari Penttinen said.',
  '"The volunteers will keep a crew on call every weekend until the station is staffed again," Ilari Penttinen added later.',
];
const store = writtenStore([
  { file: 'harbour.txt', outlet: 'Skerry Post', date: '2026-02-14', text: story('Harbour works stall', ...early, ...late) },
]);

describe('/source of a long article', () => {
  const result = source(store, 'harbour.txt');

  it('lists the first quotations whole on Discord, over several fields, within every limit', () => {
    expect(result.quotes.length).toBeGreaterThan(MAX_LIST_LINES);
    const payload = sourcePayload(result);
    expect(messagePayloadProblems(payload)).toEqual([]);
    const fields = (payload.embeds ?? []).flatMap((e) => e.fields ?? []);
    const listed = fields.filter((f) => f.name.startsWith('Quotes'));
    expect(listed.length).toBeGreaterThan(1);
    expect(listed[1]!.name).toContain('continued');
    const shown = listed.map((f) => f.value).join('\n');
    expect(shown).not.toContain('(truncated)');
    expect(shown.match(/^• /gm)?.length).toBe(MAX_LIST_LINES);
  });

  it('says whose the unlisted ones are, and how to read them', () => {
    const text = sourceText(result);
    expect(text).toContain(
      `and ${result.quotes.length - MAX_LIST_LINES} more, by Wendel Achterberg, Maren Ostrova, Ilari Penttinen: /quotes with a speaker’s name lists each one’s`,
    );
  });

  it('keeps every listed quotation when the metadata section is very long: the metadata gives way, and says so', () => {
    const evidence = Array.from({ length: 14 }, (_, i) => ({
      field: `field ${i + 1} of the page`,
      source: `structured data block ${'of the harbour site '.repeat(4)}`,
      detail: `the page's own description of itself, ${'with the harbour office’s long notice repeated '.repeat(5)}`,
    }));
    const long = { ...result, url: `https://skerry-post.example/${'harbour-works/'.repeat(20)}`, evidence };
    const payload = sourcePayload(long);
    expect(messagePayloadProblems(payload)).toEqual([]);
    const fields = (payload.embeds ?? []).flatMap((e) => e.fields ?? []);
    const shown = fields
      .filter((f) => f.name.startsWith('Quotes'))
      .map((f) => f.value)
      .join('\n');
    expect(shown.match(/^• /gm)?.length).toBe(MAX_LIST_LINES);
    expect(shown).toContain(`and ${result.quotes.length - MAX_LIST_LINES} more, by`);
    expect(fields.some((f) => f.name.startsWith('How the metadata was found'))).toBe(true);
    const footer = payload.embeds?.at(-1)?.footer?.text ?? '';
    expect(footer).toContain('How the metadata was found: cut short (message size limit)');
    expect(footer).not.toMatch(/\d+ more not shown/);
    // the terminal has no size limit: everything, metadata first
    const text = sourceText(long);
    expect(text.indexOf('How the metadata was found')).toBeLessThan(text.indexOf('Quotes ('));
    expect(text).toContain('field 12 of the page');
  });
});
