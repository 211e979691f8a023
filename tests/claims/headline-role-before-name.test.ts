/**
 * A title-case headline whose speaker has a role before the name ("Police Chief Mara Doyle Says “…”"): the name
 * is the speaker, the role left out, when a verb of saying follows it.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

const BODY = 'Mara Doyle, the city’s police chief, spoke to reporters at the river on Tuesday.';

describe('a title-case headline with a role before the speaker’s name', () => {
  it('credits the name after a role of two words and "Says", the role left out', () => {
    const quotes = speakersIn('Police Chief Mara Doyle Says “We Will Reopen The Bridge”', BODY);
    expect(quotes[0]).toEqual({ text: 'We Will Reopen The Bridge', speaker: 'Mara Doyle', mention: 'Mara Doyle' });
  });

  it('reads a longer role, one with an office after "of", and other verbs of saying', () => {
    expect(speakersIn('Former Deputy Police Chief Mara Doyle Warns ‘The River Is Rising’', BODY)[0]?.speaker).toBe('Mara Doyle');
    expect(speakersIn('Secretary of State Mara Doyle Tells Crews ‘Stay Off The Ice’', BODY)[0]?.speaker).toBe('Mara Doyle');
    expect(speakersIn('Secretary Of State Mara Doyle Tells Crews ‘Stay Off The Ice’', BODY)[0]?.speaker).toBe('Mara Doyle');
    expect(speakersIn('Ohio Governor Mara Doyle Said ‘We Are Ready For The Flood’', BODY)[0]?.speaker).toBe('Mara Doyle');
  });

  it('credits no one when the verb is no verb of saying: the line may be about the person', () => {
    const quotes = speakersIn('Police Chief Mara Doyle Is A ‘Danger To The Whole City’', BODY);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('credits no one when the words before the name are no role the lists know', () => {
    const quotes = speakersIn('Critics Of Police Chief Mara Doyle Say ‘She Must Step Down’', BODY);
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('credits no one when the document names no such person', () => {
    const quotes = speakersIn(
      'Police Chief Mara Doyle Says “We Will Reopen The Bridge”',
      'The bridge has been closed since the storm in May.',
    );
    expect(quotes[0]?.speaker).toBeNull();
  });

  it('credits the name after the words, the verb before or after a longer role', () => {
    const says = speakersIn('‘We Will Reopen The Bridge,’ Says Former Police Chief Mara Doyle', BODY)[0];
    expect(says).toEqual({ text: 'We Will Reopen The Bridge,', speaker: 'Mara Doyle', mention: 'Former Police Chief Mara Doyle' });
    const tells = speakersIn('Bridge Is ‘Safe Again,’ Former Deputy Police Chief Mara Doyle Tells Crews', BODY)[0];
    expect(tells?.speaker).toBe('Mara Doyle');
  });
});
