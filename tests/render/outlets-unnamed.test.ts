/**
 * /outlets counts a document that names no outlet apart: it is listed by its file name, and is no outlet of its own
 * ("3 documents from 3 outlets" for one outlet and two unnamed files said too much).
 */
import { describe, expect, it } from 'vitest';
import { outlets } from '../../src/answers/lists.js';
import { outletsText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const pier = '"The pier will reopen in May," harbour master Tove Lund said.';
const named = { file: 'a.txt', outlet: 'Bay Register', date: '2026-04-01', text: story('Pier', pier) };
const unnamed = (file: string) => ({ file, outlet: '', text: story('Pier again', pier) });

describe('/outlets with documents naming no outlet', () => {
  it('counts them apart from the outlets', () => {
    const text = outletsText(outlets(writtenStore([named, unnamed('b.txt'), unnamed('c.txt')])));
    expect(text).toContain('3 documents: 1 from 1 outlet, 2 naming no outlet (listed by file name).');
  });

  it('says so when none names one, and keeps the plain count when all do', () => {
    expect(outletsText(outlets(writtenStore([unnamed('b.txt'), unnamed('c.txt')])))).toContain(
      '2 documents, none naming its outlet (listed by file name).',
    );
    expect(outletsText(outlets(writtenStore([named])))).toContain('1 document from 1 outlet.');
  });
});
