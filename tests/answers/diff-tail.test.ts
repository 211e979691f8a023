/**
 * A close answer's diff shows a few of the quotation's words beyond those asked about, not as far as the next
 * word the member happened to type too ("not" of "can not"), articles of our own.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'harbour.txt',
    outlet: 'Fenmoor Echo',
    date: '2025-05-01',
    text: story(
      'Harbour plan',
      '"I cannot and will not support the harbour plan for the island. After much thought I have concluded that the mayor has not shown the judgement the post needs," said councillor Petra Olm.',
    ),
  },
]);

describe('the quotation’s words after those asked about', () => {
  it('are cut to a few, past a word the member typed elsewhere', () => {
    const r = whoSaid(store, 'I can not and will not support the harbour plan');
    expect(r.verdict).toBe('close');
    expect(r.askedDiff?.at(-1)).toEqual({ op: 'added', text: 'for the island. After …' });
  });
});
