/**
 * Shapes of attribution within one sentence that gave a wrong speaker, each fixed by its general
 * cause, and close variants that already came out right (kept so they stay so). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

const HALE = 'Tom Hale runs the port.';

describe('words put to the subject of a passive verb of asking or telling ("Hale was asked")', () => {
  it('are no words of that subject: without a "by" agent no one the sentence names said them', () => {
    expect(speakers(HALE, '“Why now?” Hale was asked.')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, '“Will you run again?” Hale was asked on Monday.')).toMatchObject([{ speaker: null }]);
    expect(speakers('“Will you run again?” the mayor was asked.')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, '“You are fired,” Hale was told.')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, '“Stay away from the port,” Hale was warned.')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, 'Hale was asked, “Why now?”')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, 'In an interview, Hale was asked: “Why now?”')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, 'Hale was told: “You are fired.”')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, 'Hale was told that the port was “finished.”')).toMatchObject([{ speaker: null }]);
    expect(speakers(HALE, 'No one should be told to “smile” at work.')).toMatchObject([{ speaker: null }]);
  });

  it('are the words of the "by" agent, or of the source "according to" names', () => {
    expect(speakers(HALE, '“Why now?” Hale was asked by a reporter.')).toMatchObject([{ speaker: 'a reporter' }]);
    expect(speakers(HALE, '“Why now?” Hale was asked by Lea Costa.')).toMatchObject([{ speaker: 'Lea Costa' }]);
    expect(speakers(HALE, 'Hale was asked by reporters: “Why now?”')).toMatchObject([{ speaker: 'reporters' }]);
    expect(speakers('According to the harbour handbook, pilots are told: “Never leave the bridge.”')).toMatchObject([
      { speaker: 'the harbour handbook' },
    ]);
  });

  it('leaves the subject its own words, and "was quoted as saying" to the subject', () => {
    expect(speakers(HALE, '“Why now?” Hale was asked. “Because the money ran out,” he said.')).toMatchObject([
      { speaker: null },
      { speaker: 'Tom Hale' },
    ]);
    expect(speakers(HALE, 'Hale was asked about the port and said: “It is over.”')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers(HALE, '“It is over,” Hale said when he was asked about the port.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers(HALE, '“It is over,” Hale was quoted as saying.')).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers(HALE, 'Hale came under fire after being asked to defend his criticism of “harbour values.”')).toMatchObject([
      { speaker: 'Tom Hale' },
    ]);
  });
});

describe('a description with an adverb in -ly before its participle ("the recently released report")', () => {
  it('runs on to its noun', () => {
    expect(speakers('The port will “close for good,” according to the recently released harbour report.')).toMatchObject([
      { speaker: 'the recently released harbour report' },
    ]);
  });
});

describe('three or more names in a list closed by "and" ("Ruiz, Hale and Costa said")', () => {
  const ALL = 'Ruiz, Hale and Costa';
  const FULL = 'Ana Ruiz, Tom Hale and Lea Costa';

  it('are one joint speaker, before the verb and after it, with or without a comma before "and"', () => {
    expect(speakers('Ruiz, Hale and Costa all said the “port is finished.”')).toMatchObject([
      { speaker: ALL, mention: 'Ruiz, Hale and Costa' },
    ]);
    expect(speakers('“The port is finished,” said Ruiz, Hale, and Costa.')).toMatchObject([{ speaker: ALL }]);
    expect(speakers('“The port is finished,” Ruiz, Hale and Costa wrote in a letter.')).toMatchObject([{ speaker: ALL }]);
    expect(speakers('“The port is finished,” Ruiz, Hale, and Costa said.')).toMatchObject([{ speaker: ALL }]);
    expect(speakers('Ana Ruiz, Tom Hale and Lea Costa said the port was “finished.”')).toMatchObject([{ speaker: FULL }]);
    expect(speakers('Ana Ruiz, Tom Hale, and Lea Costa said in a joint statement: “The port is finished.”')).toMatchObject([
      { speaker: FULL },
    ]);
    expect(speakers('Ruiz, Hale, Costa and Berg said the port was “finished.”')).toMatchObject([{ speaker: 'Ruiz, Hale, Costa and Berg' }]);
  });

  it('keep their role before them and an appositive after them', () => {
    expect(speakers('“The port is finished,” said council members Ana Ruiz, Tom Hale and Lea Costa.')).toMatchObject([{ speaker: FULL }]);
    expect(speakers('Council members Ana Ruiz, Tom Hale and Lea Costa said: “The port is finished.”')).toMatchObject([{ speaker: FULL }]);
    expect(speakers('Ana Ruiz, Tom Hale and Lea Costa, all members of the council, said the port was “finished.”')).toMatchObject([
      { speaker: FULL },
    ]);
  });

  it('leave out a phrase the sentence opens with, a day and people in the plural', () => {
    expect(speakers('In Harwick, Ruiz, Hale and Costa said the port was “finished.”')).toMatchObject([{ speaker: ALL }]);
    expect(speakers('On Tuesday, Ruiz and Hale said the port was “finished.”')).toMatchObject([{ speaker: 'Ruiz and Hale' }]);
    expect(speakers('Democrats, Ruiz and Hale said the port was “finished.”')).toMatchObject([{ speaker: 'Ruiz and Hale' }]);
    expect(speakers('Ruiz and Hale, both of Harwick, said the port was “finished.”')).toMatchObject([{ speaker: 'Ruiz and Hale' }]);
  });

  it('are no speaker when they are the object of a verb', () => {
    expect(speakers('“The port is finished,” said Lea Costa, who met Ruiz, Hale and Berg.')).toMatchObject([{ speaker: 'Lea Costa' }]);
    expect(speakers('Lea Costa thanked Ruiz, Hale and Berg and said the port was “finished.”')).toMatchObject([{ speaker: 'Lea Costa' }]);
  });
});

describe('a title in marks inside the appositive between the words and the verb', () => {
  it('leaves the words to the name before the appositive', () => {
    expect(speakers('“It is a blow,” Lea Costa, the author of “Harbours and Men,” told the Harwick Tribune.')[0]).toMatchObject({
      speaker: 'Lea Costa',
    });
    expect(speakers('“It is a blow,” Lea Costa, author of “Harbours,” said.')[0]).toMatchObject({ speaker: 'Lea Costa' });
    expect(speakers('“It is a blow,” Lea Costa, the host of “Morning Port,” said on Monday.')[0]).toMatchObject({
      speaker: 'Lea Costa',
    });
  });
});

describe('"according to" a document or remarks with their author', () => {
  const WORDS = 'The port will “close for good,” according to';
  it('credits the author: after "from", "by", "sent by", "signed by", "written by", or as the subject of "sent"', () => {
    for (const source of [
      'an email from Ana Ruiz',
      'an email sent by Ana Ruiz',
      'a letter signed by Ana Ruiz',
      'a memo written by Ana Ruiz',
      'a speech by Ana Ruiz',
      'remarks by Ana Ruiz',
      'an email Ana Ruiz sent to staff',
      'a statement Ana Ruiz released on Monday',
    ])
      expect(speakers(`${WORDS} ${source}.`)).toMatchObject([{ speaker: 'Ana Ruiz' }]);
    expect(speakers('According to an email from Ana Ruiz, the port will “close for good.”')).toMatchObject([{ speaker: 'Ana Ruiz' }]);
  });

  it('leaves a document with no author a description', () => {
    expect(speakers(`${WORDS} court documents.`)).toMatchObject([{ speaker: null }]);
    expect(speakers(`${WORDS} a person familiar with the plans.`)).toMatchObject([{ speaker: 'a person familiar with the plans' }]);
  });

  it('reads the author of "the email" cited before as the sender of it', () => {
    expect(
      speakers('The Ruiz campaign sent out a fundraising email on Monday.', '“We need every dollar to win the port,” the email said.'),
    ).toMatchObject([{ speaker: 'the Ruiz campaign', mention: 'the email' }]);
  });
});

describe('a title-case headline that names the speaker after its quotation', () => {
  const BODY = 'Tom Hale, the mayor of Harwick, spoke on Monday.';
  it('credits the person named with the verb of saying, in either order', () => {
    expect(speakers('Port Plan Is ‘Dead,’ Hale Says', BODY)).toMatchObject([{ speaker: 'Tom Hale', mention: 'Hale' }]);
    expect(speakers('Port Plan ‘Dead,’ Says Former Mayor Tom Hale', BODY)).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('‘It Is Dead,’ Says Hale of Port Plan', BODY)).toMatchObject([{ speaker: 'Tom Hale' }]);
    expect(speakers('Ferries Are ‘The Last Lifeline,’ Tom Hale Tells Harbour Board', BODY)).toMatchObject([{ speaker: 'Tom Hale' }]);
  });

  it('keeps the headline that opens with the speaker', () => {
    expect(speakers('Hale: Port Plan ‘Dead on Arrival’', BODY)).toMatchObject([{ speaker: 'Tom Hale' }]);
  });
});
