/**
 * An outlet filter naming an outlet the corpus lacks: the answer says the outlet is not in the corpus (not that it
 * "does not carry these words", which reads as if it were there), with the closest outlet names.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { compareText, whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'quay.txt',
    outlet: 'Quay Times',
    date: '2026-05-04',
    text: story('Pier works wait', '"The southern pier will reopen before the regatta," harbour master Lene Falk said.'),
  },
  {
    file: 'gull.txt',
    outlet: 'Gull Evening',
    date: '2026-05-05',
    text: story('Pier to reopen', '"The southern pier will reopen before the regatta," Falk said on Monday.'),
  },
]);

describe('an outlet the corpus lacks', () => {
  it('who-said: titled as not in the corpus, with the closest outlet names', () => {
    const r = whoSaid(store, 'the southern pier will reopen', { outlet: 'Quay Tmes' });
    expect(r.verdict).toBe('not_found');
    expect(r.unknownOutlet).toEqual({ outlet: 'Quay Tmes', suggestions: ['Quay Times'] });
    expect(r.explanation).toBe('No outlet called “Quay Tmes” is in the corpus. Did you mean Quay Times? /outlets lists them.');
    const text = whoSaidText(r);
    expect(text.split('\n')[0]).toBe('❌ Not found — Quay Tmes is not an outlet in the corpus');
    expect(text).not.toContain('does not carry');
    expect(whoSaidPayload(r).embeds?.[0]?.title).toBe('❌ Not found — **Quay Tmes** is not an outlet in the corpus');
  });

  it('who-said: an outlet that is there but lacks the words still reads "does not carry these words"', () => {
    const r = whoSaid(store, 'the lighthouse keeper resigned in protest', { outlet: 'Gull Evening' });
    expect(r.unknownOutlet).toBeUndefined();
    expect(whoSaidText(r).split('\n')[0]).toBe('❌ Not found — Gull Evening does not carry these words');
  });

  it('compare: the same sentence and the suggestions as data', () => {
    const r = compare(store, 'southern pier', { outlets: ['Gul Evening', 'Quay Times'] });
    expect(r.claims).toEqual([]);
    expect(r.unknownOutlets).toEqual([{ outlet: 'Gul Evening', suggestions: ['Gull Evening'] }]);
    expect(compareText(r)).toContain('No outlet called “Gul Evening” is in the corpus; Quay Times is. Did you mean Gull Evening?');
  });

  it('compare: a typo among known outlets names the one to fix, the known ones, and the outlets there are', () => {
    const r = compare(store, 'southern pier', { outlets: ['Gull Evening', 'Harbour Wire'] });
    expect(r.claims).toEqual([]);
    expect(r.unknownOutlets).toEqual([{ outlet: 'Harbour Wire', suggestions: [], outlets: ['Gull Evening', 'Quay Times'] }]);
    expect(r.explanation).toBe('No outlet called “Harbour Wire” is in the corpus; Gull Evening is. Its outlets: Gull Evening, Quay Times.');
    const text = compareText(r);
    // no "Outlets: Gull Evening, Harbour Wire" line, which reads as if both were compared
    expect(text).not.toContain('Outlets: ');
  });

  it('compare: several unknown outlets are named together', () => {
    const r = compare(store, 'southern pier', { outlets: ['Harbour Wire', 'Tide Post'] });
    expect(r.explanation).toMatch(/^No outlet called “Harbour Wire” or “Tide Post” is in the corpus\. Its outlets: /);
  });
});
