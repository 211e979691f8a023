/**
 * A description with the name a participle gives it ("a fisherman named Tom Hale", "a user known as Portwatcher", "a
 * user from Ostend going by the handle Portwatcher") stands for the one named; "called" and "named" as verbs, with an
 * object after the name, give no name. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const Q = '“We have no say anymore,”';

describe('a name a participle gives a description', () => {
  it('is the speaker after "named", "called" and "known as"', () => {
    expect(speakers(`${Q} said a fisherman named Tom Hale.`)[0]).toMatchObject({ speaker: 'Tom Hale', mention: 'Tom Hale' });
    expect(speakers('A fisherman named Tom Hale said: “We have no say anymore.”')[0]?.speaker).toBe('Tom Hale');
    expect(speakers(`${Q} said a fisherman known as Tom Hale.`)[0]?.speaker).toBe('Tom Hale');
    expect(speakers(`${Q} said the harbour master known as Bram.`)[0]?.speaker).toBe('Bram');
    expect(speakers('I met a fisherman called Tom Hale, who said: “We have no say anymore.”')[0]?.speaker).toBe('Tom Hale');
  });

  it('is the handle a user goes by, past the place the user is from', () => {
    expect(speakers(`${Q} tweeted a user from Ostend going by the handle Portwatcher.`)[0]?.speaker).toBe('Portwatcher');
    expect(speakers(`${Q} tweeted a user from Ostend known as Portwatcher.`)[0]?.speaker).toBe('Portwatcher');
  });

  it('is no name after "called" or "named" as a verb with its object', () => {
    expect(speakers('The ad called Ana Ruiz “a liar.”')[0]?.speaker).toBe('the ad');
    expect(speakers('A voter called Ana Ruiz “a liar.”')[0]?.speaker).toBe('a voter');
    expect(speakers('The party named Ana Ruiz its candidate, saying she was “ready.”')[0]?.speaker).toBe('the party');
  });
});
