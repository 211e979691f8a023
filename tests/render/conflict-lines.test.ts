/** The sentence that credits a quotation in each outlet is shown as the article wrote it, not wrapped in a second pair of marks. */
import { describe, expect, it } from 'vitest';
import { conflictLines } from '../../src/render/depth.js';
import { lineMarkdown } from '../../src/render/markdown.js';

describe('conflict lines', () => {
  it('shows the attributing sentence in italics, without marks around its own marks', () => {
    const sentence = '"No permit will be issued yet," the Harbour Ministry said.';
    const lines = conflictLines(
      {
        relation: 'organisation',
        speakers: [
          { speaker: 'Harbour Ministry', documents: ['a.txt'], attribution: sentence },
          { speaker: 'Odile Brenner', documents: ['b.txt'], attribution: null },
        ],
      },
      (d) => d,
    );
    const shown = lines.map(lineMarkdown).join('\n');
    expect(shown).not.toContain('“"');
    expect(shown).toContain('*"No permit will be issued yet," the Harbour Ministry said.*');
  });
});
