import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('"she" with no person before it as subject or speaker', () => {
  it('goes to the woman the name lists know, named with a role in the sentence before', () => {
    const quotes = speakersIn(
      'The ferry plan drew a crowd on Monday.',
      'The mayor was joined on the stage by Ingrid Vantorp, president of the harbour group Clear Water. She said the plan “has failed every family on the quay.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Ingrid Vantorp']);
  });
});
