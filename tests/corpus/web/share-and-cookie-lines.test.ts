/**
 * A share row whose services stand on a line below their label ("Share this article" / "Facebook Twitter
 * Email"), and a cookie notice of one sentence longer than a label ("We use cookies … you agree to our cookie
 * policy. OK"): both were read as paragraphs of the article.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  '“Islanders who work late have had no way home for a decade, and that ends this spring,” said director Sanna Holt.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const read = (extra: string) => {
  const r = extractArticle(
    `<html><head><title>Night ferry | Skerry Post</title></head><body><div id="page"><div><h1>Night ferry</h1>${BODY.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}${extra}${BODY.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></div></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('share rows and cookie notices printed as paragraphs', () => {
  it.each([
    '<p>Share this article</p><p>Facebook Twitter Email</p>',
    '<p>WhatsApp Facebook X Copy link</p>',
    '<p>We use cookies to improve your experience. By continuing you agree to our <a href="/c">cookie policy</a>. OK</p>',
    '<p>This website uses cookies to give you the best experience. Manage your preferences or accept all.</p>',
  ])('%s leaves the text', (extra) => {
    expect(read(extra)).toEqual(BODY);
  });

  it('sentences about cookies, sharing or the services stay', () => {
    for (const line of [
      'Facebook and Twitter were both asked for comment on the timetable.',
      'We use cookies from the island bakery as a reward for the crew, the skipper joked, and the passengers agree.',
      '“We use cookies to keep the crew awake — you agree it works?” Holt asked.',
    ]) {
      expect(read(`<p>${line}</p>`)).toContain(line);
    }
  });
});
