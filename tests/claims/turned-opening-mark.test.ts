/**
 * A closing mark that opens its paragraph before an ellipsis ("” … the train has left the station,” wrote …") is an
 * opening mark set the wrong way round: the words are a quotation, credited as any other. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a turned opening mark before an ellipsis', () => {
  it('opens a quotation credited by the verb after it', () => {
    const qs = speakers(
      'Berg was favoured to win.',
      '” … in the case of Dover, the Berg train has already left the station,” wrote the Harbour News.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ text: '… in the case of Dover, the Berg train has already left the station,', speaker: 'Harbour News' });
  });

  it('leaves a closing mark mid-paragraph alone', () => {
    const qs = speakers('He said “the plan is dead” and left. Then ” … nothing more came of it.');
    expect(qs.map((q) => q.text)).toEqual(['the plan is dead']);
  });
});
