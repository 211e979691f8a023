/**
 * Words too few to tell which quotation they come from (one word, one among common words, or two that several
 * people's quotations hold) are answered as not found, saying who is quoted using them, never one of them picked as
 * "said these exact words" (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp, type FollowUpContext } from '../../src/answers/follow-up.js';
import { heldInARow, nearStretch, unbrokenStretches, wordsPin } from '../../src/answers/few-words.js';
import { questionReadings } from '../../src/answers/question-text.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'quay-1.txt',
    outlet: 'Quayside Post',
    date: '2026-03-02',
    text: story(
      'Ferry plan',
      '“We will widen the ferry ramp and keep the night crossings for the island nurses,” said harbour master Ines Vallo.',
      'Councillor Piet Orlam, asked about the fare rise, said: “Disgraceful.”',
    ),
  },
  {
    file: 'quay-2.txt',
    outlet: 'Island Courier',
    date: '2026-03-03',
    text: story(
      'Nurses welcome ferry promise',
      '“The night crossings are what keeps our clinic open after dark,” said nurse Talia Brenn.',
      '“It is disgraceful that the fares went up again before the winter timetable,” said shopkeeper Ruud Amsel.',
    ),
  },
  {
    file: 'quay-3.txt',
    outlet: 'Harbour Weekly',
    date: '2026-03-04',
    text: story('Ramp works', '“Work on the ferry ramp starts in April and lasts six weeks,” said harbour master Ines Vallo.'),
  },
]);

describe('the rule', () => {
  it('tells one word, two words and a longer run apart', () => {
    expect(wordsPin('crossings')).toBe('none');
    expect(wordsPin('for the crossings')).toBe('none');
    expect(wordsPin('night crossings')).toBe('speaker');
    expect(wordsPin('we will keep the night crossings')).toBe('quotation');
    expect(wordsPin('widen the ferry ramp')).toBe('quotation');
  });
});

describe('who-said of a word or two', () => {
  it('of one word inside longer quotations names no one, and says who is quoted using it', () => {
    const result = whoSaid(store, 'crossings');
    expect(result.verdict).toBe('not_found');
    expect(result.matches).toEqual([]);
    expect(result.hint).toEqual({ kind: 'few_words', contentWords: 1, quotations: 2, speakers: ['Ines Vallo', 'Talia Brenn'] });
    expect(result.explanation).toMatch(/^One word cannot tell who said a quotation: “crossings” is in 2 quotations/);
    expect(result.explanation).not.toContain('said these exact words');
  });

  it('says so of one word among common words, and of a word found only with a typo', () => {
    expect(whoSaid(store, 'for the island').hint).toMatchObject({ kind: 'few_words', contentWords: 1 });
    // quoted in a question: not "no outlet carries these words"
    const asked = whoSaid(store, 'Did Ines Vallo say "for the island"?');
    expect(asked.verdict).toBe('not_found');
    expect(asked.hint).toMatchObject({ kind: 'few_words', contentWords: 1 });
    const typo = whoSaid(store, 'crosings');
    expect(typo.verdict).toBe('not_found');
    expect(typo.explanation).toContain('words close to “crosings” are in');
  });

  it('keeps a quotation that is the word alone, and only that one', () => {
    const result = whoSaid(store, 'disgraceful');
    expect(result.verdict).toBe('verbatim');
    expect(result.matches.map((m) => m.speaker)).toEqual(['Piet Orlam']);
    expect(result.matches[0]!.outlets.map((o) => o.outlet)).toEqual(['Quayside Post']);
  });

  it('of a speaker named with one word still names no one', () => {
    expect(whoSaid(store, 'crossings', { speaker: 'Talia Brenn' }).verdict).toBe('not_found');
    expect(whoSaid(store, 'crossings', { speaker: 'Piet Orlam' }).verdict).toBe('not_found');
  });

  it('of two words one person’s quotations hold answers with that person', () => {
    const result = whoSaid(store, 'ferry ramp');
    expect(result.verdict).toBe('verbatim');
    expect(result.matches[0]!.speaker).toBe('Ines Vallo');
    expect(result.hint).toBeUndefined();
  });

  it('of two words several people’s quotations hold names no one, unless the member names one of them', () => {
    const result = whoSaid(store, 'night crossings');
    expect(result.verdict).toBe('not_found');
    expect(result.hint).toEqual({ kind: 'few_words', contentWords: 2, quotations: 2, speakers: ['Ines Vallo', 'Talia Brenn'] });
    expect(result.explanation).toMatch(/^Two words that several people are quoted saying cannot tell who said them/);
    // asked whether one of them said it: yes, in those words
    const named = whoSaid(store, 'night crossings', { speaker: 'Talia Brenn' });
    expect(named.verdict).toBe('verbatim');
    expect(named.matches[0]!.speaker).toBe('Talia Brenn');
    // asked of someone else: no one is picked as "the corpus has X saying it"
    expect(whoSaid(store, 'night crossings', { speaker: 'Piet Orlam' }).verdict).toBe('not_found');
  });

  it('is the same answer in a thread', () => {
    const thread: FollowUpContext = { query: 'Ines Vallo', speaker: 'Ines Vallo', outlet: null, command: 'quotes', outlets: [] };
    const { answer } = answerFollowUp(store, thread, 'who said "crossings"?');
    if (answer.kind !== 'who-said') throw new Error(`expected a who-said answer, got ${answer.kind}`);
    expect(answer.result.verdict).toBe('not_found');
    expect(answer.result.hint?.kind).toBe('few_words');
  });
});

describe('who-said of a word or two in marks inside a question', () => {
  it('reads the word in marks as the quotation and the name around it as the speaker asked about', () => {
    const result = whoSaid(store, 'Did Talia Brenn say "crossings"?');
    expect(result.verdict).toBe('not_found');
    expect(result.searched).toBe('crossings');
    expect(result.askedSpeaker).toBe('Talia Brenn');
    expect(result.hint).toEqual({ kind: 'few_words', contentWords: 1, quotations: 2, speakers: ['Ines Vallo', 'Talia Brenn'] });
    expect(result.explanation).toMatch(/^One word cannot tell who said a quotation: “crossings” is in 2 quotations/);
  });

  it('names the words in marks, not the whole question, in a who-asks question', () => {
    const result = whoSaid(store, "Who said 'for the island'?");
    expect(result.searched).toBe('for the island');
    expect(result.hint).toMatchObject({ kind: 'few_words', contentWords: 1 });
    expect(result.explanation).toContain('“for the island”');
    expect(result.explanation).not.toContain('Who said');
  });

  it('answers when the word in marks is a quotation of its own, and when two words pin one person', () => {
    const alone = whoSaid(store, 'Did Piet Orlam say “disgraceful”?');
    expect(alone.verdict).toBe('verbatim');
    expect(alone.matches[0]!.speaker).toBe('Piet Orlam');
    const pinned = whoSaid(store, 'Who said "ferry ramp"?');
    expect(pinned.verdict).toBe('verbatim');
    expect(pinned.matches[0]!.speaker).toBe('Ines Vallo');
    // of someone else: misattributed, never "Piet Orlam said it"
    expect(whoSaid(store, 'Did Piet Orlam say "ferry ramp"?').verdict).toBe('misattributed');
  });

  it('leaves a word in marks inside a pasted paragraph as part of the text', () => {
    const pasted = 'The harbour master called the fare rise "regrettable" on Monday and left before the council voted on it';
    expect(questionReadings(pasted).map((r) => r.quote)).toEqual([pasted]);
    expect(questionReadings('Did Ines Vallo say "crossings"?').map((r) => [r.quote, r.askedName])).toEqual([
      ['Did Ines Vallo say "crossings"?', null],
      ['crossings', 'Ines Vallo'],
    ]);
  });
});

describe('who-said of two words the named person’s own quotation holds a word apart', () => {
  const drills = writtenStore([
    {
      file: 'drill-1.txt',
      outlet: 'Quayside Post',
      date: '2026-04-02',
      text: story(
        'Spring drills',
        '“We will run joint drills with the coast guard every spring and publish what they teach us,” said Mara Doyle, the fire chief.',
      ),
    },
    {
      file: 'drill-2.txt',
      outlet: 'Island Courier',
      date: '2026-04-03',
      text: story(
        'Coast guard crews',
        '“Our crews trained at joint rescue drills off the north pier for most of last year,” said commander Osei Tamba.',
        '“Every joint of the old pier must be checked before anyone plans more drills on it,” said engineer Lena Fisk.',
      ),
    },
  ]);

  it('finds the words in order close together, or in another form, and not words far apart', () => {
    expect(nearStretch('Our crews trained at joint rescue drills off the pier', 'joint drills')).toBe('joint rescue drills');
    expect(nearStretch('We will run joint drills with the coast guard', 'joint drill')).toBe('joint drills');
    expect(nearStretch('Every joint of the old pier must be checked before anyone plans more drills', 'joint drills')).toBeNull();
    expect(nearStretch('drills held jointly', 'joint drills')).toBeNull();
    // the tightest stretch when the quotation holds them more than once
    expect(nearStretch('joint rescue drills, and then joint drills', 'joint drills')).toBe('joint drills');
  });

  it('does not call it misattributed: too few words, with the named person’s own wording', () => {
    for (const result of [whoSaid(drills, 'joint drills', { speaker: 'Osei Tamba' }), whoSaid(drills, 'Did Tamba say "joint drills"?')]) {
      expect(result.verdict).toBe('not_found');
      expect(result.hint).toEqual({
        kind: 'few_words',
        contentWords: 2,
        quotations: 2,
        speakers: ['Mara Doyle', 'Osei Tamba'],
        namedSpeaker: { speaker: 'Osei Tamba', words: 'joint rescue drills' },
      });
      expect(result.explanation).toContain('“joint drills”, or words close to it, are in 2 quotations');
      expect(result.explanation).toContain('Osei Tamba, whom you named, is quoted saying “joint rescue drills”.');
    }
  });

  it('answers the words in another form (“joint drill”) the same way: its wording is the named person’s only with a word between', () => {
    expect(heldInARow('We will run joint drills with the coast guard', 'joint drill')).toBe(true);
    expect(heldInARow('Our crews trained at joint rescue drills off the pier', 'joint drill')).toBe(false);
    const result = whoSaid(drills, 'joint drill', { speaker: 'Osei Tamba' });
    expect(result.verdict).toBe('not_found');
    expect(result.hint).toMatchObject({
      kind: 'few_words',
      speakers: ['Mara Doyle', 'Osei Tamba'],
      namedSpeaker: { speaker: 'Osei Tamba', words: 'joint rescue drills' },
    });
    // the person who says them in a row, in another form, is checked: close, not verbatim
    const inARow = whoSaid(drills, 'joint drill', { speaker: 'Mara Doyle' });
    expect(inARow.verdict).toBe('close');
    expect(inARow.matches[0]!.speaker).toBe('Mara Doyle');
  });

  it('names no one without a speaker, and checks the person whose words they are word for word', () => {
    const plain = whoSaid(drills, 'joint drills');
    expect(plain.verdict).toBe('not_found');
    expect(plain.hint).toMatchObject({ kind: 'few_words', speakers: ['Mara Doyle', 'Osei Tamba'] });
    expect(plain.hint).not.toHaveProperty('namedSpeaker');
    const named = whoSaid(drills, 'joint drills', { speaker: 'Mara Doyle' });
    expect(named.verdict).toBe('verbatim');
    expect(named.matches[0]!.speaker).toBe('Mara Doyle');
  });

  it('of someone whose words hold them only far apart, names no one, and says nothing of theirs', () => {
    const result = whoSaid(drills, 'joint drills', { speaker: 'Lena Fisk' });
    expect(result.verdict).toBe('not_found');
    expect(result.hint).not.toHaveProperty('namedSpeaker');
    expect(result.explanation).not.toContain('Lena Fisk');
  });

  it('still calls a longer quotation, or two words one person’s quotations hold, misattributed', () => {
    const longer = whoSaid(drills, 'run joint drills with the coast guard every spring', { speaker: 'Osei Tamba' });
    expect(longer.verdict).toBe('misattributed');
    expect(longer.matches[0]!.speaker).toBe('Mara Doyle');
    const short = whoSaid(drills, 'coast guard', { speaker: 'Osei Tamba' });
    expect(short.verdict).toBe('misattributed');
    expect(short.matches[0]!.speaker).toBe('Mara Doyle');
  });
});

describe('who-said of two words the named person is reported saying', () => {
  const reported = writtenStore([
    {
      file: 'pilots.txt',
      outlet: 'Quayside Post',
      date: '2026-04-05',
      text: story(
        'Pilots and drills',
        '“We will run joint drills with the coast guard every spring and publish what they teach us,” said Mara Doyle, the fire chief.',
        'Harbour pilot Ruth Ansel said on Monday that the joint drills keep the pilots ready for the winter storms.',
      ),
    },
  ]);

  it('is not called misattributed, and says the words are reported, not quoted', () => {
    const result = whoSaid(reported, 'joint drills', { speaker: 'Ruth Ansel' });
    expect(result.verdict).toBe('not_found');
    expect(result.hint).toMatchObject({
      kind: 'few_words',
      speakers: ['Mara Doyle'],
      namedSpeaker: { speaker: 'Ruth Ansel', words: 'joint drills', reported: true },
    });
    expect(result.explanation).toMatch(/^Two words that several people are quoted or reported saying cannot tell who said them/);
    expect(result.explanation).toContain('Ruth Ansel, whom you named, is reported saying “joint drills” (the outlets');
  });
});

describe('who-said of a few words the quotation holds only across a list or clause break', () => {
  const lists = writtenStore([
    {
      file: 'dock-1.txt',
      outlet: 'Dockland News',
      date: '2026-05-11',
      text: story(
        'Port talks',
        '“The two ports agreed on shared pilotage, winter dredging schedules and cheaper berths for trawlers,” said port director Mara Quell.',
        '“Our crews will keep training with the lifeboat volunteers every spring,” said coxswain Ewan Tolle.',
        '“The tug fleet needs new engines. Inspections show rust everywhere,” said engineer Sorcha Lind.',
        '“We held a joint harbour safety drill last week,” said pilot Aled Verran.',
        '“All we ask for is calm and order on the quays,” said harbour warden Ilse Brandt.',
        '“Next month both navies hold joint, large-scale manoeuvres off the cape,” said admiral Tove Rask.',
        '“The deal covers fishing quotas, naval patrols and port fees,” said trade envoy Bram Oduya.',
      ),
    },
  ]);

  it('splits a quotation at commas, semicolons and sentence ends, not at “and” or “or”', () => {
    expect(unbrokenStretches('shared pilotage, winter dredging schedules and cheaper berths. Mr. Quell said so; 30,000 came')).toEqual([
      ['shared', 'pilotage'],
      ['winter', 'dredging', 'schedules', 'and', 'cheaper', 'berths'],
      ['mr', 'quell', 'said', 'so'],
      ['30', '000', 'came'],
    ]);
    expect(nearStretch('shared pilotage, winter dredging schedules', 'pilotage schedules')).toBeNull();
    expect(nearStretch('a joint harbour safety drill', 'joint drill')).toBe('joint harbour safety drill');
  });

  it('keeps one part across a comma between two modifiers of one noun, never across a list of items', () => {
    expect(unbrokenStretches('hold joint, large-scale manoeuvres off the cape')).toEqual([
      ['hold', 'joint', 'large', 'scale', 'manoeuvres', 'off', 'the', 'cape'],
    ]);
    expect(unbrokenStretches('big, bold, new plans; more')).toEqual([['big', 'bold', 'new', 'plans'], ['more']]);
    expect(unbrokenStretches('a swift, record-breaking build')).toEqual([['a', 'swift', 'record', 'breaking', 'build']]);
    // the word before the comma is an item's noun, no adjective: a list
    expect(unbrokenStretches('strategic communications, joint military exercises')).toEqual([
      ['strategic', 'communications'],
      ['joint', 'military', 'exercises'],
    ]);
    // no noun after the second word (“calm, decisive.”, “calm, order and …”), or a function word either side
    expect(unbrokenStretches('we want calm, decisive. then')).toEqual([['we', 'want', 'calm'], ['decisive'], ['then']]);
    expect(unbrokenStretches('calm, order and quiet')).toEqual([['calm'], ['order', 'and', 'quiet']]);
    expect(unbrokenStretches('such, new rules')).toEqual([['such'], ['new', 'rules']]);
    expect(nearStretch('joint, large-scale manoeuvres', 'joint manoeuvres')).toBe('joint large scale manoeuvres');
  });

  it('of two modifiers of one noun set apart by a comma is close; of two items of a list still not found', () => {
    const joint = whoSaid(lists, 'joint manoeuvres');
    expect(joint.verdict).toBe('close');
    expect(joint.matches[0]?.speaker).toBe('Tove Rask');
    const items = whoSaid(lists, 'quotas patrols');
    expect(items.verdict).toBe('not_found');
    expect(items.hint).toEqual({ kind: 'short_question', words: 2 });
  });

  it.each([['pilotage dredging'], ['pilotage winter'], ['pilotage schedule'], ['engines inspections']])(
    'of words in different items or sentences (%s) is not close: no one said them so',
    (asked) => {
      const result = whoSaid(lists, asked);
      expect(result.verdict).toBe('not_found');
      expect(result.matches).toEqual([]);
      expect(result.hint).toEqual({ kind: 'short_question', words: 2 });
    },
  );

  it('of words with other words between, in one item or clause, is still close', () => {
    const drill = whoSaid(lists, 'joint drill');
    expect(drill.verdict).toBe('close');
    expect(drill.matches[0]?.speaker).toBe('Aled Verran');
    // "and" joins two words of one phrase as often as two items: alone it is no break
    const calm = whoSaid(lists, 'calm order');
    expect(calm.verdict).toBe('close');
    expect(calm.matches[0]?.speaker).toBe('Ilse Brandt');
    const crews = whoSaid(lists, 'crews keep training');
    expect(crews.verdict).toBe('close');
    expect(crews.matches[0]?.speaker).toBe('Ewan Tolle');
  });

  it('of words the member typed across a break themselves is read as before', () => {
    const result = whoSaid(lists, 'pilotage, schedules');
    expect(result.verdict).toBe('close');
    expect(result.matches[0]?.speaker).toBe('Mara Quell');
  });
});
