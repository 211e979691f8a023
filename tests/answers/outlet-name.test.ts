/** One name for an outlet everywhere: its outlet, trimmed, else its document's file name (articles of our own). */
import { describe, expect, it } from 'vitest';
import { outlets } from '../../src/answers/lists.js';
import { documentOutletName, outletName, quotedByAny } from '../../src/answers/outlet-name.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { outletLabel } from '../../src/render/labels.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'unnamed-0412.txt',
    outlet: '',
    text: story('Bog road', '"The bog road will stay shut until the frost lifts," said warden Ama Quell.'),
  },
  {
    file: 'fen-0413.txt',
    outlet: ' Fen Chronicle ',
    text: story('Bog road', '"The bog road will stay shut until the frost lifts," warden Ama Quell said.'),
  },
]);

describe('the name an outlet goes by', () => {
  it('is the outlet trimmed, else the file name', () => {
    expect(outletName({ outlet: ' Fen Chronicle ', document: 'fen-0413.txt' })).toBe('Fen Chronicle');
    expect(outletName({ outlet: null, document: 'unnamed-0412.txt' })).toBe('unnamed-0412.txt');
    expect(outletName({ outlet: '  ', document: 'unnamed-0412.txt' })).toBe('unnamed-0412.txt');
    expect(documentOutletName({ id: 'fen-0413.txt', meta: { outlet: 'Fen Chronicle' } })).toBe('Fen Chronicle');
  });

  it('is the same in /outlets, in a who-said answer and on screen', () => {
    expect(
      outlets(store)
        .outlets.map((o) => o.label)
        .sort(),
    ).toEqual(['Fen Chronicle', 'unnamed-0412.txt']);
    const carriers = whoSaid(store, 'the bog road will stay shut until the frost lifts').matches[0]!.outlets;
    expect(carriers.map(outletName).sort()).toEqual(['Fen Chronicle', 'unnamed-0412.txt']);
    expect(carriers.map((c) => outletLabel({ ...c, date: null })).sort()).toEqual(['Fen Chronicle', 'unnamed-0412.txt']);
  });

  it('says words are quoted when one outlet quotes them, not when all only report them', () => {
    expect(quotedByAny([{ rendering: 'paraphrase' }, { rendering: 'reworded' }])).toBe(true);
    expect(quotedByAny([{ rendering: 'paraphrase' }, { rendering: 'absent' }])).toBe(false);
    expect(quotedByAny([])).toBe(false);
  });
});
