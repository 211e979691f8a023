/**
 * Shapes of attribution with no speaker or the wrong one: a colon lead with no verb of saying that opens on a thing names no speaker;
 * a noun of saying or a document whose author follows "by", "from" or "of" before "that"; a counted group of people
 * that opens a sentence with a capitalised number word; a reporting verb with a prepositional phrase before its
 * "that" clause, read from the paragraph after it. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a colon lead with no verb of saying', () => {
  it('names no speaker when it opens on "it"', () => {
    expect(
      speakers(
        'The levy was raised in the spring of that year, and it came at a bad time.',
        'Wait, it gets worse:',
        '"The ferry will stop in May."',
      ),
    ).toMatchObject([{ speaker: null }]);
  });

  it('names no speaker when it describes a thing with "be"', () => {
    expect(
      speakers('The council met on Monday.', 'The reason these critics give for the levy is simple:', '"The ferry will run all winter."'),
    ).toMatchObject([{ speaker: null }]);
  });

  it('still gives the words to a document that opens it, and so to its author', () => {
    expect(
      speakers('Ana Ruiz issued a statement on Monday.', 'The statement was brief:', '"The ferry will run all winter."'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still gives the words to a person or a body that opens it', () => {
    expect(speakers('The council met on Monday.', 'Ana Ruiz then listed her terms:', '"The ferry will run all winter."')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
    expect(
      speakers('The council met on Monday.', 'The Harbour Council released the following statement:', '"The ferry will run all winter."'),
    ).toMatchObject([{ speaker: 'Harbour Council' }]);
    expect(speakers('The mayor spoke first.', 'Ana Ruiz was blunt:', '"The ferry will run all winter."')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('a noun of saying or a document with its author after "by", "from" or "of", then "that"', () => {
  it('gives the words in the "that" clause to the author', () => {
    expect(speakers('On Friday it was a report by the Harbour News that he "invented" the rescue.')).toMatchObject([
      { speaker: 'Harbour News' },
    ]);
    expect(speakers('The claim by Li Wei that the quay is "unsafe" was denied.')).toMatchObject([{ speaker: 'Li Wei' }]);
  });

  it('reads past a role before the name', () => {
    expect(
      speakers('His remarks support the contention of former secretary of transport Ana Ruiz that the files were "over-classified."'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(
      speakers('The memo contradicts 2019 comments from former harbour master Tom Hale that "nobody could have known."'),
    ).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('leaves a noun that is no noun of saying alone', () => {
    expect(speakers('The boat of Li Wei that sank last year was called "Sea Lark."')).not.toMatchObject([{ speaker: 'Li Wei' }]);
  });
});

describe('a capitalised number word that opens a sentence opens a counted group of people', () => {
  it('is the subject a participle of saying takes', () => {
    expect(
      speakers('Hundreds of pro-Ruiz demonstrators walked through the port on Monday, chanting "No levy, no vote," as it rained.'),
    ).toMatchObject([{ speaker: 'hundreds of pro-Ruiz demonstrators' }]);
    expect(speakers('Dozens of residents gathered at the pier, saying the levy was "unfair."')).toMatchObject([
      { speaker: 'dozens of residents' },
    ]);
  });

  it('is no speaker when the group is of things', () => {
    expect(speakers('Hundreds of letters have arrived since then, many addressed to "the Mayor, Harbour Town."')).toMatchObject([
      { speaker: null },
    ]);
  });

  it('leaves an appositive to name the people', () => {
    expect(
      speakers('Two harbour engineers, Ana Ruiz and Tom Hale, found in 2019 that the quay was "the weakest in the region."'),
    ).not.toMatchObject([{ speaker: 'two harbour engineers' }]);
  });
});

describe('a reporting verb with a prepositional phrase before its "that" clause', () => {
  it('gives the next paragraph of quotation to the reporter, not to a subject inside the clause', () => {
    expect(
      speakers(
        'Ana Ruiz wrote in a column for the Harbour News that delegates currently pledged to Li may reconsider.',
        '"A loss in the north would show how weak he is."',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('reads "elaborated" as a verb of saying in the past', () => {
    expect(
      speakers(
        'Ana Ruiz elaborated in a letter to the board that councillors now pledged to Li could change their minds.',
        '"Nobody is bound for ever."',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});
