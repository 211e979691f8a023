/**
 * A who-said answer that finds nothing, with no more to say of why, ends on what the member can try next.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { whoSaidText } from '../../src/render/text.js';
import { ClaimStore } from '../../src/store/store.js';

const documents = [
  prepareDocument(
    'gazette-1.txt',
    'Orchard fair moves indoors\n\n"The cider tent will be in the old market hall this year," said organiser Bram Otieno.\n',
    { file: 'gazette-1.txt', outlet: 'Kellwick Gazette', date: '2025-10-03' },
  ),
];
const store = ClaimStore.fromCorpus({ dir: 'who-said-not-found', documents, errors: [] });

describe('who-said: nothing found', () => {
  it('says what to try next when there is no other reason to give', () => {
    const result = whoSaid(store, 'the lighthouse keeper painted every step blue before the storm');
    expect(result.verdict).toBe('not_found');
    expect(whoSaidText(result)).toContain('Try a shorter part you are sure of');
  });

  it('gives the reason it has instead, for a speaker’s name typed as the words', () => {
    const text = whoSaidText(whoSaid(store, 'Bram Otieno'));
    expect(text).toContain('/quotes speaker:Bram Otieno');
    expect(text).not.toContain('Try a shorter part');
  });
});
