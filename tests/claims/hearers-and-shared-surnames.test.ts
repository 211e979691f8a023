/**
 * Pronouns credited to the wrong person: the hearer of a participle is no
 * speaker a pronoun refers to; a bare surname two people share is the one of the pronoun's gender. Names and
 * sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('pronouns: the hearer after a participle of saying', () => {
  it('does not take "…, telling Hale that …" for Hale speaking', () => {
    const qs = speakers(
      'Zorya Dahl attacked Tomas Hale on Wednesday.',
      'Dahl lashed out at the nominee, telling Hale that words matter.',
      '“I am the daughter of a man who was shot,” she wrote.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Zorya Dahl', mention: 'she' });
  });

  it('still reads an inverted verb after a comma as the speaker ("…, said Hale")', () => {
    const qs = speakers('The port will close, said Tomas Hale, the harbour master.', '“We have no choice,” he said.');
    expect(qs.at(-1)).toMatchObject({ speaker: 'Tomas Hale', mention: 'he' });
  });
});

describe('pronouns: a surname two people share', () => {
  const opening = [
    'Oskar Lind ran the port for a decade. Clara Lind ran the town.',
    'The harbour has lost trade for years. Ships go elsewhere. The fish market closed in spring. Young people leave for the city.',
  ];

  it('gives "she" after a bare "Lind" to the woman of that name', () => {
    const qs = speakers(...opening, 'Lind accused Tomas Hale of neglect.', '“You cannot just show up at election time,” she said.');
    expect(qs[0]).toMatchObject({ speaker: 'Clara Lind', mention: 'she' });
  });

  it('leaves "he" after a bare "Lind" with the man', () => {
    const qs = speakers(...opening, 'Lind accused Tomas Hale of neglect.', '“You cannot just show up at election time,” he said.');
    expect(qs[0]).toMatchObject({ speaker: 'Oskar Lind', mention: 'he' });
  });

  it('does not move a pronoun after a full name to a namesake', () => {
    const qs = speakers(...opening, 'Oskar Lind accused Tomas Hale of neglect.', '“You cannot just show up at election time,” she said.');
    expect(qs[0]?.speaker).not.toBe('Clara Lind');
  });
});

describe('"I" outside quotation marks: the narrator the document names', () => {
  it('is the author in an excerpt introduced as a person’s book', () => {
    const qs = speakers(
      'Editor’s note: The following are excerpts from harbour pilot Ana Ruiz’s new book, Tides.',
      'I had been at sea for a week. Tom Hale met me at the pier and I was tired.',
      'Hale argued with the customs officer for an hour. Then the officer turned to me.',
      '“I came back for my mother,” I said.',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Ana Ruiz', mention: 'I' });
  });

  it('is the author of a column whose headline opens with a full name', () => {
    const qs = speakers(
      'Ana Ruiz: The Port Must Stay Public.',
      'I have lived by this harbour all my life. I know what it gives.',
      'Tom Hale wrote last week that the port should be sold. I had to read it twice before saying, “This is the weakest argument I have seen.”',
    );
    expect(qs.at(-1)).toMatchObject({ speaker: 'Ana Ruiz', mention: 'I' });
  });

  it('leaves a news story that quotes a book as it was: no first-person narration', () => {
    const qs = speakers(
      'The following are excerpts from Ana Ruiz’s new book, Tides.',
      'Tom Hale met Ruiz at the pier. “We have waited long enough,” Hale said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tom Hale', mention: 'Hale' });
  });
});

describe('names: "Team Ruiz" is a campaign, no person called so', () => {
  it('gives a bare "Ruiz" to the person, not to "Team Ruiz" named first', () => {
    const qs = speakers('Team Ruiz sees the convention as a second chance for Ana Ruiz.', 'Ruiz called the attack “a disgrace.”');
    expect(qs[0]).toMatchObject({ speaker: 'Ana Ruiz', mention: 'Ruiz' });
  });
});

describe('pronouns: past a man by his given name, to a person of unknown gender', () => {
  it('gives "she" to the subject the text tells no gender of, not to the man named after her', () => {
    const qs = speakers(
      'Zorya Dahl, a nurse, attacked Tomas Hale on Wednesday.',
      'Hale had spoken at a rally the day before.',
      '“I am ashamed of this,” she wrote.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Zorya Dahl', mention: 'she' });
  });

  it('leaves "he" with the man', () => {
    const qs = speakers(
      'Zorya Dahl, a nurse, attacked Tomas Hale on Wednesday.',
      'Hale had spoken at a rally the day before.',
      '“I am not ashamed of this,” he said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Hale', mention: 'he' });
  });
});

describe('names: a title’s word as a surname', () => {
  it('reads "Clara King" as a person after a given name, so "she" can find her', () => {
    const qs = speakers(
      'Oskar Berg remembered the champion. Chess great Clara King remembered him as fun to be around.',
      '“He always told me I was the best,” she said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Clara King', mention: 'she' });
  });

  it('keeps a title with its office out of the name ("Ohio Governor", "Tom Chief of Staff")', () => {
    const qs = speakers('“We will not raise taxes,” said Ohio Governor Tom Hale.');
    expect(qs[0]).toMatchObject({ speaker: 'Tom Hale' });
  });
});

describe('descriptions: an office under another is no match for its noun', () => {
  it('does not give "the former president" to the vice president', () => {
    const qs = speakers(
      'Vice President Tom Hale spoke on Monday about the harbour.',
      'Oskar Lind joined the campaign in Ostend.',
      '“The port will stay open,” the former president said.',
    );
    expect(qs[0]?.speaker).not.toBe('Tom Hale');
  });

  it('still gives "the vice president" to him', () => {
    const qs = speakers(
      'Vice President Tom Hale spoke on Monday about the harbour.',
      'Oskar Lind joined the campaign in Ostend.',
      '“The port will stay open,” the vice president said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tom Hale', mention: 'the vice president' });
  });
});

describe('roles: a title before a surname two people share', () => {
  it('gives the title to neither, so "the former president" is not the Lind named most', () => {
    const qs = speakers(
      'Tom Lind is running for mayor. Tom Lind brought his father, Oskar Lind, to the rally on Monday.',
      'Critics say the port failed under President Lind.',
      'Ana Ruiz, the party chair, spoke first.',
      '“My son will keep the port open,” the former president said.',
    );
    expect(qs[0]?.speaker).not.toBe('Tom Lind');
  });
});

describe('pronouns: no subject of its gender, a person of it named in any role just before', () => {
  it('gives "he" to the man named as an object in the sentence before, not to the woman who is its subject', () => {
    const qs = speakers(
      'Oskar Berg spoke for an hour on Thursday.',
      'The hall was full. The band played twice. Flags hung from the roof. The crowd booed when the nominee mentioned Clara Lind, the former minister.',
      'Lind made an appearance of sorts, courtesy of Tomas Hale, a delegate from Ostend who wore a mask of her face.',
      '“I thought it would be funny,” he said.',
    );
    expect(qs[0]).toMatchObject({ speaker: 'Tomas Hale', mention: 'he' });
  });
});
