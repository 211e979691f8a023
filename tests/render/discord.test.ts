import { describe, expect, it } from 'vitest';
import {
  comparePayload,
  contextPayload,
  errorPayload,
  helpPayload,
  outletsPayload,
  reloadPayload,
  sourcePayload,
  speakerQuotesPayload,
  whoSaidPayload,
} from '../../src/render/discord.js';
import { parseCustomId } from '../../src/render/custom-ids.js';
import type { MessagePayload } from '../../src/render/payload.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { OUTLETS_PER_PAGE } from '../../src/render/views/who-said.js';
import * as f from './fixtures.js';

function allText(p: MessagePayload): string {
  return JSON.stringify(p);
}

function buttons(p: MessagePayload) {
  return (p.components ?? []).flatMap((r) => r.components);
}

describe('whoSaidPayload', () => {
  it('puts the verdict first, then the quote, the speaker with role, every outlet with its wording and diff', () => {
    const p = whoSaidPayload(f.verbatimResult);
    assertValidMessagePayload(p);
    const [embed] = p.embeds ?? [];
    expect(embed?.title).toBe('✅ Verbatim — said by **Mara Quint**');
    expect(embed?.description?.split('\n')[0]).toBe(f.verbatimResult.explanation);
    expect(embed?.description).toContain('*“The harbour will reopen to fishing boats before the end of the month”*');
    expect(embed?.description).toContain('Speaker: **Mara Quint \\(harbour master\\)**');
    const names = embed?.fields?.map((x) => x.name);
    expect(names).toEqual([
      '1\\. Coast Gazette · 2024-04-12',
      '2\\. Northern Wire · 2024-04-13',
      '3\\. Bay Times · 2024-04-13',
      '4\\. river-post-0414.txt',
      'Other candidates',
    ]);
    const bay = embed?.fields?.[2]?.value ?? '';
    expect(bay).toContain('“The harbour should reopen to fishing boats before the month ends”');
    expect(bay).toContain('The harbour ~~will~~ __should__ reopen');
    expect(bay).toContain('~~end of the month~~ __month ends__');
    expect(embed?.fields?.[4]?.value).toContain('Oren Vale');
    expect(p.allowed_mentions.parse).toEqual([]);
  });

  it('names both speakers on a misattribution', () => {
    const p = whoSaidPayload(f.misattributedResult);
    expect(p.embeds?.[0]?.title).toBe('⚠️ Misattributed — you named **Oren Vale**; the corpus has **Mara Quint** saying it');
  });

  it('says plainly when nothing is found, with the query, and only the report and ClaimReview buttons', () => {
    const p = whoSaidPayload(f.notFoundResult);
    assertValidMessagePayload(p);
    // asked of one outlet, the title speaks of that outlet alone (others may carry the words)
    expect(p.embeds?.[0]?.title).toBe('❌ Not found — **Coast Gazette** does not carry these words');
    expect(whoSaidPayload({ ...f.notFoundResult, askedOutlet: null }).embeds?.[0]?.title).toBe(
      '❌ Not found — no outlet in the corpus carries these words',
    );
    expect(p.embeds?.[0]?.description).toContain('the lighthouse will be painted green');
    expect(p.embeds?.[0]?.description).toContain('Outlet filter: Coast Gazette');
    expect(buttons(p).map((b) => b.custom_id)).toEqual(['qt:report', 'qt:claimreview']);
  });

  it('lists weak candidates of a not-found answer as "not it"', () => {
    const p = whoSaidPayload({ ...f.notFoundResult, matches: f.verbatimResult.matches.slice(1) });
    assertValidMessagePayload(p);
    const field = p.embeds?.[0]?.fields?.[0];
    expect(field?.name).toBe('Closest, but not it');
    expect(field?.value).toContain('“Fishing boats are our first priority”');
  });

  it('pages outlets with a page indicator and More / Previous / context / thread buttons', () => {
    const result = { ...f.verbatimResult, matches: [{ ...f.verbatimResult.matches[0]!, outlets: f.manyOutlets(12) }] };
    const first = whoSaidPayload(result);
    assertValidMessagePayload(first);
    expect(first.embeds?.[0]?.fields?.filter((x) => /^\d+\\\./.test(x.name))).toHaveLength(OUTLETS_PER_PAGE);
    expect(first.embeds?.[0]?.footer?.text).toBe('Outlets 1–5 of 12 (page 1/3) · corpus 3f9a1c0b7e21 · loaded 2024-04-20 09:00 UTC');
    expect(buttons(first).map((b) => parseCustomId(b.custom_id))).toEqual([
      { action: 'more', page: 1 },
      { action: 'thread' },
      { action: 'report' },
      { action: 'claimreview' },
      { action: 'context', outlet: 0 },
      { action: 'context', outlet: 1 },
      { action: 'context', outlet: 2 },
      { action: 'context', outlet: 3 },
      { action: 'context', outlet: 4 },
    ]);
    expect(buttons(first)[0]?.label).toBe('More outlets ▶');

    const last = whoSaidPayload(result, { page: 2 });
    expect(last.embeds?.[0]?.footer?.text).toBe('Outlets 11–12 of 12 (page 3/3) · corpus 3f9a1c0b7e21 · loaded 2024-04-20 09:00 UTC');
    expect(last.embeds?.[0]?.fields?.[0]?.name).toBe('11\\. Paper 11 · 2024-04-12');
    expect(buttons(last).map((b) => b.custom_id)).toEqual([
      'qt:more:1',
      'qt:thread',
      'qt:report',
      'qt:claimreview',
      'qt:context:10',
      'qt:context:11',
    ]);
    // Out-of-range pages are clamped, not an error.
    expect(whoSaidPayload(result, { page: 99 }).embeds?.[0]?.footer?.text).toBe(
      'Outlets 11–12 of 12 (page 3/3) · corpus 3f9a1c0b7e21 · loaded 2024-04-20 09:00 UTC',
    );
  });
});

describe('comparePayload', () => {
  it('groups outlets by how they carried each claim, with the diff for other words', () => {
    const p = comparePayload(f.compareResult);
    assertValidMessagePayload(p);
    const value = p.embeds?.[0]?.fields?.[0]?.value ?? '';
    const order = ['Quoted verbatim \\(1\\)', 'Quoted with other words \\(1\\)', 'Only paraphrased \\(1\\)', 'Left it out \\(1\\)'];
    const positions = order.map((h) => value.indexOf(h));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(value).toContain('Bay Times · 2024-04-13: The harbour ~~will~~ __should__');
    expect(value).toContain('Left it out \\(1\\):** Hill Herald');
  });
});

describe('long answers', () => {
  it('spreads more than 25 sections over several embeds and says what did not fit', () => {
    const entry = (i: number, description: string) => ({ name: `command-${i}`, description, options: [] });
    const short = helpPayload(Array.from({ length: 40 }, (_, i) => entry(i, 'Checks the words.')));
    assertValidMessagePayload(short);
    expect(short.embeds?.map((e) => e.fields?.length)).toEqual([25, 15]);
    expect(short.embeds?.[1]?.color).toBe(short.embeds?.[0]?.color);

    const long = helpPayload(
      Array.from({ length: 60 }, (_, i) => entry(i, 'Checks the words against the corpus and lists the outlets. '.repeat(3))),
    );
    assertValidMessagePayload(long);
    expect(long.embeds?.at(-1)?.footer?.text).toMatch(/^\d+ more not shown \(message size limit\)$/);
  });
});

describe('the other payloads', () => {
  it('lists a speaker’s quotes with outlets', () => {
    const p = speakerQuotesPayload(f.speakerResult);
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.title).toBe('🗣️ Quotes by **Mara Quint**');
    expect(allText(p)).toContain('Also called: M. Quint');
    expect(allText(p)).not.toContain('Quint, M. Quint');
    expect(p.embeds?.[0]?.fields?.[0]?.value).toContain('• Bay Times · 2024-04-13');
  });
  it('suggests other names when the speaker is unknown', () => {
    const p = speakerQuotesPayload({ ...f.speakerResult, speaker: null, suggestions: ['Mara Quint'], quotes: [], total: 0 });
    expect(p.embeds?.[0]?.title).toBe('❌ Speaker not found');
    expect(p.embeds?.[0]?.description).toContain('Did you mean: Mara Quint?');
    // a not-found answer names its corpus too (the name may be there after a reload)
    expect(p.embeds?.[0]?.footer?.text).toMatch(/^corpus [0-9a-f]{12} · loaded /);
    const source = sourcePayload({ ...f.sourceResult, found: false, suggestions: [] });
    expect(source.embeds?.[0]?.title).toBe('❌ Source not found');
    expect(source.embeds?.[0]?.footer?.text).toMatch(/^corpus [0-9a-f]{12} · loaded /);
  });
  it('lists outlets and their documents', () => {
    const p = outletsPayload(f.outletsResult);
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.description).toBe('2 documents from 1 outlet.');
    expect(p.embeds?.[0]?.fields?.[0]?.value).toContain('2 documents · 3 quotes · 2024-04-12 to 2024-04-20');
  });
  it('shows a source with its link, evidence and quotes', () => {
    const p = sourcePayload(f.sourceResult);
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.url).toBe('https://example.org/news/harbour_reopen?id=1');
    expect(p.embeds?.[0]?.fields?.map((x) => x.name)).toEqual(['How the metadata was found', 'Quotes \\(1\\)']);
    expect(sourcePayload({ ...f.sourceResult, url: 'javascript:alert(1)' }).embeds?.[0]?.url).toBeUndefined();
  });
  it('bolds the outlet’s words in the context paragraph', () => {
    const p = contextPayload(f.contextResult);
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.description).toBe(
      'Speaking on Tuesday, the harbour master said "**The harbour will reopen to fishing boats before the end of the month**," adding that repairs were done.',
    );
  });
  it('summarises a reload, and a refused one with its reason', () => {
    const ok = reloadPayload(f.reloadOk);
    assertValidMessagePayload(ok);
    expect(ok.embeds?.[0]?.title).toBe('✅ Corpus reloaded in 1.2 s');
    expect(allText(ok)).toContain('broken.txt: E\\\\_EMPTY — the file has no text');
    const refused = reloadPayload({ ...f.reloadOk, ok: false, reason: 'No document could be read.' });
    expect(refused.embeds?.[0]?.title).toBe('⛔ Reload refused — the previous corpus keeps serving');
    expect(refused.embeds?.[0]?.description?.split('\n')[0]).toBe('No document could be read.');
  });
  it('lists commands with their options', () => {
    const p = helpPayload(f.helpEntries);
    assertValidMessagePayload(p);
    expect(p.embeds?.[0]?.fields?.[0]?.name).toBe('/who-said');
    expect(p.embeds?.[0]?.fields?.[0]?.value).toContain('• **quote** \\(required\\) — the words to check');
  });
  it('answers errors ephemerally with code and reference', () => {
    const p = errorPayload({ code: 'E_UNKNOWN_OUTLET', message: 'No outlet is named "Sun".', reference: 'r-42' });
    assertValidMessagePayload(p);
    expect(p.flags).toBe(64);
    expect(p.embeds?.[0]?.title).toBe('⚠️ No outlet is named "Sun".');
    expect(p.embeds?.[0]?.footer?.text).toBe('E_UNKNOWN_OUTLET · reference r-42');
    const long = errorPayload({ code: 'E_X', message: 'x '.repeat(300) });
    expect(long.embeds?.[0]?.title).toBe('⚠️ Something went wrong');
    expect(long.embeds?.[0]?.description?.length).toBeGreaterThan(500);
  });
});
