/**
 * An embedded post credited by its handle alone ("@ana": the account, no display name): who-said neither calls
 * a member who names a person misattributed, nor makes that account a rival of the person another outlet
 * names. Pages and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { pageToDocument } from '../../src/corpus/web/document.js';
import { ClaimStore } from '../../src/store/store.js';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Part ${i + 1}: the ferry operator and the council argued over the old quay for months, and residents took sides at every meeting the town held.</p>`,
).join('');

const page = (embed: string, outlet: string) =>
  `<!doctype html><html><head><title>Quay closes | ${outlet}</title><meta property="og:site_name" content="${outlet}"></head><body><article><h1>Quay closes</h1>${story}<p>The reactions came quickly on Tuesday.</p>${embed}<p>Residents gathered outside the town hall on Tuesday evening to hear another vote promised.</p></article></body></html>`;

const tweet = (words: string, signature: string, link: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${words}</p>&mdash; ${signature} <a href="${link}">July 14, 2023</a></blockquote>`;

function documentOf(id: string, html: string): CorpusDocument {
  const doc = pageToDocument(id, new TextEncoder().encode(html));
  if ('code' in doc) throw new Error(doc.message);
  return doc;
}

describe('who-said on a post credited by its handle', () => {
  it('a post credited by its handle alone is no rival of the person another outlet names, nor a misattribution', () => {
    const words = 'The quay stays open as long as I am on this council, and that is a promise.';
    const embedded = documentOf(
      'ledger.html',
      page(tweet(words, '(@RosaAlbright)', 'https://twitter.com/RosaAlbright/status/9'), 'Quay Ledger'),
    );
    const alone = ClaimStore.fromCorpus({ dir: 'handle', documents: [embedded], errors: [] });
    const asked = whoSaid(alone, 'The quay stays open as long as I am on this council', { speaker: 'Rosa Albright' });
    expect(asked.verdict).toBe('verbatim');
    expect(asked.matches[0]!.speaker).toBe('@RosaAlbright');
    expect(asked.explanation).toContain('credit only the account @RosaAlbright, so “Rosa Albright” cannot be confirmed');
    const printed = prepareDocument(
      'courier.txt',
      'Councillor vows to save quay\n\n"The quay stays open as long as I am on this council," Rosa Albright told a packed meeting on Wednesday.\n',
      { file: 'courier.txt', outlet: 'Valley Courier', date: '2023-07-15' },
    );
    const both = ClaimStore.fromCorpus({ dir: 'handle-and-name', documents: [embedded, printed], errors: [] });
    const r = whoSaid(both, 'The quay stays open as long as I am on this council');
    expect(r.matches[0]!.speaker).toBe('Rosa Albright');
    expect(r.matches[0]!.conflict).toBeNull();
    expect(r.matches[0]!.outlets.find((o) => o.outlet === 'Quay Ledger')?.creditedAs).toBe('@RosaAlbright');
  });

  it('joins a person whose roles are known, when the handle spells the surname; another account stays apart, no rival', () => {
    const words = 'Every ferry on this coast will run on time by the end of the summer.';
    const post = (handle: string, outlet: string) =>
      documentOf(`${handle}.html`, page(tweet(words, `(@${handle})`, `https://twitter.com/${handle}/status/7`), outlet));
    const printed = prepareDocument(
      'courier.txt',
      `Transport minister pledges punctual ferries\n\nTransport Minister Rosa Albright wrote on Monday: "${words}"\n`,
      { file: 'courier.txt', outlet: 'Valley Courier', date: '2023-07-15' },
    );
    const store = ClaimStore.fromCorpus({
      dir: 'handles',
      documents: [post('MinisterAlbright', 'Quay Ledger'), post('ferryfan', 'Shore Times'), printed],
      errors: [],
    });
    const r = whoSaid(store, 'Every ferry on this coast will run on time');
    expect(r.matches[0]!.speaker).toBe('Rosa Albright');
    expect(r.matches[0]!.outlets.map((o) => [o.outlet, o.creditedAs ?? null]).sort()).toEqual([
      ['Quay Ledger', '@MinisterAlbright'],
      ['Valley Courier', null],
    ]);
    expect(r.matches[0]!.conflict).toBeNull();
    expect(r.matches.map((m) => m.speaker)).toContain('@ferryfan');
  });
});
