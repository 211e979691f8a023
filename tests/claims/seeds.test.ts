import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { buildSpeakerIndex } from '../../src/claims/speakers.js';
import { prepareDocument } from '../../src/corpus/prepare.js';

const dir = 'seeds';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const docs = files.map((f) => ({ documentId: f, claims: extractClaims(prepareDocument(f, readFileSync(join(dir, f), 'utf8'))) }));
const index = buildSpeakerIndex(docs);
/** Canonical speaker name of every attributed quotation, per document. */
const spoken = docs.map(({ documentId, claims }) =>
  claims.quotes.filter((q) => q.speaker).map((q) => ({ q, name: index.resolve(documentId, q.speaker!)?.name ?? q.speaker! })),
);

describe('seed corpus', () => {
  it('attributes every full-sentence quotation and most quotations overall', () => {
    const all = docs.flatMap((d) => d.claims.quotes);
    const sentences = all.filter((q) => q.text.split(/\s+/).length >= 8);
    expect(sentences.every((q) => q.speaker)).toBe(true);
    expect(all.filter((q) => q.speaker).length / all.length).toBeGreaterThan(0.8);
  });

  it('merges the two spellings of the Russian navy chief into one canonical speaker', () => {
    const navy = index.speakers.filter((s) => /menov$/.test(s.name));
    expect(navy).toHaveLength(1);
    expect(navy[0]!.name).toBe('Nikolai Yevmenov');
    expect(navy[0]!.aliases).toEqual(expect.arrayContaining(['Nikolay Evmenov']));
    const docsQuoting = spoken.filter((list) => list.some((x) => x.name === 'Nikolai Yevmenov')).length;
    expect(docsQuoting).toBeGreaterThanOrEqual(3);
  });

  it('names each main speaker with the fullest form', () => {
    const names = new Set(spoken.flat().map((x) => x.name));
    for (const n of ['Li Shangfu', 'Nikolai Yevmenov', 'Vladimir Putin', 'Shi Yi', 'Tan Kefei', 'Beijing', 'the Chinese military']) {
      expect(names).toContain(n);
    }
    expect([...names].some((n) => /Seventh Fleet/.test(n))).toBe(true);
  });

  it('keeps the pronoun or description that attributes a quotation as its mention', () => {
    const mentions = spoken.flat().filter((x) => x.q.speakerMention!.text !== x.q.speaker);
    expect(mentions.some((x) => x.q.speakerMention!.text === 'the spokesman' && x.name === 'Shi Yi')).toBe(true);
    expect(mentions.some((x) => x.q.speakerMention!.text === 'the Russian Navy chief' && x.name === 'Nikolai Yevmenov')).toBe(true);
    for (const { q } of spoken.flat()) {
      const doc = docs.find((d) => d.claims.quotes.includes(q))!;
      const text = readFileSync(join(dir, doc.documentId), 'utf8');
      expect(text.slice(q.speakerMention!.start, q.speakerMention!.end)).toBe(q.speakerMention!.text);
    }
  });

  it('leaves scare quotes unattributed', () => {
    const phrases = docs.flatMap((d) => d.claims.quotes).filter((q) => q.kind === 'phrase');
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.every((q) => q.speaker === null && q.text.split(/\s+/).length <= 4)).toBe(true);
  });
});
