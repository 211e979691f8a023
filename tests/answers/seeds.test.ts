/**
 * The shipped seed corpus through the whole pipeline (load, clean, extract, attribute, group, answer): the
 * main quotations are attributed to the right person with every seed document that quotes them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { openStore } from '../../src/store/open.js';
import type { ClaimStore } from '../../src/store/store.js';

let store: ClaimStore;
beforeAll(async () => {
  store = await openStore('seeds');
});

const documentsOf = (quote: string, speaker?: string) =>
  whoSaid(store, quote, { speaker: speaker ?? null })
    .matches[0]?.outlets.map((o) => o.document.slice(0, 3))
    .sort();

describe('the seed corpus', () => {
  it.each([
    ['strengthen communication at all levels', 'Li Shangfu', ['000', '001', '003']],
    ['continue to expand exchanges at all levels of the two countries navies', 'Nikolai Yevmenov', ['000', '003']],
    ['further strengthen strategic coordination and deepen practical cooperation in various fields', 'Vladimir Putin', ['004']],
    ['deployed troops to track and guard the US warship', 'Shi Yi', ['004']],
    ['maintained a close interaction', 'Tan Kefei', ['004']],
    ['to demonstrate to the outside world the high level of Chinese-Russian relations', 'Li Shangfu', ['001']],
    // "the Russian Navy chief also said … Russia is eager to maintain “close coordination” …, he said"
    ['close coordination', 'Nikolai Yevmenov', ['001']],
  ])('attributes "%s" to %s in every document that quotes it', (quote, speaker, documents) => {
    const r = whoSaid(store, quote);
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe(speaker);
    expect(documentsOf(quote)).toEqual(documents);
  });

  it('merges Yevmenov and Evmenov, Nikolai and Nikolay into one speaker', () => {
    const yevmenov = store.findSpeakers('Evmenov');
    expect(yevmenov.map((s) => s.name)).toEqual(['Nikolai Yevmenov']);
    expect(speakerQuotes(store, 'nikolay evmenov').speaker?.name).toBe('Nikolai Yevmenov');
  });

  it('finds a quotation with typos and British spellings', () => {
    const r = whoSaid(store, 'regularly organise joint exercizes, joint cruises and joint military skills competition');
    expect(r.verdict).toBe('close');
    expect(r.matches[0]!.speaker).toBe('Li Shangfu');
  });

  it('catches a misattribution and names who said it', () => {
    const r = whoSaid(store, 'make positive contributions to maintaining regional and world peace and stability', {
      speaker: 'Vladimir Putin',
    });
    expect(r.verdict).toBe('misattributed');
    expect(r.matches[0]!.speaker).toBe('Li Shangfu');
  });

  it('answers not_found for words nobody in the corpus said', () => {
    expect(whoSaid(store, 'we will never negotiate with the western alliance').verdict).toBe('not_found');
    expect(whoSaid(store, 'the navy will withdraw all ships from the pacific by winter').verdict).toBe('not_found');
  });

  it('compares outlets: two documents quote it word for word, the rewrite only paraphrases', () => {
    const r = compare(store, 'regularly organize joint exercises, joint cruises and joint military skills competition');
    const claim = r.claims[0]!;
    const rendering = Object.fromEntries(claim.outlets.map((o) => [o.document.slice(0, 3), o.rendering]));
    expect(rendering['000']).toBe('verbatim');
    expect(rendering['003']).toBe('verbatim');
    expect(rendering['002']).toBe('paraphrase');
    expect(claim.outlets).toHaveLength(5);
  });

  it.each([
    'strengthen communication at all levels',
    'continue to expand exchanges at all levels of the two countries navies',
    'further strengthen strategic coordination and deepen practical cooperation in various fields',
    'regularly organize joint exercises, joint cruises and joint military skills competition',
    'make positive contributions to maintaining regional and world peace and stability',
  ])('raises no false alarm on "%s": one speaker, no meaning change, no copies', (quote) => {
    const match = whoSaid(store, quote).matches[0]!;
    expect(match.conflict).toBeNull();
    expect(match.meaningChanged).toBe(false);
    expect(match.independentSources).toBe(match.outlets.length);
    expect(match.order).toHaveLength(match.outlets.length);
  });

  it('names the edit between the outlets\' translations of Yevmenov\'s "new heights" remark, and nothing else', () => {
    const claim = compare(store, 'push their military relations to new heights').claims[0]!;
    const flagged = claim.outlets.filter((o) => o.changes.length).map((o) => [o.document.slice(0, 3), o.changes.map((c) => c.kind)]);
    // one translation says the countries "should" push, the others that the navies "continuously" do
    for (const [, kinds] of flagged) expect(kinds).toContain('modality');
    expect(claim.meaningChanged).toBe(true);
  });
});
