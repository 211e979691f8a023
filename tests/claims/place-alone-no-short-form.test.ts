import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a state or country alone is no short form of a longer name it opens', () => {
  it('leaves "Back in Ohio" to the state, so "she" goes to the woman named there, not to the Ohio Statehouse', () => {
    const quotes = speakersIn(
      '“It was a rough year,” Mr. Holm said.',
      'Back in Ohio, plant closings are the last thing state Representative Jolene Vasquez wants to hear about. Jobs there pay more, she said.',
      '“My family all worked on the line,” she said across the street from the Ohio Statehouse.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Holm', 'Jolene Vasquez']);
  });
});
