/**
 * Shapes of attribution that gave a wrong speaker, each fixed by its general cause, and shapes
 * common in news that already came out right (kept so they stay so). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a name with a generational suffix ("Tom Hale Jr.", "Harry Hurt III")', () => {
  it('is the person its surname and pronouns stand for', () => {
    expect(speakers('Tom Hale Jr. runs a bakery near the port.', '“The port is a mess,” Hale said.')).toMatchObject([
      { speaker: 'Tom Hale Jr.', mention: 'Hale' },
    ]);
    expect(speakers('Thomas J. Hale III runs the city.', '“The port is a mess,” Mr. Hale said.')).toMatchObject([
      { speaker: 'Thomas J. Hale III' },
    ]);
    expect(speakers('Harry Hurt III runs the city.', '“The port is a mess,” Hurt said.')).toMatchObject([{ speaker: 'Harry Hurt III' }]);
    expect(speakers('Harry Hurt III runs the city.', '“The port is a mess,” he said.')).toMatchObject([{ speaker: 'Harry Hurt III' }]);
  });

  it('leaves the surname to the person named without the suffix', () => {
    expect(speakers('Tom Hale Jr. spoke first, then Tom Hale.', '“The port is a mess,” Hale said.')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
    expect(speakers('Tom Hale spoke first, then Tom Hale Jr. and Tom Hale Jr. again.', '“The port is a mess,” Hale said.')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });
});

describe('a line with one word of content in lower case, short ones too ("is", "won"), is no title-case headline', () => {
  it('registers the names it holds, for the pronouns after it', () => {
    expect(
      speakers(
        'Former Ostend Mayor Tom Hale is endorsing Ana Ruiz.',
        'Hale says Ruiz “can fix the port.” He warns that Lea Berg would “sink the harbour for good.”',
      ),
    ).toMatchObject([{ speaker: 'Tom Hale' }, { speaker: 'Tom Hale', mention: 'He' }]);
    expect(
      speakers(
        'Sen. Ana Ruiz (R-Texas) won the Ostend caucus.',
        'Tom Hale, a Democrat, spoke later.',
        '“We fought for every vote,” Ruiz said.',
      ),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a given name ending like a participle or an adverb opens a sentence ("Jared", "Ahmed", "Sterling", "Kimberly")', () => {
  const SPOKE = 'spoke in the city on Monday to a crowd of supporters.';
  it('is a name the surname later stands for', () => {
    expect(speakers(`Jared Vance ${SPOKE}`, '“We will not bow,” Vance said.')).toMatchObject([{ speaker: 'Jared Vance' }]);
    expect(speakers(`Ahmed Osei ${SPOKE}`, '“We will not bow,” Osei said.')).toMatchObject([{ speaker: 'Ahmed Osei' }]);
    expect(speakers(`Sterling Osei ${SPOKE}`, '“We will not bow,” Osei said.')).toMatchObject([{ speaker: 'Sterling Osei' }]);
    expect(speakers(`Kimberly Osei ${SPOKE}`, '“We will not bow,” Osei said.')).toMatchObject([{ speaker: 'Kimberly Osei' }]);
  });

  it('leaves an opening participle, or a word the English name list alone holds, out of a name', () => {
    expect(speakers(`Morning Harbour ${SPOKE}`, '“We will not bow,” Harbour said.')).toMatchObject([{ speaker: 'Harbour' }]);
    expect(speakers('Asked Monday about the port, Hale said: “We will not bow.”')).toMatchObject([{ speaker: 'Hale' }]);
  });
});

describe('a clause joined by "but" or "and" after a quotation inside a clause of its own', () => {
  const L = 'Tom Hale runs the city. Ana Ruiz runs the port.';
  it('leaves the words to the subject before them', () => {
    expect(speakers(L, 'Hale called the port “a mess,” but Ruiz called it “fine.”')).toMatchObject([
      { speaker: 'Tom Hale' },
      { speaker: 'Ana Ruiz' },
    ]);
    expect(speakers(L, 'Hale called the port “a mess,” and Ruiz called it “fine.”')).toMatchObject([
      { speaker: 'Tom Hale' },
      { speaker: 'Ana Ruiz' },
    ]);
  });

  it('still reads the attribution right after the words', () => {
    expect(speakers(L, 'Hale has called the port “a mess,” Ruiz said.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a name in marks after "known as" ("the hacker known as “Blackfin,”")', () => {
  it('is a name the person goes by, no words said', () => {
    expect(speakers('Ivo Pell, the hacker known as “Blackfin,” broke into the harbour’s mail servers in May.')).toMatchObject([
      { speaker: null },
    ]);
    expect(speakers('The town was known as “the Pearl of the Coast,” with its harbour full of boats.')).toMatchObject([{ speaker: null }]);
  });
});

describe('a verb of saying after a quotation that closes a relative clause, with a clause of its own after it', () => {
  const L = 'Tom Hale runs the city. Ana Ruiz runs the port.';
  it('gives the words to whom the relative clause is about, not to the subject of the reported clause', () => {
    expect(speakers(L, 'Ruiz, who has called Hale “a liar,” said he should resign.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers(L, 'Ruiz, who has called Hale “a liar,” said Hale should resign.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers(L, 'Ruiz, who has called Hale “a liar,” said the port was closed.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still reads a name right after the verb as its inverted subject', () => {
    expect(speakers(L, 'The plan was “a disaster,” said Ruiz, who has run the port since May.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers(L, '“The plan is a disaster,” said the mayor, who was angry.')).toMatchObject([{ speaker: 'the mayor' }]);
  });
});

describe('people named by a relation or a trade the role nouns lacked ("his cousin", "Surgeon Ana Ruiz")', () => {
  const DIED = 'Tom Hale died in May.';
  it('are the speaker with the name set off after them, not the owner', () => {
    for (const noun of ['cousin', 'uncle', 'nephew', 'widow', 'grandson', 'girlfriend', 'neighbour', 'roommate', 'mentor', 'surgeon'])
      expect(speakers(DIED, `“He loved the sea,” said his ${noun}, Lea Berg.`)).toMatchObject([{ speaker: 'Lea Berg' }]);
  });

  it('are the name set off after any noun a possessive opens, a person’s name only', () => {
    for (const noun of ['pal', 'stepson', 'housemate'])
      expect(speakers(DIED, `“He loved the sea,” said his ${noun}, Lea Berg.`)).toMatchObject([{ speaker: 'Lea Berg' }]);
    expect(speakers(DIED, '“He loved the sea,” said his old boat, the Gull.')[0]?.speaker).not.toBe('the Gull');
  });

  it('are no part of the name they open a sentence before', () => {
    const SPOKE = 'spoke in the city on Monday to a crowd of supporters.';
    for (const noun of ['Surgeon', 'Filmmaker', 'Firefighter', 'Novelist', 'Homeowner'])
      expect(speakers(`${noun} Ana Ruiz ${SPOKE}`, '“We will not bow,” Ruiz said.')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('the quotation after “…,” he said as someone looked on', () => {
  const SPOKE = 'Tom Hale spoke after the vote.';
  it('goes on with the speaker, not the subject of the clause "as", "while" or "after" opens', () => {
    for (const tail of ['as Lea Berg looked on', 'while Lea Berg watched', 'after Lea Berg conceded'])
      expect(speakers(SPOKE, `“We will rebuild,” he said ${tail}. “It will take time.”`)).toMatchObject([
        { speaker: 'Tom Hale' },
        { speaker: 'Tom Hale' },
      ]);
    expect(speakers(SPOKE, '“We will rebuild,” Hale said as his wife looked on. “It will take time.”')).toMatchObject([
      { speaker: 'Tom Hale' },
      { speaker: 'Tom Hale' },
    ]);
  });

  it('still goes to a new subject joined by "and" or "but"', () => {
    expect(speakers(SPOKE, '“We will rebuild,” Hale said, and his wife cut in. “Not without help.”')).toMatchObject([
      { speaker: 'Tom Hale' },
      { speaker: 'his wife' },
    ]);
  });
});

describe('a list of reactions, each item a name, a role and a colon before the words', () => {
  const LEAD = 'Reactions poured in on Monday.';
  it('gives each item’s words to its name', () => {
    expect(
      speakers(LEAD, '— Ana Ruiz, mayor of Ostend: “A sad day for the port.”', '— Tom Hale, harbour chief: “We will rebuild.”'),
    ).toMatchObject([{ speaker: 'Ana Ruiz' }, { speaker: 'Tom Hale' }]);
    expect(speakers(LEAD, '- Ana Ruiz, mayor: "A sad day for the port."')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers(LEAD, 'Ana Ruiz (mayor of Ostend): “A sad day for the port.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still reads a dash and a name alone under a quotation as its signature', () => {
    expect(speakers('“A sad day for the port.”', '— Ana Ruiz, mayor of Ostend')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });
});

describe('a clause set off by a dash after a reported clause ("… would close — a claim Ruiz called “absurd.”")', () => {
  const L = 'Ana Ruiz, the mayor of Ostend, met Tom Hale, the harbour chief, on Monday.';
  it('is said by its own subject, as after a comma', () => {
    for (const dash of ['—', '–', '-', '--'])
      expect(speakers(L, `Hale said the port would close ${dash} a claim Ruiz called “absurd.”`)).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers(L, 'Hale said the port would close — and Ruiz called that “absurd.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('still leaves a quotation inside the reported clause to the reporter', () => {
    expect(speakers(L, 'Hale said the port was, in his words, “a lost cause.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});

/**
 * Shapes common in news that already came out right ("X told reporters", "said in a statement",
 * "asked whether …, said", a spokesman for X, "X, 54,", "X (R-Texas)", questions, headlines with quotations, lists
 * of reactions, debates): kept so they stay so. Each case: the paragraphs, then each quotation's speaker in order.
 */
const L = 'Ana Ruiz, the mayor of Ostend, met Tom Hale, the harbour chief, on Monday.';
const SHAPES: [string[], (string | null)[]][] = [
  [
    [L, '“We are not going to give up on this city.', '“The port will reopen by spring,” Ruiz said.'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [
    [L, '“We are not going to give up,” she said.', '“The port will reopen by spring.”'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [[L, '“The port will reopen,” Ruiz told reporters.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz told CNN on Sunday.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz told the Associated Press.'], ['Ana Ruiz']],
  [[L, 'Ruiz told the Associated Press that the port would “reopen by spring.”'], ['Ana Ruiz']],
  [[L, 'Ruiz told The New York Times: “The port will reopen.”'], ['Ana Ruiz']],
  [
    [L, '“The port will reopen,” Ruiz told NBC’s “Meet the Press.”'],
    ['Ana Ruiz', null],
  ],
  [[L, 'Ruiz told Fox News’ Jo Marsh that the port was “a mess.”'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz told Fox News host Jo Marsh.'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Hale told Reuters in an interview.'], ['Tom Hale']],
  [[L, '“The port will reopen,” Ruiz said in a statement.'], ['Ana Ruiz']],
  [[L, 'Ruiz said in a statement that the port would “reopen by spring.”'], ['Ana Ruiz']],
  [[L, 'In a statement, Ruiz said the port would “reopen by spring.”'], ['Ana Ruiz']],
  [[L, 'In a statement, Ruiz said: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'In an interview with the Herald, Hale said the port was “a mess.”'], ['Tom Hale']],
  [[L, '“The port will reopen,” Ruiz said on Twitter.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz wrote on Twitter.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said in a post on X.'], ['Ana Ruiz']],
  [[L, 'Ruiz wrote in a post on X that the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'Ruiz tweeted: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz tweeted that the port was “a mess.”'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz tweeted.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz posted on Facebook.'], ['Ana Ruiz']],
  [[L, 'Ruiz posted on Facebook: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'On Twitter, Ruiz wrote: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Later, on Twitter, Hale called the plan “a joke.”'], ['Tom Hale']],
  [[L, '“The port will reopen,” Ruiz wrote in an op-ed for the Herald.'], ['Ana Ruiz']],
  [[L, 'In an op-ed for the Herald, Ruiz wrote that the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'Writing in the Herald, Ruiz said the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'Ruiz wrote in a letter to Hale: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'In a letter to Ruiz, Hale wrote: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'In a letter to Ruiz, Hale called the plan “a joke.”'], ['Tom Hale']],
  [[L, 'In his letter, Hale called the plan “a joke.”'], ['Tom Hale']],
  [[L, 'Hale’s letter called the plan “a joke.”'], ['Tom Hale']],
  [[L, 'Ruiz, on the budget: “We will not cut a cent.”'], ['Ana Ruiz']],
  [[L, 'Hale, on Ruiz: “She is the best mayor we have had.”'], ['Tom Hale']],
  [[L, 'On the budget, Ruiz: “We will not cut a cent.”'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” it was said by Ruiz.'], ['Ana Ruiz']],
  [[L, 'The plan was called “a joke” by Hale.'], ['Tom Hale']],
  [[L, 'The plan has been described as “a joke” by Hale and others.'], ['Tom Hale']],
  [[L, 'The port was described by Hale as “a mess.”'], ['Tom Hale']],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” Hale added.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said. Hale added: “It will not.”'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said. Hale continued, “It will not.”'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', 'Hale added that it was “a fantasy.”'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” added Hale.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” Hale shot back.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” Hale replied.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” countered Hale.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [L, '“The port will reopen,” Ruiz said.', '“It will not,” he added.'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [[L, 'Ruiz, asked whether the port would reopen, said: “Of course.”'], ['Ana Ruiz']],
  [[L, 'Ruiz, asked whether the port would reopen, said it “certainly” would.'], ['Ana Ruiz']],
  [[L, 'Asked about the port, Ruiz said: “It will reopen.”'], ['Ana Ruiz']],
  [[L, 'Asked about the port, Ruiz said it would “reopen by spring.”'], ['Ana Ruiz']],
  [[L, 'Asked whether Hale would resign, Ruiz said: “That is up to him.”'], ['Ana Ruiz']],
  [[L, 'Asked by reporters whether Hale would resign, Ruiz said: “That is up to him.”'], ['Ana Ruiz']],
  [[L, 'Asked about Hale, Ruiz said: “He is a good man.”'], ['Ana Ruiz']],
  [[L, 'When asked about Hale, Ruiz said: “He is a good man.”'], ['Ana Ruiz']],
  [[L, 'Asked if she trusted Hale, Ruiz replied: “Completely.”'], ['Ana Ruiz']],
  [[L, 'Asked about Hale’s plan, Ruiz said: “It is a joke.”'], ['Ana Ruiz']],
  [[L, 'Asked about Hale on Monday, Ruiz laughed. “He is a good man,” she said.'], ['Ana Ruiz']],
  [[L, 'When Hale was asked about the port, he said: “It is a mess.”'], ['Tom Hale']],
  [[L, 'Asked about the port, she said: “It will reopen.”'], ['Ana Ruiz']],
  [[L, '“It will reopen,” Ruiz said when asked about the port.'], ['Ana Ruiz']],
  [[L, '“It will reopen,” Ruiz said, when asked about Hale’s plan.'], ['Ana Ruiz']],
  [
    [
      'Ana Ruiz and Tom Hale met for their second debate on Tuesday.',
      '“You have failed this city,” Ruiz said.',
      '“I built this port,” Hale replied.',
      '“You sold it,” she said.',
      '“That is a lie,” he said.',
    ],
    ['Ana Ruiz', 'Tom Hale', 'Ana Ruiz', 'Tom Hale'],
  ],
  [
    [
      'Ana Ruiz and Tom Hale met for their second debate on Tuesday.',
      'Ruiz attacked Hale’s record. “You have failed this city,” she said.',
      'Hale hit back. “I built this port.”',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    ['Ana Ruiz and Tom Hale met for their second debate on Tuesday.', 'Ruiz: “You have failed this city.”', 'Hale: “I built this port.”'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [[L, 'The port will “reopen by spring,” according to Ruiz.'], ['Ana Ruiz']],
  [[L, '“The port will reopen by spring,” according to Ruiz.'], ['Ana Ruiz']],
  [[L, 'The port is “a mess,” according to Hale, who has run it since 2010.'], ['Tom Hale']],
  [[L, 'According to Hale, the port is “a mess.”'], ['Tom Hale']],
  [[L, '“The mayor will not resign,” Ruiz’s office said.'], ['Ruiz’s office']],
  [[L, 'Ruiz’s office said the port would “reopen by spring.”'], ['Ruiz’s office']],
  [[L, 'Ruiz’s office said in a statement: “The port will reopen.”'], ['Ruiz’s office']],
  [[L, '“The port will reopen,” a spokesman for Ruiz said.'], ['a spokesman for Ruiz']],
  [[L, '“The port will reopen,” said a spokesman for Ruiz.'], ['a spokesman for Ruiz']],
  [[L, 'A spokesman for Ruiz said the port would “reopen by spring.”'], ['a spokesman for Ruiz']],
  [[L, 'A spokeswoman for Ruiz, Lea Berg, said the port would “reopen.”'], ['Lea Berg']],
  [[L, 'Ruiz spokeswoman Lea Berg said the port would “reopen.”'], ['Lea Berg']],
  [[L, '“The port will reopen,” Ruiz spokeswoman Lea Berg said.'], ['Lea Berg']],
  [[L, '“The port will reopen,” said Lea Berg, a spokeswoman for Ruiz.'], ['Lea Berg']],
  [[L, '“The port will reopen,” a Ruiz spokesman said.'], ['a Ruiz spokesman']],
  [[L, '“The port will reopen,” a Ruiz aide told the Herald.'], ['a Ruiz aide']],
  [[L, '“The port will reopen,” a source close to Ruiz said.'], ['a source close to Ruiz']],
  [[L, 'Hale posted a photo with the caption “Back to work.”'], ['Tom Hale']],
  [[L, 'Hale tweeted Monday, “The port is a mess.”'], ['Tom Hale']],
  [[L, 'Hale tweeted on Monday night that Ruiz was “a disaster.”'], ['Tom Hale']],
  [[L, 'Hale took to Twitter to call Ruiz “a disaster.”'], ['Tom Hale']],
  [[L, 'Hale took to Twitter: “Ruiz is a disaster.”'], ['Tom Hale']],
  [['“The port is a mess,” said Lea Berg, 54, a fisherman’s widow.'], ['Lea Berg']],
  [['Lea Berg, 54, said the port was “a mess.”'], ['Lea Berg']],
  [['“The port is a mess,” Lea Berg, 54, said.'], ['Lea Berg']],
  [['Lea Berg, 54, of Ostend, said the port was “a mess.”'], ['Lea Berg']],
  [['“The port is a mess,” said Berg, 54.'], ['Berg']],
  [['Sen. Ana Ruiz (R-Texas) said the port was “a mess.”'], ['Ana Ruiz']],
  [['“The port is a mess,” said Sen. Ana Ruiz (R-Texas).'], ['Ana Ruiz']],
  [['“The port is a mess,” Sen. Ana Ruiz (R-Texas) said.'], ['Ana Ruiz']],
  [['Rep. Tom Hale (D-Calif.) called the plan “a joke.”'], ['Tom Hale']],
  [['Ana Ruiz (R) said the port was “a mess.”'], ['Ana Ruiz']],
  [['Sen. Ana Ruiz, R-Texas, said the port was “a mess.”'], ['Ana Ruiz']],
  [['“The port is a mess,” said Sen. Ana Ruiz, R-Texas.'], ['Ana Ruiz']],
  [['“The port is a mess,” Ruiz, a Texas Republican, said.'], ['Ruiz']],
  [[L, 'Ruiz said she was tired of waiting for the harbour board.', '“We have waited three years for this. Three years.”'], ['Ana Ruiz']],
  [[L, '“Why now?” Ruiz asked.'], ['Ana Ruiz']],
  [[L, '“Why now?” asked Ruiz.'], ['Ana Ruiz']],
  [[L, '“Why now?” Ruiz asked reporters.'], ['Ana Ruiz']],
  [[L, '“Why now?” Ruiz wondered aloud.'], ['Ana Ruiz']],
  [[L, '“Why now?” she asked.'], ['Ana Ruiz']],
  [[L, 'Ruiz asked: “Why now?”'], ['Ana Ruiz']],
  [[L, 'Ruiz asked Hale, “Why now?”'], ['Ana Ruiz']],
  [[L, '“Why now?” Ruiz asked Hale.'], ['Ana Ruiz']],
  [[L, '“Why now?” a reporter asked Hale.'], ['a reporter']],
  [['Ruiz: ‘We will win’', L], ['Ana Ruiz']],
  [['Ruiz: “We will win”', L], ['Ana Ruiz']],
  [['Ruiz Says Port ‘Will Reopen’', L], ['Ana Ruiz']],
  [['Ruiz says port ‘will reopen’', L], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said Monday.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said Monday at a news conference.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said at a news conference Monday, flanked by Hale.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said during a news conference with Hale.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said alongside Hale.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said, standing next to Hale.'], ['Ana Ruiz']],
  [[L, 'Standing next to Hale, Ruiz said: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Flanked by Hale, Ruiz said the port would “reopen.”'], ['Ana Ruiz']],
  [[L, 'Speaking after Hale, Ruiz said the port would “reopen.”'], ['Ana Ruiz']],
  [[L, 'Responding to Hale, Ruiz said: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'In response to Hale, Ruiz said: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'In response, Ruiz said: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Hale’s comments drew a sharp reply from Ruiz: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz had a message for Hale: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz had a simple answer: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz’s answer was simple: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz’s message to Hale was clear: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz put it bluntly: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz was more blunt: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz didn’t mince words: “The port will reopen.”'], ['Ana Ruiz']],
  [[L, 'Hale was having none of it. “The port is a mess,” he said.'], ['Tom Hale']],
  [[L, 'Hale, however, disagreed: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'Not so, says Hale: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'But Hale said: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'Still, Hale insisted the port was “a mess.”'], ['Tom Hale']],
  [
    [L, '“The port,” Ruiz said, “will reopen.”'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [
    [L, '“The port,” said Ruiz, “will reopen.”'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [
    [L, '“The port,” she said, “will reopen.”'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [[L, '“The port will reopen,” Ruiz, a Democrat, said.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” said Ruiz, who faces re-election in May.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” said Ruiz, whose husband works at the port.'], ['Ana Ruiz']],
  [[L, '“The port will reopen,” Ruiz said of Hale’s plan.'], ['Ana Ruiz']],
  [[L, '“He is a good man,” Ruiz said of Hale.'], ['Ana Ruiz']],
  [[L, '“He is a good man,” she said of Hale.'], ['Ana Ruiz']],
  [[L, '“He is a good man,” Ruiz said of Hale, who sat beside her.'], ['Ana Ruiz']],
  [[L, 'Of Hale, Ruiz said: “He is a good man.”'], ['Ana Ruiz']],
  [[L, 'Ruiz said of Hale: “He is a good man.”'], ['Ana Ruiz']],
  [[L, 'Ruiz said Hale was “a good man.”'], ['Ana Ruiz']],
  [[L, 'Hale, Ruiz said, is “a good man.”'], ['Ana Ruiz']],
  [[L, 'Hale is “a good man,” Ruiz said.'], ['Ana Ruiz']],
  [
    [L, 'Hale is “a good man,” Ruiz told reporters, adding that he “built this port.”'],
    ['Ana Ruiz', 'Ana Ruiz'],
  ],
  [[L, 'Ruiz praised Hale as “a good man.”'], ['Ana Ruiz']],
  [[L, 'Ruiz thanked Hale for “years of service.”'], ['Ana Ruiz']],
  [[L, 'Ruiz accused Hale of “lying to the city.”'], ['Ana Ruiz']],
  [[L, 'Ruiz urged Hale to “think again.”'], ['Ana Ruiz']],
  [[L, 'Ruiz vowed to “fight on.”'], ['Ana Ruiz']],
  [[L, 'Ruiz promised that the port would “reopen.”'], ['Ana Ruiz']],
  [[L, 'Ruiz told Hale to “get out.”'], ['Ana Ruiz']],
  [[L, 'Ruiz warned Hale that “time is running out.”'], ['Ana Ruiz']],
  [[L, 'Ruiz, speaking to the Herald, said the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'Ruiz, speaking on condition of anonymity, said the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'A senior official, speaking on condition of anonymity, said the port was “a mess.”'], ['A senior official']],
  [[L, '“The port is a mess,” said one official, who spoke on condition of anonymity.'], ['one official']],
  [[L, '“The port is a mess,” one official said on condition of anonymity.'], ['one official']],
  [[L, '“The port is a mess,” said one official, who asked not to be named because he was not authorized to speak.'], ['one official']],
  [[L, 'Hale reportedly called the port “a mess.”'], ['Tom Hale']],
  [[L, 'Hale is said to have called the port “a mess.”'], ['Tom Hale']],
  [[L, 'Hale was quoted as saying the port was “a mess.”'], ['Tom Hale']],
  [[L, 'Hale was heard saying: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'In a video posted online, Hale says: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'In the video, Hale can be heard saying: “The port is a mess.”'], ['Tom Hale']],
  [[L, '“The port is a mess,” Hale says in the video.'], ['Tom Hale']],
  [[L, '“The port is a mess,” Hale said in remarks on the Senate floor.'], ['Tom Hale']],
  [[L, 'On the Senate floor, Hale said the port was “a mess.”'], ['Tom Hale']],
  [[L, 'At a rally in Ostend, Hale told supporters: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'Hale told a rally in Ostend: “The port is a mess.”'], ['Tom Hale']],
  [[L, 'Hale told a crowd of supporters that Ruiz was “a disaster.”'], ['Tom Hale']],
  [[L, 'Hale told supporters Monday that Ruiz was “a disaster.”'], ['Tom Hale']],
  [[L, 'Hale told reporters aboard Air Force One that Ruiz was “a disaster.”'], ['Tom Hale']],
  [[L, 'Ruiz, in an interview with the Herald, said the port was “a mess.”'], ['Ana Ruiz']],
  [[L, 'Ruiz, in an interview, said: “The port is a mess.”'], ['Ana Ruiz']],
  [[L, 'Ruiz, in a statement, called the plan “a joke.”'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz said in an interview with the Herald on Monday.'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz said in a telephone interview.'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz said in an email.'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz wrote in an email to the Herald.'], ['Ana Ruiz']],
  [[L, '“The port is a mess,” Ruiz said in a speech to the council.'], ['Ana Ruiz']],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said before Berg took the stage. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said when Berg asked about the port. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, because Berg had doubts. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, though Berg disagreed. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said. Berg disagreed. “It will take forever.”',
    ],
    ['Tom Hale', 'Lea Berg'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, drawing a rebuke from Berg. “It will take forever.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, as Berg shook her head. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, adding that Berg was wrong. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said of Berg’s plan. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said in response to Berg. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, responding to Berg. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, referring to Berg’s plan. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, a day after Berg conceded. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, hours after Berg conceded. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said on the day Berg conceded. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      '“We will rebuild,” Hale said, with Berg at his side. “It will take time.”',
    ],
    ['Tom Hale', 'Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      'Hale said the port would be rebuilt as Berg looked on. “It will take time.”',
    ],
    ['Tom Hale'],
  ],
  [
    ['Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.', 'Hale, who spoke as Berg looked on, said: “It will take time.”'],
    ['Tom Hale'],
  ],
  [['Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.', 'As Berg looked on, Hale said: “It will take time.”'], ['Tom Hale']],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      'As Berg looked on, Hale promised to rebuild. “It will take time.”',
    ],
    ['Tom Hale'],
  ],
  [
    [
      'Tom Hale spoke after the vote. Lea Berg, his rival, spoke next.',
      'While Berg looked on, Hale promised to rebuild.',
      '“It will take time.”',
    ],
    ['Tom Hale'],
  ],
  [
    [
      'Reactions poured in on Monday.',
      '— Ana Ruiz, mayor of Ostend: “A sad day for the port.”',
      '— Tom Hale, harbour chief: “We will rebuild.”',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [
      'Reactions poured in on Monday.',
      '- Ana Ruiz, mayor of Ostend: "A sad day for the port."',
      '- Tom Hale, harbour chief: "We will rebuild."',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [
      'Reactions poured in on Monday.',
      'Ana Ruiz, mayor of Ostend: “A sad day for the port.”',
      'Tom Hale, harbour chief: “We will rebuild.”',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    ['Reactions poured in on Monday.', '• Ana Ruiz: “A sad day for the port.”', '• Tom Hale: “We will rebuild.”'],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [
      'Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.',
      'Ruiz on the port: “A sad day.”',
      'Hale on the future: “We will rebuild.”',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [
    [
      'Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.',
      'Ruiz, on the port: “A sad day.”',
      'Hale, on the future: “We will rebuild.”',
    ],
    ['Ana Ruiz', 'Tom Hale'],
  ],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'On the port, Ruiz: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'THE MAYOR: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'The mayor: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'Ruiz (on the port): “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'What Ruiz said: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'Quote of the day, from Ruiz: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'Ruiz’s verdict: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'From Ruiz: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'Ruiz, in a tweet: “A sad day.”'], ['Ana Ruiz']],
  [['Ana Ruiz, the mayor, and Tom Hale, the harbour chief, both spoke.', 'Ruiz, speaking Monday: “A sad day.”'], ['Ana Ruiz']],
  [[L, 'The union representing dockworkers called the plan “reckless.”'], ['The union representing dockworkers']],
  [[L, 'The union, in a statement, called the plan “reckless.”'], ['The union']],
  [[L, '“The plan is reckless,” the union’s president, Lea Berg, said.'], ['Lea Berg']],
  [[L, '“The plan is reckless,” said Lea Berg, president of the dockworkers’ union.'], ['Lea Berg']],
  [[L, '“The plan is reckless,” said Lea Berg, the union’s president.'], ['Lea Berg']],
  [[L, '“The plan is reckless,” union president Lea Berg said.'], ['Lea Berg']],
  [[L, 'Union president Lea Berg called the plan “reckless.”'], ['Lea Berg']],
  [[L, 'Lea Berg, who heads the dockworkers’ union, called the plan “reckless.”'], ['Lea Berg']],
  [
    [L, 'Lea Berg, head of the dockworkers’ union, called the plan “reckless.” “We will strike,” she said.'],
    ['Lea Berg', 'Lea Berg'],
  ],
  [
    [L, 'Lea Berg, head of the dockworkers’ union, called the plan “reckless.”', '“We will strike,” she said.'],
    ['Lea Berg', 'Lea Berg'],
  ],
  [
    [L, 'Lea Berg, head of the dockworkers’ union, called the plan “reckless.”', '“We will strike,” Ruiz said.'],
    ['Lea Berg', 'Ana Ruiz'],
  ],
  [[L, 'The port will close “for good,” Hale told a local radio station on Tuesday.'], ['Tom Hale']],
  [
    [L, 'The port will close “for good,” Hale said in a radio interview, a claim Ruiz called “absurd.”'],
    ['Tom Hale', 'Ana Ruiz'],
  ],
  [[L, 'Hale said the port would close, a claim Ruiz called “absurd.”'], ['Ana Ruiz']],
  [[L, 'Hale said the port would close — a claim Ruiz called “absurd.”'], ['Ana Ruiz']],
  [[L, 'Hale said the port would close, which Ruiz called “absurd.”'], ['Ana Ruiz']],
  [[L, 'Hale said the port would close, something Ruiz called “absurd.”'], ['Ana Ruiz']],
  [[L, 'Hale said the port would close, prompting Ruiz to call him “reckless.”'], ['Ana Ruiz']],
  [[L, 'Hale said the port would close, drawing a sharp response from Ruiz, who called it “absurd.”'], ['Ana Ruiz']],
];

describe('shapes of attribution common in news', () => {
  it.each(SHAPES.map(([paragraphs, expected]) => ({ paragraphs, expected, name: paragraphs.filter((p) => p !== L).join(' ¶ ') })))(
    '$name',
    ({ paragraphs, expected }) => {
      const got = speakers(...paragraphs).map((q) => q.speaker?.toLowerCase() ?? null);
      expect(got).toEqual(expected.map((e) => e?.toLowerCase() ?? null));
    },
  );
});
