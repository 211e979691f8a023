/**
 * Descriptions as speakers: a role noun that heads the subject of a speech verb, and the people a later
 * pronoun may refer to. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('descriptions as speakers', () => {
  it('credits a description headed by a role noun after adjectives set off by a comma', () => {
    const [q] = speakers('“We kept the river open all winter,” the soft-spoken, 64-year-old diplomat said at the quay.');
    expect(q?.speaker).toMatch(/64-year-old diplomat$/);
  });

  it('keeps a role noun’s "of" phrase in the description a name owns ("Ilse Brandt’s chief of staff", not "staff")', () => {
    expect(speakers('“We will not sign this,” Ilse Brandt’s chief of staff said.')[0]?.speaker).toBe('Ilse Brandt’s chief of staff');
    expect(speakers('Ilse Brandt’s chief of staff said “we will not sign this.”')[0]?.speaker).toBe('Ilse Brandt’s chief of staff');
    expect(speakers('“We will not sign this,” the mayor’s chief of staff said.')[0]?.speaker).toBe('the mayor’s chief of staff');
  });

  it('keeps two roles joined by "and" as one subject', () => {
    const [q] = speakers('The front-runner and former harbour master said the quay “clearly” needed repairs.');
    expect(q?.mention).toBe('The front-runner and former harbour master');
  });
});

describe('verbs of saying', () => {
  it('reads "protested that" as reporting words', () => {
    const [q] = speakers('Her campaign protested that the board was being “unfair” to the ferry crews.');
    expect(q?.mention).toBe('Her campaign');
  });

  it('gives the quotation that opens the next paragraph to the person who "speculated"', () => {
    const [q] = speakers(
      'In a video on Friday, Marta Lind speculated that the ferry could close.',
      '“Nobody knows who runs it. It could be anyone.”',
    );
    expect(q?.speaker).toBe('Marta Lind');
  });

  it('reads "interjected:" as introducing the words after it', () => {
    const [, q] = speakers('Ana Ruiz said the plan was “sound,” to which Oskar Dahl interjected: “It is just not true.”');
    expect(q).toMatchObject({ speaker: 'Oskar Dahl' });
  });
});

describe('pronouns between two people', () => {
  it('credits words after a colon to the pronoun and verb that close them, past the verb’s object', () => {
    const [q] = speakers(
      'Back then, Dahl appeared to suggest he had bought her silence: "She signed a strict nondisclosure deal," he told the Boston Ledger.',
    );
    expect(q?.mention).toBe('he');
  });

  it('gives a "he" after a description that spoke to the person the story is about, not to the last speaker named', () => {
    const qs = speakers(
      'Oskar Dahl wants to buy the harbour. Dahl has run ferries for years, and Dahl says the port needs him.',
      '“It was insulting,” said Per Lund, a fisherman.',
      'More troubling to many was Dahl’s refusal to name a price. Instead, the businessman has insisted that his hand is stronger if he keeps quiet. “Ask me again after the vote” before any numbers, he said.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Per Lund', 'Oskar Dahl']);
  });

  it('gives that "he" to the one of two leading people the sentence before names', () => {
    const qs = speakers(
      'Oskar Dahl and Ivo Sand want the harbour. Reading from notes, Ivo Sand repeatedly pronounced the name “Harbourside” wrongly.',
      'Sand spoke first. Of Sand, a trader said little. Dahl spoke next, and Dahl says the port needs him. Dahl paid.',
      '“It was insulting,” said Per Lund, a fisherman.',
      'More troubling to many was Dahl’s refusal to name a price. Instead, the businessman has insisted that his hand is stronger if he keeps quiet. “Ask me again after the vote” before any numbers, he said.',
    );
    expect(qs.at(-1)?.speaker).toBe('Oskar Dahl');
  });

  it('leaves that "he" to the last speaker when no one leads the story', () => {
    const qs = speakers(
      'Oskar Dahl and Ivo Sand both want the harbour.',
      '“It was insulting,” said Per Lund, a fisherman.',
      'Instead, the businessman has insisted that his hand is stronger if he keeps quiet. “Ask me again after the vote” before any numbers, he said.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Per Lund', 'Per Lund']);
  });
});

describe('relative clauses', () => {
  it('credits a quotation inside a "who" clause with no speech verb to "who", standing for the person before it', () => {
    const qs = speakers('“People are angry,” said councilman Omar Fiske, who thinks the mayor and his staff “need to be more open.”');
    expect(qs[1]).toMatchObject({ speaker: 'Omar Fiske', mention: 'who' });
  });

  it('leaves a passive "who" clause to the agent after "by"', () => {
    const [q] = speakers('Lena Moss, who was called a “traitor” by Oskar Dahl, left early.');
    expect(q).toMatchObject({ speaker: 'Oskar Dahl' });
  });
});

describe('a report that goes on into the next sentence', () => {
  it('credits a sentence-like quotation with no speech verb to the person whose report the sentence before gives', () => {
    const [q] = speakers(
      'Oskar Dahl has argued that the port was doomed from the start. As a result, there is still “a very costly ferry that nobody wants.”',
    );
    expect(q).toMatchObject({ speaker: 'Oskar Dahl' });
  });

  it('leaves a scare quote there to no one', () => {
    const [q] = speakers('Oskar Dahl has argued that the port was doomed. The ferry is an “old wreck” now.');
    expect(q?.speaker).toBeNull();
  });
});

describe('subjects past adverbs and time phrases', () => {
  it('walks back over "always", "ever", "long" and "sometimes" between a subject and its verb', () => {
    const [q] = speakers('The harbour board has always claimed itself to be a “neutral” keeper of the quay.');
    expect(q?.mention).toBe('The harbour board');
  });

  it('takes no "this week" for the subject of a verb after a list of people', () => {
    const [q] = speakers(
      'A group of 40 painters and writers this week published a letter and called on people to “remember the old harbour.”',
    );
    expect(q?.mention).toBe('A group');
  });
});

describe('"where" clauses', () => {
  it('finds the subject of a clause opened by "where" before a parenthesis, not the place before it', () => {
    const [q] = speakers(
      'The row spread to the other side of the harbour, where council leader Mara Lind (Greens) told reporters that she had met the minister and that “the ferry will stay.”',
    );
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('nouns that look like speech verbs', () => {
  it('reads an -s form after a preposition, a determiner and a name as a noun ("after the Bergen attacks")', () => {
    const [q] = speakers('After the Bergen attacks, Mara Lind released a radio ad calling it “reckless” that the council had no plan.');
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('participles after a reported clause', () => {
  it('gives a closing participle to the reporting verb, not to the verb inside its "that" clause', () => {
    const [q] = speakers(
      'Mara Lind said Monday that the council rejected her attempts to add a clause on ferries, calling it an “area of dispute.”',
    );
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('descriptions with the work they relate to', () => {
  it('keeps a short title in marks after "the authors of" in the speaker', () => {
    const [q] = speakers(
      '“If we want new riders, we have to show we mean it,” wrote the authors of the “Harbour Renewal Plan,” citing the ferry.',
    );
    expect(q?.speaker).toBe('the authors of the “Harbour Renewal Plan”');
  });
});

describe('relative clauses left unclosed', () => {
  it('gives the verb after "X, who is chair of Y" (no closing comma) to X through "who"', () => {
    const [q] = speakers('Ana Ruiz, who is chair of the Harbour First Trust said in a statement that the plan is “a failure.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'who' });
  });
});

describe('pronoun subjects before an adverb set off by commas', () => {
  it('takes the pronoun right before ", once again," as the subject, not the one opening the sentence', () => {
    const [, q] = speakers(
      'He pledged to enact reform, fix the “broken” ferry timetable and he, once again, pledged a “harbour revolution” for the town.',
    );
    expect(q).toMatchObject({ text: 'harbour revolution', mention: 'he' });
  });
});

describe('verbs joined by "and"', () => {
  it('gives the second verb of saying the subject of the first one', () => {
    const qs = speakers(
      'He pledged to enact reform, fix the “broken” ferry timetable and she, once again, pledged a “harbour revolution” and said that she would stand up to the “shipping class” that runs the port.',
    );
    expect(qs[2]).toMatchObject({ text: 'shipping class', mention: 'she' });
  });
});

describe('"added" after a quotation', () => {
  it('goes on with the source of the quotation before, a body’s statement included, the pronoun as mention', () => {
    const qs = speakers(
      'The ferry was late again, according to a statement released today by the Harbour Board.',
      '“Crossings resume on Monday”, is in the same note. “The board sails where the tide permits,” he added.',
    );
    expect(qs[1]).toMatchObject({ speaker: 'Harbour Board', mention: 'he' });
  });

  it('does not give a woman’s words to a "he added"', () => {
    const qs = speakers('Oskar Dahl spoke first.', '“The quay is safe,” Mrs. Lind said. “We will reopen it,” he added.');
    expect(qs[1]?.speaker).not.toBe('Lind');
  });
});

describe('participles joined by "and"', () => {
  it('gives the second participle the "with" subject of the first, past the first one’s words', () => {
    const qs = speakers(
      'Critics were quick to chime in, with Mara Lind tweeting that it was a “disaster” for the port and asking, “How can anyone trust the board?”',
    );
    expect(qs[1]?.speaker).toBe('Mara Lind');
  });
});

describe('"who" after a part that does not end in its antecedent', () => {
  it('takes the last name of the part before ", who" ("says to Moss on camera, who responds")', () => {
    const [, q] = speakers('“Let everybody go to the harbour,” Lind says to Moss on camera, who responds enthusiastically: “Okay!”');
    expect(q).toMatchObject({ speaker: 'Moss', mention: 'who' });
  });
});

describe('a name before a participle, past an adverb', () => {
  it('reads "Mara Lind privately saying “…”" as her words', () => {
    const [q] = speakers('What do you think of Mara Lind privately saying “pray for him” in response?');
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('a paragraph that reports speech, then the quotation', () => {
  it('gives the next paragraph’s quotation to the reporting verb, not to a verb inside its "that" clause', () => {
    const [q] = speakers(
      'Mara Lind said that for years a few skippers had been predicting a slow decline of the port, but this would not happen.',
      '“That is because the harbour still feeds half the valley.”',
    );
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('two roles joined by "and" before a name after the verb', () => {
  it('reads "said former Oregon Gov. and Harbour Committee Chairman Omar Fiske" as Omar Fiske', () => {
    const [q] = speakers('“He is playing that part again,” said former Oregon Gov. and Harbour Committee Chairman Omar Fiske.');
    expect(q?.speaker).toBe('Omar Fiske');
  });
});

describe('a paragraph that is only a quotation', () => {
  it('is said by whoever the next paragraph’s opening quotation is attributed to after it', () => {
    const qs = speakers(
      'Some think the ferry still has a chance.',
      '“The ferry can still win the vote.”',
      '“It may be the only hope the town has,” Jonas Berg notes.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Jonas Berg', 'Jonas Berg']);
  });
});

describe('an appositive with a relative clause left unclosed after the words', () => {
  it('credits the name before it when the verb closes the sentence', () => {
    const [q] = speakers(
      '“The port needs a plan for its riders,” Mara Lind, the polling guru who founded harbourdata.com tweeted on Wednesday.',
    );
    expect(q?.speaker).toBe('Mara Lind');
  });
});

describe('an inverted verb set off by a comma before a colon', () => {
  it('reads "In other words, explained moderator X: “…”" as X', () => {
    const [q] = speakers('In other words, explained harbour moderator Nina Cole: “What does that have to do with the ferry?”');
    expect(q?.speaker).toBe('Nina Cole');
  });
});

describe('a bare verb form before a plural role noun', () => {
  it('reads "state" in "GOP state leaders" as a noun, not a verb with "GOP" for its subject', () => {
    const [q] = speakers(
      'He recently wrote a column for the Harbour Ledger, the largest paper, mocking GOP state leaders as “obsessed” with ferries.',
    );
    expect(q?.mention).toBe('He');
  });
});

describe("a party's members with the place where they sit", () => {
  it('credits "Republicans on Capitol Hill" and "Democrats in the Senate", not the place', () => {
    const said = (text: string) => speakers(text).map((q) => q.speaker);
    expect(said('Republicans on Capitol Hill said the plan was “dead on arrival.”')).toEqual(['Republicans on Capitol Hill']);
    expect(said('Democrats in the Senate said the bill is “a gift to polluters.”')).toEqual(['Democrats in the Senate']);
    expect(said('Democrats on Saturday said the vote was “a farce.”')).toEqual(['Democrats']);
  });
});

describe('a quantifier floating after its subject', () => {
  it('is no speaker: "They all said" is "they", "the Harbour Times and the Ostend Post each called" not "Post each"', () => {
    const said = (text: string) => speakers(text).map((q) => q.speaker);
    expect(said('They all said it was “a long night.”')).toEqual(['they']);
    expect(said('Amid what the Ostend Post each called a “rough week,” the mayor left.')).toEqual(['Ostend Post']);
  });

  it('keeps the owner’s whole name in a described speaker ("Li Wei’s campaign manager")', () => {
    expect(speakers('Li Wei’s campaign manager said on Twitter that the ad was “a lie.”')[0]?.speaker).toBe('Li Wei’s campaign manager');
  });
});

describe('a plural role noun opening the sentence with its place', () => {
  it('keeps "Officials at the port" whole past a relative clause, not "the port"', () => {
    expect(speakers('Officials at the port, who spoke on condition of anonymity, said the cranes were “beyond repair.”')[0]?.speaker).toBe(
      'Officials at the port',
    );
  });
});

describe('an anonymous source described by what it knows', () => {
  const said = (...paragraphs: string[]) => speakers(...paragraphs).map((q) => q.speaker);

  it('keeps "familiar with …" and "close to …" in the description, before or after the verb', () => {
    expect(said('Two people familiar with the talks said the deal was “close.”')).toEqual(['two people familiar with the talks']);
    expect(said('A person close to the mayor said she was “furious.”')).toEqual(['a person close to the mayor']);
    expect(said('An adviser to the mayor said she was “furious.”')).toEqual(['an adviser to the mayor']);
    expect(said('The deal is “close,” according to people familiar with the matter.')).toEqual(['people familiar with the matter']);
    expect(said('According to two people familiar with the talks, the deal is “close.”')).toEqual(['two people familiar with the talks']);
  });

  it('never credits the name that ends what the source knows', () => {
    expect(said('“The drop is about the emails,” said a person close to the Lindens.')).toEqual(['a person close to the Lindens']);
  });
});
