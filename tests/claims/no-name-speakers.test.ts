/**
 * Words that are no names shown as a speaker's name: a determiner or pronoun that stands for a person ("Another
 * said", "Someone shouted") is a description, written in lower case as anywhere else, and never joins the same
 * word of another document. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { buildSpeakerIndex } from '../../src/claims/speakers.js';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

describe('attribution: a determiner or pronoun for a person is a description', () => {
  it('writes "Another", "Someone" and "Others" at a sentence start in lower case', () => {
    const qs = speakers(
      'Ferry riders lined the quay on Monday. One rider said the boats were “always late.”',
      'Another said, “The timetable is a fiction.”',
      'Someone shouted, “Bring back the night ferry!”',
      'Others, waving flags at the council doors, chanted, “Open the quay!”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['one rider', 'another', 'someone', 'others']);
  });

  it('writes a description opened by a determiner in lower case ("Several", "Some", "Two")', () => {
    const qs = speakers(
      'Several said the harbour plan was “a waste of good money.”',
      'Some harbour workers said the quay was “too short by half.”',
      'Two council aides said the vote would be “very close.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['several', 'some harbour workers', 'two council aides']);
  });

  it('makes no person of a name run that a determiner for people opens ("Several Ostend")', () => {
    const qs = speakers(
      'Several Ostend fishermen said the new quay was “built for tourists.”',
      'Ostend said in a statement that the quay was “built for everyone.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['several Ostend fishermen', 'Ostend']);
  });

  it('keeps "One" in the name of a body ("One Harbour")', () => {
    const [q] = speakers('The advocacy group One Harbour said the plan was “a giveaway.”');
    expect(q?.speaker).toBe('One Harbour');
  });
});

describe('speakers across documents: a description for a person stays in its document', () => {
  it('keeps "another" and "someone" of one article apart from those of another', () => {
    const docs = ['a', 'b'].map((documentId) => ({
      documentId,
      claims: extractClaims(doc('Riders lined the quay.', 'Another said, “The ferry is late again.”', 'Someone shouted, “Shame!”')),
    }));
    const index = buildSpeakerIndex(docs);
    expect(index.resolve('a', 'another')).not.toBeNull();
    expect(index.resolve('a', 'another')).not.toBe(index.resolve('b', 'another'));
    expect(index.resolve('a', 'someone')).not.toBe(index.resolve('b', 'someone'));
  });

  it('keeps a common noun alone ("people") in its document', () => {
    const docs = ['a', 'b'].map((documentId) => ({
      documentId,
      claims: extractClaims(doc('The ferry is late again.', 'People, tired of waiting, chanted “Ferry now!”')),
    }));
    expect(docs[0]?.claims.quotes[0]?.speaker).toBe('people');
    const index = buildSpeakerIndex(docs);
    expect(index.resolve('a', 'people')).not.toBe(index.resolve('b', 'people'));
  });
});

describe('attribution: a common noun capitalised by its place is no name', () => {
  it('writes a plural in lower case when the sentence lists it with lower-case nouns', () => {
    expect(speakers('HARBOUR NOTES Gulls and terns are considered the “pirates of the quay.” [Harbour Times]')[0]?.speaker).toBe('gulls');
    const [q] = speakers('OSTEND -- Weeds, moss and fallen branches cover the greens of an old club, known as “goat fields.”');
    expect(q?.speaker).toBe('weeds');
  });

  it('writes a plural of a role or of a listed noun in lower case ("Aides", "Programs")', () => {
    expect(speakers('The harbour board met on Monday.', 'Aides say the mayor plans to “fully support” the quay.')[0]?.speaker).toBe(
      'aides',
    );
    const qs = speakers('Programs for adult learners vary from town to town, depending on whether they are “full” or “empty.”');
    expect(qs.at(-1)?.speaker).toBe('programs');
  });

  it('writes a word the document also writes in lower case in lower case', () => {
    const [q] = speakers('Riders filled every ferry.', 'Respondents often say: “The ferry is too slow.”', 'Every respondent answered.');
    expect(q?.speaker).toBe('respondents');
  });

  it('keeps a surname that is a common noun: named in full, or capitalised mid-sentence elsewhere', () => {
    expect(speakers('Representative Mo Brooks toured the river.', 'Brooks said the brooks were “running dry.”')[0]?.speaker).toBe(
      'Mo Brooks',
    );
    const [q] = speakers('The rivers flooded again.', 'Rivers said the quay was “too short.”', 'The trust that Rivers runs agreed.');
    expect(q?.speaker).toBe('Rivers');
  });
});

describe('attribution: a pronoun never stands for a subject no name can be', () => {
  it('leaves "he" and "it" unresolved rather than take "Nothing" or "Two" for a person', () => {
    const [q] = speakers(
      'Nothing changed at the harbour meeting: the board was split, even if he kept his sharpest words for the “quay tax.”',
    );
    expect(q?.speaker).toBe('his');
    // (since round 35 the verb of the "when" clause after the words tags them no more: no one, and never "Two")
    const [p] = speakers('Two years before the vote, the council gave an “incomplete” answer when it wrote to the trust.');
    expect(p?.speaker).toBeNull();
  });
});

describe('an "I" no one is found for', () => {
  it('is written "I" and kept in its document', () => {
    const [q] = speakers('“I will not go,” I said.');
    expect(q?.speaker).toBe('I');
    const claims = (speaker: string) => ({
      quotes: [{ text: 'words', start: 0, end: 5, kind: 'quote' as const, speaker, speakerMention: null, utterance: 0 }],
      paraphrases: [],
    });
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('I') },
      { documentId: 'b', claims: claims('I') },
    ]);
    expect(index.resolve('a', 'I')).not.toBe(index.resolve('b', 'I'));
  });
});

describe('attribution: a word capitalised only by its place before a lower-case noun is no name', () => {
  it('gives words in "Good advice can win, but only when “…”" to the speaker before, not to "Good"', () => {
    const qs = speakers(
      'Rosa Albers, who teaches media studies in Delft, said rumours travel fast. Fixing them takes weeks, she said. Good advice can still win, but only when “the facts are more fun than the fiction.”',
    );
    expect(qs.at(-1)?.speaker).toBe('Rosa Albers');
  });

  it('keeps an owner, an acronym, a name before a preposition, and a name the document knows', () => {
    const qs = speakers(
      'Bergen’s caution may look like a pause in the “greatest harbour plan in the north.”',
      'ACME tenders for the quay were “a weak point in the line of supply.”',
      'Holm in his last weeks kept calling the ferry “a floating ruin that nobody should board.”',
      'Ines Vahl runs the ferry board. Vahl again fought the council over “a fee that no rider can pay this year.”',
    );
    expect(qs.map((q) => q.speaker)).toEqual(['Bergen', 'ACME', 'Holm', 'Ines Vahl']);
  });
});
