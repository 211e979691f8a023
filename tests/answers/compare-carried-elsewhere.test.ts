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

describe('a claim carried outside the filter inside a longer quotation', () => {
  const longer = writtenStore([
    {
      file: 'tram-a.txt',
      outlet: 'Riverside Herald',
      date: '2026-08-03',
      text: story(
        'Tram line extended',
        'City planner Oskar Lindqvist said the council should "add evening trams on weekdays, extra trams on market days and late trams on Saturdays", as well as "repaint the old depot beside the eastern bridge".',
      ),
    },
    {
      file: 'tram-b.txt',
      outlet: 'Canal Street Times',
      date: '2026-08-04',
      text: story(
        'Depot to be renovated',
        'Under the plan, “the suburbs will no longer wait an hour for a tram,” Oskar Lindqvist said, adding that the council “will hire painters this autumn and repaint the old depot beside the eastern bridge.”',
      ),
    },
    {
      file: 'tram-c.txt',
      outlet: 'Hilltop Weekly',
      date: '2026-08-05',
      text: story(
        'Residents question tram plans',
        'Residents met on Monday to discuss the tram plans of city planner Oskar Lindqvist and the eastern bridge.',
        '"Nobody asked us about the timetable," resident Maja Berg said.',
      ),
    },
  ]);
  const words = 'repaint the old depot beside the eastern bridge';

  it('names that outlet too, as /compare without the filter counts it as carrying the claim', () => {
    const unfiltered = compare(longer, words).claims.find((c) => c.quote.includes('evening trams'));
    expect(unfiltered?.outlets.find((o) => o.outlet === 'Canal Street Times')?.rendering).toBe('reworded');
    const r = compare(longer, words, { outlets: ['Hilltop Weekly'] });
    const claim = r.claims.find((c) => c.quote.includes('evening trams'));
    expect(claim?.carriedElsewhere).toEqual(['Riverside Herald', 'Canal Street Times']);
    expect(compareText(r)).toContain('Carried only by outlets not asked for: Riverside Herald, Canal Street Times');
  });

  it('names no outlet whose article holds no part of the claim', () => {
    const r = compare(longer, words, { outlets: ['Hilltop Weekly'] });
    for (const c of r.claims) expect(c.carriedElsewhere ?? []).not.toContain('Hilltop Weekly');
  });
});
