import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { outlets, speakerQuotes } from '../../src/answers/lists.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { Collections } from '../../src/store/collections.js';
import { LayeredView } from '../../src/store/layer.js';
import { fixtureStore } from '../answers/fixtures.js';

const added = (id: string, outlet: string, text: string) => prepareDocument(id, text, { file: id, outlet, date: '2024-03-04' });

const PIER = added(
  'added/river-gazette-pier.txt',
  'River Gazette',
  'Pier decision\n\n"We will rebuild the northern pier before the summer season begins," Whitfield said at the council meeting.',
);
const FERRY = added(
  'added/river-gazette-ferry.txt',
  'River Gazette',
  'Ferry plan\n\nHarbour pilot Lena Okafor said the night ferry "will run every hour from the first of May".',
);

describe('Collections and LayeredView', () => {
  const base = fixtureStore();

  it('lists an added article beside the shared outlets that carried the same quotation, under one speaker', () => {
    const collections = new Collections(base);
    collections.setDocuments('guild-a', [PIER]);
    const view = collections.view('guild-a');
    const answer = whoSaid(view, 'rebuild the northern pier before the summer season');
    expect(answer.verdict).toBe('verbatim');
    expect(answer.matches[0]!.speaker).toBe('Dana Whitfield');
    const docs = answer.matches[0]!.outlets.map((o) => o.document);
    expect(docs).toContain(PIER.id);
    expect(docs).toContain('harbor-times.txt');
    expect(docs).toContain('coast-daily.txt');
  });

  it('joins an added article’s speaker to a shared one only by a spelling, not by any one letter', () => {
    const spelt = added(
      'added/bay-post-dredging.txt',
      'Bay Post',
      'Dredging\n\n"The channel will be dredged twice a year," Dana Whitfeld said.',
    );
    const other = added('added/bay-post-tolls.txt', 'Bay Post', 'Tolls\n\n"Tolls on the causeway stay as they are," Dana Whitbield said.');
    const view = new Collections(base).setDocuments('g', [spelt, other]);
    const speakerOf = (q: string) => whoSaid(view, q).matches[0]!.speaker;
    expect(speakerOf('The channel will be dredged twice a year')).toBe('Dana Whitfield');
    expect(speakerOf('Tolls on the causeway stay as they are')).toBe('Dana Whitbield');
  });

  it('answers from the added article only in the server that added it', () => {
    const collections = new Collections(base);
    collections.setDocuments('guild-a', [FERRY]);
    const inA = whoSaid(collections.view('guild-a'), 'the night ferry will run every hour');
    expect(inA.verdict).not.toBe('not_found');
    expect(inA.matches[0]!.speaker).toBe('Lena Okafor');
    expect(inA.matches[0]!.outlets.map((o) => o.outlet)).toEqual(['River Gazette']);
    for (const view of [collections.view('guild-b'), collections.view(null)]) {
      expect(whoSaid(view, 'the night ferry will run every hour').verdict).toBe('not_found');
      expect(view.documents.has(FERRY.id)).toBe(false);
      expect(view.findSpeakers('Okafor')).toEqual([]);
      expect(outlets(view).outlets.map((o) => o.label)).not.toContain('River Gazette');
    }
    expect(speakerQuotes(collections.view('guild-a'), 'Okafor').quotes).toHaveLength(1);
  });

  it('keeps one id space: every hit, entry and group of the view points at the others', () => {
    const view = new Collections(base).setDocuments('g', [PIER, FERRY]);
    expect(view).toBeInstanceOf(LayeredView);
    for (const q of ['northern pier', 'night ferry every hour', 'ambitious but achievable']) {
      for (const hit of view.search(q)) {
        expect(view.entry(hit.entry.id)).toEqual(hit.entry);
        expect(view.group(hit.entry.groupId).entryIds).toContain(hit.entry.id);
        expect(view.group(hit.group.id)).toEqual(hit.group);
        expect(view.documents.get(hit.entry.documentId)).toBeDefined();
      }
    }
    for (const id of [PIER.id, FERRY.id]) {
      for (const e of view.entriesOfDocument(id)) expect(view.entry(e.id)).toEqual(e);
    }
    expect(view.stats().documents).toBe(base.stats().documents + 2);
  });

  it('forgets a removed article and leaves the shared store untouched', () => {
    const collections = new Collections(base);
    collections.setDocuments('g', [FERRY]);
    const after = collections.setDocuments('g', []);
    expect(after).toBe(base);
    expect(whoSaid(after, 'the night ferry will run every hour').verdict).toBe('not_found');
    expect(base.documents.has(FERRY.id)).toBe(false);
  });

  it("carries the servers' articles over a new shared store", () => {
    const collections = new Collections(base);
    collections.setDocuments('g', [FERRY]);
    const next = collections.withBase(fixtureStore());
    expect(whoSaid(next.view('g'), 'the night ferry will run every hour').verdict).not.toBe('not_found');
    expect(next.guilds()).toEqual(['g']);
  });
});
