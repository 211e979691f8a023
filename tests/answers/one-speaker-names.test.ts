/**
 * One speaker across outlets when the outlets write the name differently: a particle at the start of a sentence
 * ("De Varga said"), a particle in lower case ("al-Qudra told"), a surname with its generational suffix ("Lind
 * Jr."). Each outlet is listed under the one person, shown as it credits them; father and son, and two people
 * of one given name and suffix, stay apart.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { story, writtenStore } from '../support/written.js';

const doc = (file: string, outlet: string, text: string) => ({ file, outlet, text });

const store = writtenStore([
  doc(
    'homes-a.txt',
    'Metro Ledger',
    story(
      'Mayor defends plan',
      'Mayor Lucia de Varga said on Monday: "We will build nine thousand homes for nurses and teachers before the winter."',
    ),
  ),
  doc(
    'homes-b.txt',
    'City Wire',
    story(
      'Housing push',
      'The mayor spoke in the harbour district.',
      'De Varga said: "We will build nine thousand homes for nurses and teachers before the winter."',
    ),
  ),
  doc(
    'water-a.txt',
    'Metro Ledger',
    story(
      'Water pledge',
      '"Every village in the hills will have clean water by the end of the dry season," said Samir al-Qudra, the water minister.',
    ),
  ),
  doc(
    'water-b.txt',
    'City Wire',
    story(
      'Water for the hills',
      'Officials were cautious, but "every village in the hills will have clean water by the end of the dry season," al-Qudra told reporters.',
    ),
  ),
  doc(
    'shop-a.txt',
    'Metro Ledger',
    story(
      'Handover at the store',
      '"I opened this shop with borrowed money and it is time for me to rest," said Oskar Lind Sr.',
      'His son, Oskar Lind Jr., who takes over, said: "We will open three more shops along the coast next spring."',
    ),
  ),
  doc(
    'shop-b.txt',
    'City Wire',
    story(
      'Lind shops change hands',
      '"I opened this shop with borrowed money and it is time for me to rest," Lind Sr. said.',
      'Lind Jr. said: "We will open three more shops along the coast next spring."',
    ),
  ),
  doc(
    'ferry-a.txt',
    'Metro Ledger',
    story(
      'Ferry strike',
      '"The ferries will not sail again until the crews are paid for the summer," said Tomas Brandt Jr., the union leader.',
    ),
  ),
  doc(
    'ferry-b.txt',
    'City Wire',
    story(
      'Ferry strike',
      '"The ferries will not sail again until the crews are paid for the summer," said Tomas Keller Jr., the port manager.',
    ),
  ),
]);

const documents = (m: { outlets: { document: string }[] }) => m.outlets.map((o) => o.document).sort();

describe('one speaker whose name outlets write differently', () => {
  it('lists a surname with its particle at the start of a sentence under the full name, as credited', () => {
    const match = whoSaid(store, 'We will build nine thousand homes for nurses and teachers').matches[0]!;
    expect(match.speaker).toBe('Lucia de Varga');
    expect(documents(match)).toEqual(['homes-a.txt', 'homes-b.txt']);
    expect(match.outlets.find((o) => o.document === 'homes-b.txt')!.creditedAs).toBe('De Varga');
    expect(match.conflict).toBeNull();
  });

  it('lists a name that opens with a lower-case particle ("al-Qudra") under the full name, as credited', () => {
    const match = whoSaid(store, 'every village in the hills will have clean water by the end of the dry season').matches[0]!;
    expect(match.speaker).toBe('Samir al-Qudra');
    expect(documents(match)).toEqual(['water-a.txt', 'water-b.txt']);
    expect(match.outlets.find((o) => o.document === 'water-b.txt')!.creditedAs).toBe('al-Qudra');
  });

  it('lists "Lind Sr." under the father and "Lind Jr." under the son', () => {
    const father = whoSaid(store, 'I opened this shop with borrowed money and it is time for me to rest').matches[0]!;
    expect(father.speaker).toBe('Oskar Lind Sr.');
    expect(documents(father)).toEqual(['shop-a.txt', 'shop-b.txt']);
    expect(father.outlets.find((o) => o.document === 'shop-b.txt')!.creditedAs).toBe('Lind Sr.');
    const son = whoSaid(store, 'We will open three more shops along the coast next spring').matches[0]!;
    expect(son.speaker).toBe('Oskar Lind Jr.');
    expect(documents(son)).toEqual(['shop-a.txt', 'shop-b.txt']);
  });

  it('keeps two people of one given name and suffix apart, and says the outlets disagree', () => {
    const answer = whoSaid(store, 'The ferries will not sail again until the crews are paid for the summer');
    expect(answer.matches[0]!.outlets).toHaveLength(1);
    expect(answer.matches[0]!.conflict?.speakers.map((s) => s.speaker).sort()).toEqual(['Tomas Brandt Jr.', 'Tomas Keller Jr.']);
  });
});

describe('the sentence an attribution conflict quotes', () => {
  const hales = writtenStore([
    doc(
      'mill-a.txt',
      'Metro Ledger',
      story('Mill', '"The mill stays open while one worker still waits for back pay," said J. R. Hale, the union president.'),
    ),
    doc('mill-b.txt', 'City Wire', story('Mill', 'Sen. Mara Hale said: "The mill stays open while one worker still waits for back pay."')),
  ]);

  it('goes on past an initial or a title, which end no sentence', () => {
    const conflict = whoSaid(hales, 'The mill stays open while one worker still waits for back pay').matches[0]!.conflict!;
    const sentences = conflict.speakers.map((s) => s.attribution ?? '');
    expect(sentences.some((s) => s.includes('said J. R. Hale, the union president'))).toBe(true);
    expect(sentences.some((s) => s.startsWith('Sen. Mara Hale said'))).toBe(true);
  });
});

describe('a spokesman for an organisation another outlet credits', () => {
  const shelters = writtenStore([
    doc(
      'shelter-a.txt',
      'Metro Ledger',
      story(
        'Ministry responds',
        '"Every shelter that meets the safety rules keeps its funding next year," a spokesman for the Welfare Ministry said.',
      ),
    ),
    doc(
      'shelter-b.txt',
      'City Wire',
      story('Shelters safe', 'The Welfare Ministry said: "Every shelter that meets the safety rules keeps its funding next year."'),
    ),
    doc(
      'dock-a.txt',
      'Metro Ledger',
      story('Dock plan', '"The new dock will be open to every fishing crew before the autumn," a spokeswoman for the Vell campaign said.'),
    ),
    doc(
      'dock-b.txt',
      'City Wire',
      story('Dock plan', 'Tomas Vell said: "The new dock will be open to every fishing crew before the autumn."'),
    ),
  ]);

  it('lists the spokesman’s outlet under the organisation, relayed, not as a rival', () => {
    const match = whoSaid(shelters, 'Every shelter that meets the safety rules keeps its funding next year').matches[0]!;
    expect(match.speaker).toBe('Welfare Ministry');
    expect(documents(match)).toEqual(['shelter-a.txt', 'shelter-b.txt']);
    expect(match.outlets.find((o) => o.document === 'shelter-a.txt')!.relayedBy).toBe('a spokesman for the Welfare Ministry');
    expect(match.conflict).toBeNull();
  });

  it('reads no person in "the Vell campaign": its spokeswoman stays a credit of her own', () => {
    const answer = whoSaid(shelters, 'The new dock will be open to every fishing crew before the autumn');
    expect(answer.matches.flatMap((m) => m.outlets).some((o) => o.relayedBy)).toBe(false);
  });
});
