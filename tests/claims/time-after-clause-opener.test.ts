/**
 * A time phrase right after a clause opener ("and within weeks the campaign had …", "but in March the board …") is no
 * subject: the clause's subject follows it, and a participle at the end of that clause is its subject's. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a time phrase after a clause opener', () => {
  it('gives the participle the subject after the time phrase', () => {
    const [a] = speakers(
      'Ivo Marsh led the charge, and within weeks the opposition campaign had sent letters to owners, hired lawyers and firms, and placed newspaper ads calling the deal a "$2 billion mistake."',
    );
    expect(a).toMatchObject({ mention: 'the opposition campaign' });
    const [b] = speakers(
      'Ivo Marsh backed the plan at first, but in March the union had written to members, met the board, and sent notes calling it "a trap."',
    );
    expect(b).toMatchObject({ mention: 'the union' });
  });

  it('keeps the clause subject when no time phrase stands between', () => {
    const [a] = speakers('Ivo Marsh led the charge, and the campaign placed ads calling the deal a "mistake."');
    expect(a).toMatchObject({ mention: 'the campaign' });
  });
});
