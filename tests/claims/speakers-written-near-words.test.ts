/**
 * Shapes where the speaker is written plainly near words the extractor left without one:
 * run-on paragraphs of quotation with quotations inside them, sources named after the words. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('a paragraph of a run-on quotation keeps its opening mark when a quotation sits inside it', () => {
  const lead = ['Lena Marsh spoke at the pier.', 'Ms. Marsh stated:'];

  it('credits every paragraph to the speaker the colon introduces', () => {
    const found = speakers(
      ...lead,
      '"The ferry isn’t about “Service First” anymore. It was late all winter.',
      '"Nobody reads the “Small Print,” which hides the fares.',
      '"We will keep pushing."',
    );
    expect(found.filter((q) => q.speaker === 'Lena Marsh').map((q) => q.text)).toEqual([
      'The ferry isn’t about “Service First” anymore. It was late all winter.',
      'Nobody reads the “Small Print,” which hides the fares.',
      'We will keep pushing.',
    ]);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Service First', speaker: null }));
  });

  it('still takes a stray mark before a curly quotation as stray when the next paragraph opens with another mark', () => {
    expect(
      speakers(
        'Lena Marsh spoke at the pier.',
        '"Tomas Dale tried to laugh it off by saying, “Only on Sundays.” But Marsh went on.',
        '“Is that how you run a ferry?” she asked.',
      ),
    ).toContainEqual(expect.objectContaining({ text: 'Only on Sundays.', speaker: 'Tomas Dale' }));
  });
});

describe('a title closing an appositive with the comma inside its marks ("X, author of “T,” put it")', () => {
  it('leaves the subject before the appositive', () => {
    const words = '“Nobody reads the small print.”';
    for (const lead of [
      'As Lena Marsh, professor of law at Kent and author of “The Quiet Harbour,” put it,',
      'As Lena Marsh, the author of “The Quiet Harbour,” put it,',
      'Lena Marsh, the author of “The Quiet Harbour,” said,',
    ])
      expect(speakers(`${lead} ${words}`)).toEqual([
        { text: 'The Quiet Harbour,', speaker: null, mention: null },
        { text: 'Nobody reads the small print.', speaker: 'Lena Marsh', mention: 'Lena Marsh' },
      ]);
  });

  it('gives the title itself to no one', () => {
    expect(speakers('Tomas Dale, the host of the radio show “Harbour Hour,” said in an interview that fares would fall.')).toEqual([
      { text: 'Harbour Hour,', speaker: null, mention: null },
    ]);
  });

  it('reads no appositive into a title with no comma before it', () => {
    expect(
      speakers('Dale said the strike reminds him of the 1950 novel titled “The Long Pier,” adding, “because it never ended well.”'),
    ).toContainEqual(expect.objectContaining({ text: 'because it never ended well.', speaker: 'Dale' }));
  });
});

describe('"written" after "had" / "has" is a verb of saying ("As Lena Marsh had written, “…”")', () => {
  it('credits the words to the subject, past a time phrase', () => {
    for (const lead of ['As the columnist Lena Marsh had written a few years earlier,', 'As Lena Marsh has written,'])
      expect(speakers(`${lead} “Nobody reads the small print.”`)).toMatchObject([{ speaker: 'Lena Marsh' }]);
  });

  it('is no cue with an object or without an auxiliary', () => {
    expect(speakers('Later, a press is set to publish “Harbour Days,” a biography written by the reporter Lena Marsh.')).toMatchObject([
      { speaker: null },
    ]);
    expect(
      speakers(
        'Tomas Dale, a former ferry pilot for Mayor Lena Marsh has written a book in which he exposes the fares.',
        'He went on to say, “She once threw a map at a pilot.”',
      ),
    ).toMatchObject([{ speaker: 'Tomas Dale' }]);
  });
});

describe('the sentence after a quotation names its author after the words’ noun ("That quote from X ran …")', () => {
  it('credits the words to the one named', () => {
    expect(
      speakers('"Nobody reads the small print." That quote from harbour commissioner Lena Marsh ran in the weekly paper in 1990.'),
    ).toMatchObject([{ speaker: 'Lena Marsh', mention: 'harbour commissioner Lena Marsh' }]);
    expect(
      speakers('“Nobody reads the small print.” That line from Lena Marsh, the harbour commissioner, ran in the paper.'),
    ).toMatchObject([{ speaker: 'Lena Marsh' }]);
    expect(speakers('Lena Marsh spoke.', '“Nobody reads the small print.”', 'The remark by Ms. Marsh drew boos.')).toMatchObject([
      { speaker: 'Lena Marsh' },
    ]);
  });

  it('not a noun that names no words', () => {
    expect(speakers('“Nobody reads the small print.” That ferry from Lena Marsh sank in 1990.')).toMatchObject([{ speaker: null }]);
  });
});

describe('a short phrase finishing the words before the attribution (“…” of the case, the opinion said.)', () => {
  it('credits the subject or inverted name that closes the sentence', () => {
    expect(speakers('“The harbour expresses no view on the fares” of the ferry, the unsigned notice said.')).toMatchObject([
      { speaker: 'the unsigned notice' },
    ]);
    expect(speakers('“The harbour expresses no view” on the fares, said Lena Marsh.')).toMatchObject([{ speaker: 'Lena Marsh' }]);
  });

  it('not when the attribution does not close the sentence', () => {
    const rules = extractClaims(doc('“No view” on the fares, the board said, was all the harbour gave.')).quotes.map((q) => q.rule);
    expect(rules).not.toContain('verb-after-tail');
  });
});

describe('a participle of saying after a relative clause on a name ("talk about X, who …, saying “…”")', () => {
  it('is said by the name when the clause it hangs on has no person for subject', () => {
    expect(
      speakers(
        'There was talk about Lena Marsh, who was the loudest voice in the room, saying “Fares must fall” and “Ferries are for everyone.”',
      ),
    ).toMatchObject([{ speaker: 'Lena Marsh' }, { speaker: 'Lena Marsh' }]);
  });

  it('not after a relative clause on something other than a person', () => {
    expect(speakers('There was talk about the ferry, which was late again, saying “Fares must fall.”')).toMatchObject([{ speaker: null }]);
  });
});

describe('a lead "Then, …:" that names no one goes on from the sentence before', () => {
  it('takes the person subject of the sentence before', () => {
    expect(
      speakers(
        'Lena Marsh runs the port. At meeting after meeting, she vows to cut the fares. Then, the punch line: “I will ride it myself.”',
      ),
    ).toMatchObject([{ speaker: 'Lena Marsh', mention: 'she' }]);
  });

  it('across a paragraph break, after the speaker’s quotation', () => {
    expect(
      speakers(
        'Lena Marsh runs the port.',
        'For example: “The ferry is never late,” she told the radio in May.',
        'Then, later that month on television: “I never said the ferry was on time.”',
      ),
    ).toMatchObject([{ speaker: 'Lena Marsh' }, { speaker: 'Lena Marsh' }]);
  });

  it('not when the lead names someone itself', () => {
    expect(
      speakers('Lena Marsh runs the port. She vows to cut the fares. Then Tomas Dale, her rival, replied: “I will ride it myself.”'),
    ).toMatchObject([{ speaker: 'Tomas Dale' }]);
  });
});

describe('a quotation inside a quotation, attributed inside the outer words ("“‘…,’ said Marsh, and …”")', () => {
  const nested = (...paragraphs: string[]) =>
    extractClaims(doc(...paragraphs))
      .quotes.filter((q) => q.rule?.startsWith('nested'))
      .map((q) => q.speaker);

  it('credits the inner words to the person named with a verb of saying right after them', () => {
    expect(
      nested('Lena Marsh spoke to the radio.', 'Tomas Dale wrote: “‘We won the vote on the coast by a mile,’ said Marsh, and we did.”'),
    ).toEqual(['Lena Marsh']);
    expect(
      nested(
        'Lena Marsh spoke to the radio.',
        '"“You don’t win the vote by how many towns you win,” Marsh responded before adding that she will have to win the coast."',
      ),
    ).toEqual(['Lena Marsh']);
  });

  it('not a pronoun, nor a name that is only someone else’s given name', () => {
    expect(
      nested(
        'Lena Marsh spoke to the radio.',
        'Tomas Dale wrote: “‘We won the vote on the coast by a mile,’ I said to Marsh, and we did.”',
      ),
    ).toEqual([null]);
    expect(
      nested(
        'Tomas Dale spoke.',
        'Lena Marsh wrote: “The paintings had ‘long hair like wool and a coat of red color,’ says Tomas, a painter.”',
      ),
    ).toEqual([null]);
  });
});
