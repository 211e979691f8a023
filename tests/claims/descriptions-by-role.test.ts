/**
 * A description with a role noun ("the former secretary of state", "the Ohio senator") stands for the person the
 * document gave a role holding that noun and every word of it that says which office or whose (a place, a party,
 * a body, "state", "deputy"); "former" and other words of rank or time need not be there. One shared word is no
 * match. A role set off after a surname alone goes to the one person named in full with it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a description matched against the roles the document gives', () => {
  it('needs the place or party it names in the role', () => {
    const named = 'Ana Ruiz, the Ohio senator, toured the docks on Monday with Tom Hale, the harbour master.';
    expect(speakers(named, '“We will grow,” the Ohio senator said.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    // (a senator from another state is someone else: the description stays as written)
    expect(speakers(named, '“We will grow,” the Idaho senator said.')).toMatchObject([
      { speaker: 'the Idaho senator', mention: 'the Idaho senator' },
    ]);
  });

  it('needs its role noun in the role, not one shared modifier', () => {
    const named = 'Ana Ruiz, a senator leading the Harbour Party pack in the polls, toured the docks on Monday.';
    expect(speakers(named, '“We will grow,” the Harbour Party front-runner said.')).toMatchObject([
      { speaker: 'the Harbour Party front-runner' },
    ]);
  });

  it('reads an abbreviated title as its word and passes over "former"', () => {
    expect(speakers('Ohio Gov. Ana Ruiz toured the docks on Monday.', '“We will grow,” the former Ohio governor said.')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
  });

  it('takes no one whose party the document gives as the other one', () => {
    for (const named of [
      'Sen. Ana Ruiz (R-Ohio) toured the docks on Monday with Tom Hale.',
      'Sen. Ana Ruiz, a Republican, toured the docks on Monday with Tom Hale.',
    ]) {
      expect(speakers(named, '“We will grow,” the Democratic senator said.'), named).toMatchObject([{ speaker: 'the Democratic senator' }]);
      expect(speakers(named, '“We will grow,” the Republican senator said.'), named).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    }
    // (a party tag of the description's own party, or none, says nothing against her)
    for (const named of ['Sen. Ana Ruiz (D-Ohio) toured the docks on Monday.', 'Sen. Ana Ruiz toured the docks on Monday.'])
      expect(speakers(named, '“We will grow,” the Democratic senator said.'), named).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('takes a role that names no place for the one person of the document holding it', () => {
    const one = 'Sen. Ana Ruiz toured the docks on Monday with Tom Hale.';
    expect(speakers(one, '“We will grow,” the Ohio senator said.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    // (with two such senators, neither)
    const two = 'Sen. Ana Ruiz toured the docks on Monday with Sen. Lena Voss.';
    expect(speakers(two, '“We will grow,” the Ohio senator said.')).toMatchObject([{ speaker: 'the Ohio senator' }]);
  });

  it('lets a noun of leading stand for an office or a body its other words name', () => {
    expect(
      speakers('The talks were held with Norwegian President Ana Ruiz on Monday.', '“We will grow,” the Norwegian leader said.'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Sen. Ana Ruiz toured the docks on Monday.', '“We will grow,” the minority leader said.')).toMatchObject([
      { speaker: 'the minority leader' },
    ]);
  });
});

describe('a role set off after a surname alone', () => {
  it('is the role of the one person named in full with that surname', () => {
    expect(
      speakers(
        'Clara Voss toured the docks on Monday.',
        'Voss, the former secretary of state, has talked about the port for years.',
        '“We will grow,” the former secretary of state said.',
      ),
    ).toMatchObject([{ speaker: 'Clara Voss', mention: 'the former secretary of state' }]);
  });

  it('is no one’s with two people of that surname, or without a determiner or a closing comma', () => {
    expect(
      speakers(
        'Clara Voss and Peter Voss toured the docks on Monday.',
        'Voss, the former secretary of state, has talked about the port for years.',
        '“We will grow,” the former secretary of state said.',
      ),
    ).toMatchObject([{ speaker: 'the former secretary of state' }]);
    expect(
      speakers(
        'Clara Voss toured the docks on Monday.',
        'Unlike Voss, the harbour board chairman has voted for the levy.',
        '“We will grow,” the harbour board chairman said.',
      ),
    ).toMatchObject([{ speaker: 'the harbour board chairman' }]);
  });
});

describe('a role after a name', () => {
  it('is never a list going on with "and"', () => {
    expect(
      speakers(
        'Tom Hale brought his brother, Ivo Hale, and the former harbour master, Lena Voss, to the docks.',
        '“We will grow,” the former harbour master said.',
      ),
      // (not Ivo Hale, whose role the list's next part had been)
    ).toMatchObject([{ speaker: 'the former harbour master' }]);
  });
});
