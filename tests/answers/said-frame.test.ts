/**
 * "Name said: words" where the words are part of a longer quotation: the name is who the question asks about,
 * unless the quotation itself opens with those words after "said" (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'moor.txt',
    outlet: 'Hollins Weekly',
    date: '2026-02-02',
    text: story(
      'Moorland fires',
      '“How many of you think we lose the moor because the rangers are lazy? I think we lose it because nobody pays for them,” said ranger chief Orrin Vasquez-Hale.',
      '“Nobody said the firebreaks would be cheap,” said treasurer Liesl Amberg.',
    ),
  },
]);

describe('a said-frame before words of a longer quotation', () => {
  it('asks about the name, and finds the words verbatim', () => {
    const r = whoSaid(store, 'Vasquez-Hale said: we lose the moor because the rangers are lazy');
    expect(r.verdict).toBe('verbatim');
    expect(r.askedSpeaker).toBe('Vasquez-Hale');
    expect(r.searched).toBe('we lose the moor because the rangers are lazy');
    const wrong = whoSaid(store, 'Amberg said: we lose the moor because the rangers are lazy');
    expect(wrong.verdict).toBe('misattributed');
  });

  it('keeps a quotation that opens with "said" as typed, typo or not', () => {
    for (const q of ['Nobody said the firebreaks would be cheap', 'Nobdy said the firebreaks would be cheap']) {
      const r = whoSaid(store, q);
      expect(r.matches[0]!.speaker, q).toBe('Liesl Amberg');
      expect(r.askedSpeaker, q).toBeNull();
    }
  });
});
