/**
 * One speaker across outlets: a surname-only (or pronoun) credit of the same words is the person a fuller
 * credit names, and is shown as credited; people who share a surname stay apart.
 */
import { describe, expect, it } from 'vitest';
import { describes } from '../../src/answers/carriers.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const doc = (file: string, outlet: string, text: string) => ({ file, outlet, text });

const store = writtenStore([
  doc('rally-a.txt', 'Daily Drum', story('Rally night', '"We will build the canal and we will finish it on time," Marlow told the crowd.')),
  doc(
    'rally-b.txt',
    'Evening Bell',
    story(
      'Candidate speaks',
      'Candidate Peter Q. Marlow spoke for an hour. "The jobs are coming back. We will build the canal and we will finish it on time. Nobody believed us," said Peter Q. Marlow.',
    ),
  ),
  doc(
    'sisters-a.txt',
    'Daily Drum',
    story('Budget fight', '"The budget leaves the northern farms with nothing at all this winter," said Anna Keel.'),
  ),
  doc(
    'sisters-b.txt',
    'Evening Bell',
    story('Budget fight', '"The budget leaves the northern farms with nothing at all this winter," said Rosa Keel.'),
  ),
]);

describe('one speaker across outlets', () => {
  it('lists both articles under the full name, the surname-only credit shown as credited', () => {
    const match = whoSaid(store, 'we will build the canal and we will finish it on time').matches[0]!;
    expect(match.speaker).toBe('Peter Q. Marlow');
    expect(match.outlets.map((o) => o.document).sort()).toEqual(['rally-a.txt', 'rally-b.txt']);
    expect(match.outlets.find((o) => o.document === 'rally-a.txt')!.creditedAs).toBe('Marlow');
  });

  it('keeps two people who share a surname apart, and says the outlets disagree', () => {
    const answer = whoSaid(store, 'the budget leaves the northern farms with nothing at all');
    expect(answer.matches[0]!.outlets).toHaveLength(1);
    expect(answer.matches[0]!.conflict?.speakers.map((s) => s.speaker).sort()).toEqual(['Anna Keel', 'Rosa Keel']);
  });
});

describe('unresolved credits and rival speakers across outlets', () => {
  const rivals = writtenStore([
    doc(
      'coach-a.txt',
      'Sun Courier',
      story(
        'Coach blasts referees',
        'Head coach Dario Vell said: "The referees decided this match and not the players, everyone in this ground saw it."',
      ),
    ),
    doc(
      'coach-b.txt',
      'City Echo',
      story('Defeat', 'The coach said the referees "decided this match and not the players, everyone in this ground saw it".'),
    ),
    doc(
      'coach-c.txt',
      'Fan Zone',
      story(
        'Angry scenes',
        'Kwame Odin said after the game: "The referees decided this match and not the players, everyone in this ground saw it."',
      ),
    ),
    doc(
      'pier-a.txt',
      'Atlantic Daily',
      story(
        'talks at the border',
        'Speaking at the border, the envoy was blunt. "We did all that was asked of us. The pier will stay open as long as our boats are not fired upon, and not a day longer. Nobody should doubt that," he said.',
      ),
    ),
    doc(
      'pier-b.txt',
      'World Report',
      story(
        'Pier warning',
        'Envoy Lidia Marsh said that "the pier will stay open as long as our boats are not fired upon, and not a day longer."',
      ),
    ),
  ]);

  it('puts a description under the named person whose role it names, and leads with the speaker more outlets credit', () => {
    const answer = whoSaid(rivals, 'The referees decided this match and not the players, everyone in this ground saw it');
    const [best] = answer.matches;
    expect(best!.speaker).toBe('Dario Vell');
    expect(best!.outlets.map((o) => o.document).sort()).toEqual(['coach-a.txt', 'coach-b.txt']);
    expect(best!.outlets.find((o) => o.document === 'coach-b.txt')!.creditedAs).toBe('the coach');
    expect(best!.conflict?.speakers.map((s) => s.speaker)).toEqual(['Dario Vell', 'Kwame Odin']);
  });

  it('names a match by the person when a pronoun credit of the same words came first, without calling the named excerpt cut', () => {
    const answer = whoSaid(rivals, 'the pier will stay open as long as our boats are not fired upon, and not a day longer');
    const [best] = answer.matches;
    expect(best!.speaker).toBe('Lidia Marsh');
    expect(best!.outlets.map((o) => o.document).sort()).toEqual(['pier-a.txt', 'pier-b.txt']);
    expect(best!.outlets.find((o) => o.document === 'pier-a.txt')!.creditedAs).toBe('he');
    expect(best!.conflict).toBeNull();
    expect(best!.outlets.flatMap((o) => o.changes)).toEqual([]);
  });
});

describe('an organisation beside its official', () => {
  const statement = writtenStore([
    doc(
      'fuel-a.txt',
      'Global Herald',
      story(
        'No subsidies',
        'The energy ministry said in a statement on Friday: "There will be no new fuel subsidies this year, because the budget cannot carry them."',
      ),
    ),
    doc(
      'fuel-c.txt',
      'Business Day',
      story('Truckers angry', '"There will be no new fuel subsidies this year, because the budget cannot carry them," the minister said.'),
    ),
    doc(
      'fuel-b.txt',
      'Capital Times',
      story(
        'No subsidies',
        'Energy Minister Rafael Lindqvist said on Friday that "there will be no new fuel subsidies this year, because the budget cannot carry them."',
      ),
    ),
  ]);

  it('keeps the statement apart from the minister, as the person and their own organisation', () => {
    const answer = whoSaid(statement, 'There will be no new fuel subsidies this year, because the budget cannot carry them');
    const conflict = answer.matches[0]!.conflict;
    expect(conflict?.relation).toBe('organisation');
    expect(conflict?.speakers.map((s) => s.speaker).sort()).toEqual(['Rafael Lindqvist', 'the energy ministry']);
  });

  it('puts a description under the one person the corpus gives no role to tell, never under the organisation', () => {
    const answer = whoSaid(statement, 'There will be no new fuel subsidies this year, because the budget cannot carry them');
    const minister = answer.matches.find((m) => m.speaker === 'Rafael Lindqvist')!;
    expect(minister.outlets.find((o) => o.document === 'fuel-c.txt')?.creditedAs).toBe('the minister');
    expect(answer.matches.find((m) => m.speaker === 'the energy ministry')!.outlets.map((o) => o.document)).toEqual(['fuel-a.txt']);
  });
});

describe('a description asked for with a part of the words, with typos', () => {
  const match = writtenStore([
    doc(
      'sun.txt',
      'Sun Courier',
      story(
        'Coach blasts referees',
        'Head coach Dario Mendes-Oyelaran did not hold back. "The referees decided this match, not the players, and everyone in this stadium saw it," Mendes-Oyelaran said.',
      ),
    ),
    doc(
      'sport.txt',
      'Sport Today',
      story('Mendes fumes', '"The referees decided this match, not the players," Mendes said after the game.'),
    ),
    doc(
      'echo.txt',
      'City Echo',
      story('Defeat', 'The coach said the referees "decided this match, not the players, and everyone in this stadium saw it".'),
    ),
    doc(
      'fan.txt',
      'Fan Zone',
      story(
        'Angry scenes',
        'Kwame Odin said after the match: "The referees decided this match, not the players, and everyone in this stadium saw it."',
      ),
    ),
  ]);

  it('is matched against the fuller wording of the claim, not only the one the query reached', () => {
    const answer = whoSaid(match, 'the refereees decided this mach not the players');
    const coach = answer.matches.find((m) => m.speaker === 'Dario Mendes-Oyelaran')!;
    expect(coach.outlets.map((o) => o.document).sort()).toEqual(['echo.txt', 'sport.txt', 'sun.txt']);
    expect(answer.matches.find((m) => m.speaker === 'Kwame Odin')!.outlets.map((o) => o.document)).toEqual(['fan.txt']);
  });
});

describe('a description and the roles it may stand for', () => {
  it('names a role by its head word, not by a word that qualifies another', () => {
    expect(describes('the minister', ['Energy Minister'])).toBe(true);
    expect(describes('the minister', ['Minister of Energy'])).toBe(true);
    expect(describes('the coach', ['Head coach'])).toBe(true);
    // a ministry's spokeswoman is no minister (she read the minister's statement; the minister said the words)
    expect(describes('the minister', ['ministry spokeswoman'])).toBe(false);
    expect(describes('the opposition', ['Opposition leader'])).toBe(true);
    expect(describes('the minister', [])).toBeUndefined();
  });
});
