/**
 * The words that open a byline come from one list (`src/corpus/byline-words.ts`) for the
 * reader that names the page's author and the tidier that drops the byline's line, so a byline is either read
 * and dropped or neither; wire credit lines ("Reporting by …; Editing by …") are no article text.
 */
import { describe, expect, it } from 'vitest';
import { BYLINE_OPENERS, WRITER_PARTS } from '../../../src/corpus/byline-words.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'Lock keepers on the eastern canal agreed a new roster on Tuesday after five weeks of talks, their guild said.',
  '“The roster keeps the night locks open all summer,” said guild secretary Malin Oster.',
  'The waterways board said the change would cost about a quarter of a million a year and called it fair.',
  'Barge crews had waited hours at the locks for most of the spring, which angered the boat hire firms.',
];
const page = (top: string, end = '', head = '') =>
  `<html><head><title>Canal roster | Eastwater Journal</title>${head}</head><body><article><h1>Canal roster</h1>${top}${BODY.map((p) => `<p>${p}</p>`).join('')}${end}</article></body></html>`;
const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('one list of byline words for the author and the text', () => {
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  const openers = [...BYLINE_OPENERS.map(cap), ...WRITER_PARTS.map((w) => `${cap(w)} by`)];
  it.each(openers)('“%s Malin Oster”: her name is the author, and the line leaves the text', (opener) => {
    const r = read(page(`<p>${opener} Malin Oster</p>`));
    expect(r.author).toBe('Malin Oster');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('Swedish “Av … och …” and Russian “От”, which only the tidier knew, name the authors', () => {
    expect(read(page('<p class="byline">Av Kari Lunde och Ola Berg</p>')).author).toBe('Kari Lunde, Ola Berg');
    const ru = read(page('<p>От Ивана Петрова</p>'));
    expect(ru.author).toBe('Ивана Петрова');
    expect(ru.text.split('\n\n')).toEqual(BODY);
  });

  it('names joined by “&”, which only the author reader knew, leave the text', () => {
    const r = read(page('<p>By Malin Oster &amp; Per Lagerkvist · June 3, 2026</p>'));
    expect(r.author).toBe('Malin Oster, Per Lagerkvist');
    expect(r.date).toBe('2026-06-03');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a “Words by” line with a date dates the page', () => {
    expect(read(page('<p>Words by Malin Oster · June 14, 2026</p>')).date).toBe('2026-06-14');
  });

  it('a sentence opening with “By” or “Av” stays', () => {
    const line = 'By Tuesday evening the locks had reopened to boats.';
    const r = read(page(`<p>${line}</p>`));
    expect(r.author).toBeNull();
    expect(r.text.split('\n\n')[0]).toBe(line);
  });
});

describe('wire credit lines', () => {
  it.each([
    '(Reporting by Ann Lee in Oslo; Editing by Tom Hale)',
    'Reporting by Ann Lee, Tom Hale and Ed Row; Writing by Mia Sun; Editing by Kim Vo &amp; Al Ng',
    'Additional reporting by Ann Lee.',
    'Compiled by staff from wire reports',
    'Associated Press writers Ann Lee in Paris and Tom Hale in Berlin contributed to this report.',
  ])('“%s” on its own line is no article text', (line) => {
    expect(read(page('', `<p>${line}</p>`)).text.split('\n\n')).toEqual(BODY);
    expect(read(page(`<p><em>${line}</em></p>`)).text.split('\n\n')).toEqual(BODY);
  });

  it('a sentence that mentions reporting by someone stays', () => {
    for (const line of [
      'Reporting by the Ledger in March found forty faults in the lock gates.',
      'Reporting by Reuters showed that the board knew of the faults.',
      '“We welcome reporting by Ann Lee on the locks,” the board said.',
    ]) {
      expect(read(page('', `<p>${line}</p>`)).text.split('\n\n')).toEqual([...BODY, line]);
    }
  });
});

describe('opinion and analysis pages', () => {
  const OP = [
    'The board says the new lock gates will last fifty years. I have worked these locks for thirty and I do not believe it.',
    '“The gates will be in before the summer,” the board’s chair Edda Vik told the council, to applause from the contractors.',
    'But the engineers who drew the first plan warned that the canal bed shifts, and a gate set on the wrong footing is money in the mud.',
    'The canal needs dredging upstream, not new steel downstream. That is cheaper and slower, which is exactly why nobody will do it.',
  ];
  const op = (head: string, top = '') =>
    `<html><head>${head}</head><body><article>${top}${OP.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  const HEADLINE = 'The new lock gates will not save the canal';

  it.each([
    ['<title>Opinion | The new lock gates will not save the canal - Eastwater Journal</title>'],
    ['<title>Opinion: The new lock gates will not save the canal | Eastwater Journal</title>'],
    ['<title>The new lock gates will not save the canal | Opinion | Eastwater Journal</title>'],
    ['<title>Eastwater Journal</title><meta property="og:title" content="Analysis | The new lock gates will not save the canal">'],
    [
      '<script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"Opinion: The new lock gates will not save the canal"}</script>',
    ],
  ])('the title is the headline without its section label: %s', (head) => {
    const r = read(op(head));
    expect(r.title).toBe(HEADLINE);
    expect(r.text.split('\n\n')).toEqual(OP);
  });

  it('a kicker inside the <h1>, or printed above it, is no part of the headline nor of the text', () => {
    const title = '<title>The new lock gates will not save the canal | Eastwater Journal</title>';
    expect(read(op(title, `<h1><span class="kicker">Opinion</span> ${HEADLINE}</h1>`)).title).toBe(HEADLINE);
    for (const kicker of ['<p>Analysis</p>', '<div class="label">Editorial</div>', '<p class="kicker">Opinion</p>']) {
      const r = read(op(title, `${kicker}<h1>${HEADLINE}</h1>`));
      expect(r.title).toBe(HEADLINE);
      expect(r.text.split('\n\n')).toEqual(OP);
    }
  });

  it('a headline that only opens with such a word keeps it', () => {
    const h = 'Opinion polls show the lock gates plan losing support';
    expect(read(op(`<title>${h} | Eastwater Journal</title>`, `<h1>${h}</h1>`)).title).toBe(h);
    expect(read(op('<title>x</title>', `<h1><span>Opinion</span> polls show the plan losing</h1>`)).title).toBe(
      'Opinion polls show the plan losing',
    );
  });
});

describe('live pages', () => {
  it('a “LIVE” or “Breaking news” label is no paragraph, and an entry’s credit line leaves it', () => {
    const entries = [
      'Crews restored power to about two thousand homes in the harbour district, the grid operator said, but the old town remains dark.',
      '“We are asking everyone to stay off the coast road until the evening,” police chief Arne Dahl told reporters at the station.',
      'All ferries to the islands are cancelled for the rest of the day, the operator said in a short statement on its website.',
    ];
    const times = ['15:40', '12:10', '09:05'];
    for (const label of ['LIVE', 'Live updates', 'Breaking news']) {
      const html = `<html><head><title>Storm live | Saltby Herald</title></head><body><article><h1>Storm live</h1><p class="tag">${label}</p>${entries
        .map(
          (e, i) =>
            `<div class="entry"><time datetime="2026-02-11T${times[i]}:00Z">${times[i]}</time><p>${e}</p>${i === 2 ? '<p>Reporting by Ines Varga; Editing by Pelle Maro</p>' : ''}</div>`,
        )
        .join('')}</article></body></html>`;
      const r = read(html);
      expect(r.text.split('\n\n')).toEqual(entries);
      expect(r.datedParts?.map((p) => p.time)).toEqual(times);
    }
  });
});

describe('a posting line whose author is printed apart', () => {
  it('“Posted 20 January by <span class="author">…</span>” names the author and leaves no “Posted … by” in the text', () => {
    const r = read(
      page('<div class="meta">Posted <time datetime="2026-01-20">20 January</time> by <span class="author">Gwen Mabry</span></div>'),
    );
    expect(r.author).toBe('Gwen Mabry');
    expect(r.date).toBe('2026-01-20');
    expect(r.text.split('\n\n')).toEqual(BODY);
  });

  it('a sentence that opens with “Published” and ends with a name stays', () => {
    const line = 'Published figures were checked by Ann Lee.';
    expect(read(page('', `<p>${line}</p>`)).text.split('\n\n')).toEqual([...BODY, line]);
  });
});

describe('a page dated only by a <time>', () => {
  const body = BODY.map((p) => `<p>${p}</p>`).join('');
  const masthead =
    '<header class="site-header"><a href="/">Eastwater Journal</a> <time datetime="2026-12-02">Wednesday 2 December 2026</time></header>';
  const dated = (html: string) => {
    const r = read(`<html><head><title>Canal roster | Eastwater Journal</title></head><body>${html}</body></html>`);
    return r.date;
  };

  it('the site’s masthead date (today’s, on every page) dates no article', () => {
    expect(
      dated(
        `${masthead}<main><article><h1>Canal roster</h1><time datetime="2026-03-14T09:00">14 March 2026</time>${body}</article></main>`,
      ),
    ).toBe('2026-03-14');
    expect(dated(`${masthead}<main><article><h1>Canal roster</h1>${body}</article></main>`)).toBeNull();
  });

  it('other stories’ teasers printed as <article> before the page’s own date nothing', () => {
    const teasers =
      '<aside><h3>Latest</h3><article><a href="/a">Storm closes road</a> <time datetime="2026-12-01">1 Dec</time></article><article><a href="/b">Mayor resigns</a> <time datetime="2026-11-30">30 Nov</time></article></aside>';
    expect(
      dated(
        `${teasers}<main><article><h1>Canal roster</h1><header><time datetime="2026-03-14">14 March 2026</time></header>${body}</article></main>`,
      ),
    ).toBe('2026-03-14');
    expect(dated(`${teasers}<main><article><h1>Canal roster</h1><p class="post-date">March 14, 2026</p>${body}</article></main>`)).toBe(
      '2026-03-14',
    );
  });

  it('the header holding the headline, outside the article, still dates it', () => {
    expect(
      dated(
        `<header class="entry-header"><h1>Canal roster</h1><time datetime="2026-03-14">14 March 2026</time></header><div>${body}</div>`,
      ),
    ).toBe('2026-03-14');
  });
});

describe('other stories’ teasers printed as <article> before the page’s own', () => {
  const teasers = (mark: (name: string) => string) =>
    `<aside><h3>Latest</h3><article><a href="/a">Storm closes road</a> ${mark('Rolf Aune')}</article><article><a href="/b">Mayor resigns</a> ${mark('Edda Vik')}</article></aside>`;
  const body = BODY.map((p) => `<p>${p}</p>`).join('');
  it('name no author of the page', () => {
    for (const [mark, own] of [
      [(n: string) => `<span class="author">${n}</span>`, '<span class="author">Malin Oster</span>'],
      [(n: string) => `<span class="byline">By ${n}</span>`, '<p class="byline">By Malin Oster</p>'],
    ] as const) {
      const r = read(
        `<html><head><title>Canal roster | Eastwater Journal</title></head><body>${teasers(mark)}<main><article><h1>Canal roster</h1>${own}${body}</article></main></body></html>`,
      );
      expect(r.author).toBe('Malin Oster');
      expect(r.text.split('\n\n')).toEqual(BODY);
    }
  });
});
