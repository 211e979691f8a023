/** A speaker option that is a Discord mention ("<@1234>") names a member of the server, no one the outlets quote. */
import { describe, expect, it } from 'vitest';
import { speakerQuotes } from '../../src/answers/lists.js';
import { whoSaid } from '../../src/answers/who-said.js';
import { speakerQuotesPayload, whoSaidPayload } from '../../src/render/discord.js';
import { speakerQuotesText, whoSaidText } from '../../src/render/text.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'dunes.txt',
    outlet: 'Sandbar Gazette',
    date: '2026-03-11',
    text: story('Dune fences', '"The dune fences will stay up until the plovers have fledged," ranger Odile Marchetti said.'),
  },
]);
const words = 'the dune fences will stay up until the plovers have fledged';

describe('a Discord mention given as the speaker', () => {
  it('is no misattribution: the words are checked without a speaker, and the answer says why', () => {
    const r = whoSaid(store, words, { speaker: '<@80351110224678912>' });
    expect(r.verdict).toBe('verbatim');
    expect(r.askedSpeaker).toBeNull();
    expect(r.ignoredSpeaker).toBe('mention');
    expect(r.explanation).toContain('is a Discord mention, not a name');
    const text = whoSaidText(r);
    expect(text).not.toContain('80351110224678912');
    expect(text).not.toContain('Misattributed');
    expect(JSON.stringify(whoSaidPayload(r))).not.toContain('80351110224678912');
  });

  it('beside a name, leaves the name to be checked', () => {
    const r = whoSaid(store, words, { speaker: '<@!42> Marchetti' });
    expect(r.askedSpeaker).toBe('Marchetti');
    expect(r.verdict).toBe('verbatim');
    expect(r.ignoredSpeaker).toBeUndefined();
    expect(whoSaid(store, words, { speaker: '<@&7> Someone Else' }).verdict).toBe('misattributed');
  });

  it('in /quotes is answered as no name, without echoing the mention', () => {
    const r = speakerQuotes(store, '<@80351110224678912>');
    expect(r.speaker).toBeNull();
    expect(r.mention).toBe(true);
    expect(speakerQuotesText(r)).toContain('That is a Discord mention, not a name');
    expect(JSON.stringify(speakerQuotesPayload(r))).not.toContain('80351110224678912');
    expect(speakerQuotes(store, '<@42> Odile Marchetti').speaker?.name).toBe('Odile Marchetti');
  });
});
