/**
 * The people a document names and what a short form of a name, a title or a pronoun refers to: surnames
 * shared by two people, plural titles before a list of names, and the like. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('people: names and short forms', () => {
  it('gives a shared surname to the person the story names most, not the one named last', () => {
    const qs = speakers(
      'Mayor Greta Holm opened the new bridge on Monday. Greta Holm cut the ribbon herself.',
      'Her brother, the engineer Nils Holm, stood beside her.',
      '“This bridge will carry the town for a hundred years,” Holm said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Greta Holm', mention: 'Holm' });
  });

  it('gives a pronoun after an opening phrase to the story’s subject, not to the person met in that phrase', () => {
    const qs = speakers(
      'Harbour minister Mara Quint flew to Oslo on Tuesday. Quint, who took office in March, made her first visit abroad.',
      'During talks with her Norwegian counterpart Lena Hollis, she said the trip was meant “to show how close the two ports have become.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Mara Quint', mention: 'she' });
  });

  it.each(['Councillor', 'Alderman', 'Assemblywoman', 'Comptroller'])('keeps the local office "%s" out of the name', (title) => {
    const qs = speakers(`“The ferry must run all winter,” said ${title} Pia Hald.`);
    expect(qs[0]).toMatchObject({ speaker: 'Pia Hald' });
  });

  it('keeps a plural title before a list of names out of the first name', () => {
    const qs = speakers(
      'Senators Ada Brandt, the committee chair, and Oskar Lind joined the call.',
      '“We will not sign this,” Brandt said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ada Brandt' });
  });
});

describe('people: gender the text gives, and pronouns', () => {
  it('lets "she" pass over a man the text calls "he"', () => {
    const qs = speakers(
      'Mayor Ana Ruiz opened the hearing on Monday.',
      'Oskar Lind said he would vote against the budget.',
      '“We will find the money,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('reads an honorific as the gender of a surname shared by two people', () => {
    const qs = speakers(
      'Nils Holm said he had doubts. Nils Holm then left the room.',
      'His sister, Greta Holm, stayed.',
      '“The bridge stays open,” Mrs. Holm said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Greta Holm' });
  });

  it('does not give "Mr." to the only woman of that surname the text names in full', () => {
    const qs = speakers('The first lady, Eva Dahl, hosted the dinner.', '“Thank you all for coming,” Mr. Dahl said.');
    expect(qs[0]?.speaker).not.toBe('Eva Dahl');
  });

  it('resolves a pronoun to the subject of an earlier clause of its sentence', () => {
    const qs = speakers(
      'Oskar Lind won the county easily.',
      'Two weeks after Ana Ruiz lost the vote in the capital, she said the count was “flawed from the start.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('learns a man from the pronoun that opens the next sentence', () => {
    const qs = speakers(
      'Ana Ruiz opened the hearing.',
      'Oskar Lind spoke next. He asked for more money.',
      '“We will find the money,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('resolves a pronoun to the subject of a clause of the sentence before', () => {
    const qs = speakers(
      'Oskar Lind spoke first.',
      'Workers are still angry about remarks Ana Ruiz made in March. When she was asked about the mills, she said: “We are going to close them.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });

  it('gives a gendered pronoun with no subject that fits to a person named earlier in its sentence', () => {
    const qs = speakers(
      'Oskar Lind said he would stay.',
      'Another group is unlikely to back Mayor Ana Ruiz after her comment that “the mills must close by spring.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('takes a surname that is a subject for a person a later pronoun of its sentence may refer to', () => {
    const qs = speakers(
      'Ana Ruiz toured the mills. Ruiz spoke for an hour.',
      'Greta Holm spoke next.',
      'Another group is unlikely to back Ruiz after her comment that “the mills must close by spring.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('takes a name after a few describing words as the subject of its sentence', () => {
    const qs = speakers(
      'Oskar Lind spoke first.',
      'Democratic front-runner Ana Ruiz stretched the truth on Monday.',
      '“We have never lost a vote here,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });
});

describe('people: subjects, descriptions and titles', () => {
  it('does not credit the person a message is addressed to before a colon', () => {
    const qs = speakers(
      'Council leader Ada Brandt delivered a blunt message to Oskar Lind: “It is time to stop attacking people and get back on message.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ada Brandt' });
  });

  it('finds the owner of a noun of saying past a month ("her March comment")', () => {
    const qs = speakers('Mayor Ana Ruiz lost the union vote after her March comment that, “We are going to close the old mills for good.”');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'her' });
  });

  it('passes over a phrase set off by commas and a state after its city', () => {
    const qs = speakers(
      'Mayor Ana Ruiz toured the mills.',
      'Ruiz, during a town hall meeting in Dover, Delaware, said she was “going to close the old mills for good.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });

  it('ends a description at the irregular past after its role noun', () => {
    const qs = speakers(
      'Mayor Ana Ruiz spoke last.',
      'The mayor left no doubt of her support, saying that “there has never been a better plan for the harbour.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'The mayor' });
  });

  it('keeps a long title after the noun of a work out of the things said', () => {
    const [q] = extractClaims(doc('Her new book, “Burning Bridges: How the Harbour Was Won and Lost,” sold well.')).quotes;
    expect(q).toMatchObject({ kind: 'phrase', speaker: null });
  });

  it('gives a gendered pronoun that no subject fits to the last person of that gender named', () => {
    const qs = speakers('Oskar Lind said he liked the speech by Ana Ruiz, the mayor’s wife.', '“We will close the mills,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
  });
});

describe('people: clauses around the speaker', () => {
  it('does not let the verb of an opening subordinate clause report the main clause', () => {
    const qs = speakers(
      'Mayor Ana Ruiz spoke on Monday.',
      'When Oskar Lind announced his bid in May, she called his plan “a gift to the banks.”',
    );
    expect(qs[0]).toMatchObject({ mention: 'she' });
  });

  it('passes a two-word state after the city an opening phrase ends in', () => {
    const [q] = speakers('Speaking at a town hall in Dover, New Carolina, Ana Ruiz went after Lind, calling him “a total stiff.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('reads the clause of a first sentence after its dateline', () => {
    const [q] = speakers(
      'DOVER, May 8 (Wire) — In response to the vote, the mayor’s closest aide rallied supporters, saying: “We have to be ready.”',
    );
    expect(q).toMatchObject({ mention: 'the mayor’s closest aide' });
  });
});

describe('people: titled surnames and pronoun subjects', () => {
  it('names a person by a title and a surname alone, with the title as a role a description finds', () => {
    const qs = speakers(
      'President Lind opened the session.',
      'The president left no doubt of his support, saying that “there has never been a better plan for the harbour.”',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Lind', mention: 'The president' });
  });

  it('reads a "he" that opens its sentence as the subject later pronouns of the sentence refer to', () => {
    const qs = speakers(
      'Oskar Lind was saying the opposite a year ago.',
      'Specifically, he thought the rates were “far too low” to help Mayor Berg, as he later explained.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Oskar Lind' });
  });
});

describe('people: more subject shapes', () => {
  it('keeps "of state" in a description headed by a role noun', () => {
    const [q] = speakers(
      'The clip came from a harbour meeting, where the secretary of state said she was “here to listen, not to lecture.”',
    );
    expect(q).toMatchObject({ mention: 'the secretary of state' });
  });

  it('opens a clause at a comma followed by a name and its verb', () => {
    const [q] = speakers(
      'Filling in for Lind at the event where Ruiz and Berg spoke on Sunday, Carl West landed a sharp dig at “my dear friend Oskar.”',
    );
    expect(q).toMatchObject({ speaker: 'Carl West' });
  });

  it('gives no attribution to the verb of a relative clause about the words', () => {
    const [q] = speakers('Oskar Lind described the judge as “foreign,” which is what some critics call anyone who disagrees.');
    expect(q?.speaker).toBe('Oskar Lind');
  });
});

describe('people: roles, inverted verbs and particles', () => {
  it('reads the name after a role noun and a second title ("Former prosecutor and City Mayor X")', () => {
    const [q] = speakers(
      'Former prosecutor and Dover City Mayor Ana Ruiz, who backs Lind, trashed the board, calling it a “no-brainer” to sue.',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('keeps a description of people with its "of" phrase ("Proponents of the new bill")', () => {
    const [q] = speakers('Proponents of the new bill, however, say it would let the city act as an “umpire.”');
    expect(q).toMatchObject({ mention: 'Proponents of the new bill' });
  });

  it('credits the name of an inverted verb right after a question mid-sentence', () => {
    const [q] = speakers('The council denies it — “why would you not raise the fares?” asked Oskar Lind, now a partner at a firm.');
    expect(q).toMatchObject({ speaker: 'Oskar Lind' });
  });

  it('reads "fired back" as a verb of saying', () => {
    const [q] = speakers('When Lind suggested a delay, Ana Ruiz fired back: “If they delay us, they are going to lose.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('credits the name of an inverted verb set off by commas right before the words, not the hearer of "telling"', () => {
    const qs = speakers(
      'Because of how the board drew the map, explained Rosenberg, “the race was over by March.”',
      'Hours later, Oskar Lind returned the compliment, telling Radio North, “She is an amazing woman.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Rosenberg', 'Oskar Lind']);
  });
});

describe('people: nouns that look like verbs, places after names', () => {
  it('reads "states" after a capitalised word as the noun', () => {
    const [q] = speakers(
      'The plan has stirred mixed feelings in many Nordic states, and the board has worn “kid gloves” in its talks, said Nora Kessel, an expert.',
    );
    expect(q).toMatchObject({ speaker: 'Nora Kessel' });
  });

  it('finds the subject of a coordinated verb past the place after its name', () => {
    const qs = speakers(
      'The worry grew on Wednesday when House Speaker Ana Ruiz of Wisconsin lamented the “disheartened” mood and criticized the “identity politics” of the race.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('a two-letter acronym before a full name', () => {
  it('is the person\'s role ("DJ Ana Ruiz"), so a later surname finds her; initials before a surname alone stay a name', () => {
    const quotes = speakers(
      'The club was founded by DJ Ana Ruiz in 2006.',
      '“We dance for the harbour,” Ruiz said.',
      '“The night is young,” said TJ Lind.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'TJ Lind']);
  });
});
