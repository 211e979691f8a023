import { describe, expect, it } from 'vitest';
import { manifestId, parseManifest } from '../../src/corpus/manifest.js';

describe('parseManifest', () => {
  it('keys valid entries by normalised id and normalises dates', () => {
    const m = parseManifest(JSON.stringify([{ file: './sub\\a.txt', outlet: 'DW', date: 'July 3, 2023', title: null }]));
    expect(m.errors).toEqual([]);
    expect(m.entries.get('sub/a.txt')).toEqual({ file: 'sub/a.txt', outlet: 'DW', date: '2023-07-03', title: undefined, url: undefined });
    expect(m.numbers.get('sub/a.txt')).toBe(1);
  });

  it('names the file, the entry and the field of a wrong type, and skips only that entry', () => {
    const m = parseManifest(JSON.stringify([{ file: 'a.txt' }, { file: 'b.txt' }, { file: 'c.txt', date: 20230704 }, 'd.txt']));
    expect(m.errors).toEqual([
      { file: 'sources.json', code: 'manifest_invalid', message: 'sources.json: entry 3, field "date": expected a string.' },
      { file: 'sources.json', code: 'manifest_invalid', message: 'sources.json: entry 4: expected an object with a "file" field.' },
    ]);
    expect([...m.entries.keys()]).toEqual(['a.txt', 'b.txt']);
  });

  it('refuses unparseable dates, missing files and duplicates', () => {
    const m = parseManifest(
      JSON.stringify([{ file: 'a.txt', date: 'last week' }, { outlet: 'X' }, { file: 'b.txt' }, { file: './b.txt' }]),
    );
    expect(m.errors.map((e) => e.message)).toEqual([
      'sources.json: entry 1, field "date": expected a date such as 2023-07-04.',
      'sources.json: entry 2, field "file": expected a string.',
      'sources.json: entry 4, field "file": "b.txt" is already described by an earlier entry.',
    ]);
  });

  it('refuses paths outside the corpus folder', () => {
    const m = parseManifest(
      JSON.stringify([{ file: '../x.txt' }, { file: '/etc/passwd' }, { file: 'a/../../b.txt' }, { file: 'C:\\x.txt' }]),
    );
    expect(m.errors.map((e) => e.code)).toEqual(['outside_corpus', 'outside_corpus', 'outside_corpus', 'outside_corpus']);
    expect(m.errors[0]!.message).toBe(
      'sources.json: entry 1, field "file": "../x.txt" points outside the corpus folder, so the entry was skipped.',
    );
    expect(manifestId('ok/./a.md')).toBe('ok/a.md');
  });

  it('reports a manifest that is not JSON or not an array as a whole', () => {
    const notJson = parseManifest('{oops');
    expect(notJson.errors).toHaveLength(1);
    expect(notJson.errors[0]).toMatchObject({ file: 'sources.json', code: 'manifest_invalid' });
    expect(notJson.errors[0]!.message).toMatch(/^sources\.json is not valid JSON \(.*\), so it was ignored\.$/);
    expect(parseManifest('{"file":"a.txt"}').errors[0]!.message).toBe('sources.json is not a JSON array of entries, so it was ignored.');
  });
});
