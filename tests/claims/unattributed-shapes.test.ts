/**
 * Quotations whose sentence names a thing, not a speaker: a name a participle gives a thing ("a fee called the “quay
 * levy”") and an all-caps label a dash sets off at the head of a paragraph ("HARBOUR NOTES—“…”"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: a name a participle gives a thing', () => {
  it('does not credit the thing before "called", "dubbed" or "labeled"', () => {
    const qs = speakers(
      'The ferry company raised a charge called the “quay levy” last spring.',
      'The council budget keeps a reserve dubbed the “rainy day pot” for storms.',
      'The boxes labeled “fragile cargo” sat on the pier all night.',
    );
    expect(qs.map((q) => q.speaker)).toEqual([null, null, null]);
  });

  it('gives the scare quote to the person subject of its clause', () => {
    const qs = speakers('Dock workers criticised the surcharge called a “comfort fee” in their letter.');
    expect(qs.map((q) => q.speaker)).toEqual(['Dock workers']);
  });

  it('credits no one in "what is called" or "what’s called"', () => {
    const qs = speakers(
      'The harbour hopes to grow what is today typically called “blue tourism.”',
      'The island runs on what’s called a “tide timetable.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('leaves an active "called" to its subject', () => {
    const qs = speakers(
      'Ana Ruiz spoke about the ferry plan, which she called “a relic.”',
      'The quay, which Tomas Berg had called a “disgrace,” reopened on Monday.',
      'The charge was called “a scandal” by Ana Ruiz.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Ana Ruiz']);
  });
});

describe('attribution: an all-caps label set off by a dash', () => {
  it('credits no section label of a newsletter', () => {
    const qs = speakers(
      'FAREWELL—“The old ferry terminal to close in March,” by Gazette reporter Ana Ruiz.',
      'HARBOUR BEAT — “Night boats return to the island,” from the Coast Weekly.',
    );
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });

  it('still reads a speaker named in the sentence', () => {
    const qs = speakers('FAREWELL—Tomas Berg said the terminal was “a fine old building.”');
    expect(qs.map((q) => q.speaker)).toEqual(['Tomas Berg']);
  });
});

describe('attribution: words a verb casts its object as', () => {
  it('credits the subject of "portray", "dismiss", "wave off" and "frame" … as “…”', () => {
    const qs = speakers(
      'The harbour board portrays the new levy as a “modest step.”',
      'Ana Ruiz dismissed the critics as part of the “old quay crowd.”',
      'For now, the ferry company waves off the delays as having “minor” effects.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['the harbour board', 'Ana Ruiz', 'the ferry company']);
  });

  it('credits the phrase between "for" and "to"', () => {
    const qs = speakers('It has been common for local papers to portray the island as a “lost cause.”');
    expect(qs.map((q) => q.speaker)).toEqual(['local papers']);
  });

  it('credits no one for a passive "portrayed as"', () => {
    const qs = speakers('The levy was portrayed as a “modest step” in the spring.');
    expect(qs.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('attribution: no speaker in an inverted "came" or a relative clause after the words', () => {
  it('credits no thing that "came" before a colon, but a person', () => {
    const qs = speakers(
      'The harbour was calm all week. Then came the storm: “Nobody told us the boats would sink.”',
      'The meeting dragged on. Then came Ana Ruiz: “We will keep the ferry.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual([null, 'Ana Ruiz']);
  });

  it('does not credit the subject of a "which" clause on a noun after the words', () => {
    const qs = speakers(
      'Riders called it “a step too far” on the fares, which the board said were fair.',
      'The fares rose by “a step too far” for riders, which the board said was needed.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['riders', null]);
    const opening = speakers('“A step too far” on the fares, which the board said were fair, angered riders.');
    expect(opening.map((q) => q.speaker)).toEqual([null]);
  });
});
