/**
 * A live blog carries each entry's words on that entry's day: an answer dates the outlet's carrying by the
 * entry holding the quotation, not by the page (dated by the day the blog began). A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { pageToDocument } from '../../src/corpus/web/document.js';
import { ClaimStore } from '../../src/store/store.js';

const entry = (iso: string, hm: string, heading: string, text: string) =>
  `<article class="live-entry"><header><time datetime="${iso}">${hm}</time><h2>${heading}</h2></header><p>${text}</p></article>`;

const page = `<!doctype html><html><head><title>Harbour vote: live | Quay Ledger</title></head><body><main>
<h1>Harbour vote: live</h1><p>Follow the harbour board's vote on the new ferry terminal as it happens, with reactions from the quay.</p>
${entry('2026-06-12T20:10:00Z', '20:10', 'Board approves terminal', 'The board approved the terminal by six votes to three. “The ferries will finally have a berth worthy of this town,” chair Ingrid Vallo said after the vote.')}
${entry('2026-06-11T08:30:00Z', '08:30', 'Debate opens', 'Members began the debate on Thursday morning. “We cannot afford another winter without shelter for passengers,” councillor Piet Aalders told the board.')}
</main></body></html>`;

describe('dates of a live blog’s quotations', () => {
  const doc = pageToDocument('quay-ledger-live.html', new TextEncoder().encode(page), { url: 'https://ledger.example/live' });
  if ('code' in doc) throw new Error(doc.message);
  const store = ClaimStore.fromCorpus({ dir: 'written', documents: [doc], errors: [] });

  it('the entry’s day, not the page’s', () => {
    const late = whoSaid(store, 'The ferries will finally have a berth worthy of this town');
    expect(late.verdict).toBe('verbatim');
    expect(late.matches[0]?.outlets[0]?.date).toBe('2026-06-12');
    const early = whoSaid(store, 'We cannot afford another winter without shelter for passengers');
    expect(early.matches[0]?.outlets[0]?.date).toBe('2026-06-11');
  });
});
