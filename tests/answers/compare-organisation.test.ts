/**
 * Compare says of a person and their own organisation credited with the same words what who-said says of them
 * (the same decision, `creditRelation`): not rivals, so no "Outlets disagree on who said this".
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/answers/compare.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { compareText, speakerQuotesText, whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const WORDS = 'No permit will be issued before the engineers finish their inspection of the southern pier';

describe('compare, a person and their own organisation', () => {
  const store = writtenStore([
    {
      file: 'quay.txt',
      outlet: 'Quay Times',
      date: '2026-05-04',
      text: story(
        'Pier works wait',
        `"${WORDS}," Harbour Minister Odile Brenner told reporters in Vessing.`,
        'Fishermen said they would wait.',
      ),
    },
    {
      file: 'tide.txt',
      outlet: 'Tide Register',
      date: '2026-05-04',
      text: story('Ministry pauses pier permit', `"${WORDS}," the Harbour Ministry said in a statement.`),
    },
    {
      file: 'gull.txt',
      outlet: 'Gull Evening',
      date: '2026-05-05',
      text: story('Permit on hold', `"${WORDS}," the Harbour Ministry said on Monday.`),
    },
  ]);

  it('reads as who-said reads it: credited to a person or their organisation, not a disagreement', () => {
    const asked = whoSaid(store, 'no permit will be issued before the engineers finish');
    expect(asked.matches[0]?.conflict?.relation).toBe('organisation');
    expect(whoSaidText(asked)).toContain('credited to a person or their organisation');

    const r = compare(store, 'no permit will be issued before the engineers finish');
    expect(r.claims).toHaveLength(1);
    const claim = r.claims[0]!;
    expect(claim.credits?.map((c) => c.speaker).sort()).toEqual(['Harbour Ministry', 'Odile Brenner']);
    expect(claim.relation).toBe('organisation');
    const text = compareText(r);
    expect(text).not.toContain('disagree');
    expect(text).toContain('⚠️ credited to a person or their organisation');
    expect(text).toContain(
      'Credited to a person or to their own organisation — not rival claims: Harbour Ministry (2 documents) or Odile Brenner (1 document)',
    );
    expect(text).not.toContain('⚠️ credits');
  });

  it('keeps rivals rivals: another ministry is not the person’s own', () => {
    const rivals = writtenStore([
      {
        file: 'quay.txt',
        outlet: 'Quay Times',
        date: '2026-05-04',
        text: story('Pier works wait', `"${WORDS}," Harbour Minister Odile Brenner told reporters in Vessing.`),
      },
      {
        file: 'tide.txt',
        outlet: 'Tide Register',
        date: '2026-05-04',
        text: story('Pier permit', `"${WORDS}," the Finance Ministry said in a statement.`),
      },
    ]);
    const r = compare(rivals, 'no permit will be issued before the engineers finish');
    expect(r.claims[0]?.relation).toBe('rivals');
    expect(compareText(r)).toContain('Outlets disagree on who said this:');
  });
});

describe('/quotes, a person and their own organisation', () => {
  it('says so where it said "Outlets disagree on who said this"', () => {
    const store = writtenStore([
      {
        file: 'quay.txt',
        outlet: 'Quay Times',
        date: '2026-05-04',
        text: story('Pier works wait', `"${WORDS}," Harbour Minister Odile Brenner told reporters in Vessing.`),
      },
      {
        file: 'tide.txt',
        outlet: 'Tide Register',
        date: '2026-05-04',
        text: story('Ministry pauses pier permit', `"${WORDS}," the Harbour Ministry said in a statement.`),
      },
    ]);
    const r = speakerQuotes(store, 'Odile Brenner');
    expect(r.quotes[0]?.alsoCreditedTo?.map((c) => c.speaker)).toEqual(['Harbour Ministry']);
    expect(r.quotes[0]?.relation).toBe('organisation');
    const text = speakerQuotesText(r);
    expect(text).not.toContain('disagree');
    expect(text).toContain(
      'Credited to a person or to their own organisation — not rival claims: also credited to Harbour Ministry (1 document)',
    );
  });
});
