/**
 * Mentions pasted in a who-said question: noise when they are not the quotation's words, its own words when they
 * are ("Thanks @everyone who …" posted by a singer). Neither demotes a verbatim match, and neither becomes a name.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { whoSaidPayload } from '../../src/render/discord.js';
import { story, writtenStore } from '../support/written.js';

const store = writtenStore([
  {
    file: 'gig-1.txt',
    outlet: 'Lantern Review',
    date: '2026-06-01',
    text: story(
      'Drummer thanks crowd after flooded gig',
      '"Thanks @everyone who danced through the flood with us tonight," drummer Sunniva Okafor wrote after the show.',
      'Caspar Lindqvist, the promoter, said: "We will move the festival stage onto higher ground next summer."',
    ),
  },
]);

describe('mentions pasted in a question', () => {
  it('an outlet’s own words holding "@everyone" are found word for word', () => {
    const r = whoSaid(store, 'Thanks @everyone who danced through the flood with us tonight');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe('Sunniva Okafor');
    // and the reply pings no one
    const payload = JSON.stringify(whoSaidPayload(r));
    expect(payload).not.toMatch(/@everyone/);
  });

  it('a user mention pasted as text inside the words does not demote a verbatim match', () => {
    const r = whoSaid(store, 'We will move the festival stage @stagehand_77 onto higher ground next summer');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches[0]!.speaker).toBe('Caspar Lindqvist');
  });

  it('the bot’s own neutralised "@ everyone", copied back, is left out', () => {
    const r = whoSaid(store, '@ everyone We will move the festival stage onto higher ground next summer');
    expect(r.verdict).toBe('verbatim');
  });

  it('"Did <@1234> say …" asks about no one called "Did"', () => {
    const r = whoSaid(store, 'Did <@1234> say "We will move the festival stage onto higher ground next summer"?');
    expect(r.askedSpeaker).toBeNull();
    expect(r.verdict).toBe('verbatim');
  });

  it('"Did @Okafor say …" asks about Okafor', () => {
    const r = whoSaid(store, 'Did @Okafor say "We will move the festival stage onto higher ground next summer"?');
    expect(r.askedSpeaker).toBe('Okafor');
    expect(r.verdict).toBe('misattributed');
    expect(r.matches[0]!.speaker).toBe('Caspar Lindqvist');
  });
});
