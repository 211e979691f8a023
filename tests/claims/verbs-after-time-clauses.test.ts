/**
 * A verb of saying an "and" joins after a clause of time that "they" or "we" opens ("talked over them as they answered
 * questions and assured …") goes on with the one person the main clause is about, not with the plural pronoun. A clause
 * set off by a comma, one with a name of its own, "he" after a person and a plural main subject keep the subject
 * before the "and". Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a verb joined by "and" after a clause of time opened by "they" or "we"', () => {
  it('goes on with the named person of the main clause', () => {
    const [q] = speakers('Ana Ruiz talked over her rivals as they answered questions and assured the crowd, “I will win the vote.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('goes on with a role in the singular, past a list of verbs and an adverb before the conjunction', () => {
    const [q] = speakers(
      'The mayor mocked the council, talked over them even as they answered questions and assured the crowd that she can “fix the port” by June.',
    );
    expect(q).toMatchObject({ speaker: 'the mayor', mention: 'The mayor' });
  });

  it('goes on with the person past "we"', () => {
    const [q] = speakers('Ana Ruiz waited on the quay until we arrived and then told us, “The ferry is late.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });
});

describe('a verb joined by "and" that keeps the subordinate clause’s subject', () => {
  it('after a clause set off by a comma', () => {
    const [q] = speakers('Tom Hale signed the order on Monday, while they gathered on the quay and shouted, “No more fees!”');
    expect(q).toMatchObject({ speaker: 'they', mention: 'they' });
  });

  it('after a clause with a name of its own', () => {
    const [q] = speakers('Ana Ruiz spoke while Tom Hale answered questions and assured the crowd, “I will win.”');
    expect(q).toMatchObject({ speaker: 'Tom Hale', mention: 'Tom Hale' });
  });

  it('after "he", who may be the person of the main clause', () => {
    const [q] = speakers('Lars Berg started the row when he brought up the ferry and later said, “It is not just the port.”');
    expect(q).toMatchObject({ speaker: 'Lars Berg', mention: 'he' });
  });

  it('after a main clause whose subject is several people', () => {
    const [q] = speakers('The harbour officials cheered as they walked in and told the crowd, “We will win.”');
    expect(q?.mention).toBe('they');
  });
});
