/** "the group", "the foundation": descriptions of organisations stand for the one the text named last. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (...paragraphs: string[]) => extractClaims(doc(...paragraphs)).quotes.map((q) => [q.speaker, q.speakerMention?.text]);

describe('descriptions of organisations', () => {
  it('reads "the group" as the body named last, keeping the description as the mention', () => {
    expect(
      speakers(
        'The Harbour Trust Foundation would not discuss the sale, telling Radio North it is focused on “safer piers.”',
        '“We will keep working for the fishermen of this town,” the group said.',
      ).at(-1),
    ).toEqual(['Harbour Trust Foundation', 'the group']);
  });

  it('reads "the board" as the last body whose name ends with that word, its name going on past "of"', () => {
    expect(
      speakers(
        'The Coastal Board of Fisheries met with the Harbour Trust Foundation on Monday.',
        '“Quotas will not change before the spring season opens,” the board said.',
      ).at(-1),
    ).toEqual(['Coastal Board of Fisheries', 'the board']);
  });

  it('leaves a description when no organisation is named before it, or only a newspaper is', () => {
    expect(
      speakers('The Harbour Times reported the sale.', '“We will keep working for the fishermen of this town,” the group said.').at(-1),
    ).toEqual(['the group', 'the group']);
  });
});

describe('names of bodies that open with an acronym', () => {
  it('keeps an acronym before one word ("HBC News"), and still drops a shouted headline before a full name', () => {
    expect(speakers('The harbour plan is “a gamble with our future,” HBC News reported.')).toEqual([['HBC News', 'HBC News']]);
    expect(speakers('HARBOUR VOTE NEARS Ana Ruiz said the plan is “a gamble with our future.”')[0]?.[0]).toBe('Ana Ruiz');
  });
});

describe('every body head names an organisation', () => {
  it('reads "the group" as a trust or an alliance named before it', () => {
    expect(speakers('The Harbour Trust said it was “deeply concerned.” The group added that the plan “ignores the fishermen.”')).toEqual([
      ['Harbour Trust', 'The Harbour Trust'],
      ['Harbour Trust', 'The group'],
    ]);
  });
});
