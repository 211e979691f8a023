import { describe, expect, it } from 'vitest';
import { answerFollowUp, claimChoice, isChatter, MAX_FOLLOW_UP, threadSubject } from '../../src/answers/follow-up.js';
import { followUpPayload, followUpText, moreQuestionsNote } from '../../src/render/follow-up.js';
import { story, writtenStore } from '../support/written.js';

// invented: a lighthouse on an island, two people quoted on it, one of them a sheep farmer
const store = writtenStore([
  {
    file: 'gull-1.txt',
    outlet: 'Gull Island Gazette',
    date: '2026-03-02',
    text: story(
      'Lighthouse to go dark for a year',
      '“The lighthouse keeps every fishing boat in this sound alive,” said Oona Prackett, a sheep farmer on the north shore.',
      'The harbour master, Teodor Villum, said: “The lighthouse lamp will be replaced with a solar beacon before winter.”',
    ),
  },
  {
    file: 'skerry-1.txt',
    outlet: 'Skerry Post',
    date: '2026-03-03',
    text: story(
      'Islanders split over lighthouse',
      '“The lighthouse keeps every fishing boat in this sound alive,” Oona Prackett told the Post.',
      '“The lighthouse lamp will be replaced with a solar beacon before winter,” said harbour master Teodor Villum.',
      'Prackett added: “Our lambs graze right up to the lighthouse wall and always have.”',
    ),
  },
]);

const compareThread = { query: 'lighthouse', speaker: null, outlet: null, command: 'compare' as const, outlets: [] };
const quotesThread = { query: 'Oona Prackett', speaker: 'Oona Prackett', outlet: null, command: 'quotes' as const, outlets: [] };

describe('a thread on a /compare answer with several claims', () => {
  it('asks which claim "who said it?" means, numbered, instead of taking the best match', () => {
    const { answer, about } = answerFollowUp(store, compareThread, 'who said it?');
    expect(answer.kind).toBe('cannot');
    expect(about).toBeUndefined();
    const text = followUpText(answer);
    expect(text).toMatch(/Which one do you mean/);
    expect(text).toMatch(/1\. .*lighthouse/);
    expect(text).toMatch(/2\. .*lighthouse/);
    const payload = JSON.stringify(followUpPayload(answer));
    expect(payload.length).toBeLessThan(6000);
  });

  it('takes "the first one", "2" and a few words of a claim as the choice, and keeps it for the thread', () => {
    const first = answerFollowUp(store, compareThread, 'the first one');
    expect(first.answer.kind).toBe('who-said');
    expect(first.about?.command).toBe('who-said');
    const second = answerFollowUp(store, compareThread, '2');
    expect(second.about?.query).not.toBe(first.about?.query);
    const byWords = answerFollowUp(store, compareThread, 'the solar beacon one');
    expect(byWords.about?.query).toMatch(/solar beacon/);
    // the member named nobody: the answer says no name was given
    expect(followUpText(first.answer)).not.toMatch(/You named/);
    // a choice is no chatter the thread leaves unanswered
    expect(isChatter(store, '2', compareThread)).toBe(false);
    expect(isChatter(store, 'the first one', compareThread)).toBe(false);
    expect(isChatter(store, 'thanks', compareThread)).toBe(true);
    // later follow-ups in the thread are about the chosen claim
    const later = answerFollowUp(store, byWords.about!, 'who said it?');
    expect(later.answer.kind === 'who-said' && later.answer.result.matches[0]?.speaker).toBe('Teodor Villum');
  });

  it('answers the question asked with the choice ("the second one — who carried it?")', () => {
    const { answer, about } = answerFollowUp(store, compareThread, 'the second one — which outlets carried it?');
    expect(answer.kind).toBe('dates');
    expect(about?.command).toBe('who-said');
  });

  it('answers about the only claim of a topic with one', () => {
    const { answer, about } = answerFollowUp(store, { ...compareThread, query: 'solar beacon' }, 'who said it?');
    expect(answer.kind === 'who-said' && answer.result.matches[0]?.speaker).toBe('Teodor Villum');
    expect(about?.query).toMatch(/solar beacon/);
  });

  it('reads no question as a choice', () => {
    const claims = [
      { quote: 'who said the lamp would go', speaker: null },
      { quote: 'the lamp will stay', speaker: null },
    ];
    expect(claimChoice('who said it?', claims)).toBeUndefined();
    expect(claimChoice('the 7th one', claims)).toBeUndefined();
    expect(claimChoice('#2', claims)).toEqual({ index: 1, rest: '' });
  });
});

describe('a thread on a /quotes answer', () => {
  it('"what else did they say?" lists the person\'s quotations', () => {
    const { answer } = answerFollowUp(store, quotesThread, 'what else did they say?');
    expect(answer.kind === 'quotes' && answer.result.speaker?.name).toBe('Oona Prackett');
  });

  it('"which outlets?" asks which quotation; "the second one — who carried it?" answers it', () => {
    const asked = answerFollowUp(store, quotesThread, 'which outlets?');
    expect(asked.answer.kind).toBe('cannot');
    expect(followUpText(asked.answer)).toMatch(/Oona Prackett is quoted saying 2 things/);
    const chosen = answerFollowUp(store, quotesThread, 'the second one — who carried it?');
    expect(chosen.answer.kind).toBe('dates');
    expect(chosen.about?.query).toMatch(/lambs graze/);
    const later = answerFollowUp(store, chosen.about!, 'what else did she say?');
    expect(later.answer.kind === 'quotes' && later.answer.result.speaker?.name).toBe('Oona Prackett');
  });
});

describe('"who is <role>?"', () => {
  const thread = { query: 'solar beacon before winter', speaker: null, outlet: null };
  it('answers with the people the outlets describe so', () => {
    const { answer } = answerFollowUp(store, thread, 'who is the farmer?');
    expect(answer.kind).toBe('role');
    expect(followUpText(answer)).toMatch(/Oona Prackett/);
    expect(followUpText(answer)).not.toMatch(/Teodor Villum/);
  });
  it('says nobody is described so', () => {
    const { answer } = answerFollowUp(store, thread, 'who is the bishop?');
    expect(answer.kind).toBe('role');
    expect(followUpText(answer)).toMatch(/No person quoted in the corpus is called or described as “the bishop”/);
  });
  it('still answers a person by name', () => {
    const { answer } = answerFollowUp(store, thread, 'who is Villum?');
    expect(answer.kind).toBe('quotes');
  });
});

describe('"help" in a thread on a topic or a person', () => {
  it('on a /compare topic: says how to choose a claim and what is asked of them all, not "this quotation"', () => {
    const { answer } = answerFollowUp(store, compareThread, 'help');
    expect(answer.kind).toBe('help');
    const text = followUpText(answer);
    expect(text).not.toMatch(/this quotation/);
    expect(text).toMatch(/the topic “lighthouse”/i);
    expect(text).toMatch(/has 3 claims/);
    expect(text).toMatch(/choose a claim by its number/);
    expect(text).toMatch(/compare <outlet> and <outlet>/);
  });

  it('on a /quotes person: their quotations, with "compare them"', () => {
    const text = followUpText(answerFollowUp(store, quotesThread, 'what can I ask here?').answer);
    expect(text).not.toMatch(/this quotation/);
    expect(text).toMatch(/Oona Prackett’s quotations/);
    expect(text).toMatch(/compare them/);
  });

  it('the message a thread opens with says the same without counting the claims', () => {
    const about = threadSubject({ command: 'compare', query: 'lighthouse', speaker: null });
    const text = followUpText({ kind: 'help', unknownOutlet: null, ...(about ? { about } : {}) });
    expect(text).toMatch(/Ask about the topic “lighthouse” here/);
    expect(text).not.toMatch(/this quotation|has \d+ claims/);
    expect(threadSubject({ command: 'who-said', query: 'x', speaker: null })).toBeUndefined();
  });
});

describe('"compare them" in a thread on a person or a topic', () => {
  it('on a /quotes person: how each outlet carried each of their quotations, not "which one?"', () => {
    const { answer, about } = answerFollowUp(store, quotesThread, 'compare them');
    expect(answer.kind).toBe('compare');
    expect(about).toBeUndefined();
    if (answer.kind !== 'compare') return;
    expect(answer.result.claims.map((c) => c.quote)).toEqual([
      expect.stringMatching(/lighthouse keeps every fishing boat/),
      expect.stringMatching(/lambs graze/),
    ]);
    expect(answer.result.claims.every((c) => c.speaker === 'Oona Prackett')).toBe(true);
    expect(followUpText(answer)).toMatch(/Oona Prackett: 2 quotations compared across 2 documents/);
    expect(JSON.stringify(followUpPayload(answer)).length).toBeLessThan(6000);
  });

  it('"what did <outlet> say?" is that outlet’s versions of every claim', () => {
    const person = answerFollowUp(store, quotesThread, 'what did Skerry Post say?');
    expect(person.answer.kind === 'compare' && person.answer.result.outletFilter).toEqual(['Skerry Post']);
    const topic = answerFollowUp(store, compareThread, 'what did Skerry Post say?');
    expect(topic.answer.kind === 'compare' && topic.answer.result.claims.length).toBe(3);
  });

  it('an outlet the corpus lacks is said to be unknown', () => {
    const { answer } = answerFollowUp(store, quotesThread, 'compare Gull Island Gazette and Moon Herald');
    expect(answer.kind === 'compare' && answer.result.unknownOutlets?.[0]?.outlet).toBe('Moon Herald');
  });
});

describe('messages as members type them', () => {
  const thread = { query: 'The lighthouse lamp will be replaced with a solar beacon', speaker: null, outlet: null };

  it('answers the first of several questions and names the others to ask next', () => {
    const { answer, more } = answerFollowUp(store, thread, 'which outlets carried it? and show the context');
    expect(answer.kind).toBe('dates');
    expect(more).toEqual(['and show the context']);
    const payload = JSON.stringify(followUpPayload(answer, moreQuestionsNote(more!)));
    expect(payload).toContain('One question at a time: this answers your first. Ask next: “and show the context”.');
    const three = answerFollowUp(store, thread, 'who said it? when? what did the Skerry Post say?');
    expect(three.answer.kind).toBe('who-said');
    expect(three.more).toEqual(['when?', 'what did the Skerry Post say?']);
    // one question, or a quotation in marks with its own sentences, is answered whole
    expect(answerFollowUp(store, thread, 'Thanks! who else said it?').more).toBeUndefined();
    expect(answerFollowUp(store, thread, 'what about “Our lambs graze. Who said so?”').more).toBeUndefined();
  });

  it('answers the question at the end of a message longer than is read as a quotation', () => {
    const message = `${'I read the whole story last night and I am honestly not sure what to make of it, '.repeat(25)}who else said it?`;
    expect(message.length).toBeGreaterThan(MAX_FOLLOW_UP);
    expect(answerFollowUp(store, thread, message).answer.kind).toBe('others');
  });

  it('reads "what else did X say" without its question mark as that question', () => {
    const { answer } = answerFollowUp(store, thread, 'what else did Oona Prackett say');
    expect(answer.kind === 'quotes' && answer.result.speaker?.name).toBe('Oona Prackett');
  });

  it('names an outlet the corpus lacks as the member wrote it, and says questions are read in English', () => {
    const { answer } = answerFollowUp(store, thread, 'what did the Moon Herald say?');
    expect(followUpText(answer)).toContain('No outlet called “the Moon Herald” is in the corpus');
    expect(followUpText(answerFollowUp(store, thread, 'wer hat das gesagt?').answer)).toMatch(/I read questions asked in English/);
  });
});

describe('a thread on a topic or a person with no claim left', () => {
  // the thread's articles removed since, or a name the corpus never quoted
  const gonePerson = { query: 'Zora Quill', speaker: 'Zora Quill', outlet: null, command: 'quotes' as const, outlets: [] };
  const goneTopic = { query: 'ferry strike', speaker: null, outlet: null, command: 'compare' as const, outlets: [] };

  it('says there is nothing to ask about, not a check of the name or topic as a quotation', () => {
    for (const thread of [gonePerson, goneTopic]) {
      const { answer } = answerFollowUp(store, thread, 'who said it?');
      expect(answer.kind).toBe('cannot');
      const text = followUpText(answer);
      expect(text).toMatch(/Nothing to ask about/);
      expect(text).not.toMatch(/You named|You asked|Which one do you mean/);
    }
    expect(followUpText(answerFollowUp(store, goneTopic, 'when was it said?').answer)).toMatch(
      /No claim on the topic “ferry strike” is in the corpus now/,
    );
  });

  it('"help" says so too', () => {
    const text = followUpText(answerFollowUp(store, gonePerson, 'help').answer);
    expect(text).toMatch(/No quotation of Zora Quill is in the corpus now/);
    expect(text).not.toMatch(/choose a quotation/);
  });

  it('a new quotation in marks is still checked', () => {
    const { answer } = answerFollowUp(store, goneTopic, '“Our lambs graze right up to the lighthouse wall”');
    expect(answer.kind === 'who-said' && answer.result.matches[0]?.speaker).toBe('Oona Prackett');
  });
});

describe('"did she say <words>?"', () => {
  it('checks those words, credited to the person asked about (the thread’s, for a pronoun)', () => {
    const { intent, answer } = answerFollowUp(store, quotesThread, 'did she really say their lambs graze up to the lighthouse wall?');
    expect(intent).toEqual({ kind: 'who-said', quote: 'their lambs graze up to the lighthouse wall', speaker: null });
    expect(answer.kind === 'who-said' && answer.result.askedSpeaker).toBe('Oona Prackett');
    expect(answer.kind === 'who-said' && answer.result.matches[0]?.quote).toMatch(/Our lambs graze/);
    // a person named: checked against that person
    const named = answerFollowUp(store, compareThread, 'did Teodor Villum say that the lamp will be replaced with a solar beacon?');
    expect(named.answer.kind === 'who-said' && named.answer.result.askedSpeaker).toBe('Teodor Villum');
    expect(named.answer.kind === 'who-said' && named.answer.result.verdict).not.toBe('not_found');
  });
});

describe('"compare 1 and 2" in a thread on several claims', () => {
  it('compares the claims named by number or place, and only those', () => {
    const { answer } = answerFollowUp(store, compareThread, 'compare 1 and 3');
    expect(answer.kind).toBe('compare');
    if (answer.kind !== 'compare') return;
    const listed = answerFollowUp(store, compareThread, 'who said it?').answer;
    if (listed.kind !== 'cannot' || listed.result.reason?.kind !== 'which-claim') throw new Error('expected the claims listed');
    const [first, , third] = listed.result.reason.claims;
    expect(answer.result.claims.map((c) => c.quote)).toEqual([first!.quote, third!.quote]);
    const places = answerFollowUp(store, quotesThread, 'compare the first and the last');
    expect(places.answer.kind === 'compare' && places.answer.result.claims.length).toBe(2);
    // one claim by number; a number with no claim: every claim, as "compare them"
    const one = answerFollowUp(store, quotesThread, 'compare 2');
    expect(one.answer.kind === 'compare' && one.answer.result.claims.map((c) => c.quote)).toEqual([expect.stringMatching(/lambs graze/)]);
    expect(answerFollowUp(store, quotesThread, 'compare 1 and 7').answer.kind).toBe('compare');
  });
});

describe('a claim chosen by a few of its words, then a question', () => {
  it('"the solar beacon one — when was it said?" answers about that claim', () => {
    const { answer, about } = answerFollowUp(store, compareThread, 'the solar beacon one — when was it said?');
    expect(about?.query).toMatch(/solar beacon/);
    expect(answer.kind === 'dates' && answer.result.whenSaid).toBe(true);
    expect(
      claimChoice('lambs - who carried it?', [
        { quote: 'Our lambs graze right up to the lighthouse wall', speaker: null },
        { quote: 'The lighthouse lamp will be replaced', speaker: null },
      ]),
    ).toEqual({ index: 0, rest: 'who carried it?' });
  });
});
