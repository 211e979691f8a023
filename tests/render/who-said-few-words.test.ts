/**
 * A who-said answer on words too few to tell whose they are reads the same in the terminal and on Discord: not "no
 * outlet carries these words", who is quoted using them, and /compare on them (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'mill-1.txt',
    outlet: 'Millbrook Echo',
    date: '2026-04-01',
    text: story(
      'Weir repairs',
      '“The old weir needs repairs before the spring floods reach the lower meadows,” said engineer Odile Marsk.',
    ),
  },
  {
    file: 'mill-2.txt',
    outlet: 'Valley Ledger',
    date: '2026-04-02',
    text: story('Farmers fear floods', '“Every farm on the lower meadows lost its hay to floods last year,” said farmer Jonas Pell.'),
  },
]);

describe('a few-words answer', () => {
  const result = whoSaid(store, 'floods');

  it('in the terminal', () => {
    const text = whoSaidText(result);
    expect(text).toContain('Not found — too few words to tell who said them');
    expect(text).not.toContain('no outlet in the corpus carries these words');
    expect(text).not.toContain('said these exact words');
    expect(text).toContain('Quoted using it: Odile Marsk and Jonas Pell.');
    expect(text).toContain('/compare topic:floods shows what was said on it and by whom');
    // the typo hint is another reason, not given here
    expect(text).not.toContain('too few to match safely');
  });

  it('on Discord, from the same view', () => {
    const embed = whoSaidPayload(result).embeds![0]!;
    expect(embed.title).toBe('❌ Not found — too few words to tell who said them');
    expect(embed.description).toContain('Quoted using it: Odile Marsk and Jonas Pell.');
    expect(embed.description).toContain('**/compare topic:floods**');
  });

  it('of two words, names them as theirs', () => {
    const text = whoSaidText(whoSaid(store, 'lower meadows'));
    expect(text).toContain('Quoted using them: ');
    expect(text).toContain('/compare topic:lower meadows');
  });
});
