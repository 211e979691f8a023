import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers.js';

describe('a weekday is never a speaker', () => {
  it('ends a document phrase before its day ("a statement issued by the campaign late Tuesday")', () => {
    expect(
      speakersIn(
        'A statement issued by the Ruiz campaign late Tuesday was short. Instead, the statement talked about giving voters the right to “choose who they want as mayor.”',
      ),
    ).toEqual([{ text: 'choose who they want as mayor.', speaker: 'the Ruiz campaign', mention: 'the statement' }]);
  });

  it('does not let "it" or "he" stand for a day named before it', () => {
    const [email] = speakersIn(
      'The Ruiz campaign sent a fundraising email Wednesday saying the race is close. It stated that the mayor is “rattled by our surge in the polls.”',
    );
    expect(email?.speaker).not.toBe('Wednesday');
    const [praise] = speakersIn(
      'Li Wei kept up his attacks before the Super Tuesday polls. He held his fire on Ana Ruiz, calling her a “decent rival” all the same.',
    );
    expect(praise?.speaker).toBe('Li Wei');
  });
});
