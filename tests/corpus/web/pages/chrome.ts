/** Page chrome written for these tests: menus, sidebars, share and newsletter boxes, footers, scripts. */

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes text for HTML element content. */
export const text = esc;

const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Climate', 'Culture', 'Sport', 'Travel', 'Opinion', 'Video'];

/** A site menu of section links. */
export function navigation(site: string): string {
  const items = SECTIONS.map((s) => `<li class="menu-item"><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  return `<header class="site-header"><a class="logo" href="/">${esc(site)}</a><nav class="main-nav" role="navigation"><ul class="menu">${items}</ul></nav>
<form class="search-form" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></header>`;
}

/** Headlines of other stories, as sidebars and "related" boxes list them. */
export const OTHER_HEADLINES = [
  'Bus drivers agree a new contract after weeks of talks',
  'Five things to do this weekend in the old town',
  'Why the ferry timetable is changing again this spring',
  'Local bakery wins a national award for its rye bread',
  'School board delays vote on the new playground',
  'Weather: strong winds expected along the coast on Sunday',
];

/** A "most read" sidebar list. */
export function sidebar(): string {
  const items = OTHER_HEADLINES.map((h, i) => `<li><a href="/news/story-${i + 1}">${esc(h)}</a></li>`).join('');
  return `<aside class="sidebar widget-area"><section class="widget most-read"><h3 class="widget-title">Most read</h3><ol>${items}</ol></section>
<section class="widget ad-slot"><div class="advertisement">Advertisement</div></section></aside>`;
}

/** Share buttons, as social plugins print them. */
export function shareBox(className = 'share-buttons'): string {
  return `<div class="${className}"><span>Share this article</span><ul><li><a href="https://social.example/share">Share on Facebook</a></li><li><a href="https://social.example/tweet">Share on X</a></li><li><a href="mailto:?subject=story">Email</a></li></ul></div>`;
}

/** A "related stories" box with a few teaser paragraphs (the kind Readability sometimes keeps). */
export function relatedBox(className = 'related-posts'): string {
  const items = OTHER_HEADLINES.slice(0, 3)
    .map(
      (h, i) =>
        `<div class="related-item"><a href="/news/related-${i}"><h4>${esc(h)}</h4></a><p>Read the full story on our site.</p></div>`,
    )
    .join('');
  return `<section class="${className}"><h3>Related stories</h3>${items}</section>`;
}

/** A newsletter sign-up box. */
export function newsletterBox(): string {
  return `<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our daily newsletter and get the day's top stories delivered to your inbox every morning.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>`;
}

/** A comments section. */
export function comments(): string {
  return `<section id="comments" class="comments-area"><h3>3 comments</h3><ol class="comment-list">
<li class="comment"><p class="comment-author">reader42</p><p>Finally some good news for the harbour, it has taken them long enough.</p></li>
<li class="comment"><p class="comment-author">seaside_anna</p><p>I hope they keep the old stones somewhere, they are part of the town's history.</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post Comment</button></form></div></section>`;
}

/** A site footer with legal links and a copyright line. */
export function footer(site: string, year = 2024): string {
  return `<footer class="site-footer"><ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul><p class="copyright">© ${year} ${esc(site)}. All rights reserved.</p></footer>`;
}

/** A cookie consent banner. */
export function cookieBanner(): string {
  return `<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience and to show you personalised advertising. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>`;
}

/** Scripts and styles of a modern page: analytics, an inline state blob, a stylesheet. */
export function scripts(): string {
  const state = JSON.stringify({ page: { type: 'article', sections: SECTIONS, flags: { ads: true, paywall: false } } });
  return `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>
<script>window.__STATE__=${state};</script><style>.share-buttons{display:flex}.menu-item{margin:0 4px}</style>
<script src="/static/bundle.js" async></script>`;
}

/** A figure with an image and a caption with a credit. */
export function figure(caption: string): string {
  return `<figure class="wp-caption"><img src="/img/photo.jpg" alt="${esc(caption)}" width="800" height="533"><figcaption>${esc(caption)} Photo: Staff photographer</figcaption></figure>`;
}
