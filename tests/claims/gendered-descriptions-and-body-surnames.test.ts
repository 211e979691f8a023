/**
 * Two readings of round 60. A "he" or "she" after an indefinite description written with a noun of its gender ("a
 * spokeswoman", "another congresswoman", "a businessman") that speaks in the sentence before is that description as
 * written, not the person named last (a definite one, "the businessman", is read as before: descriptions.test.ts). A surname alone is the person the document names with it, not a body or a place whose name
 * ends in the same word ("House" for Tom House, not "the White House"; "Hill" for Anita Hill, not Capitol Hill).
 * Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { buildSpeakerIndex } from '../../src/claims/speakers.js';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('a pronoun after an indefinite description of its gender that spoke the sentence before', () => {
  it('is the description as written, not the man named earlier', () => {
    const quotes = speakers(
      '“The ferry will not run,” said Oskar Lind, the harbour master. “Nobody asked us,” Lind added.',
      'The council was calmer. A council spokeswoman said the office was reading the report. “We are watching the tides very closely,” she said.',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'a council spokeswoman', mention: 'she' });
    expect(quotes[0]).toMatchObject({ speaker: 'Oskar Lind' });
  });

  it('keeps the phrase after the noun, and reads "he" after a noun of a man', () => {
    expect(
      speakers(
        'Ana Ruiz, the mayor, opened the pier. “It is a good day,” Ruiz said.',
        'A spokeswoman for the ferry union said the crews would strike. “We have waited long enough,” she said.',
      ).at(-1),
    ).toMatchObject({ speaker: 'a spokeswoman for the ferry union', mention: 'she' });
    expect(
      speakers(
        'Tomas Berg built the quay. “It took ten years,” Berg said.',
        'A local businessman said trade had fallen. “The boats stopped coming,” he said.',
      ).at(-1),
    ).toMatchObject({ speaker: 'a local businessman', mention: 'he' });
  });

  it('gives way to a person of that gender named between the two', () => {
    expect(
      speakers(
        '“We will see,” said Oskar Lind.',
        'A council spokeswoman said Ana Ruiz would answer questions. Ms. Ruiz arrived late. “The levy stays,” she said.',
      ).at(-1),
    ).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('does not read a noun of the other gender, nor a description that did something other than speak', () => {
    const other = speakers(
      '“The pier is safe,” said Oskar Lind. He is the harbour master.',
      'A council spokeswoman declined to comment. “We checked it twice,” he said.',
    ).at(-1);
    expect(other?.speaker).toBe('Oskar Lind');
    const acted = speakers(
      '“The pier is safe,” said Oskar Lind, the harbour master.',
      'A local businessman declined to comment on the repairs. “We checked it twice,” he said.',
    ).at(-1);
    expect(acted?.speaker).toBe('Oskar Lind');
  });
});

describe('a surname alone that ends the name of a body or a place', () => {
  it('is the person the document names with that surname, not the White House', () => {
    const quotes = speakers(
      '“We remain open to a deal,” the White House said on Monday. The White House later declined to say more.',
      'Members of the committee were unmoved. Rep. Tom House, a farmer from the valley, shook his head. “This offer changes nothing,” House said. “We will wait,” Mr. House added.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['White House', 'Tom House', 'Tom House']);
  });

  it('leaves a body a body where no one bears the word as a surname', () => {
    expect(speakers('“We remain open to a deal,” the White House said on Monday.')).toMatchObject([{ speaker: 'White House' }]);
  });

  it('is the person over a place the document writes more often', () => {
    expect(
      speakers(
        'Lawmakers on Capitol Hill said the hearing would go ahead. Capitol Hill was busy on Tuesday.',
        'Anita Hill, who testified years ago, was asked about it. “It is long overdue,” Hill said.',
      ),
    ).toMatchObject([{ speaker: 'Anita Hill', mention: 'Hill' }]);
  });

  it('reaches the speaker index as the person, no alias of the body', () => {
    const a = extractClaims(doc('“We remain open to a deal,” the White House said on Monday.'));
    const b = extractClaims(doc('Tom House was unmoved. “This offer changes nothing,” House said.'));
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: a },
      { documentId: 'b', claims: b },
    ]);
    expect(index.resolve('b', 'Tom House')?.name).toBe('Tom House');
    const whiteHouse = index.resolve('a', 'White House');
    expect(whiteHouse?.aliases ?? []).not.toContain('House');
  });
});
