/**
 * A person named with the body they belong to ("Tomas Berg of the Harbour Church said"): the subject is the person,
 * not the body, also past a chain of bodies ("of the University of Ostend"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a person of a body as the subject of a verb of saying', () => {
  it('credits the person before "of the" and the body', () => {
    const [q] = speakers('Bishop Tomas Berg of the Harbour Church said, “We have suffered enough.”');
    expect(q).toMatchObject({ speaker: 'Tomas Berg' });
  });

  it('credits the person past a chain of bodies', () => {
    const [church] = speakers('As Tomas Berg of the Harbour Church of Ostend told the paper, “We have suffered enough.”');
    expect(church).toMatchObject({ speaker: 'Tomas Berg' });
    const [university] = speakers('Dana Shore of the University of Ostend said, “The numbers do not add up.”');
    expect(university).toMatchObject({ speaker: 'Dana Shore' });
  });

  it('leaves a body of a body to the body', () => {
    const [q] = speakers('Recently, the Research Office of the Harbour Board concluded that the methods were “not suited to the task.”');
    expect(q).toMatchObject({ speaker: 'Harbour Board' });
  });
});
