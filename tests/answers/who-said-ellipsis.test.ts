/**
 * who-said on a claim an outlet quotes with an ellipsis where words were left out: every word it prints is the
 * claim's, in order, so the outlet quoted it word for word with words left out (named), as /compare lists it, not
 * in other words; the verdict stays the member's words', and a meaning change at the cut is still flagged
 * (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const claim = 'will dredge the silted mill pond before the rains and open a footpath around the orchard';

const store = writtenStore([
  {
    file: 'pond-a.txt',
    outlet: 'Orchard Herald',
    date: '2026-05-04',
    text: story('Mill pond to be dredged', `Parish clerk Ines Tavor said the council "${claim}".`),
  },
  {
    file: 'pond-b.txt',
    outlet: 'Valley Bulletin',
    date: '2026-05-05',
    text: story(
      'A footpath for the orchard',
      `Ines Tavor said the council "will dredge the silted mill pond … and open a footpath around the orchard".`,
    ),
  },
  {
    file: 'pond-c.txt',
    outlet: 'Millrace News',
    date: '2026-05-06',
    text: story('Pond works', `Ines Tavor said the council "will dredge the old mill pond … and open a footpath around the orchard".`),
  },
]);

describe('who-said of a claim quoted with words left out at an ellipsis', () => {
  const answer = whoSaid(store, claim);
  const best = answer.matches[0]!;
  const bulletin = best.outlets.find((o) => o.outlet === 'Valley Bulletin')!;
  const millrace = best.outlets.find((o) => o.outlet === 'Millrace News')!;

  it('lists the outlet as word for word, naming the words left out, as /compare does', () => {
    expect(answer.verdict).toBe('verbatim');
    expect(bulletin.rendering).toBe('verbatim');
    expect(bulletin.leftOut).toEqual(['before the rains']);
    expect(bulletin.diff).toBeUndefined();
    const compared = compare(store, 'silted mill pond').claims.find((c) => c.quote.includes('orchard'))!;
    const same = compared.outlets.find((o) => o.outlet === 'Valley Bulletin')!;
    expect(same.rendering).toBe(bulletin.rendering);
    expect(same.leftOut).toEqual(bulletin.leftOut);
    // the left-out condition may still change the meaning: flagged, as before
    expect(bulletin.changes.length).toBeGreaterThan(0);
    expect(best.meaningChanged).toBe(true);
  });

  it('keeps an outlet that changed a word as well in other words', () => {
    expect(millrace.rendering).toBe('reworded');
    expect(millrace.leftOut).toBeUndefined();
    expect(millrace.diff).toBeDefined();
  });

  it('reads so in the terminal and on Discord, pinging no one', () => {
    const text = whoSaidText(answer);
    expect(text).toContain('Leaves out at “…”: “before the rains”');
    expect(text).toContain('(verbatim, words left out)');
    expect(text).toContain('1 more quotes them with words left out');
    // only the outlet that changed a word has a word diff
    expect(text.match(/Changes: /g)).toHaveLength(1);
    const payload = whoSaidPayload(answer);
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain('Leaves out at “…”: “before the rains”');
  });
});
