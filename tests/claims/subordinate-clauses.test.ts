/**
 * Subordinate clauses around the subject and the verb of saying: an opening clause or phrase with a subject of its
 * own before the main subject, and a participle that hangs on a subordinate clause. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc, speakersIn as speakers } from './helpers.js';

/** The quotation of a one-paragraph `text` whose words start with `start`: its speaker, mention and the mention's offset. */
function quoteAt(start: string, text: string) {
  const q = extractClaims(doc(text)).quotes.find((x) => x.text.startsWith(start));
  return q && { speaker: q.speaker, mention: q.speakerMention?.text ?? null, at: q.speakerMention?.start ?? -1 };
}

describe('subject after an opening subordinate clause without a comma', () => {
  it('takes the subject of the main verb, not the subject of the clause that opens the sentence', () => {
    const text = 'When she came back she began by saying, “I do not think a prison term is needed here.”';
    // the second "she", the subject of "began"
    expect(quoteAt('I do not', text)).toMatchObject({ mention: 'she', at: text.indexOf('she began') });
  });

  it('keeps the main subject after a comma that closes the opening clause', () => {
    const [q] = speakers('When Li Wei came back, Ana Ruiz began by saying, “I do not think a prison term is needed here.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});

describe('subject after an opening prepositional phrase without a comma', () => {
  it('ends the phrase at a pronoun with a verb of its own', () => {
    const [q] = speakers('Although at the meeting she laughed and admitted “the phone is a curse too.”');
    expect(q?.mention).toBe('she');
  });

  it('finds the pronoun of a clause that "although" opens mid-sentence, not a pronoun before it', () => {
    const text =
      'Over the years, she said, the phone kept her close to Li – although at the mention of the phone she laughed and admitted “it is a curse too.”';
    expect(quoteAt('it is a curse', text)).toMatchObject({ mention: 'she', at: text.indexOf('she laughed') });
  });

  it('reads "in a" as the start of a phrase, not the adverb "in" of "in fact"', () => {
    const q = quoteAt(
      'must be broken',
      'Mayor Lind has been criticized for using the word, though in a news conference last week he used stronger language, saying the union "must be broken."',
    );
    expect(q).toMatchObject({ speaker: 'Lind', mention: 'he' });
  });
});

describe('a participle after a subordinate clause with a person for its subject', () => {
  it('goes with the pronoun of the clause, not the subject of a speech verb before it', () => {
    const [q] = speakers(
      'Li Wei has been praised, though at a briefing last week he used harsher words, saying the plan “must be stopped.”',
    );
    expect(q).toMatchObject({ speaker: 'Li Wei', mention: 'he' });
  });

  it('goes with the person named in the clause', () => {
    const all = speakers(
      '“Too much?” He tweeted when Ana Ruiz ended a debate last week with a nod to the film, remarking, “Thank you, and good night to all.”',
    );
    expect(all.find((q) => q.text.startsWith('Thank you'))).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('keeps the subject of the speech verb when no subordinate clause comes between', () => {
    const [q] = speakers('Li Wei said the vote was close, adding that the plan “must be stopped.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });
});

describe('an opening clause after an adverb ("Ever since …") and a pronoun with "’s"', () => {
  it('gives the words to the main clause’s pronoun, not to the subject of the opening clause', () => {
    const [q] = speakers('Ever since Ana Ruiz announced her bid for mayor, she said that the harbour is “for all of us.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'she' });
    const [r] = speakers(
      'Ever since Tom Lind announced his run last spring, he’s said the same thing at every market and every hall: “The port is ours.”',
    );
    expect(r).toMatchObject({ speaker: 'Tom Lind', mention: 'he' });
  });
});
