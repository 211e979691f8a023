/** Posts pasted into a text or Markdown article as the text their embed shows: quotations of the name signed. Sentences are our own. */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../src/answers/who-said.js';
import { extractClaims } from '../../src/claims/extract.js';
import { prepareDocument } from '../../src/corpus/prepare.js';
import { story, writtenStore } from '../support/written.js';
import { doc } from './helpers.js';

/** The quotations of a text file, as `extract --json` gives them. */
const quotes = (text: string) =>
  extractClaims(prepareDocument('post.txt', text)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, rule: q.rule }));

const POST = 'The ferry will run all winter, whatever the council says.';

describe('posts pasted as an embed shows them without its script', () => {
  it('credits the words of a one-paragraph post to its display name, its short link left out', () => {
    const text = story(
      'Ferry row',
      'The council met on Monday.',
      `${POST} https://t.co/AbC123 \u2014 Carla Moreno (@cmoreno) June 29, 2016`,
    );
    const [q] = extractClaims(prepareDocument('post.txt', text)).quotes;
    expect(q).toMatchObject({ text: POST, kind: 'quote', speaker: 'Carla Moreno', rule: 'tweet-signature' });
    // offsets index the file's text: the span is the words, the mention is the name in the signature
    expect(text.slice(q!.start, q!.end)).toBe(POST);
    expect(text.slice(q!.speakerMention!.start, q!.speakerMention!.end)).toBe('Carla Moreno');
  });

  it('credits the paragraph right before a signature that is a paragraph of its own', () => {
    const text = story(
      'Ferry row',
      `${POST} pic.twitter.com/xYz12Q`,
      '\u2014 Carla Moreno (@cmoreno) June 29, 2016',
      'The council did not answer.',
    );
    expect(quotes(text)).toEqual([{ text: POST, speaker: 'Carla Moreno', rule: 'tweet-signature' }]);
  });

  it('takes an en dash or two hyphens, an abbreviated month, a Markdown blockquote and any display name', () => {
    const text = story(
      'Port news',
      '> Harbour fees go up again in May.https://t.co/q1W2e3 \u2013 The Port Desk (@portdesk) Sept. 3, 2017',
      'Tolls stay as they are -- for now. -- Ola Berg (@olaberg) Jan 12, 2018',
    );
    expect(quotes(text)).toEqual([
      { text: 'Harbour fees go up again in May.', speaker: 'The Port Desk', rule: 'tweet-signature' },
      { text: 'Tolls stay as they are -- for now.', speaker: 'Ola Berg', rule: 'tweet-signature' },
    ]);
  });

  it('keeps a quotation inside the words as a nested one', () => {
    const [post, inner] = quotes(`We keep the quay "open to all" boats. \u2014 Carla Moreno (@cmoreno) June 29, 2016`);
    expect(post).toEqual({ text: 'We keep the quay "open to all" boats.', speaker: 'Carla Moreno', rule: 'tweet-signature' });
    expect(inner?.text).toBe('open to all');
  });

  it('finds nothing in a line that only mentions a handle', () => {
    expect(quotes(story('Ferry row', 'Follow Carla Moreno (@cmoreno) for news of the ferry.', 'She posted on June 29, 2016.'))).toEqual([]);
  });

  it('finds nothing in a signature with no words before it', () => {
    const signature = '\u2014 Carla Moreno (@cmoreno) June 29, 2016';
    expect(quotes(signature)).toEqual([]);
    expect(quotes(`https://t.co/AbC123 ${signature}`)).toEqual([]);
    expect(quotes(story('Ferry row', 'Moreno wrote on Monday:', signature))).toEqual([]);
  });

  it('changes nothing where the signature is not exactly one', () => {
    for (const signature of [
      '\u2014 Carla Moreno (cmoreno) June 29, 2016', // no @
      '\u2014 Carla Moreno (@cmoreno) 29 June 2016', // another date order
      '\u2014 Carla Moreno (@cmoreno) Juni 29, 2016', // not an English month
      '\u2014 Carla Moreno (@cmoreno) June 29, 2016, she wrote.', // the paragraph goes on
    ])
      expect(quotes(`${POST} ${signature}`)).toEqual([]);
  });

  it('leaves a post already in marks to the signed-quotation rules', () => {
    const [q] = extractClaims(doc(`\u201c${POST}\u201d \u2014 Carla Moreno (@cmoreno) June 29, 2016`)).quotes;
    expect(q).toMatchObject({ text: POST, speaker: 'Carla Moreno', rule: 'signed-after' });
  });

  it('answers who-said with the author of a post pasted into a text file', () => {
    const store = writtenStore([
      {
        file: 'ferry.txt',
        outlet: 'Harbour Times',
        text: story(
          'Ferry row',
          'The council met on Monday.',
          `${POST} https://t.co/AbC123`,
          '\u2014 Carla Moreno (@cmoreno) June 29, 2016',
        ),
      },
      { file: 'other.txt', outlet: 'Valley Post', text: story('Roads', '“The bridge opens in May,” said Tove Lind.') },
    ]);
    const answer = whoSaid(store, 'the ferry will run all winter whatever the council says');
    expect(answer.verdict).toBe('verbatim');
    expect(answer.matches[0]?.speaker).toBe('Carla Moreno');
    expect(answer.matches[0]?.outlets.map((o) => o.document)).toEqual(['ferry.txt']);
  });
});
