/**
 * "She" after a subject neither the text nor the name lists tell a gender of ("Kestrin" is in no list) goes to a
 * woman, by her given name, named in full after that subject close by, not to one named only in passing or as an
 * owner; past a subject two sentences back or more, to a woman named after it in any form. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('pronouns: "she" past a subject of no known gender', () => {
  it('goes to the woman the subject answers', () => {
    const qs = speakers(
      'Kestrin Vald was answering a note from Ana Ruiz, the harbour chief, about the ferry.',
      '“The boat is back in service,” she wrote.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('stays with the subject when no woman is named after it', () => {
    const qs = speakers('Kestrin Vald, the mayor, spoke on Monday. “We agreed on the port,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'she' });
  });

  it('stays with the subject past a woman named as an owner', () => {
    const qs = speakers('Kestrin Vald faulted Ana Ruiz’s plan on Monday. “It will sink the port,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'she' });
  });

  it('stays with the subject past a woman named by her surname alone', () => {
    const qs = speakers(
      'Ana Ruiz won the vote in March.',
      'Kestrin Vald, a Ruiz supporter, spoke at the hall on Monday.',
      '“The port cannot pay for it,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'she' });
  });

  it('goes to a woman named in any form after a subject two sentences back or more', () => {
    const qs = speakers(
      'Ana Ruiz won the vote in March.',
      'Party Chairman Kestrin Vald called Ruiz’s remarks a “new low.”',
      'The answer was short. But it made headlines for a week. “It is a lost cause,” she said.',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('stays with a subject the sentence before names', () => {
    const qs = speakers(
      'Ana Ruiz won the vote in March.',
      'Party Chairman Kestrin Vald called Ruiz’s remarks a “new low.”',
      'Years earlier, she had called the port “a lost cause.”',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'she' });
  });

  it('leaves "he" with the subject', () => {
    const qs = speakers('Kestrin Vald was answering a note from Ana Ruiz about the ferry. “The boat is back in service,” he wrote.');
    expect(qs[0]).toMatchObject({ speaker: 'Kestrin Vald', mention: 'he' });
  });
});
