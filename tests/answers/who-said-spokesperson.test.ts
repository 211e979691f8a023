/**
 * Words credited to one who speaks for the person or title asked about ("a spokeswoman for the mayor" for "Did the
 * mayor say …") are confirmed as theirs only through the spokesperson: the answer says so, in its explanation, in
 * `spokesperson`, and beside the name asked about in the terminal and Discord answers. A body, which speaks through
 * its spokespeople, gets no such note. Articles of our own.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { assertValidMessagePayload } from '../../src/render/validate.js';
import { story, writtenStore } from '../support/written.js';

const PIER = 'the northern pier will reopen before the summer season';
const PATROLS = 'our patrols over the strait have not changed in any way';
const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const store = writtenStore([
  {
    file: 'pier.txt',
    outlet: 'Harbour Times',
    date: '2026-03-04',
    text: story(
      'Pier to reopen',
      'Mayor Dana Whitfield toured the pier on Monday.',
      `"${capital(PIER)}," a spokeswoman for the mayor said.`,
      `"${capital(PATROLS)}," a White House spokeswoman said.`,
    ),
  },
]);

describe('who-said, words credited to a spokesperson', () => {
  it('confirms them for the title asked about and says they were credited to the spokesperson', () => {
    const r = whoSaid(store, `Did the mayor say ${PIER}?`);
    expect(r).toMatchObject({ verdict: 'verbatim', askedSpeaker: 'the mayor', spokesperson: 'a spokeswoman for the mayor' });
    expect(r.explanation).toContain('They are credited to a spokeswoman for the mayor, not to the mayor in person.');
    const text = whoSaidText(r);
    expect(text).toContain('You named: the mayor (credited to a spokeswoman for the mayor)');
    const payload = whoSaidPayload(r);
    assertValidMessagePayload(payload);
    expect(JSON.stringify(payload)).toContain('You named: the mayor \\\\(credited to a spokeswoman for the mayor\\\\)');
  });

  it('adds no such note for a body, nor for words asked about with no one named', () => {
    const body = whoSaid(store, `Did the White House say ${PATROLS}?`);
    expect(body.verdict).toBe('verbatim');
    expect(body.spokesperson).toBeUndefined();
    expect(body.explanation).not.toContain('in person');
    expect(whoSaid(store, PIER).spokesperson).toBeUndefined();
  });
});
