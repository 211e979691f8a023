/**
 * A video's own App Router page (og:type `video.*`, or a JSON-LD `VideoObject` as its main entity) prints its chrome
 * and a player, and its flight data holds the video's description, 60 words or more the markup does not print: that
 * description is no article, and the page is refused as a video, as its markup alone says. Other prose of a video's
 * page (a transcript), and an article typed as a video's page, are read. Every page and sentence here is written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { el, pushes, row } from './flight-stream.js';

const TITLE = 'Walking the old ferry route at low tide';
const SLUG = 'ferry-route-low-tide';
const URL = `https://wendlepost.example/video/${SLUG}`;
/** A video's description: what the film shows, in the third person, over 60 words. */
const DESCRIPTION = [
  'Our reporter follows the marked stakes across the sands from Wendle quay to the island chapel, the route the ferry took before the causeway was built.',
  'The walk takes ninety minutes at the lowest spring tides, and the guide explains how the channels shift after each winter storm.',
  'Filmed over two mornings in April with the help of the island’s coastguard volunteers.',
];
/** A transcript of a video: its people's words, quoted. */
const TRANSCRIPT = [
  '“You start when the water is still running off the sand, never after,” said guide Ilse Maren as the group set off from the quay.',
  '“The stakes were put in by the ferrymen’s grandsons, and every spring we count them again and replace the ones the ice took.”',
  '“My father crossed here with sheep, and he said the sand talks to you if you listen for the water under it,” she said.',
];
/** An article about a video's subject, long enough to be more than a blurb. */
const ARTICLE = [
  'The island chapel at Wendle will open for a summer of guided walks across the sands, the parish council decided this week.',
  'Walkers will follow the old ferry route, marked by stakes that volunteers have counted and replaced every spring for forty years.',
  'The council asked the coastguard to set the walks by the spring tides, when the sands stay dry for the longest time.',
  'Each walk will take about ninety minutes each way, and groups will be kept to twenty people with two guides for each group.',
  'The ferry stopped running when the causeway opened, and the route was walked only by shepherds and birdwatchers after that.',
  '“People have asked for years to cross the way their grandparents did, and now the tides and the volunteers allow it,” said the parish clerk.',
  'Tickets will be sold at the quay and at the village shop, and the money raised will repair the chapel’s roof before winter.',
  'The first walk leaves on the second Saturday of June, and the council will publish the dates of later walks with the tide tables.',
];

const modules = '1:I[801,["static/chunks/app/page.js"],"VideoPlayer"]\n';

const HEADER = `<header><a href="/" class="logo">Wendle Post</a><nav><a href="/news">News</a><a href="/video">Video</a>
<a href="/sport">Sport</a><a href="/opinion">Opinion</a><a href="/weather">Weather</a><a href="/events">What’s on</a></nav></header>`;
const FOOTER = `<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms of use</a></li></ul><p>© 2026 Wendle Post. All rights reserved.</p></footer>`;
const MAIN = `<main><h1>${TITLE}</h1><div id="player-root"><video src="/media/${SLUG}.mp4" controls></video></div></main>`;

/** A page printing its chrome and a player; `head`: its type and descriptions; `video`: the data handed to the player. */
const page = (head: string, video: Record<string, unknown>): string => {
  const stream = modules + row('0', el('html', { children: el('body', { children: el('main', { children: el('$L1', { video }) }) }) }));
  return `<!doctype html><html lang="en"><head><title>${TITLE} | Wendle Post</title>${head}</head><body>${HEADER}${MAIN}${FOOTER}${pushes(stream)}</body></html>`;
};
const ogVideo = '<meta property="og:type" content="video.other">';
const ogDescription = (text: string): string => `<meta property="og:description" content="${text}">`;
const videoLd = (description: string): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: TITLE, description, uploadDate: '2026-04-20' })}</script>`;

const extract = (html: string) => extractArticle(html, { url: URL });

describe('a video’s own App Router page', () => {
  it('is refused as a video when its data holds only the video’s description (og:type video.*)', () => {
    const r = extract(page(ogVideo, { title: TITLE, slug: SLUG, description: DESCRIPTION.join('\n') }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/video/);
  });

  it('is refused when the prose is the description of the VideoObject the page declares, whatever its field is called', () => {
    const r = extract(page(videoLd(DESCRIPTION.join(' ')), { title: TITLE, slug: SLUG, blurb: DESCRIPTION.join('\n') }));
    expect(r.ok).toBe(false);
  });

  it('is refused when the prose opens as the page’s description meta tag, cut short, does', () => {
    const cut = `${DESCRIPTION[0]!.split(' ').slice(0, 16).join(' ')}…`;
    const r = extract(page(ogVideo + ogDescription(cut), { title: TITLE, slug: SLUG, summary: DESCRIPTION.join('\n') }));
    expect(r.ok).toBe(false);
  });

  it('reads the same data as an article on a page that is not a video’s', () => {
    const r = extract(
      page('<meta property="og:type" content="article">', { title: TITLE, slug: SLUG, description: DESCRIPTION.join('\n') }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(DESCRIPTION.join('\n\n'));
  });

  it('reads a transcript the data holds beside a short description', () => {
    const r = extract(
      page(ogVideo + videoLd(DESCRIPTION[0]!), {
        title: TITLE,
        slug: SLUG,
        description: DESCRIPTION[0],
        transcript: TRANSCRIPT.join('\n'),
      }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(TRANSCRIPT.join('\n\n'));
  });

  it('reads an article typed as a video’s page, its standfirst the description meta tag', () => {
    const r = extract(page(ogVideo + ogDescription(ARTICLE[0]!), { title: TITLE, slug: SLUG, body: ARTICLE.join('\n') }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(ARTICLE.join('\n\n'));
  });
});
