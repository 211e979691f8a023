/**
 * Page furniture printed as body text: a caption ending in its credit ("Photograph: X/Agency") and a share
 * row ("Share this article Facebook X Email") leave the body; sentences that mention photographs stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Harbour workers in Saltby agreed a new contract on Monday after six weeks of talks, their union said.',
  '“This deal keeps the night crews whole,” said union rep Dagny Holm.',
  'The port authority said the deal would cost about two million a year and called it fair.',
  'Ships had queued off the coast for days during the dispute, which began in early spring.',
];
const page = (extra: string): string =>
  `<html><head><title>Harbour deal | Saltby Herald</title></head><body><article><h1>Harbour deal</h1><p>${BODY[0]}</p><p>${BODY[1]}</p>${extra}<p>${BODY[2]}</p><p>${BODY[3]}</p></article></body></html>`;
const extra = (html: string): string[] => {
  const r = extractArticle(page(html));
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n').filter((t) => !BODY.includes(t));
};

describe('furniture printed as body text', () => {
  it('a caption ending in “Photograph: Name/Agency” leaves the body', () => {
    expect(extra('<figure><img src="x.jpg"><p>Dockers at the east quay on Monday. Photograph: Lena Ruud/Nordbild</p></figure>')).toEqual(
      [],
    );
    expect(extra('<p>Dockers at the east quay on Monday. Photo: Lena Ruud</p>')).toEqual([]);
  });

  it('a share row leaves the body', () => {
    expect(extra('<div><span>Share this article</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>')).toEqual(
      [],
    );
  });

  it('a teaser’s label alone (“READ MORE”, “Watch”) leaves the body with the linked headline under it', () => {
    expect(
      extra('<p><strong>READ MORE</strong></p><p><a href="/x">Storm damage closes coastal path for the summer season</a></p>'),
    ).toEqual([]);
    expect(extra('<p>Read more »</p>')).toEqual([]);
    expect(extra('<p><b>Watch</b></p>')).toEqual([]);
  });

  it('a headline linked behind a label of any words leaves the body (“Also in the news: …”, “Background » …”)', () => {
    expect(extra('<p>Also in the news: <a href="/x">Storm damage closes coastal path</a></p>')).toEqual([]);
    expect(extra('<p>Background » <a href="/y">‘We will not back down’: crews vote to strike</a></p>')).toEqual([]);
    expect(extra('<p>MORE | <a href="/z">Dockers vote again on night shifts</a></p>')).toEqual([]);
  });

  it('a sentence ending in a link stays (someone’s words behind a link, a report “online: read it here”)', () => {
    for (const kept of [
      '<p>Holm said: <a href="/x">The deal is signed and the crews are back</a></p>',
      '<p>The report is online: <a href="/r">read it here</a></p>',
    ])
      expect(extra(kept)).toHaveLength(1);
  });

  it('an author’s bio printed after the article leaves the body, whatever its box is called', () => {
    const bio = (text: string): string[] => {
      // the article in a plain <div> beside the bio's box, as many templates print them; its author in its byline
      const r = extractArticle(
        page('')
          .replace(/<(\/?)article>/g, '<$1div>')
          .replace('</h1>', '</h1><p class="byline">By Ola Nord and Per Lind</p>')
          .replace('</body>', `<div class="contributor-card"><p>${text}</p></div></body>`),
      );
      if (!r.ok) throw new Error(r.reason);
      return r.text.split('\n\n').filter((t) => !BODY.includes(t));
    };
    expect(bio('Ola Nord is the Herald’s harbour reporter. She previously worked for the Saltby Post and lives by the quay.')).toEqual([]);
    expect(bio('Ola Nord covers the port and the islands for the Herald.')).toEqual([]);
    // the article's last sentence about a person's work stays, a journalist's too when they did not write it
    for (const kept of [
      'Evan Marsh is a correspondent for the Saltby Post and has been held since March.',
      'Dagny Holm, who chairs the union, is a former crane driver.',
      'The Dockers’ Relief Fund covers the lost wages of the strike’s first week.',
      'Harbour master Per Lind is the author of the new safety rules, which take effect in June.',
    ]) {
      const r = extractArticle(
        page('').replace('</h1>', '</h1><p class="byline">By Ola Nord and Per Lind</p>').replace('</article>', `<p>${kept}</p></article>`),
      );
      expect(r.ok && r.text.endsWith(kept)).toBe(true);
    }
  });

  it('the page’s buttons and notes printed as lines leave the body', () => {
    for (const line of [
      'Story continues below advertisement',
      'Article continues below',
      '5 min read',
      'Listen to this article · 4 min',
      'Published: 14 June 2026 · 4 min read',
      'Copy link',
      'Save for later',
      'Follow',
      'Subscribe',
      'Open in app',
      'Gift this article',
      'Most read',
      'Trending now',
      'Accept all cookies',
    ])
      expect(extra(`<p>${line}</p>`)).toEqual([]);
    expect(extra('<p>This site uses cookies. <a href="/c">Learn more</a> <a href="#">OK</a></p>')).toEqual([]);
    for (const kept of ['The meeting lasted 40 minutes and ended without a vote.', '“Follow the money,” said Holm.'])
      expect(extra(`<p>${kept}</p>`)).toEqual([kept]);
  });

  it('a byline of names without “By” above the article leaves the body', () => {
    const top = (line: string): string[] => {
      const r = extractArticle(page('').replace('</h1>', `</h1><p>${line}</p>`));
      if (!r.ok) throw new Error(r.reason);
      return r.text.split('\n\n').filter((t) => !BODY.includes(t));
    };
    expect(top('Ola Nord and Per Lind')).toEqual([]);
    expect(top('Ola Nord, Per Lind and Dagny Holm')).toEqual([]);
    expect(top('Ola Nord and Per Lind said the deal was close.')).toEqual(['Ola Nord and Per Lind said the deal was close.']);
  });

  it('a video’s box (its player, or a teaser: a title and its duration) leaves the body; a video page keeps its text', () => {
    expect(
      extra('<div class="video-block"><p class="video-title">‘We wanted to be heard’: union rep on the strike</p><span>3:05</span></div>'),
    ).toEqual([]);
    expect(extra('<section class="c-playlist"><h3>Watch</h3><ul><li><p>Crews cheer as the ferry leaves</p></li></ul></section>')).toEqual(
      [],
    );
    // the article of a video page, in a box named for its video, stays
    const r = extractArticle(
      page('')
        .replace('<article>', '<article><div class="video-story"><div class="video-player"></div>')
        .replace('</article>', '</div></article>'),
    );
    expect(r.ok && r.text).toBe(BODY.join('\n\n'));
  });

  it('sentences about photographs stay', () => {
    const kept = 'The union posted a photograph of the signed deal on its website on Monday evening.';
    expect(extra(`<p>${kept}</p>`)).toEqual([kept]);
  });
});
