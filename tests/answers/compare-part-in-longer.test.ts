/**
 * /compare and who-said agree on an article that quotes one part of a claim inside a longer quotation of its own:
 * it carried the claim (who-said finds it there by those words), it did not leave it out.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'ferry-a.txt',
    outlet: 'Fjord Courier',
    date: '2026-05-04',
    text: story(
      'Ferry link to be doubled',
      'Transport minister Halvard Mossberg said the two counties should "run extra crossings at dawn, extra crossings at dusk and weekend night sailings", as well as "replace the ageing vessels on the northern route".',
    ),
  },
  {
    file: 'ferry-b.txt',
    outlet: 'Sound Gazette',
    date: '2026-05-05',
    text: story(
      'Minister promises more ferries',
      'Mossberg said that the counties should, "run extra crossings at dawn, extra crossings at dusk and weekend night sailings," as well as "replace the ageing vessels on the northern route."',
    ),
  },
  {
    file: 'ferry-c.txt',
    outlet: 'Harbour Lantern',
    date: '2026-05-05',
    text: story(
      'Ferry timetable grows',
      'Through the new budget, “the islands will stop being cut off in winter,” Halvard Mossberg said, adding that he hoped the counties “will sign the contract this spring and replace the ageing vessels on the northern route.”',
    ),
  },
]);

const words = 'replace the ageing vessels on the northern route';

describe('a claim one part of which an article quotes inside a longer quotation', () => {
  it('is carried by that article in /compare, as who-said finds it there', () => {
    const asked = whoSaid(store, words);
    expect(asked.matches[0]!.outlets.map((o) => o.outlet)).toContain('Harbour Lantern');
    const claim = compare(store, words).claims.find((c) => c.quote.includes('extra crossings at dusk'));
    expect(claim).toBeDefined();
    const lantern = claim!.outlets.find((o) => o.outlet === 'Harbour Lantern');
    // not every word of the claim is there: quoted with other words, its diff showing which
    expect(lantern?.rendering).toBe('reworded');
    expect(lantern?.text).toContain(words);
  });

  it('still leaves out an article whose quotations hold no part of the claim', () => {
    const other = writtenStore([
      ...['ferry-a.txt', 'ferry-b.txt'].map((file, i) => ({
        file,
        outlet: i ? 'Sound Gazette' : 'Fjord Courier',
        date: '2026-05-04',
        text: story(
          'Ferry link to be doubled',
          `Minister Halvard Mossberg said the counties should "run extra crossings at dawn, extra crossings at dusk and weekend night sailings", as well as "${words}".`,
        ),
      })),
      {
        file: 'ferry-d.txt',
        outlet: 'Harbour Lantern',
        date: '2026-05-05',
        text: story(
          'Ferry timetable grows',
          '“The islands will stop being cut off in winter,” Halvard Mossberg said of the new ferry budget.',
        ),
      },
    ]);
    const claim = compare(other, words).claims[0]!;
    expect(claim.outlets.find((o) => o.outlet === 'Harbour Lantern')?.rendering).toBe('absent');
  });
});
