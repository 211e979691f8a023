/**
 * Verbs of saying that only a few sentences use ("commented", "indicated", "intimated", "hints", "pronounced"):
 * each is a cue where it stands, and "comments" stays a noun. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('less common verbs of saying', () => {
  it('takes "commented" after a quotation', () => {
    const [q] = speakers('The council met on Monday.', 'The harbour plan is "a waste of good money," one reader commented.');
    expect(q).toMatchObject({ mention: 'one reader' });
  });

  it('leaves "comments" a noun: the words stay with the one who spoke them', () => {
    const [q] = speakers('Li Wei, who read out comments Ana Ruiz made last year, said she was "ready to build the quay."');
    expect(q?.speaker).not.toBe('Ana Ruiz');
  });

  it('takes "indicated" and "intimated" before a quotation', () => {
    const [a] = speakers('Storms hit the coast.', 'The memo indicated ten guards would be the "bare minimum" for the port.');
    expect(a).toMatchObject({ mention: 'The memo' });
    const [b] = speakers('Ana Ruiz has intimated that Li Wei\'s "plans" for the harbour (read: none) are the real problem.');
    expect(b).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('takes "hints" after a quotation in a headline-like line', () => {
    const [q] = speakers('"Harbour money" is his best card, Li Wei hints;');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('takes "pronounced" before the word said', () => {
    const [q] = speakers('Reading from his notes, Li Wei pronounced the name of the bay "Porto" twice.');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });

  it('reads "claiming the nomination" as a thing taken, so a later "he" is not the one who claims it', () => {
    const qs = speakers(
      'Tomas Hale, for his part, said he is hopeful the campaign ends in Oskar Brandt claiming the nomination, even though most of its backers voted for Li Wei last spring.',
      '“The first thing is to stop the levy on the first vote,” he said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Hale', mention: 'he' });
  });

  it('keeps "claimed" a verb of saying before its words', () => {
    const [q] = speakers('Ana Ruiz claimed the levy was “a tax on every ferry.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
