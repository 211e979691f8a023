/**
 * Transcripts printed in an article (transcripts.ts): a labelled paragraph ("TAPPER: …", "Q: …", "Ana Ruiz: …") is a
 * quotation without marks, credited by the `transcript-label` rule to the speaker its label names. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { extractClaims } from '../../src/claims/extract.js';
import { story, writtenStore } from '../support/written.js';
import { doc } from './helpers.js';

/**
 * The quotations of a document made of `paragraphs`: words, speaker, label and rule; a transcript turn's offsets are
 * its words' exactly (it has no marks), its label's those of the label.
 */
function turns(...paragraphs: string[]) {
  const d = doc(...paragraphs);
  return extractClaims(d).quotes.map((q) => {
    if (q.rule === 'transcript-label') expect(d.text.slice(q.start, q.end)).toBe(q.text);
    const m = q.speakerMention;
    if (m) expect(d.text.slice(m.start, m.end)).toBe(m.text);
    return { text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null, rule: q.rule };
  });
}

const credited = (...paragraphs: string[]) =>
  turns(...paragraphs)
    .filter((q) => q.rule === 'transcript-label')
    .map((q) => [q.text, q.speaker]);

describe('labelled paragraphs of a transcript', () => {
  it('credits a label in capitals to the person the article names in full', () => {
    const q = turns(
      'Mayor Ana Ruiz spoke with Radio North host Per Holm on Sunday about the ferry.',
      'Partial transcript as follows:',
      'HOLM: Will the night ferry run this winter?',
      'RUIZ: It will. Every night, from the first of December.',
      'HOLM: Even in a storm?',
      'RUIZ: Even then, unless the harbour master closes the quay.',
    ).filter((x) => x.rule === 'transcript-label');
    expect(q).toEqual([
      { text: 'Will the night ferry run this winter?', speaker: 'Per Holm', mention: 'HOLM', rule: 'transcript-label' },
      { text: 'It will. Every night, from the first of December.', speaker: 'Ana Ruiz', mention: 'RUIZ', rule: 'transcript-label' },
      { text: 'Even in a storm?', speaker: 'Per Holm', mention: 'HOLM', rule: 'transcript-label' },
      { text: 'Even then, unless the harbour master closes the quay.', speaker: 'Ana Ruiz', mention: 'RUIZ', rule: 'transcript-label' },
    ]);
  });

  it('keeps the offsets of the words after the label exact', () => {
    const d = doc('An edited transcript:', 'LIND: The quay is too short.', 'BERG: Then lengthen it.', 'LIND: With what money?');
    const [first] = extractClaims(d).quotes;
    expect(first).toMatchObject({ start: d.text.indexOf('The quay'), end: d.text.indexOf('short.') + 'short.'.length });
  });

  it('takes a surname to the fuller label of the same transcript ("HALE" after "TOVE HALE")', () => {
    expect(
      credited(
        'The debate was held in the town hall.',
        'TOVE HALE: The budget is a mess.',
        'OSKAR BERG: It is balanced for the first time in years.',
        'HALE: Balanced on paper.',
      ),
    ).toEqual([
      ['The budget is a mess.', 'Tove Hale'],
      ['It is balanced for the first time in years.', 'Oskar Berg'],
      ['Balanced on paper.', 'Tove Hale'],
    ]);
  });

  it('reads a title before a name and a remark in parentheses as part of the label', () => {
    expect(
      credited(
        'Councillor Ines Dahl questioned the harbour director, Jon Hale, on Monday.',
        'MS. DAHL: Who signed the contract?',
        'MR. HALE: The board did, in March.',
        'Dahl (interrupting): The board never saw it.',
        'Hale: It was in the minutes.',
      ),
    ).toEqual([
      ['Who signed the contract?', 'Ines Dahl'],
      ['The board did, in March.', 'Jon Hale'],
      ['The board never saw it.', 'Ines Dahl'],
      ['It was in the minutes.', 'Jon Hale'],
    ]);
  });

  it('credits names in title case the article writes as people elsewhere', () => {
    expect(
      credited(
        'The panel was led by radio host Mara Quist, with the economist Teo Varga and the columnist Lena Holt.',
        'Mara Quist: Is the harbour tax a good idea?',
        'Teo Varga: It raises little and costs a lot.',
        'Lena Holt: It raises enough to fix the quay.',
        'Quist: So who is right?',
      ),
    ).toEqual([
      ['Is the harbour tax a good idea?', 'Mara Quist'],
      ['It raises little and costs a lot.', 'Teo Varga'],
      ['It raises enough to fix the quay.', 'Lena Holt'],
      ['So who is right?', 'Mara Quist'],
    ]);
  });

  it('gives role labels a description', () => {
    expect(
      credited(
        'The candidates met in the school gym.',
        'MODERATOR: Your first question comes from the floor.',
        'AUDIENCE MEMBER: Why is the pool closed?',
        'UNIDENTIFIED MALE: Because of the budget!',
        'MODERATOR: Please wait for the microphone.',
      ),
    ).toEqual([
      ['Your first question comes from the floor.', 'the moderator'],
      ['Why is the pool closed?', 'an audience member'],
      ['Because of the budget!', 'an unidentified speaker'],
      ['Please wait for the microphone.', 'the moderator'],
    ]);
  });

  it('leaves a quotation inside a turn to its own speaker, the turn to the label', () => {
    const q = turns(
      'An edited transcript:',
      'BERG: Voters told me, “Fix the quay first.” So I will.',
      'LIND: They told me the same.',
      'BERG: Then we agree.',
    );
    expect(q.find((x) => x.text.startsWith('Voters'))).toMatchObject({ speaker: 'Berg', rule: 'transcript-label' });
    expect(q.find((x) => x.text.startsWith('Fix'))?.rule).toBe('nested');
  });
});

describe('a transcript quoted whole, its labels inside the quotation marks', () => {
  it('credits each turn to its label, without the marks, when the article quotes the exchange paragraph by paragraph', () => {
    const q = turns(
      'Governor Lena Falk faced the debate host Ivo Brandt on the flood plan on Tuesday.',
      'Partial transcript as follows:',
      '“BRANDT:\u00a0Governor, did you promise the valley a new levee?',
      '“FALK: We did, and we will build it. The money is set aside.',
      '“BRANDT: By when?',
      '“FALK: Before the spring melt, as I told them in March.”',
    ).filter((x) => x.rule === 'transcript-label');
    expect(q).toEqual([
      { text: 'Governor, did you promise the valley a new levee?', speaker: 'Ivo Brandt', mention: 'BRANDT', rule: 'transcript-label' },
      { text: 'We did, and we will build it. The money is set aside.', speaker: 'Lena Falk', mention: 'FALK', rule: 'transcript-label' },
      { text: 'By when?', speaker: 'Ivo Brandt', mention: 'BRANDT', rule: 'transcript-label' },
      { text: 'Before the spring melt, as I told them in March.', speaker: 'Lena Falk', mention: 'FALK', rule: 'transcript-label' },
    ]);
  });

  it('credits names in title case inside the marks, beside turns printed without them', () => {
    expect(
      credited(
        'On her show, Mia Lund mocked the levee plan that Tom Berg defends.',
        '"Mia Lund: Seriously, a levee? The valley floods every second spring."',
        'Tom Berg: It is paid for, and the engineers say it will hold.',
        '"Mia Lund: And who pays when it does not?"',
      ),
    ).toEqual([
      ['Seriously, a levee? The valley floods every second spring.', 'Mia Lund'],
      ['It is paid for, and the engineers say it will hold.', 'Tom Berg'],
      ['And who pays when it does not?', 'Mia Lund'],
    ]);
  });

  it('leaves a quotation that only opens with a label-like word to the article’s own rules', () => {
    expect(credited('“Update: the levee holds,” the mayor said on Friday.', 'It rained all night.')).toEqual([]);
  });
});

describe('questions and answers', () => {
  it('credits Q to the interviewer and A to the one person the title names', () => {
    expect(
      credited(
        'A conversation with harbour master Tove Lind',
        'Tove Lind has run the port for ten years. Questions and answers have been edited for length.',
        'Q: What changed most in ten years?',
        'A: The boats got bigger and the quay did not.',
        'Q: Will it be lengthened?',
        'A: Not before 2030, I am afraid.',
      ),
    ).toEqual([
      ['What changed most in ten years?', 'the interviewer'],
      ['The boats got bigger and the quay did not.', 'Tove Lind'],
      ['Will it be lengthened?', 'the interviewer'],
      ['Not before 2030, I am afraid.', 'Tove Lind'],
    ]);
  });

  it('leaves the answers to no one when the article does not make plain who answers', () => {
    const q = turns(
      'Harbour talks',
      'Tove Lind and Oskar Berg spoke to reporters on Friday.',
      'Q: When will the quay open?',
      'A: In the spring.',
      'Q: Who pays?',
      'A: The city and the port.',
    );
    expect(q.filter((x) => x.text.startsWith('In the') || x.text.startsWith('The city'))).toEqual([
      { text: 'In the spring.', speaker: null, mention: null, rule: 'transcript-label' },
      { text: 'The city and the port.', speaker: null, mention: null, rule: 'transcript-label' },
    ]);
    expect(q.find((x) => x.text === 'Who pays?')?.speaker).toBe('the interviewer');
  });
});

describe('labels written with a full stop or in full', () => {
  const interview = (q: string, a: string) => [
    'Harbour master Tove Lind on ten years at the port',
    'Tove Lind has run the port for ten years. She sat down with the Saltby Courier. The interview was edited for length.',
    `${q} What changed most in ten years?`,
    `${a} The boats got bigger and the quay did not.`,
    `${q} Will it be lengthened?`,
    `${a} Not before 2030, I am afraid.`,
  ];
  const expected = [
    ['What changed most in ten years?', 'the interviewer'],
    ['The boats got bigger and the quay did not.', 'Tove Lind'],
    ['Will it be lengthened?', 'the interviewer'],
    ['Not before 2030, I am afraid.', 'Tove Lind'],
  ];

  it('reads "Q." and "A." as turns in an interview of alternating turns', () => {
    expect(credited(...interview('Q.', 'A.'))).toEqual(expected);
  });

  it('finds the guest a pronoun names after a clause set before it, not the outlet the guest sat down with', () => {
    const [, intro, ...turns] = interview('Q:', 'A:');
    const fronted = intro!.replace('She sat down', 'On Monday, after the board approved the new quay, she sat down');
    expect(credited('Ten years at the port', fronted, ...turns)).toEqual(expected);
  });

  it('reads "Question:" and "Answer:" as turns', () => {
    expect(credited(...interview('Question:', 'Answer:'))).toEqual(expected);
  });

  it('reads an initial, a list item or a lone "Q." as no turn', () => {
    const q = turns(
      'The council met on Monday to vote on the quay.',
      'A. Lind, the harbour master, said the quay was too short. “We need forty metres more,” she said.',
      'The options are:',
      'A. Lengthen the quay by forty metres.',
      'B. Build a new quay north of the town.',
      'Q. Berg asked whether the money was there.',
    );
    expect(q.filter((x) => x.rule === 'transcript-label')).toEqual([]);
    expect(q.map((x) => x.text)).toEqual(['We need forty metres more,']);
  });

  it('reads a quiz’s "Q." and lettered answers as no interview', () => {
    expect(
      credited(
        'How well do you know the port? We interviewed the harbour staff to write this quiz.',
        'Q. Who built the first quay?',
        'A. The monks of the abbey',
        'B. The town council',
        'Q. When did the ferry start?',
        'A. In 1950',
        'B. In 1980',
      ),
    ).toEqual([]);
  });

  it('reads "Q." and "A." that do not take turns as no interview', () => {
    expect(
      credited(
        'An interview with harbour master Tove Lind.',
        'A. The boats got bigger.',
        'A. The quay did not.',
        'Q. Will it be lengthened?',
      ),
    ).toEqual([]);
  });
});

describe('the guest of an interview printed as Q and A', () => {
  const exchange = [
    'Q: What changed most in ten years?',
    'A: The boats got bigger and the quay did not.',
    'Q: Will it be lengthened?',
    'A: Not before 2030.',
  ];
  const answers = (...intro: string[]) =>
    credited(...intro, ...exchange)
      .filter(([, who]) => who !== 'the interviewer')
      .map(([, who]) => who);

  it('credits the answers to the guest, not to the outlet the introduction names more often', () => {
    expect(
      answers(
        'Ten years at the port',
        'The Saltby Courier spoke with harbour master Tove Lind. The Saltby Courier has covered the port since 1950, and Saltby Courier readers sent the questions.',
      ),
    ).toEqual(['Tove Lind', 'Tove Lind']);
  });

  it('credits the answers to the guest, not to the reporter the introduction names more often', () => {
    expect(
      answers(
        'Ten years at the port',
        'Tove Lind sat down with the Saltby Courier’s Per Holm. Holm has covered the port since 1990; Holm asked about money.',
      ),
    ).toEqual(['Tove Lind', 'Tove Lind']);
    expect(
      answers(
        'Ten years at the port',
        'This week, an interview with harbour master Tove Lind. Per Holm met her at the port; Holm asked about money.',
      ),
    ).toEqual(['Tove Lind', 'Tove Lind']);
  });

  it('tells the outlet from a guest introduced by her role ("the harbour master, Tove Lind")', () => {
    const readers = 'The Saltby Courier has covered the port since 1950, and Saltby Courier readers sent the questions.';
    expect(answers('Ten years at the port', `The Saltby Courier sat down with the harbour master, Tove Lind. ${readers}`)).toEqual([
      'Tove Lind',
      'Tove Lind',
    ]);
    expect(
      answers('Ten years at the port', `In an interview with the Saltby Courier, harbour master Tove Lind looked back. ${readers}`),
    ).toEqual(['Tove Lind', 'Tove Lind']);
  });

  it('tells the reporter from the guest by the reporter’s role, on either side', () => {
    const more = 'Holm has covered the port since 1990.';
    expect(answers('Ten years at the port', `Courier reporter Per Holm spoke with Mayor Tove Lind on Sunday. ${more}`)).toEqual([
      'Tove Lind',
      'Tove Lind',
    ]);
    expect(answers('Ten years at the port', `Mayor Tove Lind sat down with radio host Per Holm on Sunday. ${more}`)).toEqual([
      'Tove Lind',
      'Tove Lind',
    ]);
  });

  it('reads the one "interviewed by" names as the interviewer', () => {
    expect(
      answers(
        'Ten years at the port',
        'Harbour master Tove Lind, interviewed by Per Holm. Holm has covered the port since 1990; Holm asked about money.',
      ),
    ).toEqual(['Tove Lind', 'Tove Lind']);
  });

  it('reads "X, the …, answered our questions" as the guest', () => {
    expect(
      answers(
        'Ten years at the port',
        'Tove Lind, the harbour master, answered our questions. Our reporter Per Holm met her; Holm asked about money.',
      ),
    ).toEqual(['Tove Lind', 'Tove Lind']);
  });
});

describe('an answer that runs over several paragraphs', () => {
  it('keeps its speaker until the next question, whatever the paragraphs’ voice', () => {
    expect(
      credited(
        'Ten years at the port',
        'The Saltby Courier spoke with harbour master Tove Lind about the quay.',
        'Q: What changed most in ten years?',
        'A: The boats got bigger and the quay did not.',
        'Money was always short. The council never paid for the work.',
        'Then the ferries came, and they were longer still.',
        'On the ferries',
        'And nobody listened.',
        'Editor’s note: The council voted on the budget after this interview.',
        'Q: Will it be lengthened?',
        'A: Not before 2030, I am afraid.',
      ),
    ).toEqual([
      ['What changed most in ten years?', 'the interviewer'],
      ['The boats got bigger and the quay did not.', 'Tove Lind'],
      ['Money was always short. The council never paid for the work.', 'Tove Lind'],
      ['Then the ferries came, and they were longer still.', 'Tove Lind'],
      ['And nobody listened.', 'Tove Lind'],
      ['Will it be lengthened?', 'the interviewer'],
      ['Not before 2030, I am afraid.', 'Tove Lind'],
    ]);
  });
});

describe('an interview whose interviewer is named only in the labels (in bold on the page)', () => {
  const exchange = [
    'Per Holm: What changed most in ten years?',
    'Tove Lind: The boats got bigger and the quay did not.',
    'Then the ferries came, and they were longer still.',
    'Per Holm: Will it be lengthened?',
    'Tove Lind: Not before 2030, I am afraid.',
  ];

  it('credits the interviewer’s turns to the label, and a turn runs on to the next label', () => {
    expect(
      credited('Harbour master Tove Lind sat down with the Saltby Courier. The interview was edited for length.', ...exchange),
    ).toEqual([
      ['What changed most in ten years?', 'Per Holm'],
      ['The boats got bigger and the quay did not.', 'Tove Lind'],
      ['Then the ferries came, and they were longer still.', 'Tove Lind'],
      ['Will it be lengthened?', 'Per Holm'],
      ['Not before 2030, I am afraid.', 'Tove Lind'],
    ]);
  });

  it('takes a name written only in labels in no article that calls itself an interview', () => {
    expect(credited('Harbour master Tove Lind opened the new quay on Friday.', ...exchange).map(([, who]) => who)).not.toContain(
      'Per Holm',
    );
  });
});

describe('the article’s own lines between two turns of an interview', () => {
  it('carries no turn on over a line that tells of a speaker in the third person', () => {
    expect(
      credited(
        'Mayor Ana Ruiz was interviewed by Jake Tapper on Sunday.',
        'TAPPER: Will the night ferry run this winter?',
        'RUIZ: It will. Every night, from the first of December.',
        'Later in the interview, Ruiz defended the budget.',
        'TAPPER: Even in a storm?',
        'RUIZ: Even then, unless the harbour master closes the quay.',
      ).map(([words]) => words),
    ).not.toContain('Later in the interview, Ruiz defended the budget.');
    expect(
      credited(
        'The Saltby Courier spoke with harbour master Tove Lind.',
        'Q: Will the quay be lengthened?',
        'A: Not before 2030.',
        'She laughed at the question.',
        'Q: Why?',
        'A: The money is not there.',
      ).map(([words]) => words),
    ).not.toContain('She laughed at the question.');
  });
});

describe('labels inside quotation marks', () => {
  it('ends a quoted turn’s words at the closing mark, the article’s words after it no one’s turn', () => {
    expect(
      credited(
        'Mayor Tove Lind and councillor Jon Berg have fought over the quay for a year.',
        '“Lind: I will not resign,” read the headline of the Saltby Courier.',
        '“Berg: Lind must go,” read the headline of the Harbour Post.',
        '“Lind: Berg is lying,” the Courier wrote on Saturday.',
      ),
    ).toEqual([
      ['I will not resign,', 'Tove Lind'],
      ['Lind must go,', 'Jon Berg'],
      ['Berg is lying,', 'Tove Lind'],
    ]);
  });
});

describe('labelled lines that are no transcript', () => {
  it('reads an explainer’s own questions and answers as no one’s words', () => {
    expect(
      turns(
        'What the quay levy means for Tove Lind’s port',
        'Q: What is the quay levy?',
        'A: A fee on every boat that docks, paid to the city.',
        'Q: Who voted for it?',
        'A: The council, by seven votes to four.',
      ),
    ).toEqual([]);
  });

  it('takes a single word in capitals the article writes nowhere else only after a line announcing a transcript', () => {
    const report = ['GOAL: Berg scores from the edge of the box.', 'CHANCE: Lind hits the post.', 'GOAL: Berg again, two nil.'];
    expect(turns('The match as it happened.', ...report)).toEqual([]);
    expect(turns('What the budget holds:', 'HOUSING: Rents rise by four percent.', 'JOBS: The port hires.', 'HOUSING: Again.')).toEqual([]);
    expect(credited('The full transcript:', 'VOSS: Will you resign?', 'KARN: No.', 'VOSS: Why not?')).toEqual([
      ['Will you resign?', 'Voss'],
      ['No.', 'Karn'],
      ['Why not?', 'Voss'],
    ]);
  });

  it('reads notes, captions, pointers and updates as no one’s words', () => {
    expect(
      turns(
        'Mayor Ana Ruiz opened the new quay on Friday.',
        'Note: This story was corrected to fix the date of the vote.',
        'Photo: The new quay at dawn.',
        'Updated: 5:40 p.m.',
        'Read more: How the port grew',
        'Related: Ferry fares rise again',
        'Editor’s note: Ruiz is the author’s aunt.',
        'Source: Harbour Board minutes.',
      ),
    ).toEqual([]);
  });

  it('reads bullet lists and topic labels with colons as no transcript', () => {
    expect(
      turns(
        'What the budget holds:',
        '- Housing: rents rise by four percent.',
        '- Jobs: the port hires two hundred.',
        '• Schools: two new ones.',
        'Housing: rents rise by four percent.',
        'Jobs: the port hires two hundred.',
        'New Hampshire: the vote is on Tuesday.',
        'STAT OF THE WEEK: Forty ferries a day.',
      ),
    ).toEqual([]);
  });

  it('reads a single labelled line as no transcript', () => {
    expect(turns('Mayor Ana Ruiz spoke on Friday.', 'RUIZ: I do.', 'The vote is next week.')).toEqual([]);
  });

  it('reads a list of people, each with a line and a paragraph of their own, as no transcript', () => {
    expect(
      credited(
        'Here is what each candidate needs on Tuesday.',
        'Ruiz: Win by ten points.',
        'Ana Ruiz leads in every poll and needs a big win to keep her lead.',
        'Lind: Finish second.',
        'Tove Lind trails but has the money to go on.',
        'Berg: Survive.',
        'Oskar Berg needs a miracle.',
      ),
    ).toEqual([]);
  });

  it('takes a two-line exchange only after a line that announces it', () => {
    const lines = ['RUIZ: Do you support the quay?', 'LIND: I do.'];
    const intro = 'Mayor Ana Ruiz asked Tove Lind about the plan.';
    expect(credited(intro, ...lines)).toEqual([]);
    expect(credited(intro, 'The exchange went like this:', ...lines)).toEqual([
      ['Do you support the quay?', 'Ana Ruiz'],
      ['I do.', 'Tove Lind'],
    ]);
  });

  it('needs a single word in title case to be a name the article writes', () => {
    expect(credited('The board met.', 'Housing: It is a mess.', 'Transport: It works.', 'Housing: Then fix it.')).toEqual([]);
  });
});

describe('/who-said and a transcript', () => {
  const store = writtenStore([
    {
      file: 'harbour-interview.txt',
      outlet: 'Radio North',
      date: '2025-11-02',
      text: story(
        'Ruiz on the night ferry',
        'Mayor Ana Ruiz spoke with Radio North host Per Holm on Sunday.',
        'The following is a transcript of the interview.',
        'HOLM: Will the night ferry run this winter?',
        'RUIZ: The night ferry will run every single night from the first of December.',
        'HOLM: Even in a storm?',
        'RUIZ: Even then, unless the harbour master closes the quay.',
      ),
    },
  ]);

  it('finds a transcript line with its speaker', () => {
    const answer = whoSaid(store, 'the night ferry will run every single night from the first of December');
    expect(answer.verdict).toBe('verbatim');
    expect(answer.matches[0]!.speaker).toBe('Ana Ruiz');
  });
});
