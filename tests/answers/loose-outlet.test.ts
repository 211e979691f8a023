/** An outlet typed loosely, as members type it: its site's address, dots, "the", spacing (articles of our own). */
import { describe, expect, it } from 'vitest';
import { looseOutlet } from '../../src/answers/carriers.js';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { compare } from '../../src/answers/compare.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const said = (who: string) => story('Ferry fares', `"The winter ferry will run every hour from December," ${who} said on Friday.`);
const store = writtenStore([
  { file: 'a.txt', outlet: 'KFN', date: '2025-01-03', text: said('harbour master Edda Lund') },
  { file: 'b.txt', outlet: 'Coast Courier', date: '2025-01-04', text: said('Edda Lund') },
  { file: 'c.txt', outlet: 'The Times', date: '2025-01-04', text: said('Lund') },
  { file: 'd.txt', outlet: 'Times Daily', date: '2025-01-05', text: said('Lund') },
]);
const quote = 'the winter ferry will run every hour';

describe('an outlet typed loosely', () => {
  it('is the one outlet its letters name: an address, dots, "the", spaces and case aside', () => {
    for (const typed of ['K.F.N.', 'the KFN', 'kfn.com', 'www.kfn.co.uk', 'https://kfn.org/news/ferry?id=3', 'k f n']) {
      const result = whoSaid(store, quote, { outlet: typed });
      expect(result.verdict, typed).toBe('verbatim');
      expect(result.unknownOutlet, typed).toBeUndefined();
      expect(result.askedOutlet, typed).toBe(typed);
      expect(
        result.matches.flatMap((m) => m.outlets.map((o) => o.outlet)),
        typed,
      ).toEqual(['KFN']);
    }
    expect(looseOutlet('coastcourier.com', store.outletLabels())).toBe('Coast Courier');
    expect(looseOutlet('Times', store.outletLabels())).toBe('The Times');
  });

  it('names no outlet when none or several read so, or only a part of its name is typed', () => {
    expect(looseOutlet('KFN News', store.outletLabels())).toBeNull();
    expect(looseOutlet('Courier', store.outletLabels())).toBeNull();
    expect(looseOutlet('x', store.outletLabels())).toBeNull();
    const result = whoSaid(store, quote, { outlet: 'Coast Herald' });
    expect(result.verdict).toBe('not_found');
    expect(result.unknownOutlet?.outlet).toBe('Coast Herald');
  });

  it('filters /compare the same way', () => {
    const result = compare(store, 'winter ferry', { outlets: ['kfn.com', 'the coast courier'] });
    expect(result.unknownOutlets).toBeUndefined();
    expect(new Set(result.claims.flatMap((c) => c.outlets.map((o) => o.outlet)))).toEqual(new Set(['KFN', 'Coast Courier']));
  });
});

describe('an outlet typed loosely in a thread', () => {
  const thread = { query: quote, speaker: null, outlet: null };

  it('"what did kfn.com say?" is how that outlet carried the thread’s quotation', () => {
    for (const message of ['what did kfn.com say?', 'what did K.F.N. say?']) {
      const { intent, answer } = answerFollowUp(store, thread, message);
      expect(intent, message).toEqual({ kind: 'outlet', outlet: 'KFN' });
      expect(answer.kind, message).toBe('compare');
      if (answer.kind === 'compare') expect(answer.result.claims[0]?.outlets.map((o) => o.outlet)).toEqual(['KFN']);
    }
  });

  it('"was it www.kfn.com?" is answered with that outlet’s date, as "was it KFN?" is', () => {
    const { answer } = answerFollowUp(store, thread, 'was it www.kfn.com?');
    // was "cannot": the name read as neither a speaker nor an outlet
    expect(answer.kind).toBe('dates');
    expect(JSON.stringify(answer)).toContain('KFN');
  });

  it('"compare kfn.com and Coast Courier" compares both, where it left the first out', () => {
    const { intent } = answerFollowUp(store, thread, 'compare kfn.com and Coast Courier');
    expect(intent).toEqual({ kind: 'compare', outlets: ['KFN', 'Coast Courier'] });
  });

  it('a thread opened with an outlet typed loosely keeps it: the outlet is not taken for one removed since', () => {
    const result = answerFollowUp(store, { ...thread, outlet: 'the kfn' }, 'who said it?');
    expect(result.outletsGone).toBeUndefined();
    expect(result.answer.kind).toBe('who-said');
    if (result.answer.kind === 'who-said') expect(result.answer.result.matches[0]?.outlets.map((o) => o.outlet)).toEqual(['KFN']);
  });
});
