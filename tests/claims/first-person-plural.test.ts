/**
 * Round 62: "we" outside quotation marks resolves only to what can be several or a body (as "they" does since round 60),
 * or to the one person whose own voice its paragraph is (an "I" before it there); never to one person the narration
 * names in the third person. Past those it stays "we". Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('"we" after one person named in the third person', () => {
  it('is not credited to that person', () => {
    const [q] = speakers('Ana Ruiz kept the gate shut until we arrived and then told us the pier was closed. “Nobody will pass,” we said.');
    expect(q).toMatchObject({ speaker: 'we', mention: 'we' });
  });

  it('stays "we" as the subject of a verb before the words', () => {
    const [q] = speakers('Tom Hale met the crews at dawn. Later we asked him about the “harbour tax.”');
    expect(q).toMatchObject({ speaker: 'we', mention: 'we' });
  });
});

describe('"we" that a body or a person’s own voice stands behind', () => {
  it('resolves to a body named before', () => {
    const [q] = speakers('The Harbour Trust met on Monday. “We will not back down,” we said.');
    expect(q).toMatchObject({ speaker: 'Harbour Trust', mention: 'we' });
  });

  it('resolves to the person an "I" before it in its paragraph stands for', () => {
    const [q] = speakers(
      'Ana Ruiz wrote on her page:',
      'I think the vote was rushed. The dockers deserve better. But what we should ask is “who pays?”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'we' });
  });
});
