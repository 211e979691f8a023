/** Follow-ups as members type them in a hurry: no question mark, a misspelt question word, a name after "what about". */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, isChatter, parseFollowUp } from '../../src/answers/follow-up.js';
import { followUpText } from '../../src/render/follow-up.js';
import { fixtureStore } from './fixtures.js';

const OUTLETS = ['Harbor Times', 'Coast Daily', 'Bay Herald', 'Valley Post'];
const store = fixtureStore();
const thread = { query: 'will rebuild the northern pier', speaker: null, outlet: null };

describe('sloppy follow-ups', () => {
  it.each([
    // was a quotation to check: "You asked: “wat did the coast daily say”", not found
    ['wat did the coast daily say', { kind: 'outlet', outlet: 'Coast Daily' }],
    ['wich outlets carried it', { kind: 'carriers' }],
    // was who said it, as if answering why
    ['why did she say it?', { kind: 'why' }],
    ['but why would he say that', { kind: 'why' }],
    // was "Not understood" (read as "was it <what she actually said>?")
    ['is that what she actually said?', { kind: 'said-by', name: null }],
    // was "Not understood": the courtesy before the question
    ['thanks, who said it?', { kind: 'said-by', name: null }],
    ['great! and when was it published?', { kind: 'dates' }],
    ['hi bot, was it Coast Daily?', { kind: 'was-it', name: 'Coast Daily', hint: null }],
    ['Great, the festival will return bigger than ever', { kind: 'who-said', quote: 'Great, the festival will return bigger than ever' }],
    // a pasted sentence is still a quotation
    ['what the council did was wrong', { kind: 'who-said', quote: 'what the council did was wrong' }],
  ])('%s', (message, intent) => {
    expect(parseFollowUp(message, OUTLETS)).toEqual(intent);
  });

  it('says "why?" is not something the corpus answers, and points to the context', () => {
    const text = followUpText(answerFollowUp(store, thread, 'why did she say it?').answer);
    expect(text).toMatch(/not why they were said/);
    expect(text).toMatch(/show the context/);
  });

  it('answers "what about Haddad?", "and Haddad?" and "same for Haddad" with that person’s quotations', () => {
    for (const message of ['what about Haddad?', 'and Haddad?', 'same for Haddad']) {
      expect(isChatter(store, message, thread)).toBe(false);
      const { answer } = answerFollowUp(store, thread, message);
      expect(answer.kind).toBe('quotes');
      expect(followUpText(answer)).toMatch(/Omar Haddad/);
    }
    expect(isChatter(store, 'thanks', thread)).toBe(true);
  });
});

describe('an outlet misspelt in a thread', () => {
  it('says which outlet of the corpus is spelt closest ("what did the coast dialy say?")', () => {
    const { answer } = answerFollowUp(store, thread, 'what did the coast dialy say?');
    expect(answer.kind).toBe('help');
    const text = followUpText(answer);
    expect(text).toMatch(/No outlet called “the coast dialy” is in the corpus/);
    expect(text).toMatch(/Did you mean Coast Daily\? Ask what did Coast Daily say\?/);
    // a name like no outlet gets no guess
    expect(followUpText(answerFollowUp(store, thread, 'what did the Moon Gazette say?').answer)).not.toMatch(/Did you mean/);
  });
});

describe('several outlets asked about at once', () => {
  it('answers "did Coast Daily and the Valley Post carry it?" outlet by outlet', () => {
    const text = followUpText(answerFollowUp(store, thread, 'did Coast Daily and the Valley Post carry it?').answer);
    expect(text).toMatch(/Coast Daily: yes · Valley Post: no\. The documents that carry these words are below\./);
  });
});
