/** A misattribution whose speaker the outlets give only as a description opens its sentence capitalised (articles of our own). */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'pier.txt',
    outlet: 'Moorfield Mercury',
    date: '2026-01-10',
    text: story('Pier delays', '“The new pier will never be finished before the regatta season,” said one of the fishermen.'),
  },
]);

describe('a described speaker, not the person asked about', () => {
  it('opens the explanation with a capital', () => {
    const r = whoSaid(store, 'the new pier will never be finished before the regatta season', { speaker: 'Albrecht Voss' });
    expect(r.verdict).toBe('misattributed');
    const speaker = r.matches[0]!.speaker!;
    expect(speaker).toMatch(/^[a-z]/);
    expect(r.explanation.startsWith(`${speaker.charAt(0).toUpperCase()}${speaker.slice(1)}, not Albrecht Voss,`)).toBe(true);
  });
});
