/**
 * Clause subjects and lead paragraphs in attribution: a clause opened by a participle after "and" has no subject of
 * its own, and the paragraph before a quotation reports it through its main speech verb. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { doc } from './helpers.js';

const speakers = (...paragraphs: string[]) =>
  extractClaims(doc(...paragraphs)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, mention: q.speakerMention?.text ?? null }));

describe('attribution: a participle after "and" opens no clause subject', () => {
  it('gives the sentence subject a quotation in a participle clause after "and"', () => {
    const [q] = speakers(
      'Ana Ruiz spoke at the harbour on Monday. She applauded him for defying the board and fighting for Dover’s ferries “again and again.”',
    );
    expect(q).toMatchObject({ speaker: 'Ana Ruiz', mention: 'She' });
  });

  it('credits a participle of saying after "and" to the speaker, not to an object before it', () => {
    const [, q] = speakers('Li Wei said the plan for the tunnel and keeping its budget would be “hard,” adding, “We will try anyway.”');
    expect(q).toMatchObject({ speaker: 'Li Wei' });
  });
});
