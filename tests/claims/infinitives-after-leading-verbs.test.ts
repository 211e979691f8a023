/**
 * An infinitive right after a verb of beginning or trying ("began to portray", "tried to cast") has that verb's subject,
 * not the subject of a verb of saying earlier in the sentence; "refused to say" is left as it was (refusing is no
 * saying). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('the subject of an infinitive after a verb of beginning or trying', () => {
  it('credits the subject of "began to portray … as “…”", not the one a verb before it announced', () => {
    const [q] = speakers(
      'The log shows that the skipper’s name was announced on the radio twice, long before harbour officials began to portray the wreck as a “freak accident.”',
    );
    expect(q).toMatchObject({ speaker: 'harbour officials', mention: 'harbour officials' });
  });

  it('credits a named person who "tried to cast" someone as “…”', () => {
    const [q] = speakers('The report was published on Monday, days after Ana Ruiz tried to cast the ferry board as “a closed club.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });
});
