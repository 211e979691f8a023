/**
 * One speaker across outlets: a surname-only (or pronoun) credit of the same words is the person a fuller
 * credit names, and is shown as credited; people who share a surname stay apart.
 */
import { describe, expect, it } from 'vitest';
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
