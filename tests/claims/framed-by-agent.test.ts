/**
 * A participle of regarding or framing with its "by" agent before "as" ("an option seen by planners as a “lifeboat”",
 * "was portrayed by the board as a “modest step”"): the words in marks are the agent's framing. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('words a "by" agent regards or frames a thing as', () => {
  it('credits the agent of "seen by … as" and "known by … as"', () => {
    const [a] = speakers('The talks will cover a new ferry, an option seen by planners as a “lifeboat” for the island.');
    expect(a).toMatchObject({ text: 'lifeboat', mention: 'planners' });
    const [b] = speakers(
      'Mayor Ivo Marsh toured the pier with Dana Holt, and Holt put an arm round him in what came to be derisively known by some councillors as a "hug."',
    );
    expect(b).toMatchObject({ mention: 'some councillors' });
  });

  it('credits the agent of a framing verb in the passive', () => {
    const [a] = speakers('The levy was portrayed by the board as a “modest step” for the town.');
    expect(a).toMatchObject({ mention: 'the board' });
    const [b] = speakers('The plan was dismissed by Ivo Marsh as a “giveaway” on Monday.');
    expect(b).toMatchObject({ speaker: 'Ivo Marsh' });
  });

  it('leaves a passive with no agent to no one, and "by" with no framing participle alone', () => {
    const [a] = speakers('The levy was portrayed as a “modest step” for the town.');
    expect(a?.speaker).toBeNull();
    const [b] = speakers('The ferry was run by the council as a “lifeline” service.');
    expect(b?.mention).not.toBe('the council');
  });
});
