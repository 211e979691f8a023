/**
 * /quotes of a name answers the person so named before a speaker whose name only holds it ("Varga" and "Ilse Varga"
 * are Ilse Varga, not "Ilse Varga's campaign"); the other is named as another speaker found by that name (not one
 * "with that name": the campaign is not called Ilse Varga).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'campaign.txt',
    outlet: 'Lakeside Ledger',
    date: '2026-01-10',
    text: story('Bus fares', '"Every bus line will be free for pupils by September," Ilse Varga’s campaign said in a statement.'),
  },
  {
    file: 'rally.txt',
    outlet: 'Ridge Chronicle',
    date: '2026-01-12',
    text: story('Rally', '"We will rebuild the old tram depot as a library," Ilse Varga told supporters at the rally.'),
  },
]);

describe('/quotes of a name several speakers hold', () => {
  it('answers the person so named, by full name or surname', () => {
    for (const typed of ['Ilse Varga', 'Varga', 'ilse varga']) {
      const r = speakerQuotes(store, typed);
      expect(r.speaker?.name, typed).toBe('Ilse Varga');
      expect(r.quotes[0]?.quote, typed).toContain('tram depot');
    }
  });

  it('still answers the other when typed as it is', () => {
    const r = speakerQuotes(store, 'Ilse Varga’s campaign');
    expect(r.speaker?.name).toBe('Ilse Varga’s campaign');
  });

  it('names the other as found by that name, not as one with that name', () => {
    const text = speakerQuotesText(speakerQuotes(store, 'Ilse Varga'));
    expect(text).toContain('Other speakers found by that name: Ilse Varga’s campaign');
    expect(text).not.toContain('with that name');
  });
});
