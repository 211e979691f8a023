import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { fixtureStore } from './fixtures.js';

const store = fixtureStore();

describe('compare', () => {
  it('puts each outlet on the story in one of verbatim, reworded (with a diff) or paraphrase; one on another story is not listed', () => {
    const r = compare(store, 'rebuild the northern pier');
    const claim = r.claims[0]!;
    expect(claim.speaker).toBe('Dana Whitfield');
    const by = Object.fromEntries(claim.outlets.map((o) => [o.outlet, o]));
    // (Valley Post's only article is on an orchard festival: it did not "leave out" the mayor's words)
    expect(Object.keys(by).sort()).toEqual(['Bay Herald', 'Coast Daily', 'Harbor Times']);
    const renderings = claim.outlets.map((o) => o.rendering).sort();
    expect(renderings).toEqual(['paraphrase', 'reworded', 'verbatim']);
    expect(by['Bay Herald']!.rendering).toBe('paraphrase');
    const reworded = claim.outlets.find((o) => o.rendering === 'reworded')!;
    expect(reworded.diff?.some((d) => d.op !== 'same')).toBe(true);
  });

  it('limits the comparison to the outlets asked for', () => {
    const r = compare(store, 'rebuild the northern pier', { outlets: ['Bay Herald', 'Valley Post'] });
    expect(r.claims[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Bay Herald']);
    expect(r.offTopic).toEqual([{ document: 'valley-post.txt', outlet: 'Valley Post' }]);
  });

  it('names an unknown outlet instead of comparing nothing', () => {
    const r = compare(store, 'pier', { outlets: ['Moon Gazette'] });
    expect(r.claims).toEqual([]);
    expect(r.explanation).toContain('Moon Gazette');
  });

  it('says so when no claim matches the topic', () => {
    expect(compare(store, 'volcanic eruption forecasts').claims).toEqual([]);
  });
});
