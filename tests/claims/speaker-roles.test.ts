/**
 * The roles answers show beside a speaker are the role's own words. Before a name, not the sentence's words that
 * lead into it ("during a meeting with Harbour Commissioner X" gives "Harbour Commissioner"); what a role is of or
 * for stays ("Secretary of State"). After a name, set off by commas, not a relative clause that follows the role
 * ("X, a port official who studies the bay,"); ", who was the harbour's chief engineer," says a role with its
 * copula.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { speakerLabel } from '../../src/render/labels.js';
import { story, writtenStore } from '../support/written.js';

/** The label an answer gives the speaker of `quote` in a one-article corpus of `sentences`. */
function labelFor(quote: string, ...sentences: string[]): string {
  const store = writtenStore([{ file: 'pier.txt', outlet: 'Harbour Times', date: '2024-05-06', text: story('Port plan', ...sentences) }]);
  const s = whoSaid(store, quote).matches[0]?.speakerRef;
  return speakerLabel(s?.name ?? null, s?.roles ?? []);
}

describe('a role before a name', () => {
  it('starts after the words of the sentence that lead into it', () => {
    for (const lead of ['during a meeting with', 'in a sharp swipe at', 'after criticism of', 'as', 'when'])
      expect(
        labelFor(
          'rebuild the northern pier before the storms',
          `The board met on Monday ${lead} Harbour Commissioner Oskar Lindahl.`,
          '"We will rebuild the northern pier before the storms return," Lindahl said.',
        ),
        lead,
      ).toBe('Oskar Lindahl (Harbour Commissioner)');
  });

  it('leaves two people joined by "and" their own roles', () => {
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'Mayor Ana Ruiz and Harbour Commissioner Oskar Lindahl toured the docks.',
        '"We will rebuild the northern pier before the storms return," Lindahl said.',
      ),
    ).toBe('Oskar Lindahl (Harbour Commissioner)');
  });

  it('starts after a preposition, a conjunction or a word of a question the lists had missed', () => {
    for (const lead of [
      'The vote set up a showdown between',
      'Crews asked whether',
      'The port’s backers include several captains, including',
      'Neither the mayor nor',
    ])
      expect(
        labelFor(
          'rebuild the northern pier before the storms',
          `${lead} Harbour Commissioner Oskar Lindahl would come.`,
          '"We will rebuild the northern pier before the storms return," Lindahl said.',
        ),
        lead,
      ).toBe('Oskar Lindahl (Harbour Commissioner)');
  });

  it('starts after the verb and the auxiliary or pronoun of the clause before it', () => {
    for (const lead of ['Voters may replace', 'The union endorsed', 'Crews will face', 'Last year she had quietly backed', 'The board is'])
      expect(
        labelFor(
          'rebuild the northern pier before the storms',
          `${lead} former Harbour Commissioner Oskar Lindahl in the vote.`,
          '"We will rebuild the northern pier before the storms return," Lindahl said.',
        ),
        lead,
      ).toBe('Oskar Lindahl (former Harbour Commissioner)');
  });

  it('keeps the words that describe the person', () => {
    for (const [sentence, label] of [
      ['The ousted Harbour Commissioner Oskar Lindahl stayed on.', 'Oskar Lindahl (ousted Harbour Commissioner)'],
      ['The port’s managing director Oskar Lindahl stayed on.', 'Oskar Lindahl (port’s managing director)'],
      ['The talks fell to civil rights lawyer Oskar Lindahl.', 'Oskar Lindahl (civil rights lawyer)'],
      ['The board said so, according to campaign manager Oskar Lindahl.', 'Oskar Lindahl (campaign manager)'],
    ] as const)
      expect(
        labelFor(
          'rebuild the northern pier before the storms',
          sentence,
          '"We will rebuild the northern pier before the storms return," Lindahl said.',
        ),
        sentence,
      ).toBe(label);
  });

  it('keeps what the role is of', () => {
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'On Monday, Secretary of State Clara Voss toured the docks.',
        '"We will rebuild the northern pier before the storms return," Voss said.',
      ),
    ).toBe('Clara Voss (Secretary of State)');
  });
});

describe('a role set off after a name', () => {
  it('ends before a relative clause that follows it', () => {
    expect(
      labelFor(
        'the bay is warming faster',
        'Ingrid Solberg, a port official who studies the bay every summer, spoke on Monday.',
        '"The bay is warming faster than any of our models said it would," Solberg said.',
      ),
    ).toBe('Ingrid Solberg (port official)');
  });

  it('ends before a clause opened by "that", "whose", "whom", "when" or a preposition and "whom"', () => {
    for (const aside of [
      'a port official that the board trusted',
      'a port official whose team studies the bay',
      'a port official whom the board hired in May',
      'a port official with whom the board spoke',
    ])
      expect(
        labelFor(
          'the bay is warming faster',
          `Ingrid Solberg, ${aside}, spoke on Monday.`,
          '"The bay is warming faster than any of our models said it would," Solberg said.',
        ),
        aside,
      ).toBe('Ingrid Solberg (port official)');
    expect(
      labelFor(
        'the bay is warming faster',
        'Ingrid Solberg, the harbour master since 2010 when the port reopened, spoke on Monday.',
        '"The bay is warming faster than any of our models said it would," Solberg said.',
      ),
    ).toBe('Ingrid Solberg (harbour master since 2010)');
  });

  it('is what a relative clause with "was" or "is" says', () => {
    expect(
      labelFor(
        'the bay is warming faster',
        'Ingrid Solberg, who was the harbour’s chief engineer until May, spoke on Monday.',
        '"The bay is warming faster than any of our models said it would," Solberg said.',
      ),
    ).toBe('Ingrid Solberg (harbour’s chief engineer until May)');
    expect(
      labelFor(
        'the bay is warming faster',
        'Ingrid Solberg, who leads the harbour’s survey team, spoke on Monday.',
        '"The bay is warming faster than any of our models said it would," Solberg said.',
      ),
    ).toBe('Ingrid Solberg');
  });
});

describe('roles before and after one name', () => {
  it('keeps both, the one before first', () => {
    expect(
      labelFor(
        'the bay is warming faster',
        'Harbour Commissioner Ingrid Solberg, a port engineer, spoke on Monday.',
        '"The bay is warming faster than any of our models said it would," Solberg said.',
      ),
    ).toBe('Ingrid Solberg (Harbour Commissioner, port engineer)');
  });

  it('takes no aside after the name that names other people', () => {
    for (const sentence of [
      'Harbour Commissioner Ingrid Solberg, port engineer Tomas Berg and two divers spoke on Monday.',
      'Harbour Commissioner Ingrid Solberg, her deputy, and a diver spoke on Monday.',
    ])
      expect(
        labelFor('the bay is warming faster', sentence, '"The bay is warming faster than any of our models said it would," Solberg said.'),
        sentence,
      ).toBe('Ingrid Solberg (Harbour Commissioner)');
  });
});

describe('a role holding a word that can be a verb of saying', () => {
  it('keeps the word after an office’s "of" ("secretary of state", "head of state")', () => {
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'Clara Voss, the former secretary of state, toured the docks on Monday.',
        '"We will rebuild the northern pier before the storms return," Voss said.',
      ),
    ).toBe('Clara Voss (former secretary of state)');
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'Clara Voss, a onetime head of state, toured the docks on Monday.',
        '"We will rebuild the northern pier before the storms return," Voss said.',
      ),
    ).toBe('Clara Voss (onetime head of state)');
  });

  it('keeps it before a noun of a role, a title or a body ("state senator", "State Department")', () => {
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'On Monday, former state Sen. Oskar Lindahl toured the docks.',
        '"We will rebuild the northern pier before the storms return," Lindahl said.',
      ),
    ).toBe('Oskar Lindahl (former state Sen.)');
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'Oskar Lindahl, a State Department spokesman, toured the docks on Monday.',
        '"We will rebuild the northern pier before the storms return," Lindahl said.',
      ),
    ).toBe('Oskar Lindahl (State Department spokesman)');
  });

  it('still ends a role where it is a verb after a subject', () => {
    expect(
      labelFor(
        'rebuild the northern pier before the storms',
        'Dock workers tell Commissioner Oskar Lindahl about the storms.',
        '"We will rebuild the northern pier before the storms return," Lindahl said.',
      ),
    ).toBe('Oskar Lindahl (Commissioner)');
  });
});
