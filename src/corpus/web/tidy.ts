/**
 * Paragraph-level clean-up of an extracted article: the headline printed again above the body, bylines and
 * date lines, labels of ad slots and share bars, "Read more:" teasers, photo credits, copyright lines,
 * newsletter pitches, wire credit lines ("Reporting by …; Editing by …"), paywall and log-in notices, live-blog
 * time stamps, short paragraphs that are nothing but a link, and other stories' linked headlines. Only short
 * paragraphs are ever dropped, so a sentence of the article that merely mentions one of these words stays.
 * The entry (`tidyParagraphs`); its rules are in tidy/ (README there).
 */
import { NAME_AND_ROLE, NAMES_LINE } from '../byline-words.js';
import { countWords } from './dom.js';
import type { Paragraph } from './paragraphs.js';
import { SHORT, dropReason, withoutDateBeside } from './tidy/lines.js';
import { pullQuotes, quotingSummaries } from './tidy/quoted.js';
import { BIO_WITHIN, authorBio, disclaimer, CONSENT_HEADING, consentNotice } from './tidy/notices.js';
import { joinBrokenSentences, repeatedHeadings, wallTail, linkLists } from './tidy/runs.js';

// the line tests the page's reader shares: a byline with its date, a caption's credit
export { bylineThenDate, CAPTION_CREDIT, DATE_LINE_WORDS, withoutDateBeside } from './tidy/lines.js';

/**
 * Drops page furniture from the paragraphs of an extracted article. `headlines` are the page's headline
 * wordings (its title, og:title, `<h1>` …): a paragraph repeating one is not body text. `authors` are the
 * page's authors' names: a bio opening with one of them is not body text either.
 *
 * @example tidyParagraphs([{ text: 'Advertisement', linkChars: 0, tag: 'div' }, body], []) // → [body]
 */
export function tidyParagraphs(given: readonly Paragraph[], headlines: readonly string[], authors: readonly string[] = []): Paragraph[] {
  const paragraphs = given.map(withoutAdLabels);
  const repeated = repeatedHeadings(paragraphs);
  const walled = wallTail(paragraphs, headlines);
  const listed = linkLists(paragraphs);
  const pulled = pullQuotes(paragraphs);
  const summaries = quotingSummaries(paragraphs, pulled);
  const kept = paragraphs.filter(
    (p, i) =>
      !pulled.has(i) &&
      !summaries.has(i) &&
      !(i < NAMES_WITHIN && !/^h[1-6]$/.test(p.tag) && NAMES_LINE.test(withoutDateBeside(p.text).trim())) &&
      !(i < NAMES_WITHIN && !/^h[1-6]$/.test(p.tag) && NAME_AND_ROLE.test(withoutDateBeside(p.text).trim())) &&
      // the page's author's name alone, printed above the text as its byline (<span class="author">Gwen Mabry</span>)
      !(i < NAMES_WITHIN && authors.includes(p.text.trim())) &&
      !walled.has(i) &&
      !listed.has(i) &&
      dropReason(p, headlines) === null &&
      !(repeated.has(p.text) && /^h[1-6]$/.test(p.tag)) &&
      !consentNotice(p) &&
      !(
        CONSENT_HEADING.test(p.text) &&
        countWords(p.text) <= SHORT &&
        paragraphs[i + 1] !== undefined &&
        consentNotice(paragraphs[i + 1]!)
      ),
  );

  // the author's bio closes the article: among its last paragraphs once the furniture after it (a share row, a
  // feedback widget, a topic list) is gone
  return joinBrokenSentences(kept.filter((p, i) => !(i >= kept.length - BIO_WITHIN && (authorBio(p, authors) || disclaimer(p)))));
}

/**
 * An ad slot's label printed inside a paragraph, between two sentences or after the last ("… the ramps.
 * Advertisement The delay …"): the slot sat in the paragraph's markup without a class naming it. Only after a
 * sentence's close and before a capital or the end, so "advertisement revenue" in a sentence stays.
 */
const AD_LABEL_INSIDE =
  /(?<=[.!?…]["”’»)]?)\s+(?:Advertisement|ADVERTISEMENT|Anzeige|ANZEIGE|Publicité|PUBLICITÉ|Publicidad|PUBLICIDAD)(?:\s*[-–—:|·]?\s*(?:Scroll to continue(?: reading)?|Continue reading below|Story continues below))?(?=\s+["“„«‘]?\p{Lu}|\s*$)/gu;

function withoutAdLabels(p: Paragraph): Paragraph {
  const text = p.text.replace(AD_LABEL_INSIDE, '');
  return text === p.text ? p : { ...p, text };
}

/** Paragraphs at the top of a reading where a byline without "By" is looked for. */
const NAMES_WITHIN = 3;
