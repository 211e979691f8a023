/**
 * Posts embedded in a web article (X/Twitter, Bluesky, Mastodon, Instagram, Facebook, Threads, TikTok) are quotations
 * of their author, credited by the name the embed is signed with, carried by the outlet that embeds them; a
 * signature that cannot be trusted credits no one. Every page and sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { whoSaid } from '../../../src/answers/who-said.js';
import { extractClaims } from '../../../src/claims/extract.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { prepareDocument } from '../../../src/corpus/prepare.js';
import type { CorpusDocument } from '../../../src/corpus/types.js';
import { ClaimStore } from '../../../src/store/store.js';

const story = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Part ${i + 1}: the ferry operator and the council argued over the old quay for months, and residents took sides at every meeting the town held.</p>`,
).join('');

const page = (embed: string, outlet = 'Harbour News') =>
  `<!doctype html><html><head><title>Quay closes | ${outlet}</title><meta property="og:site_name" content="${outlet}"></head><body><article><h1>Quay closes</h1>${story}<p>The reactions came quickly on Tuesday.</p>${embed}<p>Residents gathered outside the town hall on Tuesday evening to hear another vote promised.</p></article></body></html>`;

const tweet = (words: string, signature = 'Carla Moreno (@carlamoreno)', link = 'https://twitter.com/carlamoreno/status/1') =>
  `<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">${words}</p>&mdash; ${signature} <a href="${link}?ref_src=twsrc%5Etfw">July 14, 2023</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`;

/** One page per embed kind, with the words it should yield and their author (null: the embed shows no words). */
const KINDS: { kind: string; embed: string; words: string | null; author: string | null; credit?: string }[] = [
  {
    kind: 'X',
    embed: tweet(
      'The quay will close for good. Shame on the council! <a href="https://t.co/x">pic.twitter.com/x</a>',
      'Carla Moreno (@carlamoreno)',
      'https://x.com/carlamoreno/status/1',
    ),
    words: 'The quay will close for good. Shame on the council!',
    author: 'Carla Moreno',
    credit: '— Carla Moreno (@carlamoreno) on X',
  },
  {
    kind: 'Bluesky',
    embed:
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k"><p lang="en">Ferries first, cars second, and the quay for both.<br><br><a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">[image or embed]</a></p>&mdash; Ana Ruiz (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@anaruiz.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">May 2, 2024 at 3:04 PM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js"></script>',
    words: 'Ferries first, cars second, and the quay for both.',
    author: 'Ana Ruiz',
    credit: '— Ana Ruiz (@anaruiz.bsky.social) on Bluesky',
  },
  {
    kind: 'Instagram with its caption',
    embed:
      '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-version="7"><div><div style="padding:50% 0;"></div><p><a href="https://www.instagram.com/p/Bq1/" target="_blank">Last crossing from the old quay tonight, and the crew sang all the way over.</a></p><p>A photo posted by Tomas Lind (@tomaslind) on <time datetime="2016-07-14T18:00:00+00:00">Jul 14, 2016 at 11:00am PDT</time></p></div></blockquote><script async defer src="//platform.instagram.com/en_US/embeds.js"></script>',
    words: 'Last crossing from the old quay tonight, and the crew sang all the way over.',
    author: 'Tomas Lind',
  },
  {
    kind: 'Facebook',
    embed:
      '<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/harbourunion/posts/10157" data-show-text="true"><blockquote cite="https://www.facebook.com/harbourunion/posts/10157" class="fb-xfbml-parse-ignore"><p>We met forty families from the quay tonight. Every one of them asked us to keep it open.</p>Posted by <a href="https://www.facebook.com/harbourunion">Harbour Union</a> on&nbsp;<a href="https://www.facebook.com/harbourunion/posts/10157">Thursday, May 2, 2024</a></blockquote></div>',
    words: 'We met forty families from the quay tonight. Every one of them asked us to keep it open.',
    author: 'Harbour Union',
    credit: '— Harbour Union on Facebook',
  },
  {
    kind: 'Facebook video',
    embed:
      '<div class="fb-video" data-href="https://www.facebook.com/quaywatch/videos/881/" data-show-text="true"><blockquote cite="https://www.facebook.com/quaywatch/videos/881/" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/quaywatch/videos/881/">Last ferry</a><p>Watch the last ferry leave the old quay at midnight.</p>Posted by <a href="https://www.facebook.com/quaywatch">Quay Watch</a> on Friday, May 3, 2024</blockquote></div>',
    words: 'Watch the last ferry leave the old quay at midnight.',
    author: 'Quay Watch',
    credit: '— Quay Watch on Facebook',
  },
  {
    kind: 'Mastodon',
    embed:
      '<blockquote class="mastodon-embed" data-embed-url="https://social.example/@lind/1123/embed"><a href="https://social.example/@lind/1123" target="_blank"><svg width="32" height="32"><path d="M0 0"/></svg><div>Post by @lind@social.example</div><div>View on Mastodon</div></a></blockquote><script async src="https://social.example/embed.js"></script><iframe src="https://social.example/@lind/1124/embed" class="mastodon-embed"></iframe>',
    words: null,
    author: null,
  },
  {
    kind: 'Mastodon with the post shown (its signature in two blocks without a space between)',
    embed:
      '<blockquote class="mastodon-embed" data-embed-url="https://social.example/@lind/1125/embed"><a href="https://social.example/@lind/1125"><div>Post by @lind@social.example</div><div>View on Mastodon</div></a><p>The night ferry runs again from Friday, crew and all.</p></blockquote>',
    words: 'The night ferry runs again from Friday, crew and all.',
    author: '@lind@social.example',
    credit: '— @lind@social.example on Mastodon',
  },
  {
    kind: 'Instagram without its caption',
    embed:
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C6x/" data-instgrm-version="14"><div><a href="https://www.instagram.com/p/C6x/" target="_blank"><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/C6x/">A post shared by Tomas Lind (@tomaslind)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>',
    words: null,
    author: null,
  },
  {
    kind: 'Threads',
    embed:
      '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@lind/post/C6a"><a href="https://www.threads.net/@lind/post/C6a" target="_blank"><div><svg aria-label="Threads"><path d="M0 0"></path></svg><div>Post by @lind</div><div>View on Threads</div></div></a></blockquote><script async src="https://www.threads.net/embed.js"></script>',
    words: null,
    author: null,
  },
  {
    // TikTok's embed code carries the caption: the account link, the words and hashtags, the sound's link
    kind: 'TikTok',
    embed:
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@harbourclips/video/7350000000000000001" data-video-id="7350000000000000001" style="max-width: 605px;min-width: 325px;"><section><a target="_blank" title="@harbourclips" href="https://www.tiktok.com/@harbourclips?refer=embed">@harbourclips</a> The last ferry from the old quay, and nobody from the council came to see it go. <a title="ferry" target="_blank" href="https://www.tiktok.com/tag/ferry?refer=embed">#ferry</a> <a target="_blank" title="♬ original sound - Harbour Clips" href="https://www.tiktok.com/music/original-sound-1?refer=embed">♬ original sound - Quay Watch</a></section></blockquote><script async src="https://www.tiktok.com/embed.js"></script>',
    words: 'The last ferry from the old quay, and nobody from the council came to see it go. #ferry',
    author: '@harbourclips',
    credit: '— @harbourclips on TikTok',
  },
];

function documentOf(id: string, html: string): CorpusDocument {
  const doc = pageToDocument(id, new TextEncoder().encode(html));
  if ('code' in doc) throw new Error(doc.message);
  return doc;
}

const textOf = (html: string): string => {
  const result = extractArticle(html);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
};

/** The quotations of a page with their speaker and deciding rule. */
const quotesOf = (html: string) =>
  extractClaims(documentOf('page.html', html)).quotes.map((q) => ({ text: q.text, speaker: q.speaker, rule: q.rule }));

/** Signatures, dates, picture links and embed buttons: none may stay in the article as text. */
const STRAY =
  /\[image|pic\.twitter\.com|t\.co\/|July 14, 2023|May 2, 2024|View on|Post by|A (?:photo|post) (?:posted|shared) by|Posted by|platform\.twitter|original sound/;

describe('embedded posts', () => {
  for (const k of KINDS) {
    it(`${k.kind}: ${k.words ? 'the words are a quotation of the signed author, and nothing of the signature stays' : 'the embed shows no words and leaves nothing behind'}`, () => {
      const html = page(k.embed);
      const text = textOf(html);
      expect(text).not.toMatch(STRAY);
      const quotes = quotesOf(html);
      if (!k.words) {
        expect(quotes).toEqual([]);
        expect(text).not.toMatch(/lind|Mastodon|Threads|Instagram/i);
        return;
      }
      expect(quotes).toEqual([{ text: k.words, speaker: k.author, rule: 'embedded-post' }]);
      if (k.credit) expect(text).toContain(`“${k.words}” ${k.credit}`);
    });
  }

  it('who-said finds each post, credited to its author and carried by the outlet that embedded it', () => {
    const documents = KINDS.map((k, i) => documentOf(`page-${i}.html`, page(k.embed, `Outlet ${i}`)));
    const store = ClaimStore.fromCorpus({ dir: 'embeds', documents, errors: [] });
    KINDS.forEach((k, i) => {
      if (!k.words) return;
      const r = whoSaid(store, k.words.split(' ').slice(0, 8).join(' '));
      expect(r.verdict, k.kind).toBe('verbatim');
      expect(r.matches[0]!.speaker).toBe(k.author);
      expect(r.matches[0]!.outlets.map((o) => o.outlet)).toEqual([`Outlet ${i}`]);
    });
  });

  it('a post signed with a full name and the same person quoted by a shorter name in another outlet are one speaker', () => {
    const embedded = documentOf(
      'ledger.html',
      page(
        tweet(
          'The quay stays open as long as I am on this council, and that is a promise.',
          'Rosa T. Albright (@RosaAlbright)',
          'https://twitter.com/RosaAlbright/status/9',
        ),
        'Quay Ledger',
      ),
    );
    const printed = prepareDocument(
      'courier.txt',
      'Councillor vows to save quay\n\n"The quay stays open as long as I am on this council," Rosa Albright told a packed meeting on Wednesday. She said the budget would follow.\n',
      { file: 'courier.txt', outlet: 'Valley Courier', date: '2023-07-15' },
    );
    const store = ClaimStore.fromCorpus({ dir: 'join', documents: [embedded, printed], errors: [] });
    const r = whoSaid(store, 'The quay stays open as long as I am on this council');
    expect(r.verdict).toBe('verbatim');
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.speaker).toBe('Rosa T. Albright');
    expect(r.matches[0]!.outlets.map((o) => o.outlet).sort()).toEqual(['Quay Ledger', 'Valley Courier']);
    expect(r.matches[0]!.conflict).toBeNull();
  });

  it('keeps a post whose wrapper a publishing system names as social or a widget', () => {
    for (const wrapper of [
      'div class="social-embed"',
      'div class="embed twitter-widget"',
      'figure class="wp-block-embed is-provider-twitter"',
    ]) {
      const tag = wrapper.split(' ')[0];
      const html = page(`<${wrapper}>${tweet('The quay must stay open for the winter crossings.')}</${tag}>`);
      expect(quotesOf(html), wrapper).toEqual([
        { text: 'The quay must stay open for the winter crossings.', speaker: 'Carla Moreno', rule: 'embedded-post' },
      ]);
    }
  });

  it('leaves a post that opens with its own mark unmarked, and a plain blockquote as it is', () => {
    expect(textOf(page(tweet('“Shame on the council,” as my neighbour says.')))).toContain(
      '\n“Shame on the council,” as my neighbour says. — Carla Moreno (@carlamoreno) on Twitter\n',
    );
    const plain = page('<blockquote><p>The quay was built in 1887 and rebuilt twice.</p></blockquote>');
    expect(textOf(plain)).toContain('\nThe quay was built in 1887 and rebuilt twice.\n');
  });
});

describe('hostile embeds', () => {
  const only = (html: string) => quotesOf(html).filter((q) => q.text.includes('quay'));

  it('a post without a signature is a quotation of no one named', () => {
    const html = page('<blockquote class="twitter-tweet"><p>The quay was never safe for ferries.</p></blockquote>');
    expect(textOf(html)).toContain('\n“The quay was never safe for ferries.”\n');
    expect(only(html)).toEqual([{ text: 'The quay was never safe for ferries.', speaker: null, rule: expect.any(String) }]);
  });

  it('a handle alone credits the handle', () => {
    const html = page(tweet('The quay deserves one more winter.', '(@quaywatch)', 'https://twitter.com/quaywatch/status/2'));
    expect(only(html)).toEqual([{ text: 'The quay deserves one more winter.', speaker: '@quaywatch', rule: 'embedded-post' }]);
  });

  it('a signature naming another account than the post link credits no one, and its name does not stay', () => {
    const html = page(tweet('Close the quay tomorrow.', 'Carla Moreno (@carlamoreno)', 'https://twitter.com/someoneelse/status/3'));
    expect(textOf(html)).not.toContain('Carla Moreno');
    expect(only(html)).toEqual([{ text: 'Close the quay tomorrow.', speaker: null, rule: expect.any(String) }]);
  });

  it('a display name that is no name (marks, a handle, too long) leaves the handle alone', () => {
    const html = page(tweet('The quay is safe.', `“${'Mayor '.repeat(20)}” (@realmayor)`, 'https://twitter.com/realmayor/status/4'));
    expect(only(html)).toEqual([{ text: 'The quay is safe.', speaker: '@realmayor', rule: 'embedded-post' }]);
  });

  it('takes emoji and flags off a display name, so the person joins the same name elsewhere', () => {
    const html = page(tweet('The quay is ours.', 'Carla Moreno 🇪🇸⚓️ | (@carlamoreno)'));
    expect(only(html)).toEqual([{ text: 'The quay is ours.', speaker: 'Carla Moreno', rule: 'embedded-post' }]);
  });

  it('a huge post is neither marked nor credited, and reading it stays quick', () => {
    const huge = 'The quay is long. '.repeat(20_000);
    const html = page(tweet(huge));
    const started = performance.now();
    const quotes = quotesOf(html);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(quotes.filter((q) => q.speaker === 'Carla Moreno')).toEqual([]);
    expect(textOf(html)).not.toContain('Carla Moreno');
  });

  it('scripts inside an embed are no words and no author', () => {
    const html = page(
      '<blockquote class="twitter-tweet"><p>The quay opens at dawn.<script>document.write("Evil Person (@evil)")</script></p>&mdash; <script>var x = "Evil Person (@evil)";</script>Carla Moreno (@carlamoreno) <a href="https://twitter.com/carlamoreno/status/5">July 14, 2023</a></blockquote>',
    );
    expect(textOf(html)).not.toMatch(/Evil|document\.write/);
    expect(only(html)).toEqual([{ text: 'The quay opens at dawn.', speaker: 'Carla Moreno', rule: 'embedded-post' }]);
  });

  it('an embed nested in an embed, or emptied, does not break the page', () => {
    const html = page(
      '<div class="fb-post"><blockquote class="fb-xfbml-parse-ignore"><blockquote class="twitter-tweet"><p>Inner words about the quay.</p>&mdash; Carla Moreno (@carlamoreno)</blockquote></blockquote></div><blockquote class="bluesky-embed"></blockquote><blockquote class="twitter-tweet"><p> </p>&mdash; Carla Moreno (@carlamoreno)</blockquote>',
    );
    const text = textOf(html);
    expect(text).toContain('Residents gathered');
    expect(text).not.toMatch(/—\s*$/m);
  });
});
