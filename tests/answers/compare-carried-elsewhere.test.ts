/**
 * /compare with an outlet filter none of whose articles carries a claim on the topic: the claim names the outlets
 * that do carry it, rather than reading as carried by nobody.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { compareText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'canal-a.txt',
    outlet: 'Lock Keeper News',
    date: '2026-07-01',
    text: story(
      'Canal locks to close',
      '"The canal locks will close for repairs through the whole of August," waterways manager Petronella Vos said.',
    ),
  },
  {
    file: 'canal-b.txt',
    outlet: 'Towpath Journal',
    date: '2026-07-02',
    text: story(
      'Canal repairs in August',
      'The canal locks are old and the repairs are overdue, boat owners said at a meeting on the towpath.',
      '"We were told nothing about the canal repairs," boat owner Jens Aalto said.',
    ),
  },
]);

describe('a claim no outlet of the filter carries', () => {
  it('names the outlets outside the filter that carry it', () => {
    const r = compare(store, 'canal locks will close for repairs in August', { outlets: ['Towpath Journal'] });
    const claim = r.claims.find((c) => c.quote.includes('canal locks will close'));
    expect(claim).toBeDefined();
    expect(claim!.outlets.every((o) => o.rendering === 'absent')).toBe(true);
    expect(claim!.carriedElsewhere).toEqual(['Lock Keeper News']);
    expect(r.explanation).toBe('Towpath Journal does not carry the claim on this topic; other outlets do (below).');
    expect(compareText(r)).toContain('Carried only by outlets not asked for: Lock Keeper News');
  });

  it('says nothing of it when an outlet of the filter carries the claim', () => {
    const r = compare(store, 'canal locks will close for repairs in August', { outlets: ['Lock Keeper News'] });
    expect(r.claims[0]!.carriedElsewhere).toBeUndefined();
    expect(r.explanation).toMatch(/^1 claim compared across 1 document/);
    expect(compare(store, 'canal locks will close for repairs in August').claims[0]!.carriedElsewhere).toBeUndefined();
  });
});
