/**
 * Who-said of a quotation typed without marks, its speaker named around it without a verb before it: "Wendt: …",
 * "…, said Wendt", "…, Wendt said", "… — Wendt", "… (Wendt)". The words are checked against the person named, as
 * "Wendt said …" is; a quotation that itself holds such a frame is answered as typed.
 */
import { describe, expect, it } from 'vitest';
import { newsOutletLike, questionReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const WORDS = 'every orchard in the valley needs water before the first frost';

const store = writtenStore([
  {
    file: 'valley.txt',
    outlet: 'Valley Post',
    date: '2026-03-02',
    text: story(
      'Growers ask for water',
      `"Every orchard in the valley needs water before the first frost," irrigation chief Tomasz Wendt said.`,
      'Cooperative head Ines Bocaj was blunt. "Plan B: the cooperative sells its grain straight to the mill," Bocaj said.',
      '"We have waited three summers for this canal — Brussels," Bocaj added.',
      '"Keep the sluice gates open at all hours," Bocaj said.',
      '"The canal will be finished by spring," site engineer Harriet Post said.',
    ),
  },
  {
    file: 'ridge.txt',
    outlet: 'Ridge Courier',
    date: '2026-03-03',
    text: story('Canal plan', `Tomasz Wendt, the irrigation chief, warned: "${WORDS[0]!.toUpperCase()}${WORDS.slice(1)}."`),
  },
]);

describe('the speaker named around words typed without marks', () => {
  it('reads the name and the words apart in each form', () => {
    for (const [typed, name] of [
      [`Hollis: ${WORDS}`, 'Hollis'],
      [`${WORDS}, said Hollis`, 'Hollis'],
      [`${WORDS}, Hollis said`, 'Hollis'],
      [`${WORDS} — Hollis`, 'Hollis'],
      [`${WORDS} - Tomasz Wendt`, 'Tomasz Wendt'],
      [`${WORDS} (Tomasz Wendt)`, 'Tomasz Wendt'],
      [`${WORDS}, the irrigation chief said`, 'the irrigation chief'],
      [`${WORDS} — Hollis, right?`, 'Hollis'],
    ] as const) {
      const read = questionReadings(typed).find((r) => r.askedName);
      expect(read?.quote, typed).toBe(WORDS);
      expect(read?.askedName, typed).toBe(name);
    }
    // "right?" after the words asks, as a "?" does, and is no part of them ("Hollis said …" read so too)
    expect(questionReadings(`Hollis said ${WORDS}, right?`)[1]).toMatchObject({ quote: WORDS, askedName: 'Hollis' });
    expect(questionReadings(`Hollis said ${WORDS}, right?`)[1]?.guess).toBeUndefined();
  });

  it('guesses where the text may as well be a quotation, and not where it asks or credits the words after them', () => {
    const guess = (typed: string) => questionReadings(typed).find((r) => r.askedName)?.guess ?? false;
    expect(guess(`Hollis: ${WORDS}`)).toBe(true);
    expect(guess(`${WORDS} — Hollis`)).toBe(true);
    expect(guess(`${WORDS} (Hollis)`)).toBe(true);
    expect(guess(`${WORDS} — Hollis?`)).toBe(false);
    expect(guess(`${WORDS}, said Hollis`)).toBe(false);
    expect(guess(`${WORDS}, Hollis said`)).toBe(false);
  });

  it('takes no label, pronoun, stage note or hyphenated word for a speaker', () => {
    for (const typed of [
      `Breaking: ${WORDS}`,
      `Quote: ${WORDS}`,
      `Q: ${WORDS}`,
      `${WORDS}, he said`,
      `${WORDS}, I said`,
      `${WORDS} — This`,
      `${WORDS} (Applause)`,
      `${WORDS} (LAUGHTER)`,
      `${WORDS} -Wendt`.replace(' -', '-'),
      'Wendt: frost',
    ])
      expect(
        questionReadings(typed).some((r) => r.askedName),
        typed,
      ).toBe(false);
  });

  it('checks the words against the person named: misattributed for another, verbatim or close for the speaker', () => {
    for (const typed of [
      `Hollis: ${WORDS}`,
      `${WORDS}, said Hollis`,
      `${WORDS}, Hollis said`,
      `${WORDS} — Hollis`,
      `${WORDS} - Hollis?`,
      `${WORDS} (Hollis)`,
      `${WORDS}, Hollis said, right?`,
    ]) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('misattributed');
      expect(r.askedSpeaker, typed).toBe('Hollis');
      expect(r.matches[0]!.speaker, typed).toBe('Tomasz Wendt');
    }
    for (const typed of [`Tomasz Wendt: ${WORDS}`, `${WORDS} - Wendt`, `${WORDS} (Tomasz Wendt)`, `${WORDS}, the irrigation chief said`]) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.searched, typed).toBe(WORDS);
    }
    const typo = whoSaid(store, `${WORDS.replace('valley', 'vally')}, said Wendt`);
    expect(typo.verdict).toBe('close');
    expect(typo.askedSpeaker).toBe('Wendt');
  });

  it('reads an outlet of the corpus named around the words as where they were seen, not who said them', () => {
    for (const typed of [
      `${WORDS} - Ridge Courier`,
      `Ridge Courier: ${WORDS}`,
      `${WORDS} (Ridge Courier)`,
      `${WORDS}, the ridge courier said`,
    ]) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.matches[0]!.speaker, typed).toBe('Tomasz Wendt');
    }
  });

  it('reads a name as a news outlet by its last word, a wire service or broadcaster, or a web site', () => {
    for (const name of [
      'BBC News',
      'The Daily Herald',
      'the times',
      'Washington Post',
      'Associated Press',
      'Agence France-Presse',
      'Xinhua News Agency',
      'Reuters',
      'AP',
      'A.F.P.',
      'nytimes.com',
      'bbc.co.uk',
    ])
      expect(newsOutletLike(name), name).toBe(true);
    for (const name of [
      'Tomasz Wendt',
      'the irrigation chief',
      'the press secretary',
      'International Energy Agency',
      'the Weather Service',
      'Fox',
    ])
      expect(newsOutletLike(name), name).toBe(false);
  });

  it('reads a news outlet the corpus lacks, named around the words, as where they were seen, not who said them', () => {
    for (const typed of [
      `${WORDS} - BBC News`,
      `${WORDS}, Reuters said`,
      `AP: ${WORDS}`,
      `${WORDS} (The Daily Herald)`,
      `${WORDS} - Washington Post`,
      `${WORDS} — nytimes.com`,
      `${WORDS}, the times said`,
      `${WORDS}, the BBC said`,
      `${WORDS} — the New York Times`,
    ]) {
      expect(questionReadings(typed).find((r) => r.askedName)?.outletLike, typed).toBe(true);
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.searched, typed).toBe(WORDS);
      expect(r.matches[0]!.speaker, typed).toBe('Tomasz Wendt');
    }
  });

  it('reads a news outlet before a dash at the start (a dateline, a pasted heading) as where the words were seen', () => {
    for (const typed of [
      `Reuters - ${WORDS}`,
      `BBC News — ${WORDS}`,
      `BBC News—${WORDS}`,
      `The Daily Herald -- ${WORDS}`,
      `nytimes.com - ${WORDS}`,
      `LONDON, March 3 (Reuters) - ${WORDS}`,
      `GENEVA (AP) — ${WORDS}`,
    ]) {
      const read = questionReadings(typed).find((r) => r.askedName);
      expect(read, typed).toMatchObject({ quote: WORDS, outletLike: true, guess: true });
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.searched, typed).toBe(WORDS);
      expect(r.matches[0]!.speaker, typed).toBe('Tomasz Wendt');
    }
    // a person's name before a dash may open the quotation itself ("Brussels — we …"): not read as a speaker; nor a
    // hyphen with no space around it, nor one word after the outlet
    for (const typed of [`Hollis - ${WORDS}`, `Tomasz Wendt — ${WORDS}`, `Reuters-${WORDS}`, 'Reuters - frost'])
      expect(
        questionReadings(typed).some((r) => r.askedName),
        typed,
      ).toBe(false);
    expect(whoSaid(store, `Hollis - ${WORDS}`).askedSpeaker).toBeNull();
  });

  it('checks a person the corpus credits by a name that reads as an outlet', () => {
    // the corpus quotes engineer Harriet Post: "… - Post" names her, not a newspaper
    const hers = whoSaid(store, 'the canal will be finished by spring - Post');
    expect(hers.verdict).toBe('verbatim');
    expect(hers.askedSpeaker).toBe('Post');
    const others = whoSaid(store, `${WORDS} - Post`);
    expect(others.verdict).toBe('misattributed');
    expect(others.askedSpeaker).toBe('Post');
  });

  it('reads a heading or paste label before the words as no speaker, and looks up the words after it', () => {
    for (const typed of [
      'Breaking: keep the sluice gates open',
      'Breaking news: keep the sluice gates open',
      'BREAKING: keep the sluice gates open',
      'Exclusive: keep the sluice gates open',
      'Update: keep the sluice gates open',
      'Watch: keep the sluice gates open',
      'Opinion: keep the sluice gates open',
      "Editor's note: keep the sluice gates open",
      'Post: keep the sluice gates open',
    ]) {
      expect(
        questionReadings(typed).some((r) => r.askedName),
        typed,
      ).toBe(false);
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).toBe('verbatim');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.searched, typed).toBe('keep the sluice gates open');
      expect(r.matches[0]!.speaker, typed).toBe('Ines Bocaj');
    }
  });

  it('answers a quotation that holds such a frame itself as typed, with no one named', () => {
    // the whole text is the quotation word for word: it wins over the guess
    const plan = whoSaid(store, 'Plan B: the cooperative sells its grain straight to the mill');
    expect(plan.verdict).toBe('verbatim');
    expect(plan.askedSpeaker).toBeNull();
    expect(plan.matches[0]!.speaker).toBe('Ines Bocaj');
    const canal = whoSaid(store, 'we have waited three summers for this canal — Brussels');
    expect(canal.verdict).toBe('verbatim');
    expect(canal.askedSpeaker).toBeNull();
    // the frame typed with a typo is still the quotation's own, not a person asked about
    for (const typed of [
      'Plan V: the cooperative sells its grain straight to the mill',
      'we have waited three summers for this canal — Brussles',
    ]) {
      const r = whoSaid(store, typed);
      expect(r.verdict, typed).not.toBe('misattributed');
      expect(r.askedSpeaker, typed).toBeNull();
      expect(r.matches[0]!.speaker, typed).toBe('Ines Bocaj');
    }
  });
});
