/**
 * The reporting verb whose clause holds an inner speech verb: found further back, and as a participle set off by a
 * comma ("…, stating that …") or a base form after "to" ("went on to say that …"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('outer reporting verb of an inner speech verb', () => {
  it('gives a quotation inside a clause reported by a participle after a comma to the participle’s subject', () => {
    const [q] = speakers(
      'Ana Ruiz laid out her plan for the harbour, stating that the town should formally declare war on a company that has declared a “monopoly over the whole bay.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('gives a quotation inside a clause reported by "went on to say" to that verb’s subject', () => {
    const [q] = speakers(
      'Ana Ruiz spoke on Monday.',
      'She went on to say that, because Li Wei testified that her answers were “truthful,” the matter was closed.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'She' });
  });

  it('finds the reporting verb further back than a dozen words', () => {
    const [q] = speakers(
      'Ana Ruiz noted that although the late ferries are nothing new on the island - she wrote her first column on them years ago, “You see it with every delay, and it is a serious problem.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('leaves a participle with no comma before it to the inner verb', () => {
    const [q] = speakers('Li Wei kept stating that the harbour board said the plan was “dead on arrival in every way.”');
    expect(q?.mention).toBe('the harbour board');
  });
});
