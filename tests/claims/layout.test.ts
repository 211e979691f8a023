import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (d: ReturnType<typeof doc>) => extractClaims(d).quotes.map((q) => q.speaker);

describe('extractClaims: attributions carried by layout and word class', () => {
  it('takes the name that signs a quotation after a dash', () => {
    const d = doc('“The new ferry saves me an hour a day.” \u2015 Lotte Brandt', '“I still miss the old harbour.”\u2015 Emil Sandvik.');
    expect(speakers(d)).toEqual(['Lotte Brandt', 'Emil Sandvik']);
  });

  it('does not read a dash before ordinary words as a signature', () => {
    const d = doc('“Fair wages now” \u2014 the slogan on every banner \u2014 filled the square.');
    expect(speakers(d)).toEqual([null]);
  });

  it('takes the name right before the colon that introduces a quotation', () => {
    const d = doc('Harbour traffic doubled - Ines Hallberg: “Most of the growth came from small boats.”');
    expect(speakers(d)).toEqual(['Ines Hallberg']);
  });

  it('does not take a possessive noun or a bare noun for a speech verb', () => {
    const d = doc('Mayor Tove Lind spoke on Friday. She said Oskar Berg’s mental state is “no concern of the council.”');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });
});

describe('extractClaims: the subject of the clause a quotation hangs on', () => {
  it('does not take an object before a comma for the subject of a participle', () => {
    const d = doc('At a rally in Tromsø, Nora Vik went after Lund, calling him “a man without a plan.”');
    expect(speakers(d)).toEqual(['Nora Vik']);
  });

  it('takes the subject of the first verb for "… and said", past an opening phrase', () => {
    const d = doc(
      'In an interview with a local paper, Nora Vik repeated her criticism of the ferry plan and said the budget was “far too thin.”',
    );
    expect(speakers(d)).toEqual(['Nora Vik']);
  });

  it('skips a parenthesis and a weekday between a subject and its verb', () => {
    const d = doc('OSLO — Sen. Nora Vik (D-Ore.) on Tuesday criticized the ferry plan and said the budget was “far too thin.”');
    expect(speakers(d)).toEqual(['Nora Vik']);
  });
});

describe('extractClaims: cues of judgement and titles in reported clauses', () => {
  it('attributes a characterisation under a verb of judgement', () => {
    const d = doc('Mayor Tove Lind condemned the closure as “reckless and short-sighted” on Monday.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('attributes a title-case name inside a clause a speech verb reports', () => {
    const d = doc('Tove Lind said she would fight “Clean Harbours Now” until the vote.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('attributes a title-case name inside a sentence closed by its speaker and verb', () => {
    const d = doc('That could carry him into the “Harbour Tuesday” vote on March 3, which he is expected to win, Tove Lind said.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('leaves a title after a preposition unattributed even in a reported clause', () => {
    const d = doc('Tove Lind said on “Morning Report” that the ferry would run.');
    expect(extractClaims(d).quotes.map((q) => [q.kind, q.speaker])).toEqual([['phrase', null]]);
  });
});

describe('extractClaims: nouns that look like speech verbs', () => {
  it('reads "her opening remarks" as a noun phrase, not a subject and its verb', () => {
    const d = doc('Tove Lind said in her opening remarks that the council backs its “trusted partners,” naming two ports.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('does not let any verb after a mid-sentence quotation claim it', () => {
    const d = doc('It is odd that the “tax,” which is like a gift to the shipping lobby, passed.');
    expect(extractClaims(d).quotes.map((q) => [q.kind, q.speaker])).toEqual([['phrase', null]]);
  });
});

describe('extractClaims: second-pass attribution details', () => {
  it('reads quantified plurals and "of X claims" as nouns', () => {
    const d = doc(
      'Tove Lind said, posing a few questions, including, “Who pays for the new quay?”',
      'The auditor rated 30% of Harbour claims as “unfounded” in the review.',
    );
    expect(speakers(d)).toEqual(['Tove Lind', 'the auditor']);
  });

  it('does not register an opening participle and a surname as a person', () => {
    const d = doc(
      'Tove Lind chairs the board.',
      'Pulling Lind into the row, Emil Sandvik spoke at length.',
      '“We never agreed to that,” Lind said.',
    );
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('prefers the attribution that closes the sentence right after a quotation ending in a comma', () => {
    const d = doc('Tove Lind said the vote was close because “few members came,” she said.', '“We will try again in May.”');
    expect(extractClaims(d).quotes.map((q) => q.speakerMention?.text)).toEqual(['she', 'she']);
  });
});

describe('extractClaims: participles with their own subject', () => {
  it('takes the name right before a participle as its subject', () => {
    const d = doc(
      'The new ad shows footage of Tove Lind asking, “Why should the harbour pay twice?”',
      'The board met on Friday, with Emil Sandvik calling the plan “a gamble.”',
    );
    expect(speakers(d)).toEqual(['Tove Lind', 'Emil Sandvik']);
  });

  it('does not treat applause as speech', () => {
    const d = doc('When Tove Lind said she would “keep every ferry running,” the crowd applauded loudly.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });
});

describe('extractClaims: attributions from the paragraph or sentence around', () => {
  it('takes a signature on the paragraph after the quotation', () => {
    const d = doc('“The ferry is late every single day.”', '- Lotte Brandt, Tromsø.');
    expect(speakers(d)).toEqual(['Lotte Brandt']);
  });

  it('looks past a subjectless "if asked" in the sentence before', () => {
    const d = doc('Emil Sandvik said he would help the council if asked. “I know these waters.”');
    expect(speakers(d)).toEqual(['Emil Sandvik']);
  });

  it('carries the speaker into a sentence opened by "Adding,"', () => {
    const d = doc('Emil Sandvik stated that the plan was “too thin.” Adding, “We need more boats before winter.”');
    expect(speakers(d)).toEqual(['Emil Sandvik', 'Emil Sandvik']);
  });
});

describe('extractClaims: particle cues and quotation-bounded clauses', () => {
  it('reads "went on about" as a cue', () => {
    const d = doc('As Tove Lind went on about “the harbour we deserve,” the hall slowly emptied.');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });

  it('does not reach past a quotation that closes its own clause', () => {
    const d = doc('On the form, in a box labeled “reason for visit,” a clerk had typed “routine inspection.”');
    expect(speakers(d)[1]).toBe('a clerk');
  });
});

describe('extractClaims: subjects around appositives, participles and dates', () => {
  it('takes "the mother of three" as a whole description', () => {
    const d = doc('Asked about the plan, the 40-year-old mother of three replied, “It helps every family.”');
    expect(extractClaims(d).quotes[0]?.speakerMention?.text).toBe('the 40-year-old mother of three');
  });

  it('resolves "who in 2010 said" past the year and an appositive description', () => {
    const d = doc('She met Ola Berg, now the harbour master, who in 2010 said the port would need “a second quay.”');
    expect(extractClaims(d).quotes[0]).toMatchObject({ speaker: 'Ola Berg', speakerMention: { text: 'who' } });
  });

  it('takes the subject before a participle and its object', () => {
    const d = doc('Fishermen marching through the streets chanted “Save the quay!” until dusk.');
    expect(speakers(d)).toEqual(['Fishermen']);
  });

  it('gives "After saying …," the subject of the main clause', () => {
    const d = doc(
      'Tove Lind wrote a memoir. After saying the ferry was “always late,” she was “asked to leave the room at once” by the chair.',
    );
    expect(extractClaims(d).quotes.map((q) => q.speakerMention?.text)).toEqual(['she', 'she']);
  });

  it('skips a date with its year before the subject of a colon lead', () => {
    const d = doc('On July 6, 2015, Tove Lind made the following comment:', '“The harbour belongs to everyone who works in it.”');
    expect(speakers(d)).toEqual(['Tove Lind']);
  });
});

describe('extractClaims: names after roles and modifiers', () => {
  it('takes the subject before "speaking to …" rather than the outlet', () => {
    const d = doc('Another harbour official speaking to Nordic Radio said, “The quay will open in May.”');
    expect(speakers(d)).toEqual(['another harbour official']);
  });

  it('names the person after a hyphenated role, with the whole phrase as the mention', () => {
    const d = doc('“Imagine that,” mused Harbour Weekly co-host Stina Berg.');
    expect(extractClaims(d).quotes[0]).toMatchObject({
      speaker: 'Stina Berg',
      speakerMention: { text: 'Harbour Weekly co-host Stina Berg' },
    });
  });
});

describe('extractClaims: inverted attributions after an adjunct', () => {
  it('takes the name after ", said" when words follow the quotation', () => {
    const d = doc('“We are delighted” about the ruling, said Ragnhild Sande, head of the ferry union.');
    expect(speakers(d)).toEqual(['Ragnhild Sande']);
  });

  it('keeps a place phrase inside the description of the speaker', () => {
    const d = doc('“Is the quay safe?” a harbour worker in the crowd wondered.');
    expect(extractClaims(d).quotes[0]?.speakerMention?.text).toBe('a harbour worker in the crowd');
  });
});

describe('extractClaims: people with their places', () => {
  it('takes the person before "of City, State", not the state', () => {
    const d = doc('Lena Holm of Bergen, Vestland says the ferry must keep “running every hour of the day.”');
    expect(speakers(d)).toEqual(['Lena Holm']);
  });

  it('does not swallow an opening phrase that ends in a place', () => {
    const d = doc('During the debate in Bergen, Lena Holm said the plan was “new.”');
    expect(speakers(d)).toEqual(['Lena Holm']);
  });
});

describe('extractClaims: standalone determiners and unclosed appositives', () => {
  it('takes "one of two witnesses" and "another" as speakers', () => {
    const d = doc(
      'Lena Holm spoke first.',
      '“It was unseemly,” said one of two witnesses at the meeting.',
      '“Better watch out,” tweeted another.',
    );
    expect(extractClaims(d).quotes.map((q) => q.speakerMention?.text)).toEqual(['one of two witnesses', 'another']);
  });

  it('takes the name before an appositive that runs into the verb', () => {
    const d = doc('Sam Lund, the press officer for the Harbour Board said in a statement that the count was “final and complete.”');
    expect(speakers(d)).toEqual(['Sam Lund']);
  });
});

describe('extractClaims: "as X put it"', () => {
  it('attributes the words to the one who put it so', () => {
    const d = doc(
      'As the columnist Lena Holm puts it, the council is making the port “an offer it cannot refuse.”',
      'The ferry put it on the quay at noon, and the crowd said nothing.',
    );
    expect(speakers(d)).toEqual(['Lena Holm']);
  });
});
