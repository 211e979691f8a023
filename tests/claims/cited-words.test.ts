/**
 * A clause in marks that is the subject of a predicate after a verb of saying, or the object a verb of naming casts as
 * something, is words the speaker comments on: credited to the owner the predicate names, else to no one. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const LEAD = 'Mayor Ana Ruiz opened the new pier last spring. Oskar Lind leads the opposition on the council.';

describe('words in marks a sentence talks about', () => {
  it('credits the owner a clause on the predicate noun names', () => {
    const q = speakers(LEAD, 'Lind said “we will finish the bridge by June” was a promise the mayor could not keep.');
    expect(q[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'the mayor' });
  });

  it('credits a possessive owner and an owner after "from" or "by"', () => {
    const a = speakers(LEAD, 'Lind said that “we will finish the bridge by June” was the mayor’s boldest pledge.');
    expect(a[0]).toMatchObject({ speaker: 'Ana Ruiz' });
    const b = speakers(LEAD, 'Lind says “nobody will pay more” would be a hard line from Ana Ruiz to defend.');
    expect(b[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('prefers where the words came from to who took them', () => {
    const q = speakers(LEAD, 'Lind said “we shall never surrender” was a line the mayor borrowed from Winston Churchill.');
    expect(q[0]).toMatchObject({ speaker: 'Winston Churchill' });
  });

  it('leaves words with no owner named to no one', () => {
    const a = speakers(LEAD, 'Lind said “we will finish the bridge by June” was never realistic.');
    expect(a[0]?.speaker).toBeNull();
    const b = speakers(LEAD, 'Lind called “the ferry will run all winter” a fairy tale.');
    expect(b[0]?.speaker).toBeNull();
  });

  it('keeps the speaker’s own words: a noun phrase, a closing mark, no predicate after', () => {
    expect(speakers(LEAD, 'Lind said “local skippers” must lead the way.')[0]).toMatchObject({ speaker: 'Oskar Lind' });
    expect(speakers(LEAD, 'Lind said “we will finish the bridge by June.”')[0]).toMatchObject({ speaker: 'Oskar Lind' });
    expect(speakers(LEAD, 'Lind said “we will finish the bridge” and sat down.')[0]).toMatchObject({ speaker: 'Oskar Lind' });
    expect(speakers(LEAD, 'Lind called the plan “a promise we cannot keep” on Monday.')[0]).toMatchObject({ speaker: 'Oskar Lind' });
  });
});
