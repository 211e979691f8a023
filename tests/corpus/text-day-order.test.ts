/**
 * A text file's numeric date whose numbers could both be a month ("Posted: 3/10/2026") is read in the order
 * its other dates or its page address's country domain tell, and not guessed otherwise; its line is a date
 * line either way, so it is no paragraph of the article.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/corpus/prepare.js';

const BODY =
  'The harbour board of Saltby agreed on Tuesday to raise tolls for cargo ships by eight per cent from next spring, citing the cost of dredging the northern channel.';
const doc = (header: string, end = '') => prepareDocument('tolls.txt', `Harbour tolls to rise\n${header}\n\n${BODY}\n${end}`);

describe('numeric dates in text files', () => {
  it('a country domain in the page address tells the order', () => {
    const d = doc('Posted: 3/10/2026\nhttps://www.saltbyherald.co.uk/news/tolls');
    expect(d.meta.date).toBe('2026-10-03');
    expect(d.meta.evidence.find((e) => e.field === 'date')?.detail).toContain('day-first');
    expect(doc('Posted: 3/10/2026\nhttps://saltbyherald.example.us/tolls').meta.date).toBe('2026-03-10');
  });

  it('the text’s other dates tell the order', () => {
    expect(doc('Posted: 3/10/2026', '\nCorrected 14/10/2026: the toll for coasters was misstated.\n').meta.date).toBe('2026-10-03');
  });

  it('with nothing to tell, no date is guessed and the date line is no paragraph', () => {
    const d = doc('Posted: 3/10/2026\nhttps://saltbyherald.com/news/tolls');
    expect(d.meta.date).toBeNull();
    const paragraphs = d.blocks.map((b) => d.text.slice(b.start, b.end));
    expect(paragraphs.join('\n')).not.toContain('3/10/2026');
    expect(paragraphs).toContain(BODY);
  });
});
