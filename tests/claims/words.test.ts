import { describe, expect, it } from 'vitest';
import * as documents from '../../src/claims/words/documents.js';
import * as foreign from '../../src/claims/words/foreign.js';
import * as functionWords from '../../src/claims/words/function-words.js';
import * as labels from '../../src/claims/words/labels.js';
import { inflect, presentParticiple, regularPast, thirdPerson } from '../../src/claims/words/inflect.js';
import { SPEECH_VERBS } from '../../src/claims/words/index.js';
import * as people from '../../src/claims/words/people.js';
import * as places from '../../src/claims/words/places.js';
import * as time from '../../src/claims/words/time.js';
import * as verbs from '../../src/claims/words/verbs.js';

const modules = { documents, foreign, functionWords, labels, people, places, time, verbs };
const lists = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports).map(([name, words]) => [`${module}.${name}`, words as readonly string[]] as const),
);

describe('word lists (src/claims/words)', () => {
  it.each(lists)('%s is sorted and has no duplicates', (_, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (let i = 1; i < words.length; i++) expect(words[i - 1]! < words[i]!, `${words[i - 1]} before ${words[i]}`).toBe(true);
  });

  it('keeps each verb of saying in one class only', () => {
    const classes = [verbs.SPEECH_VERB_LEMMAS, verbs.BARE_SPEECH_VERB_LEMMAS, verbs.PAST_SPEECH_VERB_LEMMAS, verbs.PARTICLE_VERB_LEMMAS];
    const all = classes.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('holds lower-case words only (capitalised forms are computed)', () => {
    for (const [name, words] of lists) for (const w of words) expect(w, name).toBe(w.toLowerCase());
  });
});

describe('verb inflections', () => {
  it('computes the third person, past and -ing forms', () => {
    expect(['note', 'reply', 'echo', 'stress', 'quip'].map(thirdPerson)).toEqual(['notes', 'replies', 'echoes', 'stresses', 'quips']);
    expect(['note', 'reply', 'snap', 'quip', 'admit', 'counter', 'tweet'].map(regularPast)).toEqual([
      'noted',
      'replied',
      'snapped',
      'quipped',
      'admitted',
      'countered',
      'tweeted',
    ]);
    expect(['argue', 'snap', 'see', 'lie', 'shout'].map(presentParticiple)).toEqual(['arguing', 'snapping', 'seeing', 'lying', 'shouting']);
  });

  it('takes irregular pasts from the table and adds British doubling', () => {
    expect(inflect('say', ['base', 'third', 'past', 'ing'])).toEqual(['say', 'says', 'said', 'saying']);
    expect(inflect('label', ['past', 'ing'])).toEqual(['labeled', 'labeling', 'labelled', 'labelling']);
  });

  it('makes every form of a verb of saying a cue, and only the past of one whose other forms are nouns', () => {
    for (const w of ['said', 'says', 'saying', 'noted', 'noting', 'pointed', 'went', 'explain']) expect(SPEECH_VERBS).toContain(w);
    for (const w of ['post', 'posts', 'posting', 'note']) expect(SPEECH_VERBS).not.toContain(w);
    expect(SPEECH_VERBS).toContain('posted');
  });
});
