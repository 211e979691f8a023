/**
 * /quotes and who-said's speaker as a member types a name: run together ("TomasOkafor") or spaced apart ("to mas
 * okafor"), the same letters are the same person, said as found, not as the closest spelling; "the" before the
 * titles a name may follow ("the defence minister Okafor") is left out with them, either spelling of the role's
 * words alike; a surname two people share still names neither alone.
 */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'drills.txt',
    outlet: 'Coast Courier',
    date: '2026-05-02',
    text: story('Harbour drills', '"The coastal drills will double in size next spring," Defense Minister Tomas Okafor said.'),
  },
  {
    file: 'tariffs.txt',
    outlet: 'Coast Courier',
    date: '2026-05-03',
    text: story('Tariff talks', '"Tariffs on fishing nets will be cut by half," Trade Minister Petra Okafor said.'),
  },
  {
    file: 'ferries.txt',
    outlet: 'Inland Herald',
    date: '2026-05-04',
    text: story('Ferry timetable', '"Night ferries return to the island timetable in June," said Ann Nolan, the port director.'),
  },
  {
    file: 'wages.txt',
    outlet: 'Inland Herald',
    date: '2026-05-05',
    text: story('Wage floor', '"The wage floor rises for seasonal pickers this autumn," Labor Minister Ivo Brandt said.'),
  },
  {
    file: 'bridges.txt',
    outlet: 'Inland Herald',
    date: '2026-05-06',
    text: story('Bridge repairs', '"Every river bridge gets new railings before the floods," Transport Minister Wen Haolin said.'),
  },
]);

describe('/quotes of a name typed run together or spaced apart', () => {
  it('finds the person of those letters, as found rather than as the closest spelling', () => {
    for (const [typed, name] of [
      ['TomasOkafor', 'Tomas Okafor'],
      ['tomas oka for', 'Tomas Okafor'],
      ['To Mas Okafor', 'Tomas Okafor'],
      ['Petra-Okafor', 'Petra Okafor'],
      ['AnnNolan', 'Ann Nolan'],
    ]) {
      const r = speakerQuotes(store, typed!);
      expect(r.speaker?.name, typed).toBe(name);
      expect(r.closestTo, typed).toBeUndefined();
    }
  });

  it('finds the person one of whose name words was typed split, said as found', () => {
    for (const typed of ['Hao Lin', 'hao lin', 'Minister Hao Lin']) {
      const r = speakerQuotes(store, typed);
      expect(r.speaker?.name, typed).toBe('Wen Haolin');
      expect(r.closestTo, typed).toBeUndefined();
      expect(r.quotes[0]?.quote, typed).toContain('river bridge');
    }
  });

  it("takes a word's start for no one, nor two short pieces", () => {
    expect(speakerQuotes(store, 'Hao Li').speaker?.name).not.toBe('Wen Haolin');
    expect(speakerQuotes(store, 'Iv o').speaker?.name).not.toBe('Ivo Brandt');
  });

  it('merges no one: letters that are no one name stay unfound', () => {
    expect(speakerQuotes(store, 'TomasPetra').speaker).toBeNull();
    expect(speakerQuotes(store, 'Okafor Tomas Okafor').speaker?.name).not.toBe('Petra Okafor');
  });
});

describe('/quotes of "the" and role words before a name', () => {
  it('reads "the defence minister Okafor" as "Minister Okafor" is read, either spelling of the role alike', () => {
    for (const typed of ['the defence minister Tomas Okafor', 'the Defense Minister Tomas', 'the minister Tomas Okafor']) {
      const r = speakerQuotes(store, typed);
      expect(r.speaker?.name, typed).toBe('Tomas Okafor');
      expect(r.closestTo, typed).toBeUndefined();
    }
  });

  it('keeps "the" when only a role follows it: the role is looked up, as before', () => {
    const r = speakerQuotes(store, 'the port director');
    expect(r.speaker?.name).toBe('Ann Nolan');
    expect(r.role).toBe('the port director');
  });

  it("reads the outlets' words for the person around the name, either spelling alike, as who-said does", () => {
    for (const typed of ['the labour minister Brandt', 'Brandt, the labor minister', 'Defense Minister Okafor, Tomas']) {
      const r = speakerQuotes(store, typed);
      expect(r.speaker?.name, typed).toBe(typed.includes('Brandt') ? 'Ivo Brandt' : 'Tomas Okafor');
      expect(r.role, typed).toBeUndefined();
      expect(r.closestTo, typed).toBeUndefined();
    }
    // the role tells the two Okafors apart
    expect(speakerQuotes(store, 'trade minister Okafor').speaker?.name).toBe('Petra Okafor');
  });

  it('still names neither of two people a surname fits alone', () => {
    const r = speakerQuotes(store, 'the minister Okafor');
    // the listing answers one, and names the other as another speaker with that name
    expect([r.speaker?.name, ...r.suggestions].sort()).toEqual(['Petra Okafor', 'Tomas Okafor']);
    // the role after the name fits both: each offered, neither answered
    const after = speakerQuotes(store, 'Okafor, the minister');
    expect(after.speaker).toBeNull();
    expect(after.suggestions.slice(0, 2).sort()).toEqual(['Petra Okafor', 'Tomas Okafor']);
  });
});

describe("who-said's speaker typed so", () => {
  it('credits the words to the person named run together, spaced apart or after "the" and role words', () => {
    for (const asked of ['TomasOkafor', 'to mas okafor', 'the defence minister Tomas Okafor']) {
      const r = whoSaid(store, 'coastal drills will double in size', { speaker: asked });
      expect(r.verdict, asked).not.toBe('misattributed');
      expect(r.closestSpeaker, asked).toBeUndefined();
      expect(r.matches[0]?.speaker, asked).toBe('Tomas Okafor');
    }
  });

  it('credits the words to the person one of whose name words was typed split', () => {
    const r = whoSaid(store, 'every river bridge gets new railings', { speaker: 'Hao Lin' });
    expect(r.verdict).not.toBe('misattributed');
    expect(r.closestSpeaker).toBeUndefined();
    expect(r.matches[0]?.speaker).toBe('Wen Haolin');
  });

  it('calls the words misattributed to the other person of the surname', () => {
    const r = whoSaid(store, 'coastal drills will double in size', { speaker: 'PetraOkafor' });
    expect(r.verdict).toBe('misattributed');
  });
});
