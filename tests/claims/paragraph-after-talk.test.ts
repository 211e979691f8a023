/**
 * A paragraph that is only a quotation, after a paragraph saying that a person spoke or talked: the quotation is what
 * that person said (rule paragraph-after-talk); after a paragraph whose last words in marks a closing "X said" reports,
 * it is X's (rule paragraph-after-speaker). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('attribution: a quotation paragraph after "X spoke …"', () => {
  it('credits the person who spoke in the paragraph before', () => {
    const [q] = speakers('Ana Ruiz also spoke about the harbour case at the meeting.', '“The quay is ours. We will not sell it.”');
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ana Ruiz' });
  });

  it('finds the talk in a clause of its own and carries it over the paragraphs of quotation that follow', () => {
    const quotes = speakers(
      'What the plan means is left to the voters, since Li Wei spoke only in vague terms during the interview.',
      '“We have to do something and it is the only way.”',
      '“We have to be a lot tougher than we are.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Li Wei', 'Li Wei']);
  });

  it('reads past an aside in parentheses that closes the paragraph', () => {
    const [q] = speakers(
      'Ana Ruiz talked about the ferry case before the board. (The board meets twice a year. It decides on fees.)',
      '“The ferry must run all winter, whatever it costs.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz' });
  });

  it('credits no one when what spoke is no person', () => {
    const [q] = speakers('The report spoke of a long winter ahead for the port.', '“Nobody will be able to fish until spring.”');
    expect(q?.speaker).toBeNull();
  });
});

describe('a paragraph that opens with a quotation after words someone else called something', () => {
  it('carries the speaker of the closing "X said", not the ones the words before were credited to', () => {
    const qs = speakers(
      'Marta Lind, a delegate from the north, said the meeting could still be a “failure.”',
      'Her neighbours have mocked the mayor, calling him “a harbour clown,” Lind said as she left the hall.',
      '“But he is our harbour clown, and we like him!”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Marta Lind' });
  });
});

describe('a paragraph that opens with a quotation after words an outer source is cited for', () => {
  it('carries the speaker as the words before were decided', () => {
    const before = speakers('“We will not close the quay,” Ana Ruiz said, according to the Harbour Gazette.', '“Not this year.”');
    const [first, second] = before;
    expect(second?.speaker).toBe(first?.speaker);
  });
});
