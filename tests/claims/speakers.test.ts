import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldWord, givenMatch, spellingVariant, wordsMatch } from '../../src/claims/fold.js';
import { buildSpeakerIndex, clusterFinder, nameMatches, speakerId } from '../../src/claims/speakers.js';
import type { DocumentClaims, Speaker } from '../../src/claims/types.js';
import { claims } from './helpers.js';

describe('buildSpeakerIndex', () => {
  it('does not merge descriptions or organisations that only share their last word', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('the Moss campaign', 'Harbour Party') },
      { documentId: 'b', claims: claims('the Grell campaign', 'Valley Party') },
    ]);
    expect(index.resolve('a', 'the Moss campaign')).not.toBe(index.resolve('b', 'the Grell campaign'));
    expect(index.resolve('a', 'Harbour Party')).not.toBe(index.resolve('b', 'Valley Party'));
    expect(index.resolve('b', 'the Grell campaign')?.name).toBe('the Grell campaign');
  });

  it('keeps a title word that names a body ("State Department", "Defense Department") and drops only an honorific', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('State Department', 'Defense Department', "Mrs. Ruiz's campaign") },
      { documentId: 'b', claims: claims("Ruiz's campaign") },
    ]);
    expect(index.resolve('a', 'State Department')?.name).toBe('State Department');
    expect(index.resolve('a', 'Defense Department')?.name).toBe('Defense Department');
    expect(index.resolve('a', "Mrs. Ruiz's campaign")).toBe(index.resolve('b', "Ruiz's campaign"));
  });

  it('joins a name alone to a person or an organisation, never to a description of people or by a function word', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Ostend primary voters', 'someone in the crowd', 'Harbour News') },
      { documentId: 'b', claims: claims('Ostend', 'Someone', 'Harbour') },
      { documentId: 'c', claims: claims('Tomas Vell') },
      { documentId: 'd', claims: claims('Vell', 'prosecutors') },
      { documentId: 'e', claims: claims('prosecutors') },
    ]);
    expect(index.resolve('b', 'Ostend')).not.toBe(index.resolve('a', 'Ostend primary voters'));
    expect(index.resolve('b', 'Someone')).not.toBe(index.resolve('a', 'someone in the crowd'));
    expect(index.resolve('b', 'Harbour')).toBe(index.resolve('a', 'Harbour News'));
    expect(index.resolve('d', 'Vell')).toBe(index.resolve('c', 'Tomas Vell'));
    // "prosecutors" in one story are not those of another
    expect(index.resolve('d', 'prosecutors')).not.toBe(index.resolve('e', 'prosecutors'));
  });

  it('joins a word alone to a body only by its first word, and past a joint speaker to the one person', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Harbour House', 'Harbour News') },
      { documentId: 'b', claims: claims('House') },
      { documentId: 'c', claims: claims('Ana Ruiz and Tomas Vell', 'Tomas Vell') },
      { documentId: 'd', claims: claims('Vell') },
    ]);
    // "House said" of a person the story never names in full is no "Harbour House"
    expect(index.resolve('b', 'House')?.name).toBe('House');
    expect(index.resolve('d', 'Vell')).toBe(index.resolve('c', 'Tomas Vell'));
  });

  it('keeps two initials apart from a single given name ("J.J. Lind" is not "Jonah Lind"; "J. Lind" may be either)', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Jonah Lind') },
      { documentId: 'b', claims: claims('J.J. Lind') },
      { documentId: 'c', claims: claims('J. Lind') },
    ]);
    expect(index.resolve('b', 'J.J. Lind')).not.toBe(index.resolve('a', 'Jonah Lind'));
    expect(index.resolve('b', 'J.J. Lind')?.name).toBe('J.J. Lind');
  });

  it('keeps a short form holding an office apart from a full name known only by other roles', () => {
    const withRoles = (speaker: string, roles: string[]): DocumentClaims => ({
      ...claims(speaker),
      people: [{ name: speaker, aliases: [], roles }],
    });
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: withRoles('Lind', ['Representative']) },
      { documentId: 'b', claims: withRoles('Oskar Lind', ['Harbour Times columnist']) },
      { documentId: 'c', claims: withRoles('Moss', ['Sen.']) },
      { documentId: 'd', claims: withRoles('Eva Moss', ['Ostend Sen.', 'candidate']) },
    ]);
    expect(index.resolve('a', 'Lind')?.name).toBe('Lind');
    expect(index.resolve('c', 'Moss')).toBe(index.resolve('d', 'Eva Moss'));
  });

  it('merges transliteration variants and titles into one canonical speaker with aliases', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Admiral Dmitry Volkov') },
      { documentId: 'b', claims: claims('Dmitriy Volkov', 'Volkov') },
      { documentId: 'c', claims: claims('Dmitrii Wolkov') },
    ]);
    const s = index.resolve('b', 'Volkov');
    expect(s).not.toBeNull();
    expect(index.resolve('a', 'Admiral Dmitry Volkov')).toBe(s);
    expect(index.resolve('c', 'Dmitrii Wolkov')).toBe(s);
    expect(s!.aliases).toEqual(expect.arrayContaining(['Admiral Dmitry Volkov', 'Volkov']));
    expect(index.speakers.filter((x) => x.name.includes('olkov'))).toHaveLength(1);
  });

  it('picks the fullest common form as the canonical name', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Irina Petrova', 'Irina Petrova') },
      { documentId: 'b', claims: claims('Petrova') },
    ]);
    expect(index.resolve('b', 'Petrova')?.name).toBe('Irina Petrova');
  });

  it('names a person by the spelling that keeps its accents, however many outlets drop them', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Inés Nuñez', 'Inés Nuñez') },
      { documentId: 'b', claims: claims('Ines Nunez', 'Ines Nunez', 'Ines Nunez') },
      { documentId: 'c', claims: claims('Nunez') },
    ]);
    expect(index.resolve('b', 'Ines Nunez')?.name).toBe('Inés Nuñez');
    expect(index.resolve('c', 'Nunez')?.name).toBe('Inés Nuñez');
  });

  it('keeps people with the same surname apart and leaves an ambiguous surname alone', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Hugo Brandt', 'Lisa Brandt') },
      { documentId: 'b', claims: claims('Brandt') },
    ]);
    const hugo = index.resolve('a', 'Hugo Brandt');
    const lisa = index.resolve('a', 'Lisa Brandt');
    expect(hugo).not.toBe(lisa);
    const brandt = index.resolve('b', 'Brandt');
    expect(brandt).not.toBe(hugo);
    expect(brandt).not.toBe(lisa);
  });

  it('joins one half of a double surname, and the name written with a space, to the hyphenated name', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Dario Mendes-Oyelaran', 'Amara Okonkwo-Reyes') },
      { documentId: 'b', claims: claims('Mendes', 'Okonkwo', 'Amara Okonkwo Reyes') },
      { documentId: 'c', claims: claims('Kwame Oyelaran', 'Oyelaran') },
    ]);
    const dario = index.resolve('a', 'Dario Mendes-Oyelaran');
    expect(index.resolve('b', 'Mendes')).toBe(dario);
    expect(index.resolve('b', 'Okonkwo')).toBe(index.resolve('a', 'Amara Okonkwo-Reyes'));
    expect(index.resolve('b', 'Amara Okonkwo Reyes')).toBe(index.resolve('a', 'Amara Okonkwo-Reyes'));
    // the other half is also another person's surname: left alone, and that person stays apart
    expect(index.resolve('c', 'Kwame Oyelaran')).not.toBe(dario);
    expect(index.resolve('c', 'Oyelaran')).not.toBe(dario);
  });

  it('keeps a generational suffix: "Donald Trump Jr." is not "Donald Trump", nor "Maria Sole III" "Maria Sole"', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Tomas Vell Jr.', 'Maria Sole III') },
      { documentId: 'b', claims: claims('Tomas Vell', 'Maria Sole') },
    ]);
    expect(index.resolve('b', 'Tomas Vell')).not.toBe(index.resolve('a', 'Tomas Vell Jr.'));
    expect(index.resolve('b', 'Maria Sole')).not.toBe(index.resolve('a', 'Maria Sole III'));
  });

  it('keeps apart two people of one given name whose names end in the same suffix ("Tomas Brandt Jr." is no "Tomas Keller Jr.")', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Tomas Brandt Jr.', 'Ilse Maren Sr.') },
      { documentId: 'b', claims: claims('Tomas Keller Jr.', 'Ilse Varga Sr.') },
      { documentId: 'c', claims: claims('Tomas Brandt, Jr.') },
    ]);
    expect(index.resolve('b', 'Tomas Keller Jr.')).not.toBe(index.resolve('a', 'Tomas Brandt Jr.'));
    expect(index.resolve('b', 'Ilse Varga Sr.')).not.toBe(index.resolve('a', 'Ilse Maren Sr.'));
    expect(index.resolve('c', 'Tomas Brandt, Jr.')).toBe(index.resolve('a', 'Tomas Brandt Jr.'));
    // the surname is the short name, never the suffix
    expect(index.resolve('a', 'Tomas Brandt Jr.')?.aliases).toContain('Brandt');
    expect(index.resolve('a', 'Tomas Brandt Jr.')?.aliases).not.toContain('Jr.');
  });

  it('joins a surname written with its particles or suffix alone to the one full name that ends so', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Lucia de Varga', 'Pieter van der Molen', 'Samir al-Qudra', 'Oskar Lind Jr.', 'Oskar Lind Sr.') },
      { documentId: 'b', claims: claims('De Varga', 'Van der Molen', 'Al-Qudra', 'Lind Jr.', 'Lind Sr.') },
      { documentId: 'c', claims: claims('de Varga', 'al-Qudra', 'Varga', 'Lind') },
    ]);
    const lucia = index.resolve('a', 'Lucia de Varga');
    expect(index.resolve('b', 'De Varga')).toBe(lucia);
    expect(index.resolve('c', 'de Varga')).toBe(lucia);
    expect(index.resolve('c', 'Varga')).toBe(lucia);
    expect(lucia?.name).toBe('Lucia de Varga');
    expect(index.resolve('b', 'Van der Molen')).toBe(index.resolve('a', 'Pieter van der Molen'));
    // a particle joined by a hyphen: a name, in lower case too, not a description of that document
    expect(index.resolve('b', 'Al-Qudra')).toBe(index.resolve('a', 'Samir al-Qudra'));
    expect(index.resolve('c', 'al-Qudra')).toBe(index.resolve('a', 'Samir al-Qudra'));
    // father and son: each suffix its own person; the surname alone is either
    expect(index.resolve('b', 'Lind Jr.')).toBe(index.resolve('a', 'Oskar Lind Jr.'));
    expect(index.resolve('b', 'Lind Sr.')).toBe(index.resolve('a', 'Oskar Lind Sr.'));
    expect(index.resolve('c', 'Lind')).not.toBe(index.resolve('a', 'Oskar Lind Jr.'));
    expect(index.resolve('c', 'Lind')).not.toBe(index.resolve('a', 'Oskar Lind Sr.'));
  });

  it('leaves a surname with its particle alone when two full names end so, and a particle that is a given name', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Lucia de Varga', 'Marco de Varga') },
      { documentId: 'b', claims: claims('De Varga', 'Van Osten') },
      { documentId: 'c', claims: claims('Van Osten') },
    ]);
    expect(index.resolve('b', 'De Varga')).not.toBe(index.resolve('a', 'Lucia de Varga'));
    expect(index.resolve('b', 'De Varga')).not.toBe(index.resolve('a', 'Marco de Varga'));
    // ("Van" may be a given name: with no longer name it is a name as any other)
    expect(index.resolve('b', 'Van Osten')).toBe(index.resolve('c', 'Van Osten'));
  });

  it('keeps two people apart whose surnames differ by a letter no transliteration changes', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Tobias Renner', 'Lena Hollander') },
      { documentId: 'b', claims: claims('Tobias Rennet', 'Lena Hollandel') },
      { documentId: 'c', claims: claims('Tobias Rener', 'Lena Hollender') },
    ]);
    // r/t differ in sound; a doubled letter and a vowel are spellings
    expect(index.resolve('a', 'Tobias Renner')).not.toBe(index.resolve('b', 'Tobias Rennet'));
    expect(index.resolve('a', 'Tobias Renner')).toBe(index.resolve('c', 'Tobias Rener'));
    // l for r is no spelling; e for a is
    expect(index.resolve('a', 'Lena Hollander')).not.toBe(index.resolve('b', 'Lena Hollandel'));
    expect(index.resolve('a', 'Lena Hollander')).toBe(index.resolve('c', 'Lena Hollender'));
  });

  it('keeps role descriptions inside their document', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('the spokesman') },
      { documentId: 'b', claims: claims('the spokesman') },
    ]);
    expect(index.resolve('a', 'the spokesman')).not.toBe(index.resolve('b', 'the spokesman'));
  });

  it('collects roles from the documents', () => {
    const c = { ...claims('Sara Lind'), people: [{ name: 'Sara Lind', aliases: [], roles: ['head of the water board'] }] };
    const index = buildSpeakerIndex([{ documentId: 'a', claims: c }]);
    expect(index.resolve('a', 'Sara Lind')?.roles).toEqual(['head of the water board']);
  });
});

describe('nameMatches', () => {
  const s: Speaker = { id: 'nikolai-yevmenov', name: 'Nikolai Yevmenov', aliases: ['Yevmenov', 'Admiral Nikolai Yevmenov'], roles: [] };
  const cases: [string, boolean][] = [
    ['yevmenov', true],
    ['Evmenov', true],
    ['Nikolay Evmenov', true],
    ['NIKOLAI YEVMENOV', true],
    ['Yevménov', true],
    ['nikolai', true],
    ['Admiral Yevmenov', true],
    ['Ivanov', false],
    ['Nikolai Ivanov', false],
    ['', false],
  ];
  it.each(cases)('%s → %s', (query, expected) => {
    expect(nameMatches(query, s)).toBe(expected);
  });

  it('needs exact short names ("Li" is not "Lu")', () => {
    const li: Speaker = { id: 'li-wen', name: 'Li Wen', aliases: [], roles: [] };
    expect(nameMatches('li', li)).toBe(true);
    expect(nameMatches('lu', li)).toBe(false);
  });

  it('always matches a speaker by its own name and id words', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][a-z]{2,9} [A-Z][a-z]{2,11}$/), (name) => {
        const sp: Speaker = { id: speakerId(name), name, aliases: [], roles: [] };
        return nameMatches(name, sp) && nameMatches(name.toLowerCase(), sp) && nameMatches(name.split(' ')[1]!, sp);
      }),
    );
  });

  it('reads one word of a name, or a run of its words, typed split; whole words of five letters or more only', () => {
    const wen: Speaker = { id: 'wen-haolin', name: 'Wen Haolin', aliases: ['Haolin'], roles: [] };
    const alone: Speaker = { id: 'haolin', name: 'Haolin', aliases: [], roles: [] };
    const berg: Speaker = { id: 'pieter-van-der-berg', name: 'Pieter van der Berg', aliases: [], roles: [] };
    for (const typed of ['Hao Lin', 'hao lin', 'Ha Olin', 'Minister Hao Lin']) {
      expect(nameMatches(typed, wen), typed).toBe(true);
      expect(nameMatches(typed, alone), typed).toBe(true);
    }
    expect(nameMatches('Vander Berg', berg)).toBe(true);
    expect(nameMatches('Vande Rberg', berg)).toBe(true);
    // the word's start is not the word ("Hao Li"), nor letters running past it ("Hao Lins"); two short fragments do
    // not join into a short word ("Li Fu" is not "Lifu"), nor one word typed alone into a part of another ("Haolin" is
    // "Haolin", as before)
    expect(nameMatches('Hao Li', wen)).toBe(false);
    expect(nameMatches('Hao Lins', wen)).toBe(false);
    expect(nameMatches('Li Fu', { id: 'lifu', name: 'Lifu', aliases: [], roles: [] })).toBe(false);
    expect(nameMatches('Ann Ola', { id: 'tom-annola', name: 'Tom Annola', aliases: [], roles: [] })).toBe(true);
  });

  it("never reads a handle's letters as a name typed in words", () => {
    const handle: Speaker = { id: 'rosaalbright', name: '@RosaAlbright', aliases: [], roles: [] };
    expect(nameMatches('Rosa Albright', handle)).toBe(false);
    expect(nameMatches('@RosaAlbright', handle)).toBe(true);
  });

  it('folds romanisation variants to one key', () => {
    expect(foldWord('Sergei')).toBe(foldWord('Sergey'));
    expect(foldWord('Yevgeny')).toBe(foldWord('Evgeny'));
    expect(foldWord('Aleksandr')).toBe(foldWord('Alexandr'));
  });
});

describe('spellingVariant', () => {
  it('accepts what transliterations change and refuses other letters', () => {
    expect(spellingVariant(foldWord('Qaddafi'), foldWord('Gaddafi'))).toBe(true);
    expect(spellingVariant(foldWord('Zelenskyy'), foldWord('Zelensky'))).toBe(true);
    expect(spellingVariant(foldWord('Medvedyev'), foldWord('Medvedev'))).toBe(true);
    expect(spellingVariant(foldWord('Bergson'), foldWord('Berglon'))).toBe(false);
    expect(spellingVariant(foldWord('Hartwell'), foldWord('Hartmell'))).toBe(false);
  });

  it('is symmetric and never looser than the typing tolerance', () => {
    const letters = fc.constantFrom(...'abdefhikmnorstuvz');
    const word = fc.array(letters, { minLength: 1, maxLength: 12 }).map((l) => l.join(''));
    const mutated = fc
      .tuple(word, fc.nat(), letters)
      .map(([w, at, ch]) => [w, w.slice(0, at % w.length) + ch + w.slice((at % w.length) + 1)] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(word, word), mutated), ([a, b]) => {
        expect(spellingVariant(a, b)).toBe(spellingVariant(b, a));
        if (spellingVariant(a, b)) expect(wordsMatch(a, b)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('clusterFinder', () => {
  /** The rule written out: the first cluster in its surname's block with a name that matches. */
  function referenceClusters(names: { words: string[]; person: boolean }[]): number[] {
    const clusters: { words: string[]; person: boolean }[][] = [];
    const byBlock = new Map<string, number[]>();
    return names.map(({ words, person }) => {
      // the surname is the last word before a generational suffix, which must be the same
      const surname = (w: string[]): number => (w.length > 1 && ['jr', 'sr'].includes(w.at(-1)!) ? w.length - 2 : w.length - 1);
      const block = words[surname(words)]!.slice(0, 3);
      const candidates = byBlock.get(block) ?? [];
      // (a person's name matches only a person's: a description has no surname)
      const same = ({ words: w, person: other }: { words: string[]; person: boolean }): boolean =>
        person
          ? other &&
            w.slice(surname(w) + 1).join(' ') === words.slice(surname(words) + 1).join(' ') &&
            spellingVariant(w[surname(w)]!, words[surname(words)]!) &&
            givenMatch(w[0]!, words[0]!, spellingVariant)
          : w.join(' ') === words.join(' ');
      let at = candidates.find((c) => clusters[c]!.some(same));
      if (at === undefined) {
        at = clusters.length;
        clusters.push([]);
        byBlock.set(block, [...candidates, at]);
      }
      clusters[at]!.push({ words, person });
      return at;
    });
  }

  it('finds the same cluster as comparing a name with every earlier name of its block', () => {
    // surnames one or two edits apart in one block, and given names that match several others (initials)
    const word = fc.constantFrom('karenin', 'karenina', 'karenim', 'kareni', 'karenon', 'karelina', 'kolbek', 'kolbak', 'kolbeko');
    const given = fc.constantFrom('a', 'an', 'anna', 'ana', 'anne', 'annette', 'b', 'boris', 'borys', 'borisa', 'k', 'kira');
    const name = fc.record({
      words: fc
        .tuple(given, fc.option(word, { nil: undefined }), word, fc.constantFrom(undefined, 'jr', 'sr'))
        .map(([g, m, s, suffix]) => [g, ...(m ? [m] : []), s, ...(suffix ? [suffix] : [])]),
      person: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (names) => {
        const find = clusterFinder();
        let count = 0;
        const found = names.map(({ words, person }) => {
          const at = find.first(words, person) ?? count++;
          find.add(words, at, person);
          return at;
        });
        expect(found).toEqual(referenceClusters(names));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('buildSpeakerIndex: joint speakers', () => {
  it('keeps a joint speaker apart from each of its people', () => {
    const index = buildSpeakerIndex([
      { documentId: 'a', claims: claims('Ana Ruiz and Li Wei') },
      { documentId: 'b', claims: claims('Li Wei', 'Ana Ruiz') },
    ]);
    expect(index.resolve('a', 'Ana Ruiz and Li Wei')?.name).toBe('Ana Ruiz and Li Wei');
    expect(index.resolve('b', 'Li Wei')?.name).toBe('Li Wei');
  });
});
