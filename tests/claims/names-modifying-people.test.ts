/**
 * A name that modifies people in the plural ("Young Ruiz supporters", "Six Hale voters") names a group of them, not a
 * person the document's people table should hold; a name that owns them ("Ana Ruiz’s supporters") still names her.
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a name before people in the plural', () => {
  it('is no person a later surname resolves to', () => {
    const [q] = speakers(
      'Young Ruiz supporters never saw the old harbour.',
      'Ana Ruiz won most voters under 30 last month.',
      'Perhaps young voters prefer Ruiz’s call for “renewal” over the slow plans of her rival.',
    );
    expect(q?.speaker).toBe('Ana Ruiz');
  });

  it('leaves the surname alone when no one else has it', () => {
    const [q] = speakers('Six Hale supporters ran for seats.', '“Look at what happened in Dover,” Hale told a crowd.');
    expect(q?.speaker).toBe('Hale');
  });

  it('still names the owner of those people', () => {
    const [q] = speakers('Tom Hale’s supporters filled the hall.', '“We will win,” Hale said.');
    expect(q?.speaker).toBe('Tom Hale');
  });
});
