/**
 * Shapes of attribution: a participle after an opening subordinate clause, an "of" phrase in a "with" subject, a
 * particle or a place phrase after it ("with a voice over saying", "with a man on stage saying"; a particle after the words
 * too: “…,” a voice over says), no bare plural of things
 * ("with cable spots casting": the clause subject speaks), -s forms of verbs of
 * saying that are nouns before "of", a web address ending a sentence, "agreed to" as consent, a state after "of City"
 * inside a relative clause. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a participle after a subordinate clause that opens the sentence takes the main clause subject', () => {
  it('past the comma closing the clause', () => {
    expect(
      speakers(
        'Ana Ruiz won. Even before Ruiz took the stage on Tuesday, her campaign sent a message to donors saying: "We won the county!"',
      ),
    ).toMatchObject([{ speaker: 'her campaign' }]);
    expect(
      speakers('Ana Ruiz won. When Ruiz landed in Dover, the party sent an email to members saying the vote was "a landslide."'),
    ).toMatchObject([{ speaker: 'the party' }]);
  });

  it('still gives a participle inside the subordinate clause its subject', () => {
    expect(
      speakers('Tom Hale lost. Li was praised, though at a briefing he used harsher words, saying the vote was "a fair fight."'),
    ).toMatchObject([{ speaker: 'Tom Hale', mention: 'he' }]);
  });
});

describe('"with" a subject and its "of" phrase before a participle', () => {
  it('keeps the "of" phrase in the subject', () => {
    expect(
      speakers('Ana Ruiz criticised Hale, with the campaign of the former mayor of Leeds saying Hale was "not a real reformer."'),
    ).toMatchObject([{ speaker: 'the campaign of the former mayor of Leeds' }]);
  });
});

describe('"with" a subject, then a particle or a short place phrase, before a participle', () => {
  it('keeps a preposition with no object in the subject', () => {
    expect(speakers('The 30 second clip ends with a voice over saying: “Vote for the quay.”')[0]?.speaker).toBe('a voice over');
  });

  it('keeps it in a description after the words, before a verb of saying', () => {
    const qs = speakers(
      'Tom Hale, who chairs the Harbour Fund, paid for the ad.',
      '“Ana Ruiz is skipping the last debate. Why? She cannot answer for the levy,” a voice over says as a photo of an empty podium is shown.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'a voice over', mention: 'a voice over' });
    expect(speakers('“We will win,” the man in Ohio said.')[0]?.speaker).toBe('the man in Ohio');
  });

  it('passes over a place phrase to its subject', () => {
    expect(speakers('The rally closed with a man on stage saying: “Vote for the quay.”')[0]?.speaker).toBe('a man');
    expect(speakers('The rally closed with Ana Ruiz at the podium saying: “Vote for the quay.”')[0]?.speaker).toBe('Ana Ruiz');
    expect(speakers('The rally closed with Ana Ruiz at her side saying: “Vote for the quay.”')[0]?.speaker).toBe('Ana Ruiz');
  });

  it('gives the words to the clause subject, not to things named without a determiner', () => {
    const first = (p: string) => speakers(p)[0]?.speaker;
    expect(first('Harbour Watch PAC began an ad buy on Monday, with cable spots casting Ana Ruiz as “a friend of developers.”')).toBe(
      'Harbour Watch PAC',
    );
    expect(first('The Lind campaign went on the air, with radio ads calling the levy “a tax on every family.”')).toBe('the Lind campaign');
  });

  it('keeps people named without a determiner as the subject', () => {
    const first = (p: string) => speakers(p)[0]?.speaker;
    expect(first('The mayor spoke at the quay, with marchers chanting “Finish it now.”')).toBe('marchers');
    expect(first('The vote was close, with local officials saying it was “a fair result.”')).toBe('local officials');
    expect(first('The vote was close, with students and teachers saying it was “a fair result.”')).toBe('students and teachers');
  });
});

describe('an -s form of a verb of saying before "of" is a noun', () => {
  it('is no verb after a modifier ("the key states of")', () => {
    expect(
      speakers(
        'For someone who conceded in a debate that she is "not a natural leader," Ana Ruiz had a good night, winning the key states of Ohio.',
      ),
    ).toMatchObject([{ speaker: null }]);
    expect(speakers('The board released files to disprove Labour claims of "major progress" in the inquiry.')).toMatchObject([
      { speaker: null },
    ]);
  });

  it('still speaks for verbs that speak of something', () => {
    expect(speakers('Ana Ruiz warns of "a long winter" for the port.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Ana Ruiz writes of "a town that forgot its harbour."')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a web address ends its sentence', () => {
  it('leaves the next quotation to its own speaker', () => {
    expect(
      speakers('Friends were stunned, according to Harbourdaily.com. “She had so many plans,” her friend Tomas Dale told the website.'),
    ).toMatchObject([{ speaker: 'Tomas Dale' }]);
  });
});

describe('"agreed to" a deed is no verb of saying', () => {
  it('leaves the words to the one whose plan it is', () => {
    expect(
      speakers('Hale sent a memo explaining his plan, which holds back funds until the council agreed to make a payment of "$5 million."'),
    ).toMatchObject([{ speaker: 'Hale' }]);
  });
});

describe('a state after "of City" inside a relative clause is no subject', () => {
  it('passes over it to the name the clause describes', () => {
    expect(
      speakers('Hale, who is a pastor at the First Church of Dover, Delaware, slammed the plan as "a disgrace to the town."'),
    ).toMatchObject([{ speaker: 'Hale' }]);
  });

  it('keeps a person after "of" and a name', () => {
    expect(speakers('The daughter of Tom Hale, Ana Ruiz, said the plan was "a disgrace to the town."')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
  });
});

describe('a mid-sentence quotation before "X said:" and words of its own', () => {
  it('is not X’s: the verb before it reports it', () => {
    expect(
      speakers(
        'After Hale said that students who did not qualify might do better at "smaller schools," Ruiz said: "I don’t like what he said."',
      ),
    ).toMatchObject([{ speaker: 'Hale' }, { speaker: 'Ruiz' }]);
  });

  it('still gives a quotation opening its sentence to the verb after it', () => {
    expect(speakers('"We won," Ruiz said on Monday. "It was a long night."')).toMatchObject([{ speaker: 'Ruiz' }, { speaker: 'Ruiz' }]);
  });
});

describe('a name after a possessive and four words ending in a role', () => {
  it('is the speaker, not the owner', () => {
    expect(speakers('Ana Ruiz spoke on Monday.', '“This is a first,” said Ruiz’s top foreign policy aide Tom Hale.')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });

  it('not past a verb among the words', () => {
    expect(speakers('State senator Tom Hale used to support fellow Welshman Ivor Lind. “He is the best,” Hale said.')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });
});

describe('a relative pronoun right after its noun is no part of the speaker', () => {
  it('gives the noun', () => {
    expect(speakers('The council voted 6-1 for the resolution which said the city “condemns the plan.”')).toMatchObject([
      { speaker: 'the resolution' },
    ]);
  });
});

describe('a participle naming a noun ("a class called “…”") is no verb of the clause', () => {
  it('leaves a later participle to the subject', () => {
    expect(
      speakers(
        'Later on Sunday, Hale shared a syllabus for a 2002 history class called “Ports” on his page, writing “Allow me to do the research.”',
      ),
    ).toMatchObject([{ speaker: null }, { speaker: 'Hale' }]);
  });
});

describe('a named owner’s noun of saying with its "that" clause, nearer the words than the verb', () => {
  it('says the words', () => {
    expect(
      speakers(
        'The mayors say they are not avoiding Ana Ruiz, who was hurt by Auditor Tom Hale’s conclusion that her acts were "extremely careless."',
      ),
    ).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('not when it is the verb’s own object', () => {
    const [q] = speakers(
      'Aides recall how rivals used Tom Hale’s remark describing Mr. Li’s statement that he opposed the war as "a fairy tale."',
    );
    expect(q?.speaker).not.toMatch(/Li/);
  });
});
