/**
 * /quotes with a role typed for the person ("the mayor", "councillor"): no name fits, so the one person the outlets
 * give that role is answered, and said to be read so; several people of the role are offered, not "not found" alone.
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'gazette.txt',
    outlet: 'Harbour Gazette',
    date: '2026-03-02',
    text: story(
      'Harbour council splits over ferry fares',
      'Mayor Ilka Varga defended the fares. "The ferry cannot run on goodwill alone," Varga told reporters.',
      'Councillor Teodor Brandt disagreed. "Families on the island are paying for a crisis they did not make," Brandt said.',
      'Councillor Mia Holm agreed with him. "The fares were set without asking a single islander," Holm said.',
    ),
  },
]);

describe('/quotes by a role', () => {
  it('answers with the one person of that role, and says the words were read as a role', () => {
    const result = speakerQuotes(store, 'the mayor');
    expect(result.speaker?.name).toBe('Ilka Varga');
    expect(result.role).toBe('the mayor');
    expect(result.quotes.map((q) => q.quote)).toContain('The ferry cannot run on goodwill alone,');
    expect(speakerQuotesText(result)).toContain('“the mayor” is a role: the one person the outlets give it to is Ilka Varga.');
  });

  it('offers each person of a role several hold', () => {
    const result = speakerQuotes(store, 'councillor');
    expect(result.speaker).toBeNull();
    expect(result.suggestions).toEqual(expect.arrayContaining(['Teodor Brandt', 'Mia Holm']));
  });

  it('leaves a name as it was', () => {
    const result = speakerQuotes(store, 'Varga');
    expect(result.speaker?.name).toBe('Ilka Varga');
    expect(result.role).toBeUndefined();
  });
});
