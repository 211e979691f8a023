/**
 * A moderator's /correct speaker as members read it afterwards: every outlet the correction was made on follows
 * it (one that reworded the quotation too), and the words now credited to one person are one claim of theirs in
 * /quotes, /compare and /who-said, not the same quotation listed twice.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { CorrectedView, type SpeakerCorrection } from '../../src/store/corrected.js';
import { story, writtenStore } from '../support/written.js';

const SAID = 'The pier will reopen to fishing boats before the summer season starts';
const ARTICLES = [
  {
    file: 'ledger.txt',
    outlet: 'Coast Ledger',
    date: '2025-04-01',
    text: story('Pier to reopen', `"${SAID}," said harbour master Olga Venn on Monday.`, 'Repairs cost more than planned.'),
  },
  {
    file: 'wire.txt',
    outlet: 'Bay Wire',
    date: '2025-04-02',
    text: story('Pier reopening', `"${SAID}," said union organiser Rhys Adeyemi after the meeting.`),
  },
  {
    file: 'gull.txt',
    outlet: 'Gull Courier',
    date: '2025-04-02',
    text: story(
      'Fishing fleet',
      '"The pier will reopen to all the fishing boats before the summer season starts," said union organiser Rhys Adeyemi.',
    ),
  },
];
const store = writtenStore(ARTICLES);

/** The correction /correct speaker stores: the words and the renditions of the answer it found, with each outlet's words. */
function correction(quote: string, speaker: string, on = store): SpeakerCorrection {
  const match = whoSaid(on, quote).matches[0]!;
  return {
    id: 1,
    by: 'moderator',
    at: '2025-05-01T10:00:00.000Z',
    kind: 'set_speaker',
    quote: match.quote,
    speaker,
    renditions: match.outlets.map((o) => ({ document: o.document, start: o.start, text: o.text })),
  };
}

describe('a corrected speaker, everywhere a member looks', () => {
  const view = new CorrectedView(store, [correction(SAID, 'Olga Venn')]);

  it('is followed by every outlet the correction was made on, the one that reworded the words too', () => {
    const match = whoSaid(view, SAID).matches[0]!;
    expect(match.speaker).toBe('Olga Venn');
    expect(match.conflict).toBeNull();
    expect(view.entriesOfDocument('gull.txt').map((e) => view.speakers.get(e.speakerId!)?.name)).toEqual(['Olga Venn']);
  });

  it('lists the words once among the person’s quotes, with every outlet, and no longer among the other’s', () => {
    const venn = speakerQuotes(view, 'Olga Venn').quotes.filter((q) => q.quote.includes('pier will reopen'));
    expect(venn).toHaveLength(1);
    expect(venn[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Bay Wire', 'Coast Ledger', 'Gull Courier']);
    expect(venn[0]!.alsoCreditedTo).toBeUndefined();
    // the wording most outlets carry, not the one outlet's rewording
    expect(venn[0]!.quote).toContain('reopen to fishing boats');
    expect(speakerQuotes(view, 'Rhys Adeyemi').quotes.filter((q) => q.quote.includes('pier will reopen'))).toEqual([]);
  });

  it('is one claim in a comparison, not the same words twice', () => {
    const claims = compare(view, 'pier reopen fishing boats summer').claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toBe('Olga Venn');
    expect(
      claims[0]!.outlets
        .filter((o) => o.rendering !== 'absent')
        .map((o) => o.outlet)
        .sort(),
    ).toEqual(['Bay Wire', 'Coast Ledger', 'Gull Courier']);
  });

  it('joins a merged name’s claim to the person’s own, once', () => {
    const merged = new CorrectedView(store, [
      { id: 2, by: 'moderator', at: '2025-05-01T10:00:00.000Z', kind: 'merge', from: 'Rhys Adeyemi', into: 'Olga Venn' },
    ]);
    expect(speakerQuotes(merged, 'Olga Venn').quotes.filter((q) => q.quote.includes('pier will reopen'))).toHaveLength(1);
    expect(compare(merged, 'pier reopen fishing boats summer').claims).toHaveLength(1);
  });

  it('follows the rewording by the grouping rule when the correction was stored without each outlet’s words', () => {
    const older = correction(SAID, 'Olga Venn');
    if (older.kind !== 'set_speaker') throw new Error('set_speaker expected');
    const pinnedOnly = { ...older, renditions: older.renditions.map(({ document, start }) => ({ document, start })) };
    const view = new CorrectedView(store, [pinnedOnly]);
    expect(view.entriesOfDocument('gull.txt').map((e) => view.speakers.get(e.speakerId!)?.name)).toEqual(['Olga Venn']);
  });

  it('leaves an outlet whose words were edited after the correction to its own speaker', () => {
    const edited = writtenStore([
      ...ARTICLES.filter((a) => a.file !== 'gull.txt'),
      {
        file: 'gull.txt',
        outlet: 'Gull Courier',
        date: '2025-04-02',
        text: story(
          'Fishing fleet',
          '"The pier will reopen to all the fishing boats before the autumn storms arrive," said union organiser Rhys Adeyemi.',
        ),
      },
    ]);
    const view = new CorrectedView(edited, [correction(SAID, 'Olga Venn')]);
    expect(view.entriesOfDocument('ledger.txt').map((e) => view.speakers.get(e.speakerId!)?.name)).toEqual(['Olga Venn']);
    expect(view.entriesOfDocument('gull.txt').map((e) => view.speakers.get(e.speakerId!)?.name)).toEqual(['Rhys Adeyemi']);
  });

  it('leaves the corpus as it was without the correction', () => {
    expect(whoSaid(store, SAID).matches[0]!.conflict).not.toBeNull();
  });
});

describe('a bare surname split from the person it was taken for', () => {
  // two people of one surname; the article's bare "Oduya" was read as the one it names last
  const shared = writtenStore([
    {
      file: 'bulletin.txt',
      outlet: 'Town Bulletin',
      date: '2025-09-04',
      text: story(
        'Merger vote',
        '"The buses will not run past the old school," Oduya told the hall.',
        'Education chief Marit Oduya said the merger would save money. "Two half-empty schools cannot give children what one full school can," the education chief said.',
        '"Nobody asked the parents before the letters went out," said Kofi Oduya.',
      ),
    },
  ]);
  const nameOf = (view: CorrectedView, words: string) =>
    view.speakers.get(view.entriesOfDocument('bulletin.txt').find((e) => e.text.includes(words))!.speakerId!)?.name;

  it('moves only what the article credits to the bare name, not the people it names in full', () => {
    const view = new CorrectedView(shared, [
      { id: 3, by: 'moderator', at: '2025-05-01T10:00:00.000Z', kind: 'split', document: 'bulletin.txt', name: 'Oduya' },
    ]);
    expect(nameOf(view, 'buses will not run')).toBe('Oduya');
    expect(nameOf(view, 'Nobody asked the parents')).toBe('Kofi Oduya');
    expect(nameOf(view, 'Two half-empty schools')).toBe('Marit Oduya');
    expect(nameOf(view, 'merger would save money')).toBe('Marit Oduya');
  });
});

describe('the same words, one outlet’s bare surname split off', () => {
  const WORDS = 'The island deserves a ferry that runs every hour';
  const two = writtenStore([
    {
      file: 'gazette.txt',
      outlet: 'Harbour Gazette',
      date: '2026-03-02',
      text: story(
        'Council approves ferry subsidy',
        `Councillor Teodor Brandt welcomed the subsidy. "${WORDS}," Teodor Brandt said after the vote.`,
      ),
    },
    {
      file: 'courier.txt',
      outlet: 'Island Courier',
      date: '2026-03-03',
      text: story(
        'Islanders cheer subsidy',
        `Residents gathered at the pier. "${WORDS}," Brandt said, adding that the shop would stay open later.`,
      ),
    },
  ]);
  const split: SpeakerCorrection = {
    id: 4,
    by: 'moderator',
    at: '2026-03-04T10:00:00.000Z',
    kind: 'split',
    document: 'courier.txt',
    name: 'Brandt',
  };

  it('no longer lists that outlet under the full name “credited as” the surname, in who-said or /quotes', () => {
    // before the split: one person, the Courier crediting him by his surname
    const before = whoSaid(two, WORDS).matches[0]!;
    expect(before.outlets.find((o) => o.document === 'courier.txt')?.creditedAs).toBe('Brandt');
    const view = new CorrectedView(two, [split]);
    const answer = whoSaid(view, WORDS);
    const teodor = answer.matches.find((m) => m.speaker === 'Teodor Brandt')!;
    expect(teodor.outlets.map((o) => o.document)).toEqual(['gazette.txt']);
    const other = answer.matches.find((m) => m.speaker === 'Brandt')!;
    expect(other.outlets.map((o) => o.document)).toEqual(['courier.txt']);
    expect(other.outlets[0]!.creditedAs).toBeUndefined();
    // two people credited with the same words: said, the split one as the moderator's word
    const conflict = answer.matches[0]!.conflict!;
    expect(conflict.speakers.map((s) => s.speaker).sort()).toEqual(['Brandt', 'Teodor Brandt']);
    expect(conflict.speakers.find((s) => s.speaker === 'Brandt')?.correction?.kind).toBe('split');
    const quotes = speakerQuotes(view, 'Teodor Brandt');
    expect(quotes.quotes.flatMap((q) => q.outlets.map((o) => o.document))).toEqual(['gazette.txt']);
  });
});
