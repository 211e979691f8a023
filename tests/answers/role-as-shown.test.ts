/**
 * A role as an answer shows it: the role's own noun phrase, not the words of the sentence an outlet wrote before it
 * ("meeting with Harbour Commissioner" is the "Harbour Commissioner"); what follows a role noun stays.
 */
import { describe, expect, it } from 'vitest';
import { roleAsShown } from '../../src/answers/roles.js';
import { speakerLabel } from '../../src/render/labels.js';

describe('a role as shown', () => {
  it('leaves out the sentence’s words before the role', () => {
    expect(roleAsShown('meeting with Harbour Commissioner')).toBe('Harbour Commissioner');
    expect(roleAsShown('a sharp swipe at opposition rival')).toBe('opposition rival');
    expect(roleAsShown('plan championed by Green Party candidate')).toBe('Green Party candidate');
    expect(roleAsShown('talks with')).toBeNull();
  });

  it('keeps a role and what it is of or for, and the joining words of a name', () => {
    for (const role of [
      'head of the coast guard',
      'spokeswoman for the port authority',
      'Minister of Fisheries',
      'Institute for Coastal Studies director',
      'former Secretary of State',
      'Harbour Commissioner',
    ])
      expect(roleAsShown(role), role).toBe(role);
  });

  it('is what a speaker’s label shows, each role once', () => {
    expect(speakerLabel('Oskar Lindahl', ['meeting with Harbour Commissioner', 'Harbour Commissioner'])).toBe(
      'Oskar Lindahl (Harbour Commissioner)',
    );
    expect(speakerLabel('Oskar Lindahl', ['talks with'])).toBe('Oskar Lindahl');
  });
});
