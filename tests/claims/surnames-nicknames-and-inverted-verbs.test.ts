/**
 * Shapes of attribution that gave a wrong speaker, each fixed by its general cause. Sentences are
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const ARRIVED = 'Ivo Pell arrived in Ostend on Monday with his staff.';

describe('a surname alone after a title whose office ends in its field ("Minister of Foreign Affairs Pell")', () => {
  it('takes the one name, not the last office word with it', () => {
    expect(speakers(ARRIVED, '“The talks were useful,” said Minister of Foreign Affairs Pell.')).toMatchObject([
      { speaker: 'Ivo Pell', mention: 'Minister of Foreign Affairs Pell' },
    ]);
    expect(speakers(ARRIVED, 'Minister of Foreign Affairs Pell said the talks were “useful.”')).toMatchObject([{ speaker: 'Ivo Pell' }]);
    expect(speakers(ARRIVED, '“The talks were useful,” said Secretary of Homeland Security Pell.')).toMatchObject([
      { speaker: 'Ivo Pell' },
    ]);
    expect(speakers(ARRIVED, '“The talks were useful,” said Chief of Staff Pell.')).toMatchObject([{ speaker: 'Ivo Pell' }]);
  });

  it('still takes a full name after such an office', () => {
    expect(speakers('“The talks were useful,” said Minister of Foreign Affairs Ivo Pell.')).toMatchObject([{ speaker: 'Ivo Pell' }]);
    expect(speakers('“The talks were useful,” said Secretary of Homeland Security Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a surname alone set off after a role ("said the mayor, Hale.")', () => {
  const WON = 'Tom Hale won the vote in May after a long and bitter campaign.';
  it('credits the person the surname names', () => {
    expect(speakers(WON, '“We will appeal,” said the mayor, Hale.')).toMatchObject([{ speaker: 'Tom Hale', mention: 'Hale' }]);
    expect(speakers(WON, 'The mayor, Mr. Hale, said the plan was “doomed.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“We will appeal,” said the mayor, Hale, who won in May.')).toMatchObject([{ speaker: 'Hale' }]);
  });

  it('leaves the role when no name follows its comma', () => {
    expect(speakers('“We will appeal,” said the mayor, Tuesday.')).toMatchObject([{ speaker: 'the mayor' }]);
    expect(speakers('“We will appeal,” said the mayor, adding that the city was ready.')).toMatchObject([{ speaker: 'the mayor' }]);
  });
});

describe('the one quoted or perceived saying the words ("quoted Ruiz as saying", "recalled Ruiz saying")', () => {
  it('credits the object of the verb before "as saying"', () => {
    expect(speakers('The Herald quoted Ana Ruiz as saying: “We will appeal the ruling.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('State media quoted Ana Ruiz as saying the plan was “fully funded.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('The Herald cited a senior aide as saying the plan was “doomed from the start.”')).toMatchObject([
      { speaker: 'a senior aide' },
    ]);
    expect(
      speakers(
        'Ana Ruiz spoke at the harbour office on Monday morning with her staff.',
        'The Herald quoted her as saying the plan was “doomed from the start.”',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz', mention: 'her' }]);
  });

  it('credits the object of a verb of perceiving or recalling before the participle', () => {
    expect(speakers('Tom Hale recalled Ana Ruiz saying: “You are finished.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('A video shows Ana Ruiz telling the crowd: “We will win this fight.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('credits a body perceived saying the words as it would a person', () => {
    expect(
      speakers('Tom Hale wants low fees. Years ago we saw a harbour board defending the idea that “low fees can revive a port.”'),
    ).toMatchObject([{ speaker: 'a harbour board', mention: 'a harbour board' }]);
  });

  it('leaves the subject when the participle hangs on its clause, or a document carries the words', () => {
    expect(speakers('Tom Hale attacked Ana Ruiz on Tuesday, saying her plan was “doomed from the start.”')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
    expect(speakers('Tom Hale praised Ana Ruiz, calling her “a true leader.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('Tom Hale recalled the night, saying: “It was chaos.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('A short note quoted the mayor as saying “We need to act now, not next year!”')[0]?.speaker).not.toBe('the mayor');
  });
});

describe('a bare form of a verb of saying after a possessive, closed by a comma, is a noun', () => {
  it('gives the participle after it to the subject of the clause', () => {
    expect(speakers('Ana Ruiz responded to Tom Hale’s claim, saying: “The plan is doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Ana Ruiz rejected the board’s claim, saying: “The plan is doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still reads the owner’s claim that …', () => {
    expect(speakers('Ana Ruiz mocked Tom Hale’s claim that the plan was “fully funded.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});

describe('a verb of saying that opens its sentence before a name ("Said Ana Ruiz: “…”")', () => {
  it('is no part of the name', () => {
    expect(speakers('Said Ana Ruiz: “The plan is doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Says Ana Ruiz: “The plan is doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Said Ana Ruiz, who grew up in the harbour district, “We were all so proud of him.”')).toMatchObject([
      { speaker: 'Ana Ruiz' },
    ]);
    expect(speakers('The mayor spoke last. Said Ruiz, “The plan is doomed and everyone knows it.”')).toMatchObject([{ speaker: 'Ruiz' }]);
  });

  it('is a given name when a verb of saying of its own follows', () => {
    expect(speakers('Said Jalili told reporters on Monday that the talks were “useful.”')).toMatchObject([{ speaker: 'Said Jalili' }]);
  });
});

describe('name particles: two in a row ("de la"), or joined by a hyphen ("al-Hassan")', () => {
  it('keeps them inside the name', () => {
    expect(speakers('“The plan is doomed,” said Jean-Luc de la Cour.')).toMatchObject([{ speaker: 'Jean-Luc de la Cour' }]);
    expect(speakers('Ursula von der Leyen said the plan was “doomed.”')).toMatchObject([{ speaker: 'Ursula von der Leyen' }]);
    expect(speakers('“The plan is doomed,” said Ali al-Hassan.')).toMatchObject([{ speaker: 'Ali al-Hassan' }]);
    expect(speakers('Ali al-Hassan said the plan was “doomed.”')).toMatchObject([{ speaker: 'Ali al-Hassan' }]);
    expect(speakers('Bashar al-Assad has ruled since 2000 and his army holds the coast. “We will win,” al-Assad said.')).toMatchObject([
      { speaker: 'Bashar al-Assad', mention: 'al-Assad' },
    ]);
  });

  it('keeps a Dutch particle with its article "’t" inside the name, and finds her by the surname later', () => {
    const qs = speakers(
      '“The union is drifting apart,” said Marit in ’t Hout, a Dutch member of the council.',
      'In ’t Hout sees the same trend at home. “We see it in every town,” she said.',
    );
    expect(qs).toMatchObject([{ speaker: 'Marit in ’t Hout' }, { speaker: 'Marit in ’t Hout', mention: 'she' }]);
    expect(speakers('“The plan is doomed,” said Ana Ruiz in Ostend.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('reads a group’s name so written as no person', () => {
    expect(
      speakers('Tom Hale said a group known as Ansar al-Nur was behind the raid on the port.', '“I was there all night,” he said.'),
    ).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});

describe('a nickname in marks inside a name ("Thomas “Tom” Hale")', () => {
  it('keeps the whole name, the nickname a phrase of its own', () => {
    expect(speakers('“The plan is doomed,” said Thomas “Tom” Hale.')).toMatchObject([
      { speaker: 'Thomas “Tom” Hale' },
      { text: 'Tom', speaker: null },
    ]);
    expect(speakers('Thomas "Tom" Hale, a former soldier, said the plan was "doomed."')).toMatchObject([
      { text: 'Tom', speaker: null },
      { speaker: 'Thomas "Tom" Hale' },
    ]);
    expect(speakers('Thomas “Tom” Hale arrived on Monday. “The plan is doomed,” Hale said.')).toMatchObject([
      { text: 'Tom' },
      { speaker: 'Thomas “Tom” Hale', mention: 'Hale' },
    ]);
  });
});

describe('a verb of saying set off by commas inside a clause ("The plan, said Ana Ruiz, is “doomed.”")', () => {
  it('credits the name after it when the phrase before it is the subject of the verb after', () => {
    expect(speakers('The plan, said Ana Ruiz, is “doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('Tom Hale’s plan, said Ana Ruiz, was “doomed from the start.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('The plan, says Ana Ruiz, a historian, is “doomed.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('leaves a name after the verb of a subject with its own appositive to be the object', () => {
    expect(speakers('Ana Ruiz, the senator, said Tom Hale, a Democrat, had “lied to everyone.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a quotation left open over several paragraphs, attributed only after its closing part', () => {
  const LEAD = 'Tom Hale spoke first. Then Ana Ruiz took the stand and faced the board.';
  it('is said by whom the closing part names, every part', () => {
    expect(speakers(LEAD, '“I was at the pier that night. The water came in fast.', '“Nobody warned us,” Ruiz said.')).toMatchObject([
      { speaker: 'Ana Ruiz' },
      { speaker: 'Ana Ruiz' },
    ]);
    expect(
      speakers(
        LEAD,
        '“I was at the pier that night. The water came in fast.',
        '“We ran to the road. The boats followed us.',
        '“Nobody warned us,” she said.',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }, { speaker: 'Ana Ruiz' }, { speaker: 'Ana Ruiz' }]);
  });

  it('leaves a lead ending in a colon to decide the quotation it opens', () => {
    expect(
      speakers(
        'As the Harbour News reported on Friday:',
        '“The board met late. Tom Hale asked the mayor about the storm.',
        '“Nobody warned us,” Ana Ruiz said.',
      )[0],
    ).toMatchObject({ speaker: 'Harbour News' });
  });
});

describe('a passive verb of saying after the words ("“…,” Hale was told by Ruiz.")', () => {
  it('credits its "by" agent, not its subject', () => {
    expect(speakers('“We will appeal,” Tom Hale was told by Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will appeal,” the crowd was told by Ana Ruiz on Monday.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will appeal,” Tom Hale told Ana Ruiz.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“We will appeal,” Tom Hale was quoted by the Herald as saying.')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});

describe('"she" after a subject that "the" opens and no person names ("The Herald reached Ana Ruiz …")', () => {
  it('goes to the woman named close by', () => {
    expect(speakers('The Herald reached Ana Ruiz by phone on Monday. “The plan is doomed,” she said.')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'she' },
    ]);
  });

  it('leaves a bare name that may be a person’s as it was', () => {
    expect(
      speakers('Tom Hale met the harbour board on Monday. Berg reached Ana Ruiz by phone later. “The plan is doomed,” he said.')[0]
        ?.speaker,
    ).not.toBe('Ana Ruiz');
  });
});

describe('"per X" set off by a comma or opening its sentence, as "according to X"', () => {
  it('names the source', () => {
    expect(speakers('“The plan is doomed,” per Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' }]);
    expect(speakers('The plan is “doomed,” per the Harbour News.')).toMatchObject([{ speaker: 'Harbour News' }]);
    expect(speakers('Per a spokesman for the board, the plan is “doomed.”')).toMatchObject([{ speaker: 'a spokesman for the board' }]);
  });

  it('is no source as a rate', () => {
    expect(speakers('The ferry costs $5 per trip, and Ana Ruiz said that was “too much.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a noun of saying with its author after "from" or "by" ("The response from Ana Ruiz was swift: “…”")', () => {
  it('credits the author', () => {
    expect(speakers('The response from Ana Ruiz was swift: “The plan is doomed.”')).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'The response from Ana Ruiz' },
    ]);
  });

  it('leaves "of", which may name whom the words are about', () => {
    expect(speakers('The criticism of Ana Ruiz was fierce: “She has failed the town.”')[0]?.speaker).not.toBe('Ana Ruiz');
  });
});

describe('a lower-case word that modifies a title before it after the verb ("said state Sen. Ana Ruiz")', () => {
  it('is no verb of saying', () => {
    expect(speakers('“We will win,” said state Sen. Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('“We will win,” said state Rep. Tom Hale, a Democrat.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('“We will win,” said former state Sen. Ana Ruiz.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('titles capitalised after "the" ("the Prime Minister said", "the Mayor said")', () => {
  it('describe whoever holds them, as the same words in lower case do', () => {
    expect(speakers('The Prime Minister said: ‘We will not back down.’')).toMatchObject([{ speaker: 'the Prime Minister' }]);
    expect(speakers('The Foreign Secretary said the plan was “doomed.”')).toMatchObject([{ speaker: 'the Foreign Secretary' }]);
    expect(speakers('“The plan is doomed,” the Mayor said.')).toMatchObject([{ speaker: 'the Mayor', mention: 'the Mayor' }]);
    expect(
      speakers(
        'Prime Minister Ana Ruiz arrived in Ostend on Monday with her cabinet.',
        '“The plan is doomed,” the Prime Minister told MPs.',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz', mention: 'the Prime Minister' }]);
  });

  it('leave a name that holds other words as it was', () => {
    expect(speakers('“The plan is doomed,” the Harbour Trust said.')).toMatchObject([{ speaker: 'Harbour Trust' }]);
  });
});

describe('double marks nested in a curly single quotation (British style: ‘… “…” …’)', () => {
  it('keep the single quotation whole', () => {
    expect(speakers('‘I told him, “never again”,’ Ana Ruiz said.')).toMatchObject([
      { text: 'I told him, “never again”,', speaker: 'Ana Ruiz' },
    ]);
    expect(speakers('‘It was “a disaster”, frankly,’ said Tom Hale. ‘We lost everything.’')).toMatchObject([
      { text: 'It was “a disaster”, frankly,', speaker: 'Tom Hale' },
      { text: 'We lost everything.', speaker: 'Tom Hale' },
    ]);
  });
});

describe('a paragraph that tags its quotation with a verb of saying in lower case is no title-case headline', () => {
  it('registers the names left outside the marks, for later short forms and pronouns', () => {
    expect(
      speakers(
        '“We will take this fight to every town in the state,” said Mary Ann Lind, President of the Harbour Union.',
        'Lind said the workers were “ready.” “We are not afraid of the board,” she said.',
      ),
    ).toMatchObject([{ speaker: 'Mary Ann Lind' }, { speaker: 'Mary Ann Lind', mention: 'Lind' }, { speaker: 'Mary Ann Lind' }]);
  });
});

describe('capitalised words after a body’s word and "for", "of" or "on" ("the Center for Coastal Studies")', () => {
  it('name no person a pronoun may go to', () => {
    expect(
      speakers(
        'Ana Ruiz spoke on Monday at length.',
        '"Building a weapon would seem to be a stretch for the rebels," Tom Hale of the Harbour Center for Coastal Studies wrote in December.',
        'But, he noted, "while a weapon is likely more than the rebels can achieve, it is a mistake to rule it out."',
      ),
    ).toMatchObject([{ speaker: 'Tom Hale' }, { speaker: 'Tom Hale', mention: 'he' }]);
  });
});

describe('a line of names with words of content in lower case is no title-case headline', () => {
  it('registers its names ("Harbour party nominee Ana Ruiz on Friday endorsed …")', () => {
    expect(
      speakers(
        'Harbour Party nominee Ana Ruiz on Friday endorsed Mayor Tom Hale.',
        '“He is the best mayor Ostend has had,” Ruiz said. Hale called her backing “a gift.”',
      ),
    ).toMatchObject([
      { speaker: 'Ana Ruiz', mention: 'Ruiz' },
      { speaker: 'Tom Hale', mention: 'Hale' },
    ]);
  });

  it('still reads a title-case line as a headline', () => {
    expect(
      speakers('Ruiz Says Hale Is ‘The Best Mayor In Years’', 'Ana Ruiz spoke to a crowd of dock workers in Ostend on Friday.'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('an owner after an inverted verb of saying ("…, praised Hale’s presidency")', () => {
  it('is no speaker a later pronoun refers to', () => {
    expect(
      speakers(
        'President Tom Hale has an admirer in the envoy Sir Ivo Pell, who knows the harbour well.',
        'Pell, who will retire soon after serving in Iran, Turkey and France, praised Hale’s presidency in an interview. He currently serves as ambassador to the city.',
        '“I think the legacy doesn’t look bad,” he told the Guardian.',
      ),
    ).toMatchObject([{ speaker: 'Ivo Pell', mention: 'he' }]);
  });
});
