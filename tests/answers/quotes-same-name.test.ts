/**
 * /quotes of a description several unnamed people go by ("the harbour master" in two outlets' articles): the
 * others are counted, not suggested under the very name that was asked (asking it again reaches the same one).
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'north.txt',
    outlet: 'North Shore Log',
    date: '2026-08-03',
    text: story('Dredging starts', '"The channel will be dredged before the tall ships arrive," the harbour master said.'),
  },
  {
    file: 'south.txt',
    outlet: 'South Bay Bulletin',
    date: '2026-08-04',
    text: story('Mooring fees', '"Mooring fees stay the same for local fishermen next year," the harbour master said.'),
  },
]);

describe('/quotes of a name two unnamed speakers share', () => {
  it('counts the other, and suggests no name that is the one asked', () => {
    const named = [...store.speakers.values()].filter((s) => s.name === 'the harbour master');
    expect(named.length).toBe(2);
    const r = speakerQuotes(store, 'the harbour master');
    expect(r.speaker?.name).toBe('the harbour master');
    expect(r.suggestions).not.toContain('the harbour master');
    expect(r.sameName).toBe(1);
    expect(speakerQuotesText(r)).toContain('1 other speaker is called “the harbour master” too: /who-said with their words finds theirs.');
  });
});
