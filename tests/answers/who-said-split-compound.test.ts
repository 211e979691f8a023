/**
 * /who-said of words with a compound typed as two ("boat house" for "boathouse"), with typos besides: the words are
 * read joined too, so the quotation is found as close wording, never as not found; never as verbatim.
 */
import { describe, expect, it } from 'vitest';
import { joinedReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'lake-a.txt',
    outlet: 'Shore Dispatch',
    date: '2026-09-01',
    text: story(
      'Boathouse by summer',
      'Rowing club chair Gerda Nyberg said on Friday that "the new boathouse will be finished before the summer regatta", adding that "every member will get a locker".',
    ),
  },
  {
    file: 'lake-b.txt',
    outlet: 'Dune Courier',
    date: '2026-09-02',
    text: story(
      'Club promises',
      '"The new boathouse will be finished before the summer regatta and every member will get a locker," Nyberg told members.',
    ),
  },
]);

describe('a compound typed as two words', () => {
  it('finds the quotation as close wording, typos and all', () => {
    const r = whoSaid(store, 'the new boat house will be finishd before the sumer regatta');
    expect(r.verdict).toBe('close');
    expect(r.matches[0]!.speaker).toBe('Gerda Nyberg');
    expect(r.matches[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Dune Courier', 'Shore Dispatch']);
  });

  it('is close, not verbatim, without typos, and with a hyphen', () => {
    expect(whoSaid(store, 'the new boat house will be finished before the summer regatta').verdict).toBe('close');
    expect(whoSaid(store, 'the new boat-house will be finished before the summer regatta').verdict).toBe('close');
  });

  it('joins only pairs of content words, a few at most', () => {
    expect(joinedReadings('the new sea wall will be raised')).toEqual(['the newsea wall will be raised', 'the new seawall will be raised']);
    expect(joinedReadings('the new boat-house')).toEqual(['the new boathouse']);
    expect(joinedReadings('a well-to-do town')).toEqual([]);
    expect(joinedReadings('it is on the way to three towns')).toEqual([]);
    expect(joinedReadings('alpha beta gamma delta epsilon')).toHaveLength(3);
  });
});
