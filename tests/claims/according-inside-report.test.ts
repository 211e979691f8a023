/**
 * "according to X" inside the clause a verb of saying reports ("Lind said that according to its count, …") is the
 * speaker's own source: the words in marks after it stay the speaker's. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('"according to" inside a reported clause', () => {
  it('leaves the words to the one who reports the clause', () => {
    const a = speakers(
      'Oskar Lind, a party whip, said Tuesday morning that according to its count, the party won most seats, but “we are still counting the votes.”',
    );
    expect(a[0]).toMatchObject({ speaker: 'Oskar Lind' });
    const b = speakers('Ana Ruiz said that, according to Radio North, the quay was “far too short.”');
    expect(b[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('still credits a source outside the reported clause', () => {
    const a = speakers('Ana Ruiz said the quay was “far too short,” according to Radio North.');
    expect(a[0]).toMatchObject({ speaker: 'Radio North' });
    const b = speakers('According to Radio North, the quay is “far too short.”');
    expect(b[0]).toMatchObject({ speaker: 'Radio North' });
  });
});

describe('"Per" as a given name', () => {
  it('is no "per X" source when the name runs on into its verb', () => {
    const a = speakers('Per Holm said “we will finish the bridge by June” was a promise the harbour board could not keep.');
    expect(a[0]?.speaker).toBeNull();
    const b = speakers('Per Holm said the quay was “far too short.”');
    expect(b[0]).toMatchObject({ speaker: 'Per Holm', mention: 'Per Holm' });
  });

  it('still reads "per" before a source set off by a comma', () => {
    const [a] = speakers('“The quay is far too short,” per Radio North.');
    expect(a).toMatchObject({ speaker: 'Radio North' });
  });
});
