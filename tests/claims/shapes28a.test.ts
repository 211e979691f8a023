/**
 * Shapes where the speaker is written plainly near words the extractor left without one (round 28, helper a):
 * run-on paragraphs of quotation with quotations inside them, sources named after the words. Sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn as speakers } from './helpers.js';

describe('a paragraph of a run-on quotation keeps its opening mark when a quotation sits inside it', () => {
  const lead = ['Lena Marsh spoke at the pier.', 'Ms. Marsh stated:'];

  it('credits every paragraph to the speaker the colon introduces', () => {
    const found = speakers(
      ...lead,
      '"The ferry isn’t about “Service First” anymore. It was late all winter.',
      '"Nobody reads the “Small Print,” which hides the fares.',
      '"We will keep pushing."',
    );
    expect(found.filter((q) => q.speaker === 'Lena Marsh').map((q) => q.text)).toEqual([
      'The ferry isn’t about “Service First” anymore. It was late all winter.',
      'Nobody reads the “Small Print,” which hides the fares.',
      'We will keep pushing.',
    ]);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Service First', speaker: null }));
  });

  it('still takes a stray mark before a curly quotation as stray when the next paragraph opens with another mark', () => {
    expect(
      speakers(
        'Lena Marsh spoke at the pier.',
        '"Tomas Dale tried to laugh it off by saying, “Only on Sundays.” But Marsh went on.',
        '“Is that how you run a ferry?” she asked.',
      ),
    ).toContainEqual(expect.objectContaining({ text: 'Only on Sundays.', speaker: 'Tomas Dale' }));
  });
});
