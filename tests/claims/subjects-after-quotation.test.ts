/**
 * Speakers named after a quotation as a reader would name them: a group described by the name that modifies it
 * ("Chinese officials"), plurals without an -s ("police"), acronyms that spell function words ("the WHO", "US"), and
 * titles that are abbreviated ("Det.") or joined by a hyphen ("Director-General"). Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { tokenizeBlock } from '../../src/claims/tokens.js';
import { speakersIn } from './helpers.js';

const speakerOf = (...paragraphs: string[]) => speakersIn(...paragraphs)[0]?.speaker ?? null;
const mentionOf = (...paragraphs: string[]) => speakersIn(...paragraphs)[0]?.mention ?? null;

describe('a group described by the name that modifies it', () => {
  it.each([
    ['“The convoy was stopped at the border,” Chinese officials said.', 'Chinese officials'],
    ['“The convoy was stopped at the border,” U.S. officials said.', 'U.S. officials'],
    ['“The convoy was stopped at the border,” EU diplomats said.', 'EU diplomats'],
    ['“The convoy was stopped at the border,” said US officials.', 'US officials'],
    ['“The convoy was stopped at the border,” White House officials said.', 'White House officials'],
    ['“The convoy was stopped at the border,” Pentagon officials said.', 'Pentagon officials'],
    ['“The convoy was stopped at the border,” US military officials told reporters.', 'US military officials'],
    ['“The convoy was stopped at the border,” senior Pentagon officials said.', 'senior Pentagon officials'],
    ['“The convoy was stopped at the border,” Fox News hosts said.', 'Fox News hosts'],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it.each([
    ['Pentagon officials said: “The convoy was stopped at the border.”', 'Pentagon officials'],
    ['US officials said: “The convoy was stopped at the border.”', 'US officials'],
    ['Senior White House officials said: “The convoy was stopped at the border.”', 'Senior White House officials'],
    ['On Monday White House officials said: “The convoy was stopped at the border.”', 'White House officials'],
  ])('names the same group before the quotation: %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it('credits a group named so in a clause with words of its own', () => {
    expect(mentionOf('Harbour Party supporters are calling the count a “sham” and plan to march.')).toBe('Harbour Party supporters');
  });

  it('leaves a name with its verb and object alone ("Lind heads the panel", "Ruiz stars as …")', () => {
    expect(speakerOf('“We are ready,” Li said as Ruiz heads the panel.')).toBe('Li');
    expect(speakersIn('Ana Ruiz stars, in a role as a studio “fixer” who keeps actors in line.')[0]?.mention ?? null).not.toBe(
      'Ana Ruiz stars',
    );
    expect(speakerOf('“It is over,” Ruiz told party supporters.')).toBe('Ruiz');
  });

  it('reads an irregular past after a name as its verb ("Ana Ruiz met voters … and said" is Ana Ruiz)', () => {
    const [met] = speakersIn('Ana Ruiz met voters in Ostend on Monday and said “the sea wall will be built before winter.”');
    expect(met?.speaker).toBe('Ana Ruiz');
    const [led] = speakersIn('Tom Hale led volunteers to the dunes and said “this beach is ours to keep.”');
    expect(led?.speaker).toBe('Tom Hale');
  });
});

describe('plurals without an -s', () => {
  it.each([
    ['“The driver was armed,” police said.', 'police'],
    ['“The driver was armed,” said police.', 'police'],
    ['“The driver was armed,” local police said.', 'local police'],
    ['“The driver was armed,” hospital staff said.', 'hospital staff'],
    ['“The driver was armed,” people said.', 'people'],
    ['“The driver was armed,” according to police.', 'police'],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });
});

describe('acronyms that spell a function word', () => {
  it.each([
    ['“The virus is spreading,” said the WHO.', 'WHO'],
    ['The WHO said: “The virus is spreading.”', 'WHO'],
    ['“The virus is spreading,” according to the WHO.', 'WHO'],
    ['“The virus is spreading,” the head of the WHO said.', 'the head of the WHO'],
    ['“The virus is spreading,” WHO officials said.', 'WHO officials'],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it('keeps the function words of a sentence written all in capitals, and of a shouted run of capitals', () => {
    const lowerOf = (text: string, word: string) => tokenizeBlock(text, 0, text.length, [], 0, 0, 0).find((t) => t.text === word)?.lower;
    expect(lowerOf('WHO SAID IT', 'WHO')).toBe('who');
    expect(lowerOf('NOW OPEN at the pier, a new gallery.', 'NOW')).toBe('now');
    expect(lowerOf('The WHO said it was spreading.', 'WHO')).toBe('WHO');
    expect(lowerOf('Officials in the US said it was spreading.', 'US')).toBe('US');
    expect(speakerOf('“Give us time,” she told us.')).toBe('she');
  });
});

describe('titles before a name', () => {
  it.each([
    ['“The driver was armed,” said Det. Ana Ruiz.', 'Ana Ruiz'],
    ['Det. Ana Ruiz said: “The driver was armed.”', 'Ana Ruiz'],
    ['“The driver was armed,” said Insp. Ana Ruiz.', 'Ana Ruiz'],
    ['“The driver was armed,” said Supt. Ana Ruiz.', 'Ana Ruiz'],
    ['“The driver was armed,” said Cpl. Ana Ruiz.', 'Ana Ruiz'],
    ['“We will appeal,” said Atty. Gen. Ana Ruiz.', 'Ana Ruiz'],
    ['“The driver was armed,” said Detective Ana Ruiz.', 'Ana Ruiz'],
    ['“The driver was armed,” Constable Ana Ruiz said.', 'Ana Ruiz'],
  ])('%s → %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it('reads a title joined by a hyphen as a title, not part of the name', () => {
    expect(speakerOf('“The virus is spreading,” WHO Director-General Ana Ruiz told reporters.')).toBe('Ana Ruiz');
    expect(speakerOf('“The talks will resume,” said UN Secretary-General Li Wei.')).toBe('Li Wei');
    expect(speakerOf('“We will appeal,” said Attorney-General Ana Ruiz.')).toBe('Ana Ruiz');
  });
});
