/**
 * Who-said as members really ask it: a question around the quotation, a web address pasted with it, a role
 * instead of a name, the same words credited to two people by a different number of outlets.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { questionReadings } from '../../src/answers/question-text.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const WORDS = 'We will guard every berth on this quay, and we will not sign a wage freeze disguised as modernisation.';

const store = writtenStore([
  {
    file: 'tide.txt',
    outlet: 'Tide Ledger',
    date: '2025-04-02',
    text: story(
      'Ferry crews strike',
      `Crew spokeswoman Alma Petrakis addressed the picket line: "${WORDS}"`,
      'Harbourmaster Jonas Brandt said the stoppage was costly. "Every idle hour sends freight to rival harbours," Brandt said.',
      '"Nobody said the crossing would be cheap," Brandt added.',
    ),
  },
  {
    file: 'ridge.txt',
    outlet: 'Ridge Echo',
    date: '2025-04-02',
    text: story(
      'Ferries stop',
      `"${WORDS.replace('will not sign', 'will sign')}" crew spokeswoman Alma Petrakis said.`,
      'The harbourmaster, Jonas Brandt, warned: "Every idle hour sends freight to rival harbours."',
    ),
  },
  {
    file: 'plain.txt',
    outlet: 'Plainsman',
    date: '2025-04-03',
    text: story('Ferry strike, day two', `Jonas Brandt, the harbourmaster, said: "${WORDS}"`),
  },
  {
    file: 'square.txt',
    outlet: 'Town Square',
    date: '2025-04-03',
    text: story('Shops short of goods', 'The mayor, Rhea Lindgren, urged a deal. "This town breathes through its harbour," Lindgren said.'),
  },
]);

describe('who-said, asked as members ask', () => {
  it('calls two words of a quotation close only when they stand near each other in it, not ten words apart', () => {
    // "guard … quay": four words between them; "berth … sign": seven; "guard … modernisation": the whole sentence
    expect(whoSaid(store, 'guard quay').verdict).toBe('close');
    expect(whoSaid(store, 'guard modernisation').verdict).toBe('not_found');
    expect(whoSaid(store, 'berth sign').verdict).toBe('not_found');
    expect(whoSaid(store, 'guard every berth').verdict).toBe('verbatim');
  });

  it('finds the quotation inside a question and checks the name the question asks about', () => {
    for (const q of [
      "Did Petrakis say 'we will guard every berth on this quay'?",
      'Petrakis said "we will guard every berth on this quay"',
      '¿Dijo Petrakis «we will guard every berth on this quay»?',
      'did Petrakis really say we will guard every berth on this quay?',
    ]) {
      const r = whoSaid(store, q);
      expect(r.verdict, q).toBe('verbatim');
      expect(r.matches[0]!.speaker, q).toBe('Alma Petrakis');
      expect(r.askedSpeaker, q).toMatch(/Petrakis/);
    }
    const wrong = whoSaid(store, 'Did Lindgren say “we will guard every berth on this quay”?');
    expect(wrong.verdict).toBe('misattributed');
    expect(wrong.explanation).toContain('not Lindgren');
    // a pasted paragraph naming the speaker: the quoted words, the one speaker named around them
    const pasted = whoSaid(store, `Crew spokeswoman Alma Petrakis addressed the picket line: "${WORDS}" The picket went on all day.`);
    expect(pasted.verdict).toBe('verbatim');
    expect(pasted.matches[0]!.speaker).toBe('Alma Petrakis');
  });

  it('does not take the first word of a quotation for a name it asks about', () => {
    for (const q of ['Nobody said the crossing would be cheap', 'Nobdy said the crossing would be cheap']) {
      const r = whoSaid(store, q);
      expect(r.verdict, q).not.toBe('misattributed');
      expect(r.matches[0]!.speaker, q).toBe('Jonas Brandt');
      expect(r.askedSpeaker, q).toBeNull();
    }
  });

  it('reads past a web address pasted with the words', () => {
    const r = whoSaid(store, 'https://tide.example/ferry-strike?id=7 we will guard every berth on this quay');
    expect(r.verdict).toBe('verbatim');
  });

  it('keeps a quotation that holds quoted words of its own as typed', () => {
    expect(questionReadings('we will guard every berth on this quay').map((r) => r.quote)).toEqual([
      'we will guard every berth on this quay',
    ]);
    expect(questionReadings("don't say 'never again' here")[1]?.quote).toBe('never again');
  });

  it('reads "who said …" without marks as a question about the words after it', () => {
    expect(questionReadings('Who said we will guard every berth on this quay?').map((r) => [r.quote, r.askedName])).toEqual([
      ['Who said we will guard every berth on this quay?', null],
      ['we will guard every berth on this quay', null],
    ]);
    const r = whoSaid(store, 'who said we will gaurd every berth on this quay');
    expect(r.searched).toBe('we will gaurd every berth on this quay');
    expect(r.matches[0]!.speaker).toBe('Alma Petrakis');
    // the question's own words are no difference from the quotation
    expect(JSON.stringify(r.askedDiff)).not.toMatch(/who|said/);
  });

  it('leads with the speaker most outlets credit, the other side as the conflict', () => {
    const r = whoSaid(store, 'we will guard every berth on this quay');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe('Alma Petrakis');
    expect(r.matches[0]!.conflict?.speakers.map((s) => s.speaker)).toContain('Jonas Brandt');
  });

  it('counts as quoting the words only the outlets that kept them, and shows an outlet’s change to the claim', () => {
    const r = whoSaid(store, 'we will not sign a wage freeze');
    expect(r.explanation).toContain('quoted in 1 document (1 more carries them in other words)');
    const part = whoSaid(store, 'we will guard every berth on this quay');
    const ridge = part.matches[0]!.outlets.find((o) => o.outlet === 'Ridge Echo')!;
    expect(ridge.diff?.some((d) => d.op === 'removed' && d.text === 'not')).toBe(true);
    expect(whoSaidText(part)).toContain('the words asked about verbatim, changed elsewhere');
  });

  it('accepts the speaker’s role as the outlets give it, alone or with the name; another office is misattributed', () => {
    for (const speaker of ['the mayor', 'Mayor', 'mayor Lindgren', 'Lindgren, the mayor']) {
      const r = whoSaid(store, 'this town breathes through its harbour', { speaker });
      expect(r.verdict, speaker).toBe('verbatim');
    }
    expect(whoSaid(store, 'this town breathes through its harbour', { speaker: 'the mayor' }).explanation).toContain(
      'The outlets describe Rhea Lindgren as the mayor.',
    );
    for (const speaker of ['the deputy mayor', 'the harbourmaster', 'mayor Brandt']) {
      expect(whoSaid(store, 'this town breathes through its harbour', { speaker }).verdict, speaker).toBe('misattributed');
    }
    expect(whoSaid(store, 'sends freight to rival harbours', { speaker: 'the harbourmaster' }).verdict).toBe('verbatim');
  });
});

describe('who-said, a question naming a news outlet as the one who said the words', () => {
  const petrakis = 'we will guard every berth on this quay';
  const brandt = 'every idle hour sends freight to rival harbours';

  it('reads "the" before an outlet’s name, and an outlet’s "report", as asking where the words were seen', () => {
    for (const [typed, name] of [
      [`Did the BBC say ${petrakis}?`, 'the BBC'],
      [`Did the New York Times say ${petrakis}?`, 'the New York Times'],
      [`Did Reuters report that ${petrakis}?`, 'Reuters'],
      [`Did the Harbour Gazette report ${petrakis}?`, 'the Harbour Gazette'],
      [`Did Reuters say "${petrakis}"?`, 'Reuters'],
      [`Did the BBC say "${petrakis}"?`, 'the BBC'],
    ] as const) {
      const read = questionReadings(typed).find((r) => r.askedName);
      expect(read, typed).toMatchObject({ quote: petrakis, askedName: name, outletLike: true });
    }
    // a role keeps its reading; "the" before a name that is no outlet's, a person's "report" and a report on a
    // subject are read as before, with no name
    expect(questionReadings(`Did the harbourmaster say ${brandt}?`)[1]).toMatchObject({ askedName: 'the harbourmaster' });
    expect(questionReadings(`Did the harbourmaster say ${brandt}?`)[1]?.outletLike).toBeUndefined();
    // "the Mayor" is a title, read as "the mayor" is (round 62)
    expect(questionReadings(`Did the Mayor say ${brandt}?`).find((r) => r.askedName)).toMatchObject({
      askedName: 'the Mayor',
      quote: brandt,
    });
    for (const typed of [`Did Brandt report that ${brandt}?`, 'Did the BBC report on the ferry strike?'])
      expect(
        questionReadings(typed).some((r) => r.askedName),
        typed,
      ).toBe(false);
  });

  it('checks the words with no one named, a role still checked', () => {
    for (const typed of [
      `Did the BBC say ${petrakis}?`,
      `Did the New York Times say ${petrakis}?`,
      `Did Reuters report that ${petrakis}?`,
      `Did Reuters say "${petrakis}"?`,
    ]) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.searched, typed).toBe(petrakis);
      expect(r.matches[0]!.speaker, typed).toBe('Alma Petrakis');
    }
    const role = whoSaid(store, `Did the mayor say ${brandt}?`);
    expect(role.verdict).toBe('misattributed');
    expect(role.askedSpeaker).toBe('the mayor');
  });

  it('checks a body the corpus quotes by the name after "the"', () => {
    const quoted = writtenStore([
      {
        file: 'airwaves.txt',
        outlet: 'Tide Ledger',
        date: '2025-04-04',
        text: story(
          'Strike coverage',
          '"Our crews will keep broadcasting through the strike," the BBC said in a statement.',
          `"${brandt[0]!.toUpperCase()}${brandt.slice(1)}," harbourmaster Jonas Brandt said.`,
        ),
      },
    ]);
    const its = whoSaid(quoted, 'Did the BBC say our crews will keep broadcasting through the strike?');
    expect(its.verdict).toBe('verbatim');
    expect(its.askedSpeaker).toBe('BBC');
    const not = whoSaid(quoted, `Did the BBC say ${brandt}?`);
    expect(not.verdict).toBe('misattributed');
    expect(not.matches[0]!.speaker).toBe('Jonas Brandt');
  });
});

describe('who-said, what the answer claims', () => {
  const derby = writtenStore([
    {
      file: 'match-day.txt',
      outlet: 'Match Day',
      date: '2025-05-02',
      text: story(
        'Lenz confident before derby',
        'Coach Bruno Lenz said his side was ready.',
        '"We will take this derby because we have trained longer than anyone," Lenz told a news conference. "The supporters deserve nothing less."',
        'United manager Olga Varela played it down. "It is merely three points, no more," she said.',
      ),
    },
    {
      file: 'touchline.txt',
      outlet: 'Touchline',
      date: '2025-05-02',
      text: story(
        'Lenz promises a win',
        'Bruno Lenz has promised supporters a win.',
        '"We will take this derby," the coach said, adding that the supporters "deserve nothing less".',
        'Varela said it was "merely three points".',
      ),
    },
    {
      file: 'united-voice.txt',
      outlet: 'United Voice',
      date: '2025-05-02',
      text: story(
        'Varela: merely three points',
        'United boss Olga Varela insisted: "It is merely three points, no more, and we will take this derby."',
      ),
    },
    {
      file: 'budget.txt',
      outlet: 'Budget Watch',
      date: '2025-05-03',
      text: story('Clinic row', 'Opposition leader Tomas Hale said: "This cabinet has lost control of the hospital budget."'),
    },
  ]);

  it('joins a description to the person whose role it is, and counts only the outlets that hold the words asked about', () => {
    const r = whoSaid(derby, 'we will take this derby');
    expect(r.verdict).toBe('verbatim');
    // two outlets quote the coach (one as "the coach"), one the other side's manager: the coach leads
    expect(r.matches[0]!.speaker).toBe('Bruno Lenz');
    expect(r.matches[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Match Day', 'Touchline']);
    expect(r.explanation).toMatch(/quoted in 2 documents/);
    const varela = r.matches.find((m) => m.speaker === 'Olga Varela')!;
    expect(varela.outlets.length).toBe(3);
    // she said "we will take this derby" in one of them; the others quote another part of what she said
    const answer = whoSaid(derby, 'we will take this derby', { speaker: 'Varela' });
    expect(answer.explanation).toBe('Olga Varela said these exact words, as quoted in 1 document (2 more quote other parts of it).');
    expect(whoSaid(derby, 'the supporters deserve nothing less').matches[0]!.conflict).toBeNull();
  });

  it('does not dress up a sentence about something else as a paraphrase because it shares the topic words', () => {
    // three of its four content words are in the quotation; "border" is not, nor anything of its meaning
    const r = whoSaid(derby, 'control of the border was lost by the cabinet');
    expect(r.verdict).toBe('not_found');
    expect(r.matches).toEqual([]);
    expect(whoSaid(derby, 'control of the hospital budget was lost by the cabinet').verdict).toBe('paraphrase');
  });
});

describe('who-said, a close answer shows how the quotation differs from the words asked about', () => {
  it('names the word that differs, with the quotation’s words around it', () => {
    const r = whoSaid(store, 'idle hour sends freight to friendly harbours');
    expect(r.verdict).toBe('close');
    expect(r.askedDiff?.filter((d) => d.op === 'removed').map((d) => d.text)).toEqual(['friendly']);
    expect(r.askedDiff?.[0]).toEqual({ op: 'added', text: 'Every' });
    expect(whoSaidText(r)).toContain('Your words → the quotation: {+Every+} idle hour sends freight to [-friendly-] {+rival+} harbours');
    expect(whoSaid(store, 'sends freight to rival harbours').askedDiff).toBeUndefined();
  });
});
