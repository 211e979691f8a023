import { describe, expect, it } from 'vitest';
import { claimReview } from '../../src/answers/claim-review.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { fixtureStore } from './fixtures.js';

describe('claimReview', () => {
  const store = fixtureStore();
  const now = new Date('2024-06-01T12:00:00Z');

  it('gives schema.org ClaimReview JSON-LD: the claim, its author and every appearance, the verdict as the rating', () => {
    const review = claimReview(whoSaid(store, 'rebuild the northern pier before the summer season', { speaker: 'Omar Haddad' }), now);
    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.datePublished).toBe('2024-06-01');
    expect(review.claimReviewed).toBe('Omar Haddad: “rebuild the northern pier before the summer season”');
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Dana Whitfield' });
    expect(review.itemReviewed.appearance.map((a) => a.publisher?.name).sort()).toEqual(['Coast Daily', 'Harbor Times']);
    expect(review.itemReviewed.firstAppearance).toEqual({ '@type': 'CreativeWork', datePublished: '2024-03-01' });
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'Misattributed' });
    expect(review.isBasedOn.version).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });

  it('says "No record found" with no appearance when nothing matches', () => {
    const review = claimReview(whoSaid(store, 'the moon is made of green cheese'), now);
    expect(review.reviewRating.alternateName).toBe('No record found');
    expect(review.itemReviewed.appearance).toEqual([]);
    expect(review.itemReviewed.author).toBeUndefined();
  });
});
