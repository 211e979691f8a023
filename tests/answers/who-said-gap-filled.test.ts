/**
 * who-said of the words one outlet printed with an ellipsis where words were left out: an outlet printing the full
 * words quotes every word asked about, in order, with what the ellipsis stood for added back — verbatim, the words
 * added back named, no word diff and no meaning change; a paraphrase or a quotation with other words stays what it
 * is, and the verdict is the member's words' (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const full = 'will dredge the silted mill pond before the rains and open a footpath around the orchard';
const cut = 'will dredge the silted mill pond … and open a footpath around the orchard';

const store = writtenStore([
  {
    file: 'pond-a.txt',
    outlet: 'Orchard Herald',
    date: '2026-05-04',
    text: story('Mill pond to be dredged', `Parish clerk Ines Tavor said the council "${full}".`),
  },
  {
    file: 'pond-b.txt',
    outlet: 'Valley Bulletin',
    date: '2026-05-05',
    text: story('A footpath for the orchard', `Ines Tavor said the council "${cut}".`),
  },
  {
    file: 'pond-c.txt',
    outlet: 'Millrace News',
    date: '2026-05-06',
    text: story(
      'Pond works',
      `Ines Tavor said the council "will dredge the silted mill pond before the rains and build a footpath around the orchard".`,
    ),
  },
  {
    file: 'pond-d.txt',
    outlet: 'Weir Weekly',
    date: '2026-05-06',
    text: story(
      'Parish plans',
      `Ines Tavor said the council will dredge the silted mill pond before the rains and open a footpath around the orchard.`,
    ),
  },
]);

describe('who-said of the words an outlet cut at an ellipsis', () => {
  for (const asked of [cut, cut.replace(' …', '')]) {
    it(`lists the outlet with the full words as verbatim, the words added back named (“${asked.slice(30, 40)}…”)`, () => {
      const answer = whoSaid(store, asked);
      const best = answer.matches[0]!;
      expect(answer.verdict).toBe('verbatim');
      const herald = best.outlets.find((o) => o.outlet === 'Orchard Herald')!;
      expect(herald.rendering).toBe('verbatim');
      expect(herald.filledIn).toEqual(['before the rains']);
      expect(herald.diff).toBeUndefined();
      expect(herald.changes).toEqual([]);
      // the outlet printing the words as asked comes first
      expect(best.outlets[0]!.outlet).toBe('Valley Bulletin');
      expect(best.outlets[0]!.filledIn).toBeUndefined();
      expect(answer.explanation).toContain('1 more quotes the full words where these have “…”');
    });
  }

  it('leaves a paraphrase a paraphrase and other words other words', () => {
    const best = whoSaid(store, cut).matches[0]!;
    const weir = best.outlets.find((o) => o.outlet === 'Weir Weekly');
    if (weir) {
      expect(weir.rendering).toBe('paraphrase');
      expect(weir.filledIn).toBeUndefined();
    }
    const millrace = best.outlets.find((o) => o.outlet === 'Millrace News');
    if (millrace) {
      expect(millrace.rendering).toBe('reworded');
      expect(millrace.filledIn).toBeUndefined();
    }
    expect(weir ?? millrace).toBeDefined();
  });

  it('says which words it adds back, and where, in the terminal and Discord answers', () => {
    const answer = whoSaid(store, cut);
    const text = whoSaidText(answer);
    expect(text).toContain('Quotes the full words: adds “before the rains” where Valley Bulletin has “…”');
    expect(text).toContain('(verbatim, the full words)');
    const payload = whoSaidPayload(answer);
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain('Quotes the full words');
  });
});
