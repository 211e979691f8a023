/**
 * The house rules the tree must keep: layers import only from the layers before them, only the Discord
 * adapter imports discord.js, and no file imports itself through a circle of others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Each folder of src/ with the folders it may import from (besides itself and src/log.ts). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  corpus: [],
  claims: ['corpus'],
  store: ['corpus', 'claims'],
  state: [],
  fetch: [],
  ops: [],
  answers: ['corpus', 'claims', 'store'],
  render: ['answers', 'store'],
  library: ['corpus', 'claims', 'store', 'state', 'fetch', 'answers'],
  bot: ['corpus', 'claims', 'store', 'state', 'fetch', 'ops', 'answers', 'render', 'library'],
  cli: ['corpus', 'claims', 'store', 'state', 'fetch', 'answers', 'render', 'library', 'bot'],
};

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

const files = [...sources('src'), ...sources('commands')];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** A file's imports: relative ones resolved to repository paths, packages by name. */
function importsOf(file: string): { local: string[]; packages: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('.')) local.push(path.normalize(path.join(path.dirname(file), spec)).replace(/\.js$/, '.ts'));
    else packages.push(spec);
  }
  return { local, packages };
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const layerOf = (file: string): string | null => (file.startsWith('src/') ? (file.split('/')[1] ?? null) : null);

describe('the house', () => {
  it('has layers that import only from the layers before them', () => {
    const wrong: string[] = [];
    for (const [file, { local }] of graph) {
      const layer = layerOf(file);
      if (!layer || !(layer in MAY_IMPORT)) continue;
      for (const target of local) {
        const other = layerOf(target);
        if (other && other !== layer && target !== 'src/log.ts' && !MAY_IMPORT[layer]!.includes(other)) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('imports discord.js only in the Discord adapter and commands/', () => {
    const outside = [...graph].filter(
      ([file, { packages }]) =>
        packages.some((p) => p.startsWith('discord.js')) && !file.startsWith('src/bot/') && !file.startsWith('commands/'),
    );
    expect(outside.map(([f]) => f)).toEqual([]);
  });

  it('has no circle of imports between files', () => {
    // Tarjan's strongly connected components: any component of two or more files is a circle
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const circles: string[][] = [];
    let next = 0;
    const visit = (v: string): void => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)?.local ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) circles.push(component.sort());
      }
    };
    for (const f of graph.keys()) if (!index.has(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
