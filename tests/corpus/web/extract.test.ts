import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedPage } from '../../../src/corpus/web/extract.js';
import { HARBOUR, MARKET } from './pages/articles.js';
import { navigation, text } from './pages/chrome.js';
import { articlePages, bareDocument, drupalPage, newsSitePage, openGraphPage, wordpressPage, type TestPage } from './pages/shapes.js';

function extracted(html: string, url?: string): ExtractedPage {
  const result = extractArticle(html, { url });
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return result;
}

function expectPage(page: TestPage, result: ExtractedPage): void {
  expect(result.text).toBe(page.body.join('\n\n'));
  for (const [field, value] of Object.entries(page.expected))
    expect({ field, value: result[field as keyof ExtractedPage] }).toEqual({ field, value });
}

describe('extractArticle on pages of common publishing systems', () => {
  it.each(articlePages().map((p) => [p.name, p] as const))('%s: the body paragraph by paragraph, and the metadata', (_name, page) => {
    expectPage(page, extracted(page.html));
  });

  it('reads JSON-LD NewsArticle metadata with a list of authors, keeping the key of each value as evidence', () => {
    const result = extracted(newsSitePage().html);
    expect(result.evidence).toEqual(
      expect.arrayContaining([
        { field: 'outlet', source: 'page', detail: 'JSON-LD NewsArticle.publisher.name = "The Northern Post"' },
        { field: 'date', source: 'page', detail: 'JSON-LD NewsArticle.datePublished = "2023-11-02T06:15:00Z"' },
        { field: 'author', source: 'page', detail: 'JSON-LD NewsArticle.author.name = "Marta Quill, Jonas Feld"' },
      ]),
    );
  });

  it('names every author a page credits with an author tag of its own, and never a profile link', () => {
    const tags =
      '<meta name="author" content="Ines Varga"><meta name="author" content="Pelle Maro"><meta name="author" content="Ines Varga">' +
      '<meta property="article:author" content="https://valley.example/staff/ines-varga">';
    const html = `<html><head><title>Flood wall vote | Quay Times</title>${tags}</head>
<body><article>${HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article></body></html>`;
    const result = extracted(html);
    expect(result.author).toBe('Ines Varga, Pelle Maro');
    expect(result.evidence.find((e) => e.field === 'author')?.detail).toBe('2 <meta name="author"> tags: Ines Varga, Pelle Maro');
    // a profile link alone names nobody; the next author tag does
    const linked = extracted(
      html.replace(/<meta name="author"[^>]*>/g, '').replace('</title>', '</title><meta name="parsely-author" content="Ruth Ebbe">'),
    );
    expect(linked.author).toBe('Ruth Ebbe');
  });

  it('names the authors of a printed byline when no tag names them, and never a role, a date or a desk', () => {
    const withByline = (line: string): string | null =>
      extracted(`<html><head><title>Flood wall vote | Quay Times</title></head>
<body><article><h1>Flood wall vote</h1><div class="story-byline">${line}</div>${HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article></body></html>`)
        .author;
    expect(withByline('By Ines Varga, Pelle Maro and Ruth Ebbe')).toBe('Ines Varga, Pelle Maro, Ruth Ebbe');
    expect(withByline('By Ines Varga and Pelle Maro, Staff Writers')).toBe('Ines Varga, Pelle Maro');
    expect(withByline('By Lena Marsh | 14 June 2026')).toBe('Lena Marsh');
    expect(withByline('By Jan van der Berg')).toBe('Jan van der Berg');
    for (const none of ['By Staff', 'By the harbour desk', 'Reporting by Ines Varga']) expect(withByline(none)).toBeNull();
  });

  it('a date line written day first with slashes, with “a.m. ET”, or in French dates the page and leaves the body', () => {
    for (const [line, iso] of [
      ['Published 14/06/2026', '2026-06-14'],
      ['Jun. 14, 2026 7:45 a.m. ET', '2026-06-14'],
      ['le 14 juin 2026 à 07h45', '2026-06-14'],
      ['2026年6月14日', '2026-06-14'],
    ] as const) {
      const html = `<html><head><title>Flood wall vote | Quay Times</title></head>
<body><article><h1>Flood wall vote</h1><p>${line}</p>${HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article></body></html>`;
      const result = extracted(html);
      expect(result.date).toBe(iso);
      expect(result.text).not.toContain(line);
    }
  });

  it('resolves a publisher given by reference in a JSON-LD @graph', () => {
    const result = extracted(wordpressPage().html);
    expect(result.outlet).toBe('The Harbour Gazette');
    expect(result.evidence.find((e) => e.field === 'outlet')?.detail).toBe('JSON-LD Article.publisher.name = "The Harbour Gazette"');
  });

  it('tolerates malformed JSON-LD: trailing commas and raw line breaks are repaired, garbage is skipped', () => {
    const html = `<html><head><script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "Flood wall vote",
"publisher": {"name": "Quay Times",}, "datePublished": "2020-02-03",}</script><script type="application/ld+json">{not json at all</script></head>
<body><article>${HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article></body></html>`;
    const result = extracted(html);
    expect([result.title, result.outlet, result.date]).toEqual(['Flood wall vote', 'Quay Times', '2020-02-03']);
  });

  it('resolves a relative canonical link against the address the page was read from', () => {
    expect(extracted(drupalPage().html).url).toBeNull();
    expect(extracted(drupalPage().html, 'https://www.cityvoice.example/node/5521?ref=feed').url).toBe(
      'https://www.cityvoice.example/news/night-market-returns',
    );
  });

  it('takes the outlet from the OpenGraph site name when nothing else names it', () => {
    const result = extracted(openGraphPage().html);
    expect(result.evidence.find((e) => e.field === 'outlet')?.detail).toBe('<meta property="og:site_name" content="Depot News">');
  });

  it('takes the outlet from the title suffix: "Headline | Outlet", "Headline - Outlet", "Outlet: Headline"', () => {
    const body = `<article><h1>${text(MARKET.headline)}</h1>${MARKET.paragraphs.map((p) => `<p>${text(p)}</p>`).join('')}</article>`;
    for (const [title, outlet] of [
      [`${MARKET.headline} | Tram Depot Weekly`, 'Tram Depot Weekly'],
      [`${MARKET.headline} - Depot Daily`, 'Depot Daily'],
      [`${MARKET.headline} — The Depot`, 'The Depot'],
      [`Depot Daily: ${MARKET.headline}`, 'Depot Daily'],
    ]) {
      const result = extracted(`<html><head><title>${text(title!)}</title></head><body>${navigation('x')}${body}</body></html>`);
      expect([result.outlet, result.title]).toEqual([outlet, MARKET.headline]);
    }
  });

  it('names the outlet by the page URL when the markup names none: as the chrome writes it, else the domain', () => {
    const page = bareDocument();
    expect(extracted(page.html).outlet).toBeNull();
    expect(extracted(page.html, 'https://www.glacierwatch.example/2023/story').outlet).toBe('glacierwatch.example');
    const named = page.html.replace('</div></body>', '</div><footer><p>GlacierWatch is an independent newsroom.</p></footer></body>');
    const result = extracted(named, 'https://www.glacierwatch.example/2023/story');
    expect(result.outlet).toBe('GlacierWatch');
    expect(result.url).toBe('https://www.glacierwatch.example/2023/story');
  });

  it('invents nothing for a page without metadata', () => {
    const result = extracted(bareDocument().html);
    expect([result.outlet, result.date, result.url, result.author, result.lang]).toEqual([null, null, null, null, null]);
  });

  it('reads dates from the usual meta tags and from <time datetime> in the article header', () => {
    const body = HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('');
    const cases: [string, string][] = [
      ['<meta name="date" content="2021-06-30">', '2021-06-30'],
      ['<meta name="DC.date.issued" content="2021/06/30">', '2021-06-30'],
      ['<meta name="parsely-pub-date" content="2021-06-30T23:59:00-07:00">', '2021-06-30'],
      ['<meta itemprop="datePublished" content="June 30, 2021">', '2021-06-30'],
    ];
    for (const [meta, day] of cases)
      expect(extracted(`<html><head>${meta}</head><body><article>${body}</article></body></html>`).date).toBe(day);
    const timed = `<html><body><article><header><time datetime="2018-12-01T08:00">1 Dec</time></header>${body}</article></body></html>`;
    expect(extracted(timed).date).toBe('2018-12-01');
  });

  it('keeps headings, list items and blockquotes as paragraphs, splits <br><br>, and drops captions and share boxes', () => {
    const html = `<html><body><article><p>${text(HARBOUR.paragraphs[0]!)}<br><br>${text(HARBOUR.paragraphs[1]!)}</p>
<figure><img src="a.jpg"><figcaption>The quay at dawn. Photo: Staff</figcaption></figure><h2>What happens next</h2>
<ul><li>${text(HARBOUR.paragraphs[4]!)}</li><li>Work starts in September</li></ul><blockquote>${text(HARBOUR.paragraphs[6]!)}</blockquote>
<div class="social-share"><a href="#">Share on Facebook</a></div><p>${text(HARBOUR.paragraphs[7]!)}</p></article></body></html>`;
    expect(extracted(html).text.split('\n\n')).toEqual([
      HARBOUR.paragraphs[0],
      HARBOUR.paragraphs[1],
      'What happens next',
      HARBOUR.paragraphs[4],
      'Work starts in September',
      HARBOUR.paragraphs[6],
      HARBOUR.paragraphs[7],
    ]);
  });
});

describe('the first paragraph of the body', () => {
  const rest = [
    'The depot on Quayside will become a covered market, the council decided on Thursday after two years of argument over the future of the building.',
    'Work on the roof starts in March, and the first stalls should open before the summer, according to the timetable the council published alongside its decision.',
    'Traders who ran the old Saturday market on the square will be offered the first places, at the same rent they paid before the square was closed for repairs.',
  ];
  const page = (lead: string): string =>
    `<!DOCTYPE html><html><head><title>Depot to become covered market | Quayside Herald</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>${[lead, ...rest].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('is kept when it is short and unpunctuated at its end but not the headline of the <title>: a quotation, a live update’s heading', () => {
    for (const lead of ['The councillor was defiant on Thursday: “We will not let them build another car park.”', 'Vote passes']) {
      expect(extracted(page(lead)).text).toBe([lead, ...rest].join('\n\n'));
    }
  });

  it('is taken off as the headline when it is the <title>’s headline', () => {
    const result = extracted(page('Depot to become covered market'));
    expect(result.text).toBe(rest.join('\n\n'));
    expect(result).toMatchObject({ title: 'Depot to become covered market', outlet: 'Quayside Herald' });
  });
});

describe('requests to the reader below the article', () => {
  it('drops "Have a story? Email us …", "Got a story? Email newsdesk@…" and "Get in touch …" lines, not a quotation that says the same', () => {
    const body = [
      'The depot on Quayside will become a covered market, the council decided on Thursday after two years of argument over the future of the building.',
      '“Email us your ideas for the stalls,” said councillor Ines Marlow, who will chair the market committee until the opening next summer.',
      'Work on the roof starts in March, and the first stalls should open before the summer, according to the timetable the council published.',
    ];
    const html = `<!DOCTYPE html><html><head><title>Depot to become market | Quayside Herald</title></head><body><article><h1>Depot to become market</h1>${[
      ...body,
      'Have a story? Email us at news@herald.example',
      'Got a news tip? Get in touch with our newsroom on 0100 555 0199.',
      'Got a story? Email newsdesk@herald.example or call 0100 555 0123.',
      'Do you have a story? Contact the newsdesk: +44 100 555 0124',
    ]
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    expect(extracted(html).text).toBe(body.join('\n\n'));
  });
});

describe('a live blog', () => {
  it('keeps each update’s heading and text, without the clock time stamped on it', () => {
    const updates = [
      [
        '14:05',
        'Vote passes',
        '“We cannot keep paying for a pier that is sinking,” said Mayor Elna Vostrikova after the vote, which passed by nine votes to four.',
      ],
      [
        'Updated 1.40pm GMT',
        'Opposition speaks',
        'Councillor Dario Pell said the closure would cut off the island villages and called the plan a betrayal of everyone across the water.',
      ],
      [
        '13h00',
        'Debate opens',
        'The council of Brinmoor opened its debate on the old ferry terminal, which has carried passengers across the sound since 1952.',
      ],
    ];
    const html = `<!DOCTYPE html><html><head><title>Live: Brinmoor ferry vote | The Brinmoor Courier</title></head><body><article><h1>Live: Brinmoor ferry vote</h1>${updates
      .map(
        ([time, heading, text]) => `<div class="update"><p class="stamp"><time>${time}</time></p><h3>${heading}</h3><p>${text}</p></div>`,
      )
      .join('')}</article></body></html>`;
    expect(extracted(html).text).toBe(updates.flatMap(([, heading, text]) => [heading, text]).join('\n\n'));
  });
});

describe('dates without date markup', () => {
  const body = HARBOUR.paragraphs.map((p) => `<p>${text(p)}</p>`).join('');

  it('reads a date line at the top of the article, and takes it off the body', () => {
    const result = extracted(`<html><body><article><p>Tuesday 14 May 2024, 19:42</p>${body}</article></body></html>`);
    expect(result.date).toBe('2024-05-14');
    expect(result.text).toBe(HARBOUR.paragraphs.join('\n\n'));
    expect(result.evidence.find((e) => e.field === 'date')?.detail).toBe('a date line above the article: Tuesday 14 May 2024, 19:42');
  });

  it('reads a date written in a date- or byline-classed element of the article', () => {
    const html = `<html><body><div class="latest"><span class="date">June 1, 2024</span></div><article><div class="post-meta">By Lena Marsh · <span class="posted-on">Posted on 3 March 2022</span></div>${body}</article></body></html>`;
    const result = extracted(html, 'https://quay.example/news/2019/3/2/flood-wall');
    expect(result.date).toBe('2022-03-03');
    expect(result.evidence.find((e) => e.field === 'date')?.detail).toBe('<span class="posted-on">Posted on 3 March 2022');
  });

  it('reads the date a news address carries in its path, and nothing from one that carries none', () => {
    const html = `<html><body><article>${body}</article></body></html>`;
    expect(extracted(html, 'https://quay.example/news/2019/3/2/flood-wall').date).toBe('2019-03-02');
    expect(extracted(html, 'https://quay.example/news/flood-wall-2019').date).toBeNull();
  });
});

describe('bylines printed as a plain paragraph', () => {
  const body = [
    'The new pier is two hundred metres long and can take the largest ferries on the route, which until now had to anchor offshore in bad weather.',
    'The harbour authority opened it on Monday after three years of building work and two delays caused by winter storms along the coast.',
    '“It was worth the wait,” said the harbour master, Liesel Okonjo, as the first boat tied up beside the new crane.',
  ];
  it.each(['By Sigrid Oyelaran', 'Par Claire Dumont', 'Von Anna Becker', 'by Sigrid Oyelaran'])(
    '"%s" above the body, in an element without a byline class, leaves the body',
    (byline) => {
      const html = `<html><body><article><h1>Pier opens</h1><p>${byline}</p>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
      expect(extracted(html).text).toBe(body.join('\n\n'));
    },
  );
});

describe('a live blog whose entries all carry the same heading', () => {
  const updates = [
    'The coastguard has closed the northern pier to all traffic until the wind drops below gale force this evening.',
    'Ferries to the outer islands are cancelled until at least two in the afternoon, the operator says on its website.',
    '“Nobody should spend this storm alone in a cold house,” said Mayor Bertrand Oakes, who has opened the sports hall as a shelter.',
    'Power has been lost to about 1,200 homes on the east side of town, according to the grid operator.',
  ];
  it('drops the label every entry repeats ("Update") and the time stamps, keeps each entry, and a heading said once', () => {
    const entries = updates
      .map((u, i) => `<div class="entry"><time>1${i}:05</time><h2>Update</h2><p>${u}</p></div>`)
      .concat(
        '<div class="entry"><h2>Shelter opens at the sports hall</h2><p>Volunteers brought blankets and soup for the first families to arrive.</p></div>',
      )
      .join('');
    const html = `<html><head><title>Harbour storm live | The Island Courier</title></head><body><main><h1>Harbour storm live</h1><div class="live-blog">${entries}</div></main></body></html>`;
    expect(extracted(html).text).toBe(
      [...updates, 'Shelter opens at the sports hall', 'Volunteers brought blankets and soup for the first families to arrive.'].join(
        '\n\n',
      ),
    );
  });
});

describe('a canonical link to the site’s front page', () => {
  const page = (canonical: string) =>
    `<html><head><title>Bakery opens a second shop | Valley Gazette</title><link rel="canonical" href="${canonical}"><meta property="og:url" content="${canonical}"></head><body><article><h1>Bakery opens a second shop</h1><p>${HARBOUR.paragraphs.join('</p><p>')}</p></article></body></html>`;

  it('is not the article’s address: the address it was read from is (every article of such a site would share one)', () => {
    for (const canonical of ['https://www.valleygazette.example/', '/', 'https://www.valleygazette.example']) {
      expect(extracted(page(canonical), 'https://www.valleygazette.example/news/bakery-second-shop').url).toBe(
        'https://www.valleygazette.example/news/bakery-second-shop',
      );
    }
  });

  it('a canonical link with a path or a query still wins', () => {
    expect(extracted(page('https://www.valleygazette.example/?p=812'), 'https://m.valleygazette.example/x').url).toBe(
      'https://www.valleygazette.example/?p=812',
    );
    expect(extracted(page('/news/bakery'), 'https://m.valleygazette.example/x').url).toBe('https://m.valleygazette.example/news/bakery');
  });
});

describe('a consent notice printed before the article, in a box whose class names no consent word', () => {
  const notice = `<div class="qc-cmp2-container"><h2>We value your privacy</h2><p>We and our partners store and access information on a device, such as cookies, and process personal data for personalised advertising and content, advertising and content measurement and audience research.</p><p>You may click to consent to our and our partners’ processing as described above, or change your preferences before consenting. You can withdraw your consent at any time from the privacy link.</p></div>`;
  it('leaves the body; a report on cookie rules keeps its paragraphs', () => {
    const report = [
      'The data regulator fined three shopping sites on Monday for setting advertising cookies before visitors had given their consent.',
      'The sites have two months to change their consent banners. One of them said it would appeal, arguing that its partners had written the banner and that the privacy rules were unclear.',
    ];
    const body = [...report, ...HARBOUR.paragraphs];
    const html = `<html><head><title>Regulator fines shops over cookies</title></head><body>${notice}<article><h1>Regulator fines shops over cookies</h1><p>${body.join('</p><p>')}</p></article></body></html>`;
    expect(extracted(html).text).toBe(body.join('\n\n'));
  });
});
