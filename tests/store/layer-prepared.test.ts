/**
 * Joining a layer's claims to the shared store ahead of the view, in slices (`linkLayer`,
 * `Collections.prepareDocuments`): the view built afterwards is the view built in one go, and the event loop
 * turns while the claims are joined.
 */
import { readFile } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { prepareDocument } from '../../src/corpus/prepare.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { Collections } from '../../src/store/collections.js';
import { type LayerLinks, LayeredView, linkLayer } from '../../src/store/layer.js';
import { turnOfTheLoop } from '../../src/store/turn.js';
import type { ClaimView } from '../../src/store/view.js';
import { fixtureStore } from '../answers/fixtures.js';
import { doc, storeOf } from './fixtures.js';

const added = (id: string, text: string): CorpusDocument =>
  prepareDocument(id, text, { file: id, outlet: 'River Gazette', date: '2024-03-04' });

const NOUNS = ['pier', 'ferry', 'quay', 'crane', 'berth', 'lighthouse', 'slipway', 'breakwater', 'marina', 'jetty'];
const VERBS = ['repaint', 'rebuild', 'inspect', 'widen', 'close'];
const PEOPLE = ['Dana Whitfield', 'Omar Haddad', 'Lena Okafor', 'Ruth Calder'];

/** A page of distinct quotations by a few people, some of them the shared corpus's own speakers. */
function longPage(id: string, count: number): CorpusDocument {
  const paragraphs = Array.from({ length: count }, (_, i) => {
    const noun = NOUNS[i % NOUNS.length]!;
    const verb = VERBS[Math.floor(i / NOUNS.length) % VERBS.length]!;
    return `"We will ${verb} the ${noun} number ${i + 3} before the winter storms," ${PEOPLE[i % PEOPLE.length]} said.`;
  });
  return added(id, ['Harbour works', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
}

const PIER = added(
  'added/pier.txt',
  'Pier decision\n\n"We will rebuild the northern pier before the summer season begins," Whitfield said at the council meeting.',
);

/** Everything a question can read of a view, in plain values. */
function contents(view: ClaimView, queries: readonly string[]) {
  const stats = view.stats();
  const entries = [];
  for (let id = 0; id < stats.quotes + stats.paraphrases; id++) entries.push(view.entry(id));
  const groups = [...new Set(entries.map((e) => e.groupId))].sort((a, b) => a - b).map((id) => view.group(id));
  return {
    stats,
    entries,
    groups,
    speakers: [...view.speakers.values()],
    documents: [...view.documents.keys()],
    searches: queries.map((q) => view.search(q)),
  };
}

const QUERIES = ['rebuild the northern pier before the summer', 'widen the jetty before the winter storms', 'ambitious but achievable'];

/** A Promise that settles with how many turns the event loop took before `work` settled. */
async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let done = false;
  const turn = (): void => {
    if (done) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  await work();
  done = true;
  return turns;
}

describe('linkLayer', () => {
  const base = storeOf([
    doc('a.txt', ['Ann Lee|the tram line reopens on monday after four months of repairs', 'Bo Kim|fares stay the same for a year']),
    doc('b.txt', ['Ann Lee|the tram line reopens on monday after repairs', '|night trams return in april']),
  ]);
  const layer = storeOf([
    doc('added/c.txt', [
      'Ann Lee|the tram line reopens on monday after four months of track repairs',
      'Bo Kim|fares stay the same for one year',
      '|night trams return in april',
      'Cy Ray|the depot closes for a week',
    ]),
  ]);

  it('makes the links the view would make: the view built over them is the same and searches nothing', async () => {
    const links: LayerLinks = new Map();
    await linkLayer(base, layer, links, { sliceMs: 0 });
    expect(links.size).toBe(layer.groups.length);
    const search = vi.spyOn(base, 'search');
    const prepared = new LayeredView(base, layer, links);
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();
    const direct = new LayeredView(base, layer);
    expect(contents(prepared, ['tram line reopens on monday', 'fares stay the same', 'night trams'])).toEqual(
      contents(direct, ['tram line reopens on monday', 'fares stay the same', 'night trams']),
    );
    // not a trivial sameness: the added quotation joined the shared claim
    expect(prepared.stats().claims).toBeLessThan(base.stats().claims + layer.groups.length);
  });

  it('searches only for claims not linked yet', async () => {
    const links: LayerLinks = new Map();
    await linkLayer(base, layer, links);
    const search = vi.spyOn(base, 'search');
    await linkLayer(base, layer, links);
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();
  });

  it('stops at a turn when told to, keeping the links made', async () => {
    const links: LayerLinks = new Map();
    await linkLayer(base, layer, links, { sliceMs: 0, stop: () => true });
    expect(links.size).toBe(1);
  });
});

describe('Collections.prepareDocuments', () => {
  const base = fixtureStore();
  const page = longPage('added/harbour-works.txt', 40);

  it('leaves the view setDocuments builds as it was, and that build searches the shared store no more', async () => {
    const direct = new Collections(base).setDocuments('g', [PIER, page]);
    const collections = new Collections(base);
    await collections.prepareDocuments('g', [PIER, page], { sliceMs: 0 });
    expect(collections.documentsOf('g')).toEqual([]);
    expect(collections.view('g')).toBe(base);
    const search = vi.spyOn(base, 'search');
    const prepared = collections.setDocuments('g', [PIER, page]);
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();
    expect(contents(prepared, QUERIES)).toEqual(contents(direct, QUERIES));
    // the added quotation is listed with the shared outlets that carried it
    const pier = prepared.search(QUERIES[0]!)[0]!;
    expect(pier.group.entryIds.map((id) => prepared.entry(id).documentId)).toEqual(expect.arrayContaining([PIER.id, 'harbor-times.txt']));
  });

  it('gives the event loop turns while it joins the claims', async () => {
    const collections = new Collections(base);
    const turns = await turnsDuring(() => collections.prepareDocuments('g', [page], { sliceMs: 0 }));
    expect(turns).toBeGreaterThanOrEqual(20);
  });

  it('serves a set of other documents too (an add that came in meanwhile), with what they share joined already', async () => {
    const collections = new Collections(base);
    await collections.prepareDocuments('g', [page], { sliceMs: 0 });
    const both = collections.setDocuments('g', [PIER, page]);
    expect(contents(both, QUERIES)).toEqual(contents(new Collections(base).setDocuments('g', [PIER, page]), QUERIES));
  });
});

describe('turnOfTheLoop', () => {
  it('lets a timer that fell due run first, even when called from an I/O callback', async () => {
    const order = await new Promise<string[]>((done) => {
      readFile(import.meta.filename, async () => {
        const order: string[] = [];
        setTimeout(() => order.push('timer'), 1);
        const start = performance.now();
        while (performance.now() - start < 20); // long work: the timer falls due meanwhile
        await turnOfTheLoop();
        order.push('work goes on');
        done(order);
      });
    });
    expect(order).toEqual(['timer', 'work goes on']);
  });
});
