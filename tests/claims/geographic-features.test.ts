/**
 * Round 65: a name of two words or more ending in a geographic feature's word is a place, no person ("The Baltic Sea",
 * "Silicon Valley"), so a scare quote in a clause it is the subject of is no one's wording. A feature word inside a
 * title before a name leaves the name a person's. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a geographic feature as the subject of the clause', () => {
  it('a name ending in a geographic feature is a place, no speaker', () => {
    expect(speakers('The Baltic Sea has become a flashpoint under the navy’s new “forward posture” plan.')[0]).toMatchObject({
      speaker: null,
    });
    expect(speakers('Silicon Valley loves a “moonshot” of that kind.')[0]).toMatchObject({ speaker: null });
  });
});

describe('still a person', () => {
  it('a person subject keeps the words', () => {
    const [q] = speakers(
      'Ana Ruiz has several such towns, including Ellsworth and “the quiet capital of the whole coast,” home to two colleges.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('a feature word inside a title before a name is no place', () => {
    expect(speakers('Harbour Valley Mayor Tom Hale called it a “quick fix.”')[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
});
