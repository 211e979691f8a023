/**
 * Who speaks when the subject is not the first name in sight: a document that came to an outlet ("a letter from
 * the Port Authority obtained by the Gazette"), a clause of its own after ", but", a document sent out by its
 * writer. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a subject with a modifier that names someone else', () => {
  it('gives the words of a letter obtained by an outlet to the letter’s author, not the outlet', () => {
    const [q] = speakers(
      'A March 3 letter from the Port Authority obtained by the Gazette warns that “any further delay will cost the city dearly.”',
    );
    expect(q).toMatchObject({ speaker: 'Port Authority', mention: 'A March 3 letter from the Port Authority' });
  });

  it('gives a quotation in the clause of a document set off by "obtained by" to the document', () => {
    const [q] = speakers('One such memo, obtained by the Gazette, includes a “gag rule” for every member of staff.');
    expect(q?.mention).toBe('One such memo');
  });

  it('gives a quotation after ", but" to the subject of its own clause', () => {
    const [q] = speakers('The final count isn’t in, but Li Wei’s campaign is already claiming victory in the so-called “harbour bracket.”');
    expect(q?.mention).toBe('Li Wei’s campaign');
  });

  it('gives the words a document says to whoever sent it out, past an opening clause', () => {
    const [q] = speakers(
      'Shortly after the call ended, Li Wei’s campaign sent out a press release saying Ruiz owes “the town an explanation for the vote.”',
    );
    expect(q?.mention).toBe('Li Wei’s campaign');
  });
});
