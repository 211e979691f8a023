import { describe, expect, it } from 'vitest';
import { NO_RULE } from '../../src/claims/engine.js';
import { extractClaims } from '../../src/claims/extract.js';
import { RULES } from '../../src/claims/rules.js';
import type { Rule } from '../../src/claims/engine.js';
import { doc } from './helpers.js';
import { RULE_CORPUS } from './rule-corpus.js';

const documents = RULE_CORPUS.map((paragraphs) => doc(...paragraphs));

/** Every quotation of the corpus as a comparable record (utterance numbers aside: they count across records). */
function records(rules: readonly Rule[]) {
  return documents.flatMap((d) =>
    extractClaims(d, { rules }).quotes.map((q) => ({
      text: q.text,
      start: q.start,
      kind: q.kind,
      speaker: q.speaker,
      mention: q.speakerMention,
      rule: q.rule as string,
    })),
  );
}

const chain = (rule: string) => rule.split(' < ');

describe('the rule engine', () => {
  const all = records(RULES);

  it('has one list of uniquely named rules', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('records on every quotation the rules of the list that decided it', () => {
    const names = new Set(RULES.map((r) => r.name));
    for (const r of all) for (const name of chain(r.rule)) expect(names).toContain(name);
  });

  it('names the rule in every record of `extract --json`', async () => {
    const { extractFiles } = await import('../../src/cli/extract.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const files = documents.map((d, i) => {
      const file = join(dir, `doc${i}.txt`);
      writeFileSync(file, d.text);
      return file;
    });
    const out = await extractFiles(files);
    const quotes = out.documents.flatMap((d) => d.quotes);
    expect(quotes.length).toBe(all.length);
    for (const q of quotes) expect(q.rule).toMatch(/^[a-z-]+( < [a-z-]+)*$/);
  });

  it('has every rule decide at least one quotation of the written corpus', () => {
    const used = new Set(all.flatMap((r) => chain(r.rule)));
    expect(RULES.map((r) => r.name).filter((n) => !used.has(n))).toEqual([]);
  });

  it.each(RULES.map((r) => r.name))('without "%s", only the quotations that rule decided change', (name) => {
    const without = records(RULES.filter((r) => r.name !== name));
    expect(without).toHaveLength(all.length);
    let changed = 0;
    all.forEach((before, i) => {
      const after = without[i];
      if (JSON.stringify(after) === JSON.stringify(before)) return;
      changed++;
      expect(chain(before.rule)).toContain(name);
    });
    // and what it decided is decided otherwise now (or by no rule)
    expect(changed).toBeGreaterThan(0);
    for (const r of without) expect(chain(r.rule)).not.toContain(name);
  });

  it('gives a quotation no rule answers for the name of that fact', () => {
    const [q] = extractClaims(doc('“Nobody answers for this one.”'), { rules: [] }).quotes;
    expect(q).toMatchObject({ speaker: null, rule: NO_RULE });
  });
});
