import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('extractClaims: a pull quote signed on the line that closes it', () => {
  it('takes the name (and affiliation) on the closing line, not the speaker of the paragraph before', () => {
    const quotes = speakersIn(
      '“The quay is too short,” Ana Ruiz said.',
      '"We will keep the ferry running all winter, whatever the cost.',
      'Li Wei, Harbour Council."',
    );
    expect(quotes.at(-1)).toMatchObject({ speaker: 'Li Wei', mention: 'Li Wei' });
  });

  it('takes a titled name that is the whole line', () => {
    const quotes = speakersIn('The vote was close.', '"The port will outlive us all.', 'Former harbour master Oskar Lind."');
    expect(quotes).toMatchObject([{ speaker: 'Oskar Lind' }]);
  });

  it('does not read a closing line that is a sentence as a signature', () => {
    const quotes = speakersIn('The vote was close.', '"The port will outlive us all.', 'Li Wei said it twice."');
    expect(quotes.every((q) => q.speaker !== 'Li Wei' || q.mention !== 'Li Wei')).toBe(true);
  });

  it('does not sign a quotation closed in its own paragraph', () => {
    const quotes = speakersIn('“The port will outlive us all.”', 'Li Wei, Harbour Council.');
    expect(quotes).toMatchObject([{ speaker: null }]);
  });
});

describe('extractClaims: a closing line that names no person signs nothing', () => {
  it('leaves a pull quote closed after a line such as "The end." to the other rules', () => {
    const quotes = speakersIn('The vote was close.', '"The port will outlive us all.', 'The end."');
    expect(quotes.every((q) => q.mention !== 'The end')).toBe(true);
  });
});
