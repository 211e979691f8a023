/**
 * Words relayed by someone else: one outlet credits the words to the person who said them, another to the one its
 * article says was reading or quoting them (a spokeswoman reading the minister's statement, a debate host
 * reading a candidate's speech back to him, a lawyer reading a client's statement). The answer names the
 * original speaker and shows the other as relaying the words in that outlet, not as a rival; without such
 * words in the article, two credits stay an attribution conflict.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const GRID = 'We will keep the northern grid running through the winter, whatever the repairs cost us,';
const minister = {
  file: 'harbour.txt',
  outlet: 'Harbour Times',
  date: '2024-05-06',
  text: story(
    'Minister vows to keep grid open',
    'Energy Minister Clara Voss promised on Monday that households would not lose power this winter.',
    `"${GRID}" Voss said.`,
    'The ministry expects the repairs to finish by March.',
  ),
};
/** Valley Post's article: the words credited as `credit` writes them. */
const valley = (credit: string, file = 'valley.txt', outlet = 'Valley Post', date = '2024-05-07') => ({
  file,
  outlet,
  date,
  text: story(
    'Ministry statement on winter power',
    'The energy ministry answered questions from reporters on Monday.',
    `"${GRID}" ${credit}`,
    'No questions were taken afterwards.',
  ),
});
const ask = (store: ReturnType<typeof writtenStore>, speaker?: string) =>
  whoSaid(store, 'keep the northern grid running through the winter', speaker ? { speaker } : {});

describe('who-said: words relayed by someone else', () => {
  it.each([
    'ministry spokeswoman Ines Barka said, reading a statement from the minister.',
    'ministry spokeswoman Ines Barka said, reading from Voss’s statement.',
    'Ines Barka said, quoting Voss.',
    'said Ines Barka, a spokeswoman for Voss.',
    'a spokeswoman for the minister, Ines Barka, said.',
    'Ines Barka said, reading out the minister’s statement.',
    'said Ines Barka, who read a statement on Voss’s behalf.',
    'said Ines Barka, speaking on behalf of the minister.',
  ])('names the minister, and the spokeswoman as relaying the words: “%s”', (credit) => {
    const r = ask(writtenStore([minister, valley(credit)]));
    expect(r.verdict).toBe('verbatim');
    const best = r.matches[0]!;
    expect(best.speaker).toBe('Clara Voss');
    expect(best.conflict).toBeNull();
    expect(r.matches.map((m) => m.speaker)).not.toContain('Ines Barka');
    const relayed = best.outlets.find((o) => o.outlet === 'Valley Post')!;
    expect(relayed.relayedBy).toBe('Ines Barka');
    expect(best.outlets.find((o) => o.outlet === 'Harbour Times')!.relayedBy).toBeUndefined();
    expect(r.explanation).toBe('Clara Voss said these exact words, as quoted in 2 documents (relayed by Ines Barka in 1).');
    expect(whoSaidText(r)).toContain('(verbatim · relayed by Ines Barka)');
    expect(whoSaidText(r)).not.toContain('disagree');
  });

  it('leads with the original speaker where more outlets credit the one who read the words out', () => {
    const store = writtenStore([
      { ...minister, date: '2024-05-08' },
      valley('ministry spokeswoman Ines Barka said, reading a statement from the minister.'),
      valley('Ines Barka said, reading from the minister’s prepared statement.', 'wire.txt', 'Morning Wire', '2024-05-07'),
    ]);
    const best = ask(store).matches[0]!;
    expect(best.speaker).toBe('Clara Voss');
    expect(best.conflict).toBeNull();
    expect(
      best.outlets
        .filter((o) => o.relayedBy === 'Ines Barka')
        .map((o) => o.outlet)
        .sort(),
    ).toEqual(['Morning Wire', 'Valley Post']);
  });

  it('drops the reader’s credit where the same article also quotes the minister saying the words', () => {
    const both = valley(
      `ministry spokeswoman Ines Barka said, reading a statement from the minister.\n\nEnergy Minister Clara Voss later repeated it on the radio: "${GRID.replace(/,$/, '.')}"`,
    );
    const r = ask(writtenStore([minister, both]));
    expect(r.matches.map((m) => m.speaker)).toEqual(['Clara Voss']);
    expect(r.matches[0]!.conflict).toBeNull();
    expect(r.matches[0]!.outlets.map((o) => o.outlet)).toEqual(['Harbour Times', 'Valley Post']);
  });

  it('tells a member who named the spokeswoman that she relayed the words', () => {
    const r = ask(
      writtenStore([minister, valley('ministry spokeswoman Ines Barka said, reading a statement from the minister.')]),
      'Barka',
    );
    expect(r.verdict).toBe('misattributed');
    expect(r.explanation).toBe('Clara Voss, not Barka, is who the outlets quote saying this. Ines Barka relayed the words in Valley Post.');
  });

  const SHIFT = 'The greed. The showing off. The contempt for anyone who works a night shift,';
  const rally = {
    file: 'rally.txt',
    outlet: 'Ridge Echo',
    date: '2024-03-04',
    text: story(
      'Hendry takes aim at bankers',
      'Candidate Paul Hendry spoke for an hour at a rally in Dorsey on Monday.',
      `"${SHIFT}" Hendry told supporters.`,
      'The crowd cheered.',
    ),
  };
  const debate = (intro: string, credit: string) => ({
    file: 'debate.txt',
    outlet: 'Night Desk',
    date: '2024-03-08',
    text: story('Sharp exchanges at Thursday debate', intro, `"${SHIFT}" ${credit}`, 'Hendry said he stood by every word.'),
  });

  it('names the candidate whose speech a debate host read back to him', () => {
    for (const [intro, credit, host] of [
      [
        'Moderator Dana Whitlock pressed the candidates on their own words.',
        'Whitlock said, reading from Hendry’s speech in Dorsey.',
        'Dana Whitlock',
      ],
      ['The candidates were pressed on their own words.', 'the host said, reading from Hendry’s speech in Dorsey.', 'the host'],
    ] as const) {
      const r = whoSaid(writtenStore([rally, debate(intro, credit)]), 'the contempt for anyone who works a night shift');
      const best = r.matches[0]!;
      expect(best.speaker, credit).toBe('Paul Hendry');
      expect(best.conflict, credit).toBeNull();
      expect(best.outlets.map((o) => [o.outlet, o.relayedBy])).toEqual([
        ['Ridge Echo', undefined],
        ['Night Desk', host],
      ]);
    }
  });

  it('names the client whose statement a lawyer read, the lawyer as relaying it', () => {
    const CENT = 'I have never met the buyer and I never took a single cent from the port fund,';
    const store = writtenStore([
      {
        file: 'ledger.txt',
        outlet: 'Coast Ledger',
        date: '2024-04-02',
        text: story(
          'Businessman denies port fund charges',
          'Businessman Arno Vell denied the charges on Tuesday.',
          `"${CENT}" Vell said in a statement.`,
        ),
      },
      {
        file: 'court.txt',
        outlet: 'Court Wire',
        date: '2024-04-03',
        text: story(
          'Port fund hearing adjourned',
          'The hearing was adjourned until May.',
          `"${CENT}" lawyer Tom Reid told reporters outside the court, reading a statement from his client.`,
          'Vell did not attend the hearing.',
        ),
      },
    ]);
    const best = whoSaid(store, 'never took a single cent from the port fund').matches[0]!;
    expect(best.speaker).toBe('Arno Vell');
    expect(best.conflict).toBeNull();
    expect(best.outlets.find((o) => o.outlet === 'Court Wire')!.relayedBy).toBe('Tom Reid');
  });

  it.each([
    // two outlets crediting different people, no word of reading or quoting: a true conflict
    ['President Anton Reyes said.', 'Anton Reyes'],
    // she read from a statement, but the article does not say whose
    ['ministry spokeswoman Ines Barka said, reading from a prepared statement.', 'Ines Barka'],
    // she read someone's statement, but not the minister's
    ['ministry spokeswoman Ines Barka said, reading a statement from the president.', 'Ines Barka'],
    // from where, not from whom
    ['ministry spokeswoman Ines Barka said, reading a statement from the podium.', 'Ines Barka'],
  ])('keeps the conflict where the article says nothing of relaying the credited speaker’s words: “%s”', (credit, rival) => {
    const r = ask(writtenStore([minister, valley(credit)]));
    const best = r.matches[0]!;
    expect(best.conflict?.relation).toBe('rivals');
    expect(best.conflict?.speakers.map((s) => s.speaker).sort()).toEqual(['Clara Voss', rival].sort());
    expect(r.matches.flatMap((m) => m.outlets).some((o) => o.relayedBy)).toBe(false);
    expect(r.explanation).toMatch(/^Outlets disagree on who said this/);
  });
});

describe('words relayed, but by whom is a guess', () => {
  it('keeps the conflict where the reader read "the minister" and two ministers are credited with the words', () => {
    const finance = {
      ...minister,
      file: 'ledger.txt',
      outlet: 'Ledger',
      text: minister.text.replace('Energy Minister Clara Voss', 'Finance Minister Anton Reyes').replace('" Voss said', '" Reyes said'),
    };
    const store = writtenStore([minister, finance, valley('ministry spokeswoman Ines Barka said, reading a statement from the minister.')]);
    const r = ask(store);
    expect(r.matches[0]!.conflict?.speakers.map((s) => s.speaker).sort()).toEqual(['Anton Reyes', 'Clara Voss', 'Ines Barka']);
    expect(r.matches.flatMap((m) => m.outlets).some((o) => o.relayedBy)).toBe(false);
    // one quotation credited to three people: one claim, showing who credits whom
    const claims = compare(store, GRID).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.credits?.map((c) => c.speaker).sort()).toEqual(['Anton Reyes', 'Clara Voss', 'Ines Barka']);
    expect(claims.flatMap((c) => c.outlets).some((o) => o.relayedBy)).toBe(false);
  });
});

describe('compare: words relayed by someone else', () => {
  it('shows one claim, the outlet that credits the spokeswoman as relaying it; a true conflict still credits the rival', () => {
    const relayed = compare(
      writtenStore([minister, valley('ministry spokeswoman Ines Barka said, reading a statement from the minister.')]),
      GRID,
    );
    expect(relayed.claims.map((c) => c.speaker)).toEqual(['Clara Voss']);
    const outlet = relayed.claims[0]!.outlets.find((o) => o.outlet === 'Valley Post')!;
    expect([outlet.rendering, outlet.relayedBy, outlet.creditedTo]).toEqual(['verbatim', 'Ines Barka', undefined]);
    const rivals = compare(writtenStore([minister, valley('President Anton Reyes said.')]), GRID);
    // a true conflict: one claim, the outlet that credits the rival marked so
    expect(rivals.claims.map((c) => c.speaker)).toEqual(['Clara Voss']);
    expect(rivals.claims[0]!.credits?.map((c) => c.speaker)).toEqual(['Clara Voss', 'Anton Reyes']);
    expect(rivals.claims.flatMap((c) => c.outlets).some((o) => o.relayedBy)).toBe(false);
    expect(
      rivals.claims
        .flatMap((c) => c.outlets)
        .filter((o) => o.creditedTo)
        .map((o) => [o.outlet, o.creditedTo]),
    ).toEqual([['Valley Post', 'Anton Reyes']]);
  });
});
