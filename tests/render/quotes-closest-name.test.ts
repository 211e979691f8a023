/**
 * /quotes of a misspelt name says, in one line, that the list is the closest speaker's, and only then (articles of
 * our own).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'pier.txt',
    outlet: 'Gull Bay News',
    date: '2026-05-11',
    text: story('Pier repairs', '"The north pier reopens to anglers in June," harbour master Oskar Vendelin said.'),
  },
]);

describe('/quotes of a misspelt name, as text', () => {
  it('says which name was closest to what was typed', () => {
    const text = speakerQuotesText(speakerQuotes(store, 'Oskar Vendelyn'));
    expect(text).toContain('Closest speaker to “Oskar Vendelyn”');
    expect(text).toContain('The north pier reopens to anglers in June');
  });

  it('says nothing of it when the name was typed as the outlets write it', () => {
    expect(speakerQuotesText(speakerQuotes(store, 'oskar vendelin'))).not.toContain('Closest speaker');
  });
});
