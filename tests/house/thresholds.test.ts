/** README's threshold table says what the code does: every tuned number, its value, from the frozen objects. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_LIMITS } from '../../src/answers/compare.js';
import { NAME_SUGGESTIONS } from '../../src/answers/lists.js';
import { CONFLICT_THRESHOLDS } from '../../src/answers/conflicts.js';
import { WHO_SAID_THRESHOLDS } from '../../src/answers/who-said.js';
import { COPY_THRESHOLDS } from '../../src/corpus/copies/copies.js';
import { GROUPING_THRESHOLDS } from '../../src/store/grouping/group.js';
import { SYNONYM_WEIGHT } from '../../src/store/search/align.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
/** `| `NAME.key` | value |` rows of README (and the one plain constant, `SYNONYM_WEIGHT`). */
const rows = new Map([...README.matchAll(/^\|\s*`([A-Z_]+\.[A-Za-z]+|SYNONYM_WEIGHT)`\s*\|\s*([^|]+?)\s*\|/gm)].map((m) => [m[1]!, m[2]!]));

const objects: Record<string, Readonly<Record<string, number>>> = {
  WHO_SAID_THRESHOLDS,
  COMPARE_LIMITS,
  CONFLICT_THRESHOLDS,
  GROUPING_THRESHOLDS,
  COPY_THRESHOLDS,
  NAME_SUGGESTIONS,
};

describe("README's threshold table", () => {
  it.each(Object.entries(objects))('lists every value of %s as the code has it', (name, values) => {
    expect(Object.isFrozen(values)).toBe(true);
    for (const [key, value] of Object.entries(values)) expect(rows.get(`${name}.${key}`), `${name}.${key}`).toBe(String(value));
  });

  it('lists the weight of a word of the same meaning', () => {
    expect(rows.get('SYNONYM_WEIGHT')).toBe(String(SYNONYM_WEIGHT));
  });

  it('lists nothing the code does not have', () => {
    for (const key of rows.keys()) {
      const [name, field] = key.split('.');
      if (name === 'SYNONYM_WEIGHT') continue;
      expect(objects[name!], key).toBeDefined();
      expect(field! in objects[name!]!, key).toBe(true);
    }
  });
});
