/**
 * "what did X say about Y?" in a thread: X's quotations on Y (its words, a stem or a WordNet synonym, in the
 * quotation or the sentence or paragraph leading into it), and when none is on it, said so with all of them listed.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'gazette.txt',
    outlet: 'Harbour Gazette',
    date: '2026-03-02',
    text: story(
      'Harbour council splits over ferry fares',
      'Mayor Ilka Varga defended the new ferry fares on Monday. "The ferry cannot run on goodwill alone, and the fares reflect what fuel now costs," Varga told reporters at the quay.',
      'Varga also spoke about the school roof. "Every classroom will be dry before the first frost," she said.',
    ),
  },
  {
    file: 'courier.txt',
    outlet: 'Island Courier',
    date: '2026-03-03',
    text: story(
      'Island families protest fare rise',
      'Mayor Ilka Varga said the council had no choice. "The ferry cannot run on goodwill alone," Varga said. She added that the budget for libraries would be protected: "Not one library will close while I am mayor."',
    ),
  },
]);

const ctx = { query: 'The ferry cannot run on goodwill alone', speaker: null, outlet: null };

function quotesFor(message: string) {
  const { answer } = answerFollowUp(store, ctx, message);
  expect(answer.kind).toBe('quotes');
  if (answer.kind !== 'quotes') throw new Error('not quotes');
  return answer.result;
}

describe('what did a person say about a topic, in a thread', () => {
  it('lists the quotations on the topic only, a plural matching a singular', () => {
    const result = quotesFor('what did Varga say about the libraries?');
    expect(result.quotes.map((q) => q.quote)).toEqual(['Not one library will close while I am mayor.']);
    expect(result.about).toEqual({ topic: 'the libraries', matched: true, of: 4 });
    expect(speakerQuotesText(result)).toContain('On “the libraries”: 1 of Ilka Varga’s 4 quotes.');
  });

  it('finds a quotation by the sentence leading into it, for a pronoun and for a role', () => {
    for (const message of ['what did she say about the school?', 'what did the mayor say about the school?']) {
      expect(quotesFor(message).quotes.map((q) => q.quote)).toEqual(['Every classroom will be dry before the first frost,']);
    }
  });

  it('says when no quotation is on the topic, and lists every one as before', () => {
    const result = quotesFor('what did Varga say about the weather?');
    expect(result.about).toEqual({ topic: 'the weather', matched: false, of: 4 });
    expect(result.quotes).toHaveLength(4);
    expect(speakerQuotesText(result)).toContain(
      'None of Ilka Varga’s quotes mentions “the weather”, nor do the words around them: all 4 are listed.',
    );
  });

  it('leaves a question without a topic as it was', () => {
    const result = quotesFor('what did Varga say?');
    expect(result.about).toBeUndefined();
    expect(result.quotes).toHaveLength(4);
  });
});
