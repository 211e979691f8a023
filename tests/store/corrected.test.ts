import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { Collections } from '../../src/store/collections.js';
import { CorrectedView, type SpeakerCorrection } from '../../src/store/corrected.js';
import { ClaimStore } from '../../src/store/store.js';
import { story } from '../support/written.js';

const store = ClaimStore.fromCorpus({
  dir: 'written',
  errors: [],
  documents: [
    prepareDocument(
      'a.txt',
      story('Fleet visit', 'Admiral Nikolay Evmenov said the fleets "will sail together again next spring in the northern sea".'),
      { file: 'a.txt', outlet: 'Sea Post' },
    ),
    prepareDocument(
      'b.txt',
      story('Navy chief', 'Admiral Sergei Vinogradov said the exercise "showed how far the two navies have come in a single year".'),
      { file: 'b.txt', outlet: 'Harbour Wire' },
    ),
    prepareDocument(
      'c.txt',
      story(
        'Trade talks',
        'Trade envoy Li Wen met the delegation on Monday.',
        '"The tariffs will fall by half before the summer," Li said after the meeting.',
        'Premier Li Qiang did not attend.',
      ),
      { file: 'c.txt', outlet: 'Market Daily' },
    ),
    prepareDocument('d.txt', story('Unsigned', 'The statement said the port "will reopen to cargo ships within a week".'), {
      file: 'd.txt',
      outlet: 'Dock Times',
    }),
  ],
});
const note = (id: number) => ({ id, by: 'moderator', at: '2024-05-01T10:00:00.000Z' });

describe('CorrectedView', () => {
  it('sets the speaker of an unattributed claim, shown as corrected', () => {
    const [entry] = store.entriesOfDocument('d.txt');
    const view = new CorrectedView(store, [
      { ...note(1), kind: 'set_speaker', renditions: [{ document: 'd.txt', start: entry!.start }], speaker: 'Port director Ana Ruiz' },
    ]);
    const match = whoSaid(view, 'reopen to cargo ships within a week').matches[0]!;
    expect(match.speaker).toBe('Port director Ana Ruiz');
    expect(match.speakerRef?.correction).toMatchObject({ by: 'moderator', kind: 'set_speaker' });
    expect(whoSaid(store, 'reopen to cargo ships within a week').matches[0]!.speaker).not.toBe('Port director Ana Ruiz');
  });

  it('merges two names that are one person, under the name given', () => {
    const view = new CorrectedView(store, [{ ...note(2), kind: 'merge', from: 'Sergei Vinogradov', into: 'Nikolay Evmenov' }]);
    expect(whoSaid(store, 'showed how far the two navies have come').matches[0]!.speaker).toBe('Sergei Vinogradov');
    expect(whoSaid(view, 'showed how far the two navies have come').matches[0]!.speaker).toBe('Nikolay Evmenov');
    const merged = view.findSpeakers('Vinogradov');
    expect(merged.map((s) => s.name)).toEqual(['Nikolay Evmenov']);
    expect(speakerQuotes(view, 'Nikolay Evmenov').quotes).toHaveLength(2);
    expect(speakerQuotes(view, 'Nikolay Evmenov').speaker?.correction?.kind).toBe('merge');
  });

  it('splits a name in one document from the person it was taken for', () => {
    const before = whoSaid(store, 'the tariffs will fall by half before the summer').matches[0]!.speaker;
    const view = new CorrectedView(store, [{ ...note(3), kind: 'split', document: 'c.txt', name: before! }]);
    const after = whoSaid(view, 'the tariffs will fall by half before the summer').matches[0]!;
    expect(after.speakerRef?.id).not.toBe(store.findSpeakers(before!)[0]!.id);
    expect(after.speakerRef?.correction?.kind).toBe('split');
  });

  it('is undone by leaving the correction out, and changes the corpus version while in force', () => {
    const corrections: SpeakerCorrection[] = [{ ...note(2), kind: 'merge', from: 'Sergei Vinogradov', into: 'Nikolay Evmenov' }];
    const collections = new Collections(store);
    const corrected = collections.setCorrections('g', corrections)!;
    expect(corrected.corpusVersion().version).not.toBe(store.corpusVersion().version);
    const undone = collections.setCorrections('g', []);
    expect(undone).toBe(store);
    expect(collections.withBase(store).view('g')).toBe(store);
  });

  it('keeps hits, entries and groups consistent', () => {
    const view = new CorrectedView(store, [{ ...note(2), kind: 'merge', from: 'Sergei Vinogradov', into: 'Nikolay Evmenov' }]);
    for (const hit of view.search('the two navies sail together')) {
      expect(view.entry(hit.entry.id)).toEqual(hit.entry);
      expect(view.group(hit.group.id)).toEqual(hit.group);
    }
  });
});
