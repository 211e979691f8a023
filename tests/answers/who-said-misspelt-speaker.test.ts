/**
 * who-said with a misspelt speaker's name: answered with the closest speaker, and said so (`closestSpeaker`), as
 * /quotes says it; nothing said of case, accents, spacing, a title, a surname, an initial or a role (articles of our own).
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'moor-1.txt',
    outlet: 'Moor Gazette',
    date: '2026-05-01',
    text: story(
      'Bus routes',
      '"Every village on the moor keeps its bus until the new timetable is agreed," councillor Ilse Brandtner said.',
    ),
  },
  {
    file: 'moor-2.txt',
    outlet: 'Moor Gazette',
    date: '2026-05-02',
    text: story(
      'Road works',
      '"The quarry lorries will use the bypass from June, not the high street," said Tomas Okafor, the quarry manager.',
    ),
  },
]);

const busWords = 'every village on the moor keeps its bus';

describe('who-said of a misspelt speaker', () => {
  it('answers with the closest speaker and names the name as typed', () => {
    for (const result of [whoSaid(store, busWords, { speaker: 'Ilse Brantner' }), whoSaid(store, `Did Ilse Brantner say "${busWords}"?`)]) {
      expect(result.verdict).toBe('verbatim');
      expect(result.matches[0]!.speaker).toBe('Ilse Brandtner');
      expect(result.askedSpeaker).toBe('Ilse Brantner');
      expect(result.closestSpeaker).toBe('Ilse Brandtner');
    }
  });

  it('says so of a misattribution to a misspelt name too', () => {
    const result = whoSaid(store, busWords, { speaker: 'Tomas Okafur' });
    expect(result.verdict).toBe('misattributed');
    expect(result.closestSpeaker).toBe('Tomas Okafor');
  });

  it('says nothing of case, accents, spacing, a title, a surname, an initial or a role the outlets give', () => {
    for (const typed of ['ilse brandtner', 'ILSE BRANDTNER', 'Ilse Brändtner', 'Brandtner', 'I. Brandtner', 'councillor Ilse Brandtner'])
      expect(whoSaid(store, busWords, { speaker: typed }).closestSpeaker, typed).toBeUndefined();
    expect(whoSaid(store, busWords, { speaker: 'the councillor' }).closestSpeaker).toBeUndefined();
    expect(whoSaid(store, busWords).closestSpeaker).toBeUndefined();
  });

  it('renders one line saying the name was taken as the closest speaker, in the terminal and on Discord', () => {
    const result = whoSaid(store, busWords, { speaker: 'Ilse Brantner' });
    const said = 'Closest speaker to “Ilse Brantner”: Ilse Brandtner; no one in the corpus goes by that name.';
    expect(whoSaidText(result)).toContain(said);
    expect(whoSaidPayload(result).embeds![0]!.description).toContain(
      'Closest speaker to *“Ilse Brantner”*: Ilse Brandtner; no one in the corpus goes by that name.',
    );
    expect(whoSaidText(whoSaid(store, busWords, { speaker: 'Brandtner' }))).not.toContain('Closest speaker');
  });
});
