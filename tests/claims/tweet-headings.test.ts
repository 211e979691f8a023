/** Section headings above a pasted post's signature: no part of the post. Sentences are our own. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/extract.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { story } from '../support/written.js';

/** The quotations of a text file, as `extract --json` gives them. */
const quotes = (text: string) =>
  extractClaims(prepareDocument('post.txt', text)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, rule: q.rule }));

const SIGNATURE = '\u2014 Ana Ruiz (@anaruiz) June 3, 2024';
const FIRST = 'The quay stays open to every boat this winter.';
const SECOND = 'We voted for it and we will keep it that way.';
const post = (text: string) => ({ text, speaker: 'Ana Ruiz', rule: 'tweet-signature' });

describe('a section heading above a post is no part of it', () => {
  it('credits nothing when the line above a signature is a heading', () => {
    expect(quotes(story('Harbour vote', 'The council met on Monday.', 'Reactions Online', SIGNATURE))).toEqual([]);
    expect(quotes(story('Harbour vote', 'The council met on Monday.', '## What people said', SIGNATURE))).toEqual([]);
  });

  it('cuts a heading off a post that opens in lower case (one paragraph with it in the text)', () => {
    const text = story('Harbour vote', 'The council met on Monday.', `Reactions\nthe quay stays open, end of story ${SIGNATURE}`);
    expect(quotes(text)).toEqual([post('the quay stays open, end of story')]);
  });

  it('does not take a heading into a post of several lines', () => {
    const text = story('Harbour vote', 'The council met on Monday.', `Reactions\n${FIRST}\n${SECOND}\n${SIGNATURE}`);
    expect(quotes(text)).toEqual([post(SECOND)]);
  });

  it('keeps a title-case post written on the signature line', () => {
    expect(quotes(story('Harbour vote', `Thank You Harbour Town ${SIGNATURE}`))).toEqual([post('Thank You Harbour Town')]);
  });
});
