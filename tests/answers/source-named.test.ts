/** /source with what members type for a document: its outlet, the start of its file name (articles of our own). */
import { describe, expect, it } from 'vitest';
import { source } from '../../src/answers/lists.js';
import { sourceText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const text = story('Ferry fares', '"The winter ferry will run every hour," said harbour master Edda Lund.');
const store = writtenStore([
  { file: 'kfn-2025-01-03.txt', outlet: 'KFN', date: '2025-01-03', text },
  { file: 'courier-a.txt', outlet: 'Coast Courier', date: '2025-01-04', text },
  { file: 'courier-b.txt', outlet: 'Coast Courier', date: '2025-01-05', text },
]);

describe('/source of a document named loosely', () => {
  it('is the one document of an outlet, or the one document a file name starts', () => {
    for (const typed of ['KFN', 'kfn.com', 'kfn-2025', 'KFN-2025-01']) {
      const result = source(store, typed);
      expect(result.found, typed).toBe(true);
      expect(result.document, typed).toBe('kfn-2025-01-03.txt');
      expect(result.outlet, typed).toBe('KFN');
    }
  });

  it('offers an outlet’s documents, or those a start names, when there are several', () => {
    for (const typed of ['Coast Courier', 'courier-']) {
      const result = source(store, typed);
      expect(result.found, typed).toBe(false);
      expect(result.suggestions.slice(0, 2).sort(), typed).toEqual(['courier-a.txt', 'courier-b.txt']);
    }
    expect(source(store, 'kf').found).toBe(false);
    expect(source(store, 'courier-a.txt').document).toBe('courier-a.txt');
  });

  it('says an outlet of several documents is an outlet, with how many, not a document name mistyped', () => {
    const result = source(store, 'Coast Courier');
    expect(result.outletDocuments).toBe(2);
    const text = sourceText(result);
    expect(text).toContain('Which document of “Coast Courier”?');
    expect(text).toContain('“Coast Courier” is an outlet with 2 documents');
    expect(text).toMatch(/Its documents: courier-[ab]\.txt, courier-[ab]\.txt\./);
    expect(text).not.toContain('No document in the corpus is named');
    expect(source(store, 'courier-').outletDocuments).toBeUndefined();
  });
});
