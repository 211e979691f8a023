/**
 * Words put to someone (“Why now?” Hale was asked), as a member asks about them, on articles of our own: asking
 * whether that person said them is answered so, not "an unnamed source said these exact words".
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'north.txt',
    outlet: 'North Gazette',
    date: '2026-04-10',
    text: story(
      'Hale quits harbour plan',
      'Councillor Tom Hale dropped the harbour plan on Thursday.',
      '“Why now, after three whole years of delay?” Hale was asked at a packed meeting.',
      '“Because the money is gone,” he replied.',
    ),
  },
  {
    file: 'east.txt',
    outlet: 'East Ledger',
    date: '2026-04-12',
    text: story(
      'Hale grilled at hearing',
      'Councillor Tom Hale faced the committee on Friday.',
      '"Will you resign over the failed harbour plan?" Hale was asked by Ana Ruiz, the committee chair.',
    ),
  },
]);

describe('words put to the person asked about', () => {
  it('says the words were put to them, by no one named', () => {
    for (const speaker of ['Hale', 'Tom Hale']) {
      const r = whoSaid(store, 'why now, after three whole years of delay', { speaker });
      expect(r.verdict, speaker).toBe('misattributed');
      expect(r.explanation, speaker).toMatch(/put to .*Hale, not said by them: North Gazette/);
      expect(r.explanation, speaker).not.toMatch(/cannot be confirmed/);
    }
    expect(whoSaid(store, 'Did Hale say "why now, after three whole years of delay"?').verdict).toBe('misattributed');
  });

  it('names who put them when an outlet does', () => {
    const r = whoSaid(store, 'will you resign over the failed harbour plan', { speaker: 'Hale' });
    expect(r.verdict).toBe('misattributed');
    expect(r.explanation).toMatch(/^Ana Ruiz, not Hale, .* put to Hale, .*East Ledger .*by Ana Ruiz\.$/);
  });

  it('opens an answer about unnamed words with a capital', () => {
    expect(whoSaid(store, 'why now, after three whole years of delay').explanation).toMatch(/^An unnamed speaker said/);
  });
});
