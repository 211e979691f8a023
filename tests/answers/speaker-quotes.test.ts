/** /quotes as plain data, on articles of our own. */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
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
