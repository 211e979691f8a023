/**
 * Lines a news page prints among the article's paragraphs that are none of its words: an embed's stand-in
 * until consent or scripts load it, a feedback widget, a republishing note, the writer's contact line, a
 * topic list, a player's length, calls to comment or to click. The article's own sentences using those words stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The harbour board of Saltby agreed on Tuesday to raise tolls for cargo ships by eight per cent from next spring, citing the cost of dredging.',
  '“We cannot keep the channel open on what we charge today,” said Orla Fenn, who chairs the board. She added that fishing boats would pay the same.',
  'Shipping firms said the rise would be passed on to shops in the town. One operator, Brannock Lines, said it was looking at other ports.',
  'The board will publish the new schedule of tolls next month, after a consultation with the chamber of commerce and the fishermen’s association.',
];
const page = (middle: string, end = '') =>
  `<html lang="en-GB"><head><title>Harbour tolls to rise | Saltby Herald</title></head><body><article><h1>Harbour tolls to rise</h1><p>${BODY[0]}</p><p>${BODY[1]}</p>${middle}<p>${BODY[2]}</p><p>${BODY[3]}</p>${end}</article></body></html>`;
const text = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('page furniture among the paragraphs', () => {
  it.each([
    '<div class="embed-wrapper"><p>This content is blocked. Accept cookies and other technologies to view it.</p></div>',
    '<p>Enable JavaScript to view this content.</p>',
    '<p>To see this map, please allow third-party cookies to load it.</p>',
    '<p>Was this article helpful? Yes No</p>',
    '<p>Listen 4:32</p>',
    '<p>Click here to get the Saltby Herald app.</p>',
    '<p>Image source, Harbour Photos</p><p>Image caption, The morning ferry leaving the harbour</p>',
    '<p>Related Topics</p>',
    '<p>This article contains affiliate links. We may earn a commission if you buy through them.</p>',
    '<p>In this article:</p>',
  ])('%s leaves the text', (line) => {
    expect(text(page(line))).toEqual(BODY);
  });

  it.each([
    '<p>This article was originally published by the Coastline Ledger and is republished here with permission.</p>',
    '<p>A version of this story first appeared in the Coastline Ledger.</p>',
    '<p>Contact Gwen Mabry at gwen.mabry@saltbyherald.example or follow her on X @gwenmabry.</p>',
    '<p>Have your say: what do you think of the new tolls? Let us know in the comments below.</p>',
    '<p>We want to hear from you. Email news@saltbyherald.example</p>',
    '<p>Topics: Harbour, Saltby, Shipping</p>',
    '<p>Follow Gwen Mabry on Bluesky</p>',
    '<p>Contributing: Ann Lee, Saltby Herald</p>',
    '<p>A version of this article appears in print on March 11, 2026, Section A, Page 3 of the Harbour edition with the headline: Tolls to rise.</p>',
    '<p>Get our breaking news email, free app or daily news podcast</p>',
    '<p>Our journalism relies on your support. Please consider making a contribution today.</p>',
    '<p>Published in print: 11 March 2026</p>',
    '<p>#Saltby #harbour #tolls</p>',
    '<p>Share via Email</p>',
  ])('%s at the end leaves the text', (line) => {
    expect(text(page('', line))).toEqual(BODY);
  });

  it.each(['This article is more than 2 years old', 'Gwen Mabry, Transport correspondent', 'Supported by'])(
    '“%s” above the text leaves it',
    (line) => {
      const html = page('').replace('<h1>Harbour tolls to rise</h1>', `<h1>Harbour tolls to rise</h1><p>${line}</p>`);
      expect(text(html)).toEqual(BODY);
    },
  );

  it.each([
    'Advertisement - Scroll to continue',
    '12 Shares',
    'Show more',
    'Print this article',
    'Join the conversation',
    'Comments (12)',
    'Sponsored by Brannock Lines',
    'In partnership with Brannock Lines',
    'Explore more on these topics',
    'Reuse this content',
    'Already have an account? Log in',
    'Log in to save this article',
    'Download the Saltby Herald app',
    'Continue reading below',
    'Story continues',
    'Photo gallery (12 photos)',
    'Image 1 of 5',
    'Copy link to clipboard',
    'Report an error',
    'Skip advertisement',
    'Send us your tips',
    'Sign in',
    'Font size',
    'A A A',
    'Gift article',
    'Bookmark',
    'Last modified on Tue 14 Jun 2026 10.02 BST',
    'Follow the Saltby Herald on WhatsApp',
    'Follow us on Google News',
    'Stay up to date with the latest news from Saltby by following us on Facebook.',
    'Add the Saltby Herald as a preferred source on Google',
    'Get alerts on Saltby when a new story is published',
    'Listen to this story. Enjoy more audio and podcasts on iOS or Android.',
    'Support local journalism. Donate today.',
    'Don’t miss out: Download the Saltby Herald app for breaking news alerts on iPhone and Android.',
    'Install our app to follow the harbour vote live.',
    'Thanks for reading the Saltby Herald.',
    'Jump to: Background | Reaction | What’s next',
    'Loading comments…',
    '0:00 / 4:12',
    'Continue reading the main story',
    'Listen · 4:12 min',
    'Sign up for the Morning Brief',
    'Sign up to the Saltby Herald’s daily newsletter',
    'Recommended Stories',
    'Getty Images',
    'AFP via Getty Images',
    '(AP Photo/Lena Ruud)',
    'Editor’s picks',
    'Save this story',
    'Opens in new window',
    'Enlarge this image',
    'toggle caption',
    'Hide caption',
    'Ad',
    'Paid Post',
    'Content from our partners',
    'Read the full story',
    'More in Politics',
    'Related Content',
    'You might also like',
    'Scroll down for video',
    'Full screen',
    'Play',
    'Mute',
    'Now playing',
    'Up next',
    'Watch live',
    'Open image in gallery',
    'Read this next',
    'Email the author',
    'Audio: Listen to this story',
    'The Saltby Herald is on WhatsApp. Click here to join.',
    'Newsletter',
    'Please enable JS and disable any ad blocker',
    'Your browser does not support the video tag.',
    'This video can not be played',
    'Skip to next section',
    'End of Article',
  ])('“%s” leaves the text', (line) => {
    expect(text(page(`<p>${line}</p>`))).toEqual(BODY);
  });

  it.each([
    'The video could not be shown in court, the judge ruled, because the defence had not seen it.',
    'Following the row on Twitter, the minister apologised to the fishermen on Wednesday.',
    'This story began in 2019, when the first dredger ran aground in the northern channel.',
    'Email records seen by the Herald show the board knew of the cost in March.',
    'Sponsored by the chamber of commerce, the study found that tolls were the lowest on the coast.',
    'Register of interests shows the chair owns two fishing boats.',
    'Sign in the harbour office window: closed until spring.',
    'Fenn wrote in the comments section of our website that the tolls were overdue.',
    'Follow the board’s decisions on Facebook, Fenn urged the town’s shopkeepers at the meeting.',
    'Follow the money on Twitter and you find the same three shipping firms, Fenn said.',
    'This report was published by the ministry on Monday and puts the cost of dredging at four million.',
    'This story was published after the board declined to comment on the tolls.',
    'This post is not available to harbour pilots who joined after 2020, the union said in a letter to the board.',
    'Get alerts from the coastguard? Fishermen say they heard nothing on the night of the storm.',
    'Support local fishermen, the board urged shoppers, by buying from the harbour market.',
    'Thanks to the new tolls, the board said, the channel can be dredged every year.',
    'Stay calm and keep following the harbour master’s orders, Fenn told skippers on Tuesday.',
    'More in sorrow than in anger, Fenn said the board had no choice.',
    'Play resumed at the harbour regatta once the fog had lifted on Saturday.',
    'Sign up for the rowing race closes on Friday, the club said, and forty crews have entered.',
    'The Saltby Herald is on the side of the fishermen, its editor wrote in a column on Monday.',
    'Reuters reported the tolls first, citing two members of the board.',
    'Skippers were told to download the harbour app, which now shows the tolls for every berth.',
    'Get the app store listing checked first, Fenn told the board, before anyone pays for a new one.',
  ])('the article’s sentence “%s” stays', (sentence) => {
    expect(text(page(`<p>${sentence}</p>`))).toContain(sentence);
  });
});

describe('a name and a job among the first paragraphs', () => {
  it('a sentence opening the article with a name and a job stays', () => {
    const lead = 'Cargo ships, the board’s engineer said, are now three times the size the sea wall was built for.';
    const html = page('').replace('<h1>Harbour tolls to rise</h1>', `<h1>Harbour tolls to rise</h1><p>${lead}</p>`);
    expect(text(html)[0]).toBe(lead);
  });

  it('the article’s own sentences with those words stay', () => {
    for (const line of [
      'Fishermen can make a donation to the lifeboat fund at the harbour office, the board said on Tuesday.',
      'Image source files for the new charts were lost in the flood, the harbour master said.',
      'Contributing to the cost, the town will pay a third of the dredging bill over five years.',
      'Fishermen posted #SaveTheQuay all week, and the board said it had read every message.',
      'We get our news from the harbour app now, one skipper told the board, since the paper stopped coming.',
    ]) {
      expect(text(page(`<p>${line}</p>`))).toContain(line);
    }
  });

  it('the author’s bio goes when the page’s furniture stands after it', () => {
    const html = page('', '<p class="byline">By Gwen Mabry</p>').replace(
      '</article>',
      '<p>Gwen Mabry is the Herald’s transport reporter. Follow her on X @gwenmabry.</p><p>Share via Email</p><p>Was this article helpful? Yes No</p><p>Topics: Harbour, Saltby</p><p>Reuse this content</p></article>',
    );
    expect(text(html)).toEqual(BODY);
  });
});
