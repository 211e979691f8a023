/**
 * Who-said asked of a body whose name holds no organisation's word ("Did NATO say …", "Did the Vatican say …", "Did
 * Downing Street say …") or of a title with no name ("Did the Mayor say …", "Did the Prime Minister say …"): the frame
 * is left out of the words searched; a body is read from its initials in capitals or from the corpus's own use of the
 * name as a body's, and is confirmed only by its own credit or a spokesperson's or office-holder's role for it; a title
 * is confirmed by the speaker's role, and called misattributed only of a speaker the outlets give another office.
 */
import { describe, expect, it } from 'vitest';
import { bodyLike, framedWords, questionReadings, roleLike, titleLike } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const FLANK = 'the eastern flank is better defended than at any time since the treaty';
const ALLIES = 'ministers will meet again before the summer recess';
const PILGRIMS = 'the basilica will stay open to pilgrims through the night';
const PEACE = 'a truce over the holidays is the least the two sides owe their people';
const FUEL = 'there are no plans to raise the duty on heating oil';
const CONFIDENCE = 'the chancellor has the full confidence of the cabinet';
const QUOTAS = 'the herring quotas will not be cut again this year';
const TARIFFS = 'the levy on imported steel will be lifted in May';
const DREDGING = 'the harbour will be dredged before the regatta';
const SCHOOLS = 'every school in the county will reopen on Monday';
const BUDGET = 'the budget balances for the first time in a decade';
const PENSION = 'nobody on the estate will lose a penny of their pension';
const BINS = 'the bins will be collected every week from now on';

const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const store = writtenStore([
  {
    file: 'brussels.txt',
    outlet: 'Channel Wire',
    date: '2026-03-02',
    text: story(
      'Allies and quotas',
      `"${capital(FLANK)}," NATO said in a statement on Monday.`,
      `"${capital(ALLIES)}," a NATO spokeswoman told reporters.`,
      `"${capital(TARIFFS)}," the EU said.`,
      `"${capital(QUOTAS)}," EU spokesman Paul Dorn said.`,
    ),
  },
  {
    file: 'rome.txt',
    outlet: 'Tiber Post',
    date: '2026-03-03',
    text: story(
      'A night of prayer',
      `"${capital(PILGRIMS)}," the Vatican said.`,
      `"${capital(PEACE)}," a spokesman for the Vatican said later.`,
    ),
  },
  {
    file: 'london.txt',
    outlet: 'Thames Ledger',
    date: '2026-03-04',
    text: story(
      'No rise in fuel duty',
      `"${capital(CONFIDENCE)}," Downing Street said.`,
      `"${capital(FUEL)}," a Downing Street spokesman said.`,
      `Retired miner Tom Ruiz was not convinced. "${capital(PENSION)}," said Tom Ruiz.`,
    ),
  },
  {
    file: 'county.txt',
    outlet: 'County Echo',
    date: '2026-03-05',
    text: story(
      'Harbour and schools',
      `"${capital(DREDGING)}," said Mayor Dana Whitfield.`,
      `"${capital(SCHOOLS)}," Governor Ray Ortiz said.`,
      `"${capital(BUDGET)}," the prime minister, Ana Lind, said.`,
      `"${capital(BINS)}," a spokeswoman for the mayor said.`,
    ),
  },
]);

describe('who-said, a body named with no organisation’s word', () => {
  it('reads initials in capitals as a body’s name, never a news outlet’s', () => {
    for (const name of ['NATO', 'the EU', 'the UN', 'U.N.']) expect(bodyLike(name), name).toBe(true);
    for (const name of ['the BBC', 'Reuters', 'Nato', 'Marta Ruiz', 'the Vatican']) expect(bodyLike(name), name).toBe(false);
  });

  it('reads "the" before a name as a body’s only where the corpus quotes it as one', () => {
    const typed = `Did the Vatican say ${PILGRIMS}?`;
    expect(questionReadings(typed).some((r) => r.askedName)).toBe(false);
    expect(
      questionReadings(
        typed,
        () => false,
        (name) => name === 'the Vatican',
      ).find((r) => r.askedName),
    ).toMatchObject({
      askedName: 'the Vatican',
      quote: PILGRIMS,
    });
    expect(whoSaid(store, typed)).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the Vatican', searched: PILGRIMS });
  });

  it('confirms the body through its own credit or its spokesperson', () => {
    for (const [typed, speaker] of [
      [`Did NATO say ${FLANK}?`, 'NATO'],
      [`Did NATO say ${ALLIES}?`, 'a NATO spokeswoman'],
      [`Did the EU say ${TARIFFS}?`, 'EU'],
      [`Did the EU say ${QUOTAS}?`, 'Paul Dorn'],
      [`Did the Vatican say ${PEACE}?`, 'a spokesman for the Vatican'],
      [`Did Downing Street say ${CONFIDENCE}?`, 'Downing Street'],
      [`Did Downing Street say ${FUEL}?`, 'a Downing Street spokesman'],
    ] as const) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.matches[0]!.speaker, typed).toBe(speaker);
      expect(r.askedSpeaker, typed).not.toBeNull();
    }
    expect(whoSaid(store, `Did the EU say ${QUOTAS}?`).explanation).toContain('The outlets describe Paul Dorn as EU spokesman.');
  });

  it('never calls the words misattributed for the body’s name alone', () => {
    for (const [typed, body] of [
      [`Did NATO say ${PENSION}?`, 'NATO'],
      [`Did the EU say ${SCHOOLS}?`, 'the EU'],
      [`Did the Vatican say ${DREDGING}?`, 'the Vatican'],
      [`Did Downing Street say ${PENSION}?`, 'Downing Street'],
    ] as const) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.explanation, typed).toContain(`so “${body}” cannot be confirmed`);
    }
    // the speaker option too
    expect(whoSaid(store, PENSION, { speaker: 'NATO' })).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'NATO' });
  });

  it('reads a place standing for a government as a body where the corpus uses it as none, and a person as a person', () => {
    // "Downing Street" is a body by its last word too (`SEAT_NAME_ENDS`), with no spokesman of it in the corpus,
    // credited by its name alone or never credited
    for (const text of [
      story('Fuel', `"${capital(CONFIDENCE)}," Downing Street said.`, `"${capital(PENSION)}," said Tom Ruiz.`),
      story('Fuel', `"${capital(PENSION)}," said Tom Ruiz.`),
    ]) {
      const plain = writtenStore([{ file: 'plain.txt', outlet: 'Thames Ledger', date: '2026-03-04', text }]);
      const r = whoSaid(plain, `Did Downing Street say ${PENSION}?`);
      expect(r).toMatchObject({ verdict: 'verbatim', askedSpeaker: null });
      expect(r.explanation).toContain('so “Downing Street” cannot be confirmed');
    }
    // a person the corpus names in full is a person, whoever speaks for them
    const person = writtenStore([
      {
        file: 'person.txt',
        outlet: 'Thames Ledger',
        date: '2026-03-04',
        text: story(
          'Estate',
          `"${capital(FUEL)}," a spokesman for Marta Velde said.`,
          `"${capital(CONFIDENCE)}," Marta Velde said.`,
          `"${capital(PENSION)}," said Tom Ruiz.`,
        ),
      },
    ]);
    expect(whoSaid(person, `Did Marta Velde say ${PENSION}?`)).toMatchObject({ verdict: 'misattributed', askedSpeaker: 'Marta Velde' });
  });
});

describe('who-said, a title asked with no name', () => {
  it('reads a title after "the" as the name asked about, and the words after the frame alone', () => {
    for (const [typed, name] of [
      [`Did the Mayor say ${DREDGING}?`, 'the Mayor'],
      [`Did the Prime Minister say that ${BUDGET}?`, 'the Prime Minister'],
      [`Is it true that the Governor said ${SCHOOLS}?`, 'the Governor'],
      [`Did the Chinese defence minister say ${SCHOOLS}?`, 'the Chinese defence minister'],
      [`${capital(DREDGING)}, the Mayor said.`, 'the Mayor'],
    ] as const) {
      const read = questionReadings(typed).find((r) => r.askedName);
      expect(read?.askedName, typed).toBe(name);
      expect(read?.quote.toLowerCase(), typed).toBe(
        [DREDGING, BUDGET, SCHOOLS].map((w) => w.toLowerCase()).find((w) => typed.toLowerCase().includes(w)),
      );
    }
    for (const name of ['the Mayor', 'the Prime Minister', 'the deputy mayor']) expect(titleLike(name), name).toBe(true);
    for (const name of ['the Former', 'the Lady', 'the Vatican', 'Mayor']) expect(titleLike(name), name).toBe(false);
    for (const name of ['the mayor', 'Mayor', 'port director', 'the harbourmaster']) expect(roleLike(name), name).toBe(true);
    for (const name of ['Dana Whitfield', 'mayor Whitfield', 'the Vatican']) expect(roleLike(name), name).toBe(false);
  });

  it('confirms the speaker who holds the title, as the outlets describe them', () => {
    const mayor = whoSaid(store, `Did the Mayor say ${DREDGING}?`);
    expect(mayor).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the Mayor', searched: DREDGING });
    expect(mayor.explanation).toContain('The outlets describe Dana Whitfield as the Mayor.');
    const premier = whoSaid(store, `Did the Prime Minister say ${BUDGET}?`);
    expect(premier).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the Prime Minister', searched: BUDGET });
    expect(premier.matches[0]!.speaker).toBe('Ana Lind');
    expect(whoSaid(store, `Did the governor say ${SCHOOLS}?`).verdict).toBe('verbatim');
  });

  it('calls it misattributed only of a speaker the outlets give another office', () => {
    const governor = whoSaid(store, `Did the Mayor say ${SCHOOLS}?`);
    expect(governor).toMatchObject({ verdict: 'misattributed', askedSpeaker: 'the Mayor' });
    expect(governor.explanation).toContain('Ray Ortiz, not the Mayor');
    // no role given the speaker: who said it, and the title left unconfirmed
    for (const [typed, title] of [
      [`Did the Mayor say ${PENSION}?`, 'the Mayor'],
      [`Did the prime minister say ${PENSION}?`, 'the prime minister'],
    ] as const) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.explanation, typed).toContain(`The outlets do not describe Tom Ruiz as ${title}, so “${title}” cannot be confirmed.`);
    }
    expect(whoSaid(store, PENSION, { speaker: 'the governor' }).verdict).toBe('verbatim');
    // a body is no holder of a person's title
    expect(whoSaid(store, `Did the Mayor say ${FLANK}?`)).toMatchObject({ verdict: 'misattributed', askedSpeaker: 'the Mayor' });
    // a named person is checked as before
    expect(whoSaid(store, `Did Whitfield say ${PENSION}?`).verdict).toBe('misattributed');
  });

  it('says a spokesperson for the title’s holder spoke for them, never that the words are someone else’s', () => {
    const aide = writtenStore([
      {
        file: 'aide.txt',
        outlet: 'Thames Ledger',
        date: '2026-03-07',
        text: story('No rise', `"${capital(FUEL)}," the prime minister's official spokesman, Jamie Davies, said.`),
      },
    ]);
    const r = whoSaid(aide, `Did the Prime Minister say ${FUEL}?`);
    expect(r).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the Prime Minister' });
    expect(r.explanation).toContain('not as the Prime Minister, so “the Prime Minister” cannot be confirmed.');
  });

  it('reads a title’s own words after a capitalised one, a chief’s too', () => {
    const patrols = 'patrols on the ring road will double over the holidays';
    const police = writtenStore([
      {
        file: 'police.txt',
        outlet: 'County Echo',
        date: '2026-03-08',
        text: story(
          'Holiday patrols',
          `"${capital(patrols)}," county police chief Ana Ruiz said.`,
          `"${capital(DREDGING)}," said Mayor Dana Whitfield.`,
        ),
      },
    ]);
    for (const typed of [`Did the Police Chief say ${patrols}?`, `Did the county police chief say ${patrols}?`]) {
      const r = whoSaid(police, typed);
      expect(r, typed).toMatchObject({ verdict: 'verbatim', searched: patrols });
      expect(r.explanation, typed).toMatch(/The outlets describe Ana Ruiz as the (?:Police Chief|county police chief)\./);
    }
    expect(whoSaid(police, `Did the Police Chief say ${DREDGING}?`).verdict).toBe('misattributed');
    // a body's name before lower-case words is read as a body's
    expect(questionReadings(`Did the Chinese military say ${patrols}?`).find((r) => r.askedName)?.askedName).toBe('the Chinese military');
  });

  it('never joins the frame’s name with its verb into one word', () => {
    // a name no reading takes ("the Observer") is left out before a compound typed split is joined
    expect(framedWords('Did the Observer say the bins will be collected every week?')).toBe('the bins will be collected every week');
    expect(framedWords('the bins will be collected every week')).toBeNull();
    const r = whoSaid(store, 'Did the Observer say the har bour will be dredged before the regata?');
    expect(r.searched ?? '').not.toMatch(/Observersay/i);
    expect(r.matches[0]?.speaker).toBe('Dana Whitfield');
    // the words after the frame, as typed, are the member's words: found word for word, verbatim
    const bins = whoSaid(store, `Did the Observer say ${BINS}?`);
    expect(bins).toMatchObject({ verdict: 'verbatim', searched: BINS, askedSpeaker: null });
  });
});
