/** /quotes as plain data, on articles of our own. */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { CorrectedView } from '../../src/store/corrected.js';
import { story, writtenStore } from '../support/written.js';

describe('speakerQuotes', () => {
  it('counts a document that quotes the words twice once, as who-said does, and lists claims by documents', () => {
    const store = writtenStore([
      {
        file: 'a.txt',
        outlet: 'Harbour Times',
        date: '2025-06-02',
        text: story(
          'Mayor: the wall will hold',
          '"The wall will hold through any storm this winter," Mayor Ilse Brandt said on Monday.',
          'Critics were unconvinced. Brandt repeated her promise at the evening meeting: "The wall will hold through any storm this winter."',
          '"We will also repaint the lighthouse on the pier before the summer season," Brandt said.',
          'She said it again to the harbour board: "We will also repaint the lighthouse on the pier before the summer season."',
          'And once more for the local radio: "We will also repaint the lighthouse on the pier before the summer season."',
        ),
      },
      {
        file: 'b.txt',
        outlet: 'Valley Post',
        date: '2025-06-03',
        text: story('Wall row', '"The wall will hold through any storm this winter," said Ilse Brandt.'),
      },
    ]);
    const result = speakerQuotes(store, 'Ilse Brandt');
    const wall = result.quotes.find((q) => q.quote.includes('wall will hold'))!;
    expect(wall.outlets.map((o) => o.outlet)).toEqual(['Harbour Times', 'Valley Post']);
    const lighthouse = result.quotes.find((q) => q.quote.includes('lighthouse'))!;
    expect(lighthouse.outlets.map((o) => o.outlet)).toEqual(['Harbour Times']);
    // two documents before one, however often that one repeats its words
    expect(result.quotes[0]).toBe(wall);
  });
});

describe('speakerQuotes under a moderator’s corrections', () => {
  const store = writtenStore([
    {
      file: 'a.txt',
      outlet: 'Harbour Times',
      date: '2025-06-02',
      text: story(
        'Wall',
        '"This wall is a promise made of sand," said opposition leader Marek Sallo on Monday.',
        'Mayor Ilse Brandt disagreed. "We will build it before winter," Brandt said.',
      ),
    },
  ]);
  const note = { id: 3, by: 'moderator', at: '2026-12-01T10:00:00.000Z' };

  it('says where the quotations a /correct speaker moved went', () => {
    const [entry] = store.entriesOfDocument('a.txt');
    const view = new CorrectedView(store, [
      { ...note, kind: 'set_speaker', renditions: [{ document: 'a.txt', start: entry!.start }], speaker: 'Ilse Brandt' },
    ]);
    const result = speakerQuotes(view, 'Marek Sallo');
    expect(result.total).toBe(0);
    expect(result.correctedAway).toEqual([
      expect.objectContaining({
        quote: expect.stringContaining('promise made of sand'),
        to: expect.objectContaining({ name: 'Ilse Brandt' }),
      }),
    ]);
    expect(speakerQuotes(store, 'Marek Sallo').correctedAway).toBeUndefined();
  });

  it('says that a name asked for was merged into the person shown', () => {
    const view = new CorrectedView(store, [{ ...note, kind: 'merge', from: 'Marek Sallo', into: 'Ilse Brandt' }]);
    const result = speakerQuotes(view, 'Marek Sallo');
    expect(result.speaker?.name).toBe('Ilse Brandt');
    expect(result.mergedFrom).toBe('Marek Sallo');
    expect(speakerQuotesText(result)).toContain('“Marek Sallo” is Ilse Brandt in this server: a moderator merged the two names.');
    expect(speakerQuotes(view, 'Ilse Brandt').mergedFrom).toBeUndefined();
  });
});
