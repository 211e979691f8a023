/**
 * /compare on an outlet whose quotation joins parts of a claim with an ellipsis: every word it prints is the
 * claim's, in order, so it quoted the claim word for word with words left out (said, with which), not in other
 * words; an outlet that changed a word as well is still "other words" (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { elidedWords } from '../../src/answers/diff.js';
import { comparePayload } from '../../src/render/discord.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const claim = 'will repaint the tram depot before the spring fair and plant lime trees along the canal';

const store = writtenStore([
  {
    file: 'depot-a.txt',
    outlet: 'Canal Courier',
    date: '2026-03-02',
    text: story('Depot to be repainted', `Alderman Rosa Quint said the borough "${claim}".`),
  },
  {
    file: 'depot-b.txt',
    outlet: 'Tram Weekly',
    date: '2026-03-03',
    text: story(
      'Lime trees for the canal',
      `Rosa Quint said the borough "will repaint the tram depot … and plant lime trees along the canal".`,
    ),
  },
  {
    file: 'depot-c.txt',
    outlet: 'East Bank Post',
    date: '2026-03-03',
    text: story('Depot plans', `Rosa Quint said the borough "will repaint the tram depot", and little else.`),
  },
  {
    file: 'depot-d.txt',
    outlet: 'Lock Herald',
    date: '2026-03-04',
    text: story('Canal greening', `Rosa Quint said the borough "will repaint the old tram depot … and plant oak trees along the canal".`),
  },
]);

describe('an ellipsis marking the claim’s words left out', () => {
  it('is the claim quoted word for word, naming what the ellipsis stands for', () => {
    const compared = compare(store, claim).claims.find((c) => c.quote.includes('lime trees'))!;
    const weekly = compared.outlets.find((o) => o.outlet === 'Tram Weekly')!;
    expect(weekly.rendering).toBe('verbatim');
    expect(weekly.leftOut).toEqual(['before the spring fair']);
    // a quotation cut at its end stays word for word too: the pair no longer reads backwards
    expect(compared.outlets.find((o) => o.outlet === 'East Bank Post')?.rendering).toBe('verbatim');
    // a word of its own beside the ellipsis ("old", "oak") is the claim in other words
    const herald = compared.outlets.find((o) => o.outlet === 'Lock Herald')!;
    expect(herald.rendering).toBe('reworded');
    expect(herald.leftOut).toBeUndefined();
    const text = compareText(compare(store, claim));
    expect(text).toContain('Tram Weekly · 2026-03-03 — leaves out at “…”: “before the spring fair”');
    const payload = comparePayload(compare(store, claim));
    // within Discord's limits, pinging no one
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain('leaves out at “…”');
  });
});

describe('elidedWords', () => {
  it.each([
    ['fix the roof before winter and paint the hall', 'fix the roof … and paint the hall', ['before winter']],
    ['fix the roof before winter and paint the hall', 'fix the roof...paint the hall', ['before winter and']],
    ['fix the roof before winter and paint the hall', 'roof before winter [...] the hall', ['and paint']],
    // the claim's two parts quoted as one: nothing left out
    ['fix the roof … and paint the hall', 'fix the roof … and paint the hall', []],
  ])('%s / %s', (reference, text, left) => {
    expect(elidedWords(reference, text)).toEqual(left);
  });

  it.each([
    ['fix the roof before winter', 'fix the roof before winter'],
    ['fix the roof before winter and paint the hall', 'fix the old roof … and paint the hall'],
    ['fix the roof before winter and paint the hall', 'paint the hall … fix the roof'],
  ])('not word for word with words left out: %s / %s', (reference, text) => {
    expect(elidedWords(reference, text)).toBeNull();
  });
});
