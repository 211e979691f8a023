/**
 * Round 65: a short paragraph of one sentence with no verb, closed by a quotation of a few words, is a heading over the
 * text after it ("Wary of “chaos.”", "The pull of “home.”"): the phrase opening it is no speaker, unless it is a person
 * named ("Ana Ruiz On The “Quick Fix”", "The mayor on “chaos.”"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const before = '“We will open the quay in May,” Ana Ruiz said at the harbour on Monday.';
const after = 'For the dock workers, the harbour board has long been slow to act.';

describe('a heading with no verb', () => {
  it('credits no one with its quotation', () => {
    expect(speakers(before, 'Wary of “chaos.”', after)[1]).toMatchObject({ text: 'chaos.', speaker: null });
    expect(speakers(before, 'The pull of “home.”', after)[1]).toMatchObject({ text: 'home.', speaker: null });
    expect(speakers(before, 'Nov. 4, 2015 The harbour “deal.”', after)[1]).toMatchObject({ text: 'deal.', speaker: null });
  });

  it('still credits a person: one the document names, a name in full, a role', () => {
    expect(speakers(before, 'Ruiz on the “quick fix.”', after)[1]).toMatchObject({ speaker: 'Ana Ruiz' });
    expect(speakers(before, 'Tomas Lindqvist on “chaos.”', after)[1]).toMatchObject({ speaker: 'Tomas Lindqvist' });
    expect(speakers(before, 'The mayor on “chaos.”', after)[1]).toMatchObject({ speaker: 'the mayor' });
  });
});

describe('not a heading', () => {
  it('a lead before a colon names whose words follow', () => {
    expect(speakers(before, 'NPR editorial: “Shut the quay.”', after)[1]).toMatchObject({ speaker: 'NPR' });
  });

  it('a sentence with its verb keeps the clause subject', () => {
    expect(speakers(before, 'Ana Ruiz fears “chaos.”', after)[1]).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
