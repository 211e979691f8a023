/**
 * Hostile input at the answer + render level, in process, on the seed corpus: every option value and thread
 * message goes through the bot's own cleaning, the answer function, the payload builder and
 * `assertValidMessagePayload` (Discord's limits, no pings), each within a second measured here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { context, source, speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { loadSynonyms } from '../../src/store/search/synonyms.js';
import { choicesFor } from '../../src/bot/autocomplete.js';
import { MAX_WORD, OPTION_MAX, optionText } from '../../src/bot/options.js';
import * as d from '../../src/render/discord.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import * as t from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { openStore } from '../../src/store/open.js';
import type { ClaimStore } from '../../src/store/store.js';
import { BLANKS, hostileText, shortHostile } from './arbitraries.js';

/** Per-answer bound (answer + render + validation), generous for a loaded CI machine. */
const ANSWER_MS = 1000;

let store: ClaimStore;
beforeAll(async () => {
  store = await openStore('seeds', { cacheDir: false });
  // the bot reads WordNet at start (src/bot/app.ts), not on a member's question: so does this test
  loadSynonyms();
});

/** What `readText` does with an option value (null when nothing is left). */
function clean(raw: string, max: number): string | null {
  const v = optionText(max).parse(raw);
  return v.length ? v : null;
}

/** Runs `answer`, checks it is fast and its payload valid; returns the payload for more checks. */
function timed<T>(what: string, answer: () => T, toPayload: (a: T) => unknown): unknown {
  // CPU time of this process, not wall time: on a shared machine other jobs stretch the wall clock, and
  // the answer is synchronous, so its CPU time is what the bot needs to answer it
  const started = process.cpuUsage();
  const result = answer();
  const payload = toPayload(result);
  assertValidMessagePayload(payload);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  expect(ms, `${what} took ${Math.round(ms)} ms of CPU`).toBeLessThan(ANSWER_MS);
  return payload;
}

const slashOptions = fc.record({
  quote: hostileText,
  speaker: fc.option(shortHostile, { nil: null }),
  outlet: fc.option(fc.oneof(shortHostile, fc.constantFrom('DW', 'RT', 'dw', 'D W')), { nil: null }),
  page: fc.nat({ max: 40 }),
});

describe('hostile option values, as the bot passes them on', () => {
  it('the bot cleaning leaves no control, invisible or bidi mark, lone surrogate or over-long word', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const v = optionText(OPTION_MAX.quote).parse(raw);
        expect(v.length).toBeLessThanOrEqual(OPTION_MAX.quote);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in replies
        expect(v).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/);
        expect(v).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(v.split(' ').every((w) => w.length <= MAX_WORD)).toBe(true);
        expect(v).toBe(v.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('/who-said (and its "more outlets" pages) answers every input validly within a second', () => {
    fc.assert(
      fc.property(slashOptions, ({ quote, speaker, outlet, page }) => {
        const q = clean(quote, OPTION_MAX.quote) ?? '';
        const opts = {
          speaker: speaker === null ? null : clean(speaker, OPTION_MAX.name),
          outlet: outlet === null ? null : clean(outlet, OPTION_MAX.name),
        };
        timed(
          'who-said',
          () => whoSaid(store, q, opts),
          (r) => d.whoSaidPayload(r),
        );
        const result = whoSaid(store, q, opts);
        timed(
          'who-said page',
          () => result,
          (r) => d.whoSaidPayload(r, { page }),
        );
        expect(typeof t.whoSaidText(result)).toBe('string');
        const carrier = result.matches[0]?.outlets[0];
        if (carrier)
          timed(
            'context',
            () => context(store, carrier.document, carrier.start, carrier.end),
            (c) => (c ? d.contextPayload(c) : d.errorPayload({ code: 'no_context', message: 'gone' })),
          );
      }),
      { numRuns: 150 },
    );
  });

  it('/compare, /quotes and /source answer every input validly within a second', () => {
    fc.assert(
      fc.property(hostileText, shortHostile, fc.array(shortHostile, { maxLength: 2 }), (topic, name, outlets) => {
        const cleanedOutlets = outlets.map((o) => clean(o, OPTION_MAX.name)).filter((o): o is string => o !== null);
        timed('compare', () => compare(store, clean(topic, OPTION_MAX.topic) ?? '', { outlets: cleanedOutlets }), d.comparePayload);
        const n = clean(name, OPTION_MAX.name) ?? '';
        timed('quotes', () => speakerQuotes(store, n), d.speakerQuotesPayload);
        timed('source', () => source(store, n), d.sourcePayload);
      }),
      { numRuns: 150 },
    );
  });

  it('thread follow-ups answer every message validly within a second', () => {
    const conversation = { query: 'push the relationship between the two militaries to new heights', speaker: null, outlet: null };
    fc.assert(
      fc.property(hostileText, fc.constantFrom('', 'what did ', 'compare ', 'when was ', 'who else ', 'context '), (raw, prefix) => {
        const message = clean(prefix + raw, 1500);
        if (message === null) return; // the bot ignores messages that clean to nothing
        const payload = timed('follow-up', () => answerFollowUp(store, conversation, message).answer, followUpPayload);
        expect(payload).toBeDefined();
        expect(typeof followUpText(answerFollowUp(store, conversation, message).answer)).toBe('string');
      }),
      { numRuns: 150 },
    );
  });

  it('autocomplete returns at most 25 choices of 1–100 characters for anything typed', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('speaker' as const, 'outlet' as const, 'document' as const), (typed, kind) => {
        const started = performance.now();
        const choices = choicesFor(store, kind, typed);
        expect(performance.now() - started).toBeLessThan(ANSWER_MS);
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const c of choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(String(c.value).length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('empty, blank and one-word questions', () => {
  it.each(BLANKS.map((b) => [JSON.stringify(b), b]))('a blank quote %s gets an explanation, not an error', (_label, blank) => {
    const q = clean(blank, OPTION_MAX.quote) ?? '';
    const result = whoSaid(store, q);
    expect(result.verdict).toBe('not_found');
    expect(result.explanation).toMatch(/words you want checked/);
    assertValidMessagePayload(d.whoSaidPayload(result));
    const topic = compare(store, q);
    expect(topic.explanation).toMatch(/topic or a quotation/i);
    assertValidMessagePayload(d.comparePayload(topic));
    assertValidMessagePayload(d.speakerQuotesPayload(speakerQuotes(store, q)));
    assertValidMessagePayload(d.sourcePayload(source(store, q)));
  });

  it('"the" and other common words say so, briefly', () => {
    for (const word of ['the', 'said', 'and', 'of the']) {
      const result = whoSaid(store, word);
      expect(result.verdict).toBe('not_found');
      expect(result.explanation).toMatch(/too common/);
      const payload = d.whoSaidPayload(result);
      assertValidMessagePayload(payload);
      expect(JSON.stringify(payload).length).toBeLessThan(2000);
    }
  });

  it('a one-word name or topic returns a bounded answer', () => {
    for (const word of ['the', 'navy', 'a', 'x']) {
      const quotes = speakerQuotes(store, word);
      expect(quotes.quotes.length).toBeLessThanOrEqual(25);
      assertValidMessagePayload(d.speakerQuotesPayload(quotes));
      const topic = compare(store, word);
      assertValidMessagePayload(d.comparePayload(topic));
    }
  });
});
