/**
 * A close answer's diff matches the member's opening words ("I", "we") where the quotation holds them nearest the
 * rest of their words, not at an earlier "I" of the quotation (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'quarry.txt',
    outlet: 'Brackwater Times',
    date: '2026-01-20',
    text: story(
      'Quarry row',
      '“I think the parish deserves a vote on the quarry before anything is signed. I believe the new quarry is ruining the valley’s chance to win back its walkers,” said parish clerk Elowen Tarrant.',
      '“How many of you think we lose visitors because the paths are muddy? I suspect we’re losing the walkers because they think the quarry dust is dangerous,” said guide Fenwick Oyelaran.',
    ),
  },
]);

describe('the diff of a close answer', () => {
  it('matches the member’s opening "I" at the quotation’s nearest one, the earlier words cut', () => {
    const result = whoSaid(store, 'I beleive the new quarry is ruining the valley');
    expect(result.verdict).toBe('close');
    const diff = result.askedDiff!;
    expect(diff[0]).toEqual({ op: 'added', text: '… before anything is signed.' });
    expect(diff[1]).toEqual({ op: 'same', text: 'I' });
    expect(diff[2]).toEqual({ op: 'removed', text: 'beleive' });
    expect(diff[3]).toEqual({ op: 'added', text: 'believe' });
  });

  it('does not reach back to an earlier "we" across the quotation', () => {
    const result = whoSaid(store, 'we are losing the walkers because they think the quarry dust is dangerous');
    expect(result.verdict).toBe('close');
    const diff = result.askedDiff!;
    expect(diff[0]!.op).toBe('added');
    expect(diff[0]!.text).toMatch(/I suspect we’re$/);
    expect(diff[0]!.text).not.toContain('lose visitors');
    expect(diff[1]).toEqual({ op: 'removed', text: 'we are' });
  });
});
