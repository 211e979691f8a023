/**
 * Who-said asked of a body rather than a person or an outlet ("Did the Kremlin say …", "Did the White House say that
 * …"): the question's frame is left out of the words searched, and the body is a hint of who said them, confirmed by
 * a credit to the body, its spokesperson or an office of it, never a misattribution by its name alone. And "Did the
 * Guardian say …", an outlet's name with no news outlet's word in it, read as an outlet only where the corpus has one
 * so named.
 */
import { describe, expect, it } from 'vitest';
import { bodyLike, questionReadings } from '../../src/answers/question-text.js';
import { speaksFor } from '../../src/answers/roles.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const CORRIDOR = 'the grain corridor will stay open through the winter';
const DRILLS = 'the joint drills off the northern coast will go ahead in March';
const PATROLS = 'our patrols over the strait have not changed in any way';
const CRACKS = 'the sanctions have begun to bite much harder than expected';
const HARVEST = 'every silo in the region is already full to the brim';

const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const store = writtenStore([
  {
    file: 'wire-one.txt',
    outlet: 'Northern Wire',
    date: '2026-02-10',
    text: story(
      'Moscow says grain deal holds',
      `"${capital(CORRIDOR)}," Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`,
      `Economist Vera Lindqvist disagreed. "${capital(CRACKS)}," Lindqvist said.`,
      `"${capital(HARVEST)}," said Ilya Marchenko, a Kremlin critic who farms near the border.`,
    ),
  },
  {
    file: 'wire-two.txt',
    outlet: 'Harbour Ledger',
    date: '2026-02-11',
    text: story(
      'Washington watches the strait',
      `Washington is watching closely. "${capital(PATROLS)}," a White House spokeswoman said.`,
      `"${capital(DRILLS)}," Pentagon press secretary Ruth Okafor said on Wednesday.`,
    ),
  },
  {
    file: 'guardian-one.txt',
    outlet: 'The Guardian',
    date: '2026-02-12',
    text: story('Grain and drills', `Dmitry Peskov, the Kremlin spokesman, said again: "${capital(CORRIDOR)}."`),
  },
]);

describe('who-said, a body named in the question', () => {
  it('reads the body’s name as the name asked about, and the words after the frame alone', () => {
    for (const [typed, name] of [
      [`Did the Kremlin say ${CORRIDOR}?`, 'the Kremlin'],
      [`Did the White House say that ${PATROLS}?`, 'the White House'],
      [`Has the Pentagon said ${DRILLS}?`, 'the Pentagon'],
      [`Is it true that the Foreign Ministry said ${CORRIDOR}?`, 'the Foreign Ministry'],
    ] as const) {
      const read = questionReadings(typed).find((r) => r.askedName);
      expect(read, typed).toMatchObject({ askedName: name });
      expect(read?.quote, typed).toBe(typed.includes(CORRIDOR) ? CORRIDOR : typed.includes(PATROLS) ? PATROLS : DRILLS);
      expect(read?.outletLike, typed).toBeUndefined();
    }
  });

  it('reads a body named after pasted words as a question does', () => {
    const read = questionReadings(`${capital(CORRIDOR)}, the Kremlin said.`).find((r) => r.askedName);
    expect(read).toMatchObject({ quote: capital(CORRIDOR), askedName: 'the Kremlin' });
    expect(read?.guess).toBeUndefined();
    // a title after "the" too, as "the mayor" is read (round 62)
    expect(questionReadings(`${capital(CORRIDOR)}, the Mayor said.`).find((r) => r.askedName)).toMatchObject({ askedName: 'the Mayor' });
  });

  it('tells a body’s name from a role, a person’s and an outlet’s', () => {
    for (const name of ['the Kremlin', 'the White House', 'the Pentagon', 'the Defence Ministry', 'the kremlin', 'Kremlin'])
      expect(bodyLike(name), name).toBe(true);
    for (const name of ['the Mayor', 'the spokesman', 'Marta Ruiz', 'the Washington Post', 'the BBC', 'the Guardian'])
      expect(bodyLike(name), name).toBe(false);
  });

  it('takes the spokesperson or an office-holder of the body as saying its words, never its critic', () => {
    const ref = (name: string, roles: string[]) => ({ id: name, name, aliases: [], roles });
    expect(speaksFor('the Kremlin', ref('Dmitry Peskov', ['Kremlin spokesman']))).toBe('Kremlin spokesman');
    expect(speaksFor('the White House', ref('a White House spokeswoman', []))).toBe('a White House spokeswoman');
    expect(speaksFor('the Pentagon', ref('Ruth Okafor', ['spokeswoman for the Pentagon']))).toBe('spokeswoman for the Pentagon');
    expect(speaksFor('the Kremlin', ref('Kremlin', []))).toBe('Kremlin');
    expect(speaksFor('the Kremlin', ref('Ilya Marchenko', ['Kremlin critic']))).toBeNull();
    expect(speaksFor('the Kremlin', ref('Ivan Sokol', ['former Kremlin spokesman']))).toBeNull();
    expect(speaksFor('the White House', ref('Dmitry Peskov', ['Kremlin spokesman']))).toBeNull();
  });

  it('confirms the body through its spokesperson, searching the words without the frame', () => {
    const kremlin = whoSaid(store, `Did the Kremlin say ${CORRIDOR}?`);
    expect(kremlin.verdict).toBe('verbatim');
    expect(kremlin.searched).toBe(CORRIDOR);
    expect(kremlin.askedSpeaker).toBe('the Kremlin');
    expect(kremlin.matches[0]!.speaker).toBe('Dmitry Peskov');
    expect(kremlin.explanation).toContain('The outlets describe Dmitry Peskov as Kremlin spokesman.');
    const white = whoSaid(store, `Did the White House say that ${PATROLS}?`);
    expect(white).toMatchObject({ verdict: 'verbatim', searched: PATROLS, askedSpeaker: 'the White House' });
    expect(white.matches[0]!.speaker).toBe('a White House spokeswoman');
    const pentagon = whoSaid(store, `Did the Pentagon say ${DRILLS}?`);
    expect(pentagon).toMatchObject({ verdict: 'verbatim', searched: DRILLS, askedSpeaker: 'the Pentagon' });
    expect(pentagon.explanation).toContain('as Pentagon press secretary');
  });

  it('never calls the words misattributed for a body’s name alone', () => {
    for (const [typed, speaker] of [
      [`Did the Kremlin say ${CRACKS}?`, 'Vera Lindqvist'],
      [`Did the Kremlin say ${HARVEST}?`, 'Ilya Marchenko'],
      [`Did the White House say ${CORRIDOR}?`, 'Dmitry Peskov'],
    ] as const) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.matches[0]!.speaker, typed).toBe(speaker);
      // no one tied to the body: the body is not shown as the name asked about, and the answer says why
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.explanation, typed).toMatch(/so “the (?:Kremlin|White House)” cannot be confirmed\.$/);
    }
    // given as the speaker option, it stays the name asked about, and is no misattribution either
    const option = whoSaid(store, CRACKS, { speaker: 'the Kremlin' });
    expect(option).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the Kremlin' });
    expect(whoSaid(store, CORRIDOR, { speaker: 'Kremlin' }).verdict).toBe('verbatim');
    // "the kremlin" in lower case was read as a role, and its spokesman's words called misattributed
    expect(whoSaid(store, `did the kremlin say ${CORRIDOR}?`)).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the kremlin' });
    expect(whoSaid(store, CRACKS, { speaker: 'the kremlin' }).verdict).toBe('verbatim');
  });

  it('joins a compound typed split in the words asked about, never the frame’s name with its verb', () => {
    // (no reading found the words as typed: the question's words, not the whole text, are read joined, so "Kremlin
    // say" is never "Kremlinsay" and a person's two names never "Dmitrypeskov")
    const split = writtenStore([
      {
        file: 'coast.txt',
        outlet: 'Northern Wire',
        date: '2026-02-13',
        text: story('Coast works', 'Kremlin spokesman Dmitry Peskov said that "the seawall will be rebuilt by spring".'),
      },
    ]);
    for (const [typed, name] of [
      ['Did the Kremlin say the sea wall will be rebuilt by spring?', 'the Kremlin'],
      ['Did Dmitry Peskov say the sea wall will be rebuilt by spring?', 'Dmitry Peskov'],
    ] as const) {
      const r = whoSaid(split, typed);
      expect(r, typed).toMatchObject({ verdict: 'close', askedSpeaker: name, searched: 'the seawall will be rebuilt by spring' });
    }
  });

  it('still calls a person named in the frame misattributed, and reads "the Mayor" as a title', () => {
    const person = whoSaid(store, `Did Lindqvist say ${CORRIDOR}?`);
    expect(person).toMatchObject({ verdict: 'misattributed', askedSpeaker: 'Lindqvist', searched: CORRIDOR });
    expect(questionReadings(`Did the Mayor say ${CORRIDOR}?`).find((r) => r.askedName)).toMatchObject({
      askedName: 'the Mayor',
      quote: CORRIDOR,
    });
    // the Kremlin's spokesman holds another office than a mayor's
    expect(whoSaid(store, `Did the Mayor say ${CORRIDOR}?`)).toMatchObject({
      verdict: 'misattributed',
      askedSpeaker: 'the Mayor',
      searched: CORRIDOR,
    });
  });

  it('asks about a person of the corpus named like a body as a person, and confirms the body quoted in its own name', () => {
    const talks = 'the talks will resume in Geneva early next week';
    const both = writtenStore([
      {
        file: 'farm.txt',
        outlet: 'Valley Post',
        date: '2026-02-14',
        text: story(
          'Talks and harvests',
          `"${capital(talks)}," the White House said in a statement.`,
          `Grain farmer Tom House said: "${capital(HARVEST)}."`,
        ),
      },
    ]);
    expect(whoSaid(both, `Did the White House say ${talks}?`)).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the White House' });
    const person = whoSaid(both, `Did Tom House say ${talks}?`);
    expect(person).toMatchObject({ verdict: 'misattributed', askedSpeaker: 'Tom House' });
    // the body typed without "the", the corpus quoting it with "the": a body still, confirmed or left unconfirmed
    expect(whoSaid(both, talks, { speaker: 'White House' }).verdict).toBe('verbatim');
    const farmer = whoSaid(both, HARVEST, { speaker: 'White House' });
    expect(farmer).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'White House' });
    expect(farmer.explanation).toContain('“White House” cannot be confirmed');
  });
});

describe('who-said, an outlet of the corpus named after "the"', () => {
  const isGuardian = (name: string): boolean => /^the guardian$/i.test(name);

  it('reads "Did the Guardian say …" as asking where the words were seen only when the corpus has that outlet', () => {
    expect(questionReadings(`Did the Guardian say ${CORRIDOR}?`).some((r) => r.askedName)).toBe(false);
    for (const typed of [`Did the Guardian say ${CORRIDOR}?`, `Did the Guardian report that ${CORRIDOR}?`])
      expect(
        questionReadings(typed, isGuardian).find((r) => r.askedName),
        typed,
      ).toMatchObject({ quote: CORRIDOR, askedName: 'the Guardian', outletLike: true });
    // a person's "report" and a name the test knows no outlet by are read as before
    expect(questionReadings(`Did the Observer say ${CORRIDOR}?`, isGuardian).some((r) => r.askedName)).toBe(false);
  });

  it('checks the words with no one named, as "Did the BBC say …" is', () => {
    for (const typed of [`Did the Guardian say ${CORRIDOR}?`, `Did the Guardian report that ${CORRIDOR}?`]) {
      const r = whoSaid(store, typed);
      expect(r, typed).toMatchObject({ verdict: 'verbatim', searched: CORRIDOR, askedSpeaker: null });
      expect(r.matches[0]!.speaker, typed).toBe('Dmitry Peskov');
    }
    // a corpus without the outlet: no outlet reading
    const without = writtenStore([
      {
        file: 'wire-one.txt',
        outlet: 'Northern Wire',
        date: '2026-02-10',
        text: story('Grain deal holds', `"${capital(CORRIDOR)}," Kremlin spokesman Dmitry Peskov said.`),
      },
    ]);
    const r = whoSaid(without, `Did the Guardian report that ${CORRIDOR}?`);
    expect(r.askedSpeaker).toBeNull();
    expect(r.searched).not.toBe(CORRIDOR);
  });
});
