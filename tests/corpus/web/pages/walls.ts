/**
 * Pages without an article, written for these tests — a paywall stub, a login wall, a script-only shell, a
 * cookie wall, an index page of links — and short real articles that must not be mistaken for them.
 */
import { HARBOUR, MARKET } from './articles.js';
import { cookieBanner, footer, navigation, OTHER_HEADLINES, scripts, sidebar, text } from './chrome.js';

const head = (title: string, extra = ''): string => `<head><meta charset="utf-8"><title>${text(title)}</title>${extra}${scripts()}</head>`;

/** Headline, a two-sentence teaser, then a subscription pitch; JSON-LD says the article is not free. */
export function paywallStub(): string {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HARBOUR.headline, isAccessibleForFree: 'False' };
  return `<!DOCTYPE html><html lang="en">${head(`${HARBOUR.headline} | The Harbour Gazette`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)}
<body>${navigation('The Harbour Gazette')}<main><article><h1>${text(HARBOUR.headline)}</h1><p>${text(HARBOUR.paragraphs[0]!)}</p>
<div class="paywall-overlay"><h3>Subscribe to continue reading</h3><p>Get unlimited access to local journalism for 1 euro a week. Cancel anytime.</p>
<p>Already a subscriber? <a href="/login">Log in</a></p></div></article></main>${footer('The Harbour Gazette')}</body></html>`;
}

/** A login form in front of the article. */
export function loginWall(): string {
  return `<!DOCTYPE html><html lang="en">${head('Sign in | Members Area')}<body>${navigation('Harbour Members')}<main><div class="login-box"><h1>Sign in to read this story</h1>
<p>This story is for registered readers. Log in with your account or create one for free.</p><form action="/session" method="post"><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button type="submit">Log in</button></form><p><a href="/forgot">Forgot your password?</a></p></div></main>${footer('Harbour Members')}</body></html>`;
}

/** An application shell: nothing but a mount point and scripts. */
export function scriptOnly(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading…</title><script src="/static/vendor.js"></script><script src="/static/app.js"></script></head>
<body><div id="root"></div><script>window.__INITIAL_DATA__={"route":"/story/123","user":null};</script></body></html>`;
}

/** A cookie consent wall: the page shows only the notice until the reader accepts. */
export function cookieWall(): string {
  return `<!DOCTYPE html><html lang="en">${head('Before you continue')}<body>${cookieBanner()}<div class="consent-wall"><h2>Before you continue</h2>
<p>We and our partners use cookies and similar technologies to store and access information on your device.</p><button>Accept all</button><button>Reject all</button></div></body></html>`;
}

/** A section front: headlines with teasers, every headline a link. */
export function indexPage(): string {
  const teasers = [...OTHER_HEADLINES, ...OTHER_HEADLINES.map((h) => `${h}: what we know so far`)]
    .map(
      (h, i) =>
        `<div class="teaser"><h3><a href="/news/story-${i}">${text(h)}</a></h3><p>${text(h)} — the latest from our newsroom, with updates through the day.</p></div>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="en">${head('Local news | The Harbour Gazette')}<body>${navigation('The Harbour Gazette')}<main><h1>Local news</h1>${teasers}</main>${sidebar()}${footer('The Harbour Gazette')}</body></html>`;
}

/** A short news brief (about 90 words) among heavy chrome: an article all the same. */
export function shortBrief(): string {
  const body = MARKET.paragraphs.slice(0, 2).concat(MARKET.paragraphs[4]!);
  return `<!DOCTYPE html><html lang="en">${head(`${MARKET.headline} | City Voice`)}<body>${navigation('City Voice')}<main><article><h1>${text(MARKET.headline)}</h1>
${body.map((p) => `<p>${text(p)}</p>`).join('')}</article></main>${sidebar()}${footer('City Voice')}</body></html>`;
}

/** A full article on a site with a login form in its header and a paywall script that did not trigger. */
export function articleWithLoginForm(): string {
  return `<!DOCTYPE html><html lang="en">${head(`${HARBOUR.headline} | The Harbour Gazette`)}<body>${navigation('The Harbour Gazette')}
<div class="account"><form><input type="email" name="u"><input type="password" name="p"><button>Log in</button></form></div>
<main><article class="piano-metered"><h1>${text(HARBOUR.headline)}</h1>${HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article></main>${footer('The Harbour Gazette')}</body></html>`;
}
