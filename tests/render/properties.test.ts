/** Property tests: whatever the answer data, every payload is valid, fits every limit and pings nobody. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareOutlet, DiffPart, OutletCarrier, SpeakerRef, WhoSaidMatch, WhoSaidResult } from '../../src/answers/types.js';
import * as d from '../../src/render/discord.js';
import { fitMessage } from '../../src/render/fit.js';
import type { MessagePayload } from '../../src/render/payload.js';
import * as t from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { cleanText, neutraliseMentions, toMarkdown } from '../../src/render/sanitize.js';

const FRAGMENTS = [
  '@everyone',
  '@here',
  '<@123>',
  '<@!123>',
  '<@&456>',
  '<#789>',
  '```js\n',
  '```',
  '**',
  '__',
  '~~',
  '||',
  '> ',
  '# ',
  '- ',
  '1. ',
  '[link](https://example.org)',
  '\\',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\r\n',
  '\t',
  '\u200B',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\uD800',
  '\uDFFF',
  '😀',
  '👩‍👩‍👧',
  'ي',
  'ש',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal "${}" is hostile input on purpose
  '.*+?^${}()|[]',
  '`',
  '*',
  '_',
  ':',
  '<',
  '>',
  'the harbour will reopen',
  ' ',
  '\n',
];

const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 12 }));
const shortText = fc.array(fragment, { maxLength: 8 }).map((a) => a.join(''));
const longText = fc.tuple(fragment, fc.integer({ min: 1, max: 6000 })).map(([s, n]) => (s || 'x').repeat(n).slice(0, 6500));
const text = fc.oneof({ weight: 5, arbitrary: shortText }, { weight: 1, arbitrary: longText });
const nullableText = fc.option(text, { nil: null });

const diff: fc.Arbitrary<DiffPart[]> = fc.array(
  fc.record({ op: fc.constantFrom('same' as const, 'added' as const, 'removed' as const), text }),
  { maxLength: 12 },
);

const carrier: fc.Arbitrary<OutletCarrier> = fc.record(
  {
    document: text,
    outlet: nullableText,
    date: nullableText,
    url: nullableText,
    changes: fc.constant([]),
    copyOf: nullableText,
    creditedAs: text,
    text,
    rendering: fc.constantFrom('verbatim' as const, 'reworded' as const, 'paraphrase' as const),
    diff,
    start: fc.nat(),
    end: fc.nat(),
  },
  { requiredKeys: ['document', 'outlet', 'date', 'url', 'changes', 'copyOf', 'text', 'rendering', 'start', 'end'] },
);

const fewOutlets = fc.array(carrier, { maxLength: 8 });
// Hundreds of outlets: paging and the 6000-character total must hold (kept rarer: slow to generate).
const outletList = fc.oneof(
  { weight: 5, arbitrary: fewOutlets },
  { weight: 1, arbitrary: fc.array(carrier, { minLength: 100, maxLength: 300 }) },
);

const speakerRef: fc.Arbitrary<SpeakerRef> = fc.record({
  id: text,
  name: text,
  aliases: fc.array(text, { maxLength: 30 }),
  roles: fc.array(text, { maxLength: 5 }),
});

const matchWith = (outlets: fc.Arbitrary<OutletCarrier[]>): fc.Arbitrary<WhoSaidMatch> =>
  fc.record({
    claimId: fc.nat(),
    quote: text,
    speaker: nullableText,
    speakerRef: fc.option(speakerRef, { nil: null }),
    score: fc.double({ min: 0, max: 1, noNaN: true }),
    kind: fc.constantFrom('verbatim' as const, 'close' as const, 'paraphrase' as const),
    outlets,
    conflict: fc.option(
      fc.record({
        speakers: fc.array(fc.record({ speaker: text, documents: fc.array(text, { maxLength: 30 }), attribution: nullableText }), {
          maxLength: 6,
        }),
        relation: fc.constantFrom('rivals' as const, 'organisation' as const),
      }),
      { nil: null },
    ),
    independentSources: fc.nat(),
    firstAppearance: fc.option(fc.record({ document: text, date: text }), { nil: null }),
    order: fc.array(text, { maxLength: 30 }),
    meaningChanged: fc.boolean(),
  });

const changes = fc.array(
  fc.record({
    kind: fc.constantFrom(
      'negation' as const,
      'modality' as const,
      'condition' as const,
      'number' as const,
      'truncated_start' as const,
      'truncated_end' as const,
      'omission' as const,
      'addition' as const,
      'substitution' as const,
    ),
    from: text,
    to: text,
  }),
  { maxLength: 6 },
);

/** Any corpus version: the renderers print whatever the answer carries. */
const corpus = fc.record({ version: text, loadedAt: text });

const whoSaid: fc.Arbitrary<WhoSaidResult> = fc.record({
  corpus,
  query: text,
  askedSpeaker: nullableText,
  askedOutlet: nullableText,
  verdict: fc.constantFrom('verbatim' as const, 'close' as const, 'paraphrase' as const, 'misattributed' as const, 'not_found' as const),
  // The best match may have hundreds of outlets; the others only a few.
  matches: fc
    .tuple(fc.array(matchWith(outletList), { maxLength: 1 }), fc.array(matchWith(fewOutlets), { maxLength: 5 }))
    .map(([a, b]) => [...a, ...b]),
  explanation: text,
});

const compareOutlet: fc.Arbitrary<CompareOutlet> = fc.record(
  {
    document: text,
    outlet: nullableText,
    date: nullableText,
    url: nullableText,
    changes,
    copyOf: nullableText,
    rendering: fc.constantFrom('verbatim' as const, 'reworded' as const, 'paraphrase' as const, 'absent' as const),
    text,
    diff,
  },
  { requiredKeys: ['document', 'outlet', 'date', 'url', 'changes', 'copyOf', 'rendering', 'text'] },
);

const RUNS = { numRuns: 100 };
// Generating hundreds of long strings is slow on a busy machine; the properties themselves are fast.
const SLOW = 120_000;

function check(payload: MessagePayload): void {
  assertValidMessagePayload(payload);
  const json = JSON.stringify(payload);
  expect(JSON.parse(json)).toEqual(payload);
  expect(payload.allowed_mentions.parse).toEqual([]);
}

function checkText(out: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in payloads
  expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
  expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

describe('payloads for arbitrary answer data', { timeout: SLOW }, () => {
  it('who-said, on any page', () => {
    fc.assert(
      fc.property(whoSaid, fc.integer({ min: -3, max: 80 }), (r, page) => {
        check(d.whoSaidPayload(r, { page }));
        checkText(t.whoSaidText(r, { page }));
      }),
      RUNS,
    );
  });

  it('compare', () => {
    const claim = fc.record({
      claimId: fc.nat(),
      quote: text,
      speaker: nullableText,
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      outlets: fc.array(compareOutlet, { maxLength: 40 }),
      independentSources: fc.nat(),
      meaningChanged: fc.boolean(),
    });
    const result = fc.record({
      corpus,
      topic: text,
      outletFilter: fc.array(text, { maxLength: 5 }),
      claims: fc.array(claim, { maxLength: 30 }),
      explanation: text,
    });
    fc.assert(
      fc.property(result, (r) => {
        check(d.comparePayload(r));
        checkText(t.compareText(r));
      }),
      RUNS,
    );
  });

  it('speaker quotes', () => {
    const quotes = fc.array(fc.record({ claimId: fc.nat(), quote: text, outlets: fewOutlets }), { maxLength: 30 });
    const speaker = fc.record({
      corpus,
      query: text,
      speaker: fc.option(speakerRef, { nil: null }),
      suggestions: fc.array(text, { maxLength: 20 }),
      quotes,
      total: fc.nat(),
    });
    fc.assert(
      fc.property(speaker, (r) => {
        check(d.speakerQuotesPayload(r));
        checkText(t.speakerQuotesText(r));
      }),
      RUNS,
    );
  });

  it('outlets', () => {
    const doc = fc.record({ document: text, date: nullableText, title: nullableText, quotes: fc.nat() });
    const summary = fc.record({
      outlet: nullableText,
      label: text,
      documents: fc.array(doc, { maxLength: 40 }),
      quotes: fc.nat(),
      firstDate: nullableText,
      lastDate: nullableText,
    });
    const outlets = fc.record({ outlets: fc.array(summary, { maxLength: 40 }), totalDocuments: fc.nat(), corpus });
    fc.assert(
      fc.property(outlets, (r) => {
        check(d.outletsPayload(r));
        checkText(t.outletsText(r));
      }),
      RUNS,
    );
  });

  it('source', () => {
    const source = fc.record({
      corpus,
      document: text,
      found: fc.boolean(),
      suggestions: fc.array(text, { maxLength: 20 }),
      outlet: nullableText,
      date: nullableText,
      title: nullableText,
      url: fc.option(fc.oneof(text, fc.webUrl()), { nil: null }),
      added: fc.option(fc.record({ by: text, at: text, from: text }), { nil: null }),
      evidence: fc.array(fc.record({ field: text, source: text, detail: text }), { maxLength: 20 }),
      quotes: fc.array(
        fc.record({
          claimId: fc.nat(),
          text,
          speaker: nullableText,
          kind: fc.constantFrom('quote' as const, 'paraphrase' as const),
          start: fc.nat(),
          end: fc.nat(),
        }),
        { maxLength: 60 },
      ),
    });
    fc.assert(
      fc.property(source, (r) => {
        check(d.sourcePayload(r));
        checkText(t.sourceText(r));
      }),
      RUNS,
    );
  });

  it('context, reload, help and errors', () => {
    const context = fc.record({
      corpus,
      document: text,
      outlet: nullableText,
      date: nullableText,
      paragraph: text,
      highlight: fc.option(fc.record({ start: fc.integer({ min: -5, max: 7000 }), end: fc.integer({ min: -5, max: 7000 }) }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(context, (r) => {
        check(d.contextPayload(r));
        checkText(t.contextText(r));
      }),
      RUNS,
    );

    const names = fc.array(text, { maxLength: 200 });
    const reload = fc.record({
      ok: fc.boolean(),
      reason: nullableText,
      documents: fc.record({ before: fc.nat(), after: fc.nat(), added: names, removed: names }),
      quotes: fc.record({ before: fc.nat(), after: fc.nat() }),
      speakers: fc.record({ before: fc.nat(), after: fc.nat(), added: names, removed: names }),
      errors: fc.array(fc.record({ file: text, code: text, message: text }), { maxLength: 100 }),
      durationMs: fc.nat(),
      corpus: fc.option(corpus, { nil: null }),
    });
    fc.assert(
      fc.property(reload, (r) => {
        check(d.reloadPayload(r));
        checkText(t.reloadText(r));
      }),
      RUNS,
    );

    const option = fc.record({ name: text, description: text, required: fc.boolean() });
    const help = fc.array(fc.record({ name: text, description: text, options: fc.array(option, { maxLength: 25 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(help, (r) => {
        check(d.helpPayload(r));
        checkText(t.helpText(r));
      }),
      RUNS,
    );

    const error = fc.record(
      { code: text, message: text, reference: fc.option(text, { nil: undefined }) },
      { requiredKeys: ['code', 'message'] },
    );
    fc.assert(
      fc.property(error, (e) => {
        const p = d.errorPayload(e);
        check(p);
        expect(p.flags).toBe(64);
        checkText(t.errorText(e));
      }),
      RUNS,
    );
  });

  it('fitMessage makes any payload valid', () => {
    const field = fc.record(
      { name: text, value: text, inline: fc.option(fc.boolean(), { nil: undefined }) },
      { requiredKeys: ['name', 'value'] },
    );
    const embed = fc.record(
      {
        title: text,
        description: text,
        color: fc.integer({ min: -5, max: 0x1ffffff }),
        fields: fc.array(field, { maxLength: 40 }),
        footer: fc.record({ text }),
        author: fc.record({ name: text }),
      },
      { requiredKeys: [] },
    );
    const button = fc.record({
      type: fc.constant(2 as const),
      style: fc.constantFrom(1 as const, 2 as const),
      label: text,
      custom_id: text,
    });
    const payload = fc.record(
      {
        content: text,
        embeds: fc.array(embed, { maxLength: 14 }),
        components: fc.array(fc.record({ type: fc.constant(1 as const), components: fc.array(button, { maxLength: 8 }) }), {
          maxLength: 7,
        }),
        allowed_mentions: fc.constant({ parse: [] as [] }),
        flags: fc.constantFrom(0, 64, 4, 68),
      },
      { requiredKeys: ['allowed_mentions'] },
    );
    fc.assert(
      fc.property(payload, (p) => check(fitMessage(p))),
      { numRuns: 200 },
    );
  });
});

describe('escaping', () => {
  const SPECIAL = new Set(['\\', '*', '_', '~', '`', '|', '[', ']', '(', ')', '<', '>', '#']);
  it('leaves no live Markdown character and reads back as the cleaned, mention-neutral text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const md = toMarkdown(s);
        for (let i = 0; i < md.length; i++) {
          const c = md[i] ?? '';
          if (c === '\\') i++;
          else expect(SPECIAL.has(c), `live ${c} at ${i}`).toBe(false);
        }
        expect(md.replace(/\\([\\*_~`|[\]()<>#.+-])/g, '$1')).toBe(neutraliseMentions(cleanText(s)));
      }),
      RUNS,
    );
  });
});
