/**
 * /source after a moderator's /correct speaker: the document's quotes show the corrected speaker, and say it is a
 * correction (by whom, when, and who the article was read as crediting), or the listing contradicts the article.
 */
import { describe, expect, it } from 'vitest';
import { source } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { sourcePayload } from '../../src/render/discord.js';
import { sourceText } from '../../src/render/text.js';
import { CorrectedView } from '../../src/store/corrected.js';
import { story, writtenStore } from '../support/written.js';

const SAID = 'The night buses will run every twenty minutes from the first of May';
const store = writtenStore([
  {
    file: 'metro.txt',
    outlet: 'Metro Ledger',
    date: '2025-03-03',
    text: story('Night buses', `Transport chief Lena Okafor announced the plan. "${SAID}," said councillor Ruth Okafor.`),
  },
]);
const match = whoSaid(store, SAID).matches[0]!;
const view = new CorrectedView(store, [
  {
    id: 7,
    by: 'modjane',
    at: '2025-03-04T09:00:00.000Z',
    kind: 'set_speaker',
    quote: match.quote,
    speaker: 'Lena Okafor',
    renditions: match.outlets.map((o) => ({ document: o.document, start: o.start })),
  },
]);

describe('/source of a corrected document', () => {
  it('says which quote a moderator corrected, and who the article was read as crediting', () => {
    const result = source(view, 'metro.txt');
    const quote = result.quotes.find((q) => q.text.includes('night buses'))!;
    expect(quote.speaker).toBe('Lena Okafor');
    expect(quote.corrected).toEqual({ id: 7, by: 'modjane', at: '2025-03-04T09:00:00.000Z', was: 'Ruth Okafor' });
    expect(sourceText(result)).toMatch(/— Lena Okafor \(quote\) · ✏️ corrected by modjane on 2025-03-04 \(was Ruth Okafor\)/);
    expect(JSON.stringify(sourcePayload(result))).toContain('corrected by modjane');
  });

  it('marks nothing without a correction', () => {
    expect(source(store, 'metro.txt').quotes.every((q) => q.corrected === undefined)).toBe(true);
  });
});
