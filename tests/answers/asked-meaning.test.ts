/** A close answer whose words, as the member typed them, change what was said (articles of our own). */
import { describe, expect, it } from 'vitest';
import { claimReview } from '../../src/answers/claim-review.js';
import { askedMeaningChanges } from '../../src/answers/asked-changes.js';
import { meaningChanges } from '../../src/answers/changes/changes.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { changeSpans } from '../../src/render/depth.js';
import type { Span } from '../../src/render/view.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'a.txt',
    outlet: 'Coast Courier',
    date: '2025-02-03',
    text: story(
      'Ferry fares',
      '"We will raise the island ferry fare by 5 percent in March," Mayor Ilse Moor said on Monday.',
      '"The old harbour bridge is not safe for heavy lorries," said engineer Paul Brand.',
      '"I do not think the county will sell the old tannery before winter," planner Rhoswen Carrow said.',
      '"We cannot open the lido until the roof is mended, and we will not hire lifeguards before June," said manager Odo Frisk.',
      '"She is turning the harbour board into a closed club, and they are selling more berths to yachts every year," said fisherman Ivo Brask.',
      '"The ministry never listens to the boats out here, and she is handing the quay to the marina owners," said skipper Una Dray.',
    ),
  },
]);

describe('a close answer that says the opposite of the member’s words', () => {
  it.each([
    ['we will not raise the island ferry fare by 5 percent in March', { kind: 'negation', from: '', to: 'not' }, 'adds the negation “not”'],
    ['the old harbour bridge is safe for heavy lorries', { kind: 'negation', from: 'not', to: '' }, 'drops the negation “not”'],
    [
      'we will raise the island ferry fare by 15 percent in March',
      { kind: 'number', from: '5 percent', to: '15 percent' },
      '“5 percent” → “15 percent”',
    ],
  ])('%s', (asked, change, said) => {
    const result = whoSaid(store, asked);
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([change]);
    expect(result.explanation).toContain(`Your version changes its meaning: ${said}.`);
    expect(result.explanation).not.toContain('small wording differences');
    const text = whoSaidText(result);
    expect(text.split('\n')[0]).toContain('⚠️ your version changes the meaning');
    expect(text).toContain('⚠️ Meaning: your version');
    expect(JSON.stringify(whoSaidPayload(result))).toContain('your version changes the meaning');
    expect(claimReview(result).reviewRating.alternateName).toMatch(/^Misquoted/);
  });

  it('says nothing of the kind for a typo, a part of the quotation or a word of one’s own', () => {
    for (const asked of [
      'we will raise the island fery fare by 5 percent',
      'the old harbour bridge is not safe for lorries',
      'raise the island ferry fare by 5 percent in spring',
    ]) {
      const result = whoSaid(store, asked);
      expect(result.verdict, asked).not.toBe('not_found');
      expect(result.askedChanges, asked).toBeUndefined();
      expect(whoSaidText(result), asked).not.toContain('your version');
      expect(claimReview(result).reviewRating.alternateName, asked).toMatch(/^Accurate/);
    }
  });

  // the diff may read a sentence reworded around the "not" it keeps as one "not" dropped and another added
  it.each([
    'I think the county will not sell the old tannery before winter',
    'the county will not sell the old tannery before winter, I do think',
  ])('says nothing of the kind when the negation only moved: %s', (asked) => {
    const result = whoSaid(store, asked);
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toBeUndefined();
    expect(whoSaidText(result)).not.toContain('your version');
  });

  it('still says a dropped negation in the part of a longer quotation asked about', () => {
    for (const asked of ['we will hire lifeguards before June', 'and we will hire lifeguards before June']) {
      const result = whoSaid(store, asked);
      expect(result.verdict, asked).toBe('close');
      expect(result.askedChanges, asked).toEqual([{ kind: 'negation', from: 'not', to: '' }]);
    }
  });

  it('counts no negation of the quotation beyond the words asked about', () => {
    const result = whoSaid(store, 'we can open the lido until the roof is mended');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'negation', from: 'not', to: '' }]);
  });

  // the quotation's words beyond those asked about are no edit of them, however the diff splits them
  it('says nothing of a figure further on in the quotation after a typo in the last word asked about', () => {
    const result = whoSaid(store, 'she is turning the harbour board into a closed clob');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toBeUndefined();
  });

  it('says a negation added beside a word of one’s own, though the quotation has one elsewhere', () => {
    const result = whoSaid(store, 'the minister is not handing the quay to the marina owners');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'negation', from: '', to: 'not' }]);
  });

  it('says a modal changed in the part of a longer quotation asked about', () => {
    const result = whoSaid(store, 'we cannot hire lifeguards before June');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'modality', from: 'will', to: 'can' }]);
  });

  it('takes a modal typed one letter off for a typo, not for a dropped modal', () => {
    const result = whoSaid(store, 'we will raise the island ferry fare by 5 percent in Marhc');
    expect(result.askedChanges).toBeUndefined();
    const typo = whoSaid(store, 'we wil raise the island ferry fare by 5 percent in March');
    expect(typo.verdict).toBe('close');
    expect(typo.askedChanges).toBeUndefined();
  });
});

const spansText = (spans: readonly Span[]): string => spans.map((s) => (typeof s === 'string' ? s : s.text)).join('');

describe('a figure the member’s version leaves out', () => {
  const harbours = writtenStore([
    {
      file: 'h.txt',
      outlet: 'Dune Gazette',
      date: '2025-05-06',
      text: story(
        'Harbour pact',
        '"We will keep the partnership between the two harbours growing every year and open a pilot office in Vell," said harbour chair Wim Daal.',
        '"The board will hire 20 lifeguards for the north beach this summer," said board member Aafke Lorn.',
      ),
    },
  ]);

  it('is no figure changed when other words stand where it was: it went with the words reworded', () => {
    const asked = 'we will keep relations growing every year';
    expect(meaningChanges('we will keep the partnership between the two harbours growing every year', asked)).toEqual([
      { kind: 'substitution', from: 'partnership between the two harbours', to: 'relations' },
    ]);
    const result = whoSaid(harbours, asked);
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toBeUndefined();
    expect(whoSaidText(result)).not.toContain('figure');
  });

  it('is said as dropped, never as changed to nothing, on the verdict line and the meaning line alike', () => {
    const result = whoSaid(harbours, 'the board will hire lifeguards for the north beach this summer');
    expect(result.verdict).toBe('close');
    expect(result.askedChanges).toEqual([{ kind: 'number', from: '20', to: '' }]);
    expect(result.explanation).toContain('Your version changes its meaning: drops the figure “20”.');
    const text = whoSaidText(result);
    expect(text).toContain('⚠️ Meaning: your version drops the figure “20”');
    expect(text).not.toContain('→ “”');
  });

  it('is said as added when the member gives a figure the quotation has not', () => {
    expect(spansText(changeSpans({ kind: 'number', from: '', to: '20' }))).toBe('adds the figure “20”');
    expect(spansText(changeSpans({ kind: 'number', from: '20', to: '' }))).toBe('drops the figure “20”');
    expect(spansText(changeSpans({ kind: 'number', from: '20', to: '30' }))).toBe('changes a figure “20” → “30”');
  });
});

describe('a modal in reported speech after a past verb of saying', () => {
  const piers = writtenStore([
    {
      file: 'p.txt',
      outlet: 'Estuary Post',
      date: '2025-07-08',
      text: story(
        'Pier reopening',
        '"We will reopen the north pier to anglers after the storm repairs," harbour master Odile Venn said on Friday.',
        '"The council keeps the night buses running through the winter," said councillor Bram Osei.',
      ),
    },
  ]);

  it.each([
    ['Venn said they would reopen the north pier to anglers after the storm repairs'],
    ['Osei said the council would keep the night buses running through the winter'],
    ['Osei told us the council would keep the night buses running through the winter'],
  ])('takes “would” after the verb of saying as the speaker’s “will” or present: %s', (asked) => {
    const result = whoSaid(piers, asked);
    expect(['close', 'misattributed']).toContain(result.verdict);
    expect(result.matches[0]?.kind).toBe('close');
    expect(result.askedChanges).toBeUndefined();
  });

  it.each([
    ['Venn said they may reopen the north pier to anglers after the storm repairs', [{ kind: 'modality', from: 'will', to: 'may' }]],
    ['Osei said the council could keep the night buses running through the winter', [{ kind: 'modality', from: '', to: 'could' }]],
    ['Venn said they would not reopen the north pier to anglers after the storm repairs', [{ kind: 'negation', from: '', to: 'not' }]],
    ['the council would keep the night buses running through the winter', [{ kind: 'modality', from: '', to: 'would' }]],
  ])('still says a real change: %s', (asked, changes) => {
    const result = whoSaid(piers, asked);
    expect(result.askedChanges).toEqual(changes);
  });

  it('takes the verb of saying only in the modal’s own sentence', () => {
    const quote = 'The council keeps the night buses running through the winter';
    const asked = 'the council would keep the night buses running through the winter';
    const added = [{ kind: 'modality', from: '', to: 'would' }];
    expect(askedMeaningChanges(quote, asked, 'Osei said')).toEqual([]);
    // (a period after a title or an initial ends no sentence)
    expect(askedMeaningChanges(quote, asked, 'Osei told Mr. B. Hale')).toEqual([]);
    expect(askedMeaningChanges(quote, asked, 'Osei said so.')).toEqual(added);
    expect(askedMeaningChanges(quote, asked, 'Osei said it! Then')).toEqual(added);
    const result = whoSaid(piers, `Osei said it plainly. ${asked}`);
    expect(result.askedChanges).toEqual(added);
  });
});
