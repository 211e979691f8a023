/**
 * Who said it, when one outlet writes a person's occupation as a title before the name ("Librarian Tomasz Welk said")
 * and another as a description after it ("Tomasz Welk, the librarian, said"): one speaker, no conflict between outlets.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const doc = (file: string, outlet: string, text: string) => ({ file, outlet, text });

const store = writtenStore([
  doc(
    'library-a.txt',
    'Metro Ledger',
    story('Library hours', 'Librarian Tomasz Welk said "The reading room will stay open until ten on every weekday this winter."'),
  ),
  doc(
    'library-b.txt',
    'City Wire',
    story('Longer hours', 'Tomasz Welk, the librarian, said "The reading room will stay open until ten on every weekday this winter."'),
  ),
  doc('bakery-a.txt', 'Metro Ledger', story('Bakery', 'Mason Hunter said "The bakery on the quay will reopen before the harvest fair."')),
  doc(
    'bakery-b.txt',
    'City Wire',
    story('Bakery', 'Mason Hunter, the owner, said "The bakery on the quay will reopen before the harvest fair."'),
  ),
]);

const documents = (m: { outlets: { document: string }[] }) => m.outlets.map((o) => o.document).sort();

describe('an occupation written before the name on one outlet and after it on another', () => {
  it('lists both outlets under the one speaker, with no conflict', () => {
    const answer = whoSaid(store, 'The reading room will stay open until ten on every weekday this winter');
    const match = answer.matches[0]!;
    expect(match.speaker).toBe('Tomasz Welk');
    expect(documents(match)).toEqual(['library-a.txt', 'library-b.txt']);
    expect(match.conflict).toBeNull();
  });

  it('keeps a name whose words are also nouns of people whole', () => {
    const match = whoSaid(store, 'The bakery on the quay will reopen before the harvest fair').matches[0]!;
    expect(match.speaker).toBe('Mason Hunter');
    expect(documents(match)).toEqual(['bakery-a.txt', 'bakery-b.txt']);
    expect(match.conflict).toBeNull();
  });
});
