import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliestCarriers } from '../../src/answers/depth.js';
import type { FollowUpAnswer } from '../../src/answers/types.js';
import { followUpPayload, followUpText } from '../../src/render/follow-up.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import * as f from './fixtures.js';

describe('thread follow-ups', () => {
  it('lists publication dates, earliest first, unknown last', () => {
    const answer: FollowUpAnswer = {
      kind: 'dates',
      result: {
        quote: f.harbourQuote,
        speaker: 'Mara Quint',
        carriers: [...f.outlets].reverse(),
        first: earliestCarriers(f.outlets),
        corpus: f.CORPUS,
      },
    };
    const p = followUpPayload(answer);
    assertValidMessagePayload(p);
    const value = p.embeds?.[0]?.fields?.[0]?.value ?? '';
    // each line ends with how that outlet carried it ("(verbatim)", "(other words)")
    expect(value.split('\n').every((l) => / \\\((verbatim|other words|paraphrase)\\\)$/.test(l))).toBe(true);
    expect(value.split('\n').map((l) => l.replace(/ \\\(.+\\\)$/, ''))).toEqual([
      '• Coast Gazette: **2024-04-12**',
      '• Bay Times: **2024-04-13**',
      '• Northern Wire: **2024-04-13**',
      '• river-post-0414.txt: **date unknown**',
    ]);
    expect(followUpText(answer)).toContain('  • Coast Gazette: 2024-04-12');
    // the undated document may have come earlier: said so, beside the first dated one
    expect(followUpText(answer)).toContain(
      'First carried by Coast Gazette on 2024-04-12. 1 document has no date, so the corpus cannot tell whether it carried them earlier.',
    );
  });

  it('names other speakers, or says there are none', () => {
    const others = f.verbatimResult.matches.slice(1);
    const p = followUpPayload({ kind: 'others', result: { quote: f.harbourQuote, speaker: 'Mara Quint', others, corpus: f.CORPUS } });
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.title).toBe('👥 1 other speaker');
    expect(p.embeds?.[0]?.fields?.[0]?.name).toBe('1\\. **Oren Vale**');
    const none = followUpPayload({
      kind: 'others',
      result: { quote: f.harbourQuote, speaker: 'Mara Quint', others: [], corpus: f.CORPUS },
    });
    expect(none.embeds?.[0]?.title).toBe('👥 Nobody else');
  });

  it('reuses the who-said, compare and context renderings, without buttons in the thread', () => {
    const p = followUpPayload({ kind: 'who-said', result: f.verbatimResult });
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.title).toBe('✅ Verbatim — said by **Mara Quint**');
    expect(p.components).toBeUndefined();
    expect(followUpPayload({ kind: 'compare', result: f.compareResult }).embeds?.[0]?.title).toContain('Compare');
    expect(followUpPayload({ kind: 'context', result: null }).embeds?.[0]?.title).toBe('📍 No context');
  });

  it('explains what a thread understands, naming an unknown outlet safely', () => {
    const p = followUpPayload({ kind: 'help', unknownOutlet: '@everyone **Daily**' });
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.description).toContain('No outlet called “@\u200Beveryone \\*\\*Daily\\*\\*” is in the corpus');
  });

  it('always sends a valid payload, whatever the answer holds', () => {
    const nasty = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('@here', '<@1>', '```', '\u202E', '\uD800'));
    const carrier = nasty.map((s) => f.carrier({ outlet: s, date: s, text: s, document: s }));
    const answer: fc.Arbitrary<FollowUpAnswer> = fc.oneof(
      fc.record({
        kind: fc.constant('dates' as const),
        result: fc.record({
          quote: nasty,
          speaker: fc.option(nasty, { nil: null }),
          carriers: fc.array(carrier, { maxLength: 200 }),
          creditedElsewhere: fc.array(fc.record({ speaker: nasty, carriers: fc.array(carrier, { maxLength: 40 }) }), { maxLength: 30 }),
          corpus: fc.constant(f.CORPUS),
        }),
      }),
      fc.record({ kind: fc.constant('help' as const), unknownOutlet: fc.option(nasty, { nil: null }) }),
      fc.record({
        kind: fc.constant('context' as const),
        result: fc.constant(null),
        notCarriedBy: fc.record({ outlet: nasty, carriers: fc.array(nasty, { minLength: 1, maxLength: 40 }) }),
      }),
      fc.record({
        kind: fc.constant('cannot' as const),
        result: fc.record({
          reason: fc.option(
            fc.oneof(
              fc.record({ kind: fc.constant('translation' as const), language: fc.option(nasty, { nil: null }) }),
              fc.constant({ kind: 'truth' as const }),
            ),
            { nil: null },
          ),
          quote: fc.option(nasty, { nil: null }),
          speaker: fc.option(nasty, { nil: null }),
          outlets: fc.array(nasty, { maxLength: 30 }),
          corpus: fc.constant(f.CORPUS),
        }),
      }),
      fc.record({
        kind: fc.constant('others' as const),
        result: fc.record({
          quote: nasty,
          speaker: fc.option(nasty, { nil: null }),
          others: fc.array(
            nasty.map((s) => ({ ...f.verbatimResult.matches[1]!, quote: s, speaker: s })),
            { maxLength: 40 },
          ),
          corpus: fc.constant(f.CORPUS),
        }),
      }),
    );
    fc.assert(
      fc.property(answer, (a) => {
        assertValidMessagePayload(followUpPayload(a));
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters in replies
        expect(followUpText(a)).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
      }),
      { numRuns: 100 },
    );
  });
});
