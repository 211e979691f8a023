/**
 * Titles with "of" before a person's name ("Secretary of State Ana Ruiz", "Chief of Staff Tom Hale"): the title and
 * its office are no part of the name, and the whole title is the mention. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a title with "of" and its office before a name', () => {
  it('credits the name after the verb, the whole title in the mention', () => {
    expect(speakers('“We will grow,” said Secretary of State Ana Ruiz.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Secretary of State Ana Ruiz' },
    ]);
    expect(speakers('“We will grow,” said Chief of Staff Ana Ruiz.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Chief of Staff Ana Ruiz' },
    ]);
    expect(speakers('“We will grow,” said Governor of Ohio Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will grow,” said Minister of Finance Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will grow,” said Director of National Planning Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    // a title's modifier inside the office ("Foreign") does not pull the office back into the name
    expect(speakers('“We will grow,” said Minister of Foreign Affairs Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('credits the name before the verb, the whole title in the mention', () => {
    expect(speakers('Secretary of State Ana Ruiz said: “We will grow.”')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Secretary of State Ana Ruiz' },
    ]);
    expect(speakers('“We will grow,” Harbour Board Chief of Staff Tom Hale explained.')).toMatchObject([
      { speaker: 'Tom Hale', mention: 'Harbour Board Chief of Staff Tom Hale' },
    ]);
  });

  it('reads "for" and its office as "of"', () => {
    expect(speakers('“We will grow,” said Undersecretary for Harbour Management Tom Hale.')).toMatchObject([
      { speaker: 'Tom Hale', mention: 'Undersecretary for Harbour Management Tom Hale' },
    ]);
    // (a spokesman for someone with a title of their own is not that person)
    expect(speakers('“We will grow,” said Spokesman for Gov. Ana Ruiz.')[0]?.speaker).not.toBe('Ana Ruiz');
  });

  it('credits the person after a body named with "of" and its place, and a role', () => {
    expect(speakers('“We will grow,” said Bank of Ostend Governor Ana Ruiz.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Bank of Ostend Governor Ana Ruiz' },
    ]);
    expect(speakers('“We will grow,” said University of Ostend professor Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('keeps an initial or a connector inside the name', () => {
    expect(speakers('“We will grow,” said Secretary of State Ana B. Ruiz.')).toMatchObject([{ speaker: 'Ana B. Ruiz' }]);
    expect(speakers('“We will grow,” said Mayor of Ostend Tom van Hale.')).toMatchObject([{ speaker: 'Tom van Hale' }]);
  });

  it('takes a surname alone only after an office that is a title’s own word', () => {
    expect(
      speakers(
        'Secretary of State Ana Ruiz arrived in the city with her staff this morning.',
        '“We will grow,” said Secretary of State Ruiz.',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz', mention: 'Secretary of State Ruiz' }]);
    // ("the Secretary of Harbour Affairs" names no one called "Affairs")
    expect(speakers('“We will grow,” the Secretary of Harbour Affairs said.')[0]?.speaker).not.toBe('Affairs');
  });

  it('leaves a name with "of" and a place or a body to the name', () => {
    expect(speakers('“We will grow,” said Tom Bishop of Long Island.')).toMatchObject([{ speaker: 'Tom Bishop' }]);
    expect(speakers('“We will grow,” said Tom King of Ohio State University.')).toMatchObject([{ speaker: 'Tom King' }]);
  });

  it('credits the name after "the" and a capitalised title with "of"', () => {
    expect(speakers('“We will grow,” said the Secretary of State Ana Ruiz.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'the Secretary of State Ana Ruiz' },
    ]);
    expect(speakers('“We will grow,” said the Secretary of State, Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a role with "of" and a bare noun', () => {
  it('credits the name set off by a comma after it', () => {
    expect(speakers('“We will grow,” said the secretary of state, Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will grow,” said the chief of staff, Ana Ruiz, on Monday.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will grow,” said the harbour’s head of cargo planning, Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('keeps the whole role when no name follows', () => {
    expect(speakers('“We will grow,” said the secretary of state.')).toMatchObject([{ speaker: 'the secretary of state' }]);
    expect(speakers('Or, as Tom Hale, a former secretary of harbour planning, put it: “The river is rising.”')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });

  it('keeps a name written before the role', () => {
    expect(speakers('“We will grow,” said Tom Hale, the harbour’s head of cargo planning, pointing at the docks.')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });

  it('stands for the person the article gave that role', () => {
    const title = 'Secretary of State Ana Ruiz met with the press in the city this morning.';
    const mayor = 'Tom Hale, the mayor, was there with her.';
    expect(speakers(title, mayor, '“We will grow,” the secretary of state said.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'the secretary of state' },
    ]);
    const chief = 'Chief of Staff Ana Ruiz met with the press in the city this morning.';
    expect(speakers(chief, mayor, '“We will grow,” the chief of staff said.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a party member with the place they come from', () => {
  it('is a description, not the place', () => {
    expect(speakers('“We will grow,” the Democrat from Ohio said.')).toMatchObject([
      { speaker: 'the Democrat from Ohio', mention: 'the Democrat from Ohio' },
    ]);
    expect(speakers('“We will grow,” said the Democrat from Ohio.')).toMatchObject([{ speaker: 'the Democrat from Ohio' }]);
    expect(speakers('“We will grow,” a Republican from New Hampshire told me.')).toMatchObject([
      { speaker: 'a Republican from New Hampshire' },
    ]);
  });

  it('stands for the one member of that party the article named', () => {
    const named = 'Ana Ruiz, a Democrat from Ohio, spoke to the crowd for an hour on Monday.';
    expect(speakers(named, '“We will grow,” the Democrat from Ohio said.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'the Democrat from Ohio' },
    ]);
    const tagged = 'Rep. Ana Ruiz (D-Ohio) spoke to the crowd for an hour on Monday.';
    expect(speakers(tagged, '“We will grow,” said the Democrat from Ohio.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a master as a role', () => {
  it('reads a master (and a compound written as one word) as a role before a name', () => {
    expect(speakers('“The river is rising,” said the harbour master, Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“The river is rising,” said the harbourmaster, Tom Hale.')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});
