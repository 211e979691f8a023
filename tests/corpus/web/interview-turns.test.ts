/**
 * An interview printed as turns keeps one paragraph a turn, opened by its speaker's label and a colon, however
 * the page sets the label in bold: before the words without a colon, on a line of its own, or several turns in
 * one paragraph split by line breaks (bold or not). A bold lead-in printed once is no speaker. Every page and sentence here is
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/claims/extract.js';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const INTRO =
  'Ilse Brandt has been mayor of Saltby for six years. After the council approved the harbour plan on Monday, she sat down with the Saltby Courier to talk about what comes next for the quay.';
const page = (turns: string) =>
  `<html><head><title>Interview: Ilse Brandt on the quay | Saltby Courier</title></head><body><article><h1>Interview: Ilse Brandt on the quay</h1><p>${INTRO}</p>${turns}</article></body></html>`;
const paragraphs = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n').slice(1);
};

const NAMED = [
  'Saltby Courier: Will taxes rise to pay for the works?',
  'Ilse Brandt: No, they will not rise this year or next. The regional fund covers the whole cost.',
  'Saltby Courier: And what happens to the ferries during the works?',
  'Ilse Brandt: They keep running every day, from a temporary berth on the north side.',
];
const QA = [
  'Q: Will taxes rise to pay for the works?',
  'A: No, they will not rise this year or next. The regional fund covers the whole cost.',
  'Q: And what happens to the ferries during the works?',
  'A: They keep running every day, from a temporary berth on the north side.',
];
/** The turns' words, without their labels. */
const words = NAMED.map((t) => t.replace(/^[^:]+: /, ''));

describe('interview turns', () => {
  it.each([
    ['bold names without a colon', words.map((w, i) => `<p><strong>${i % 2 ? 'Ilse Brandt' : 'Saltby Courier'}</strong> ${w}</p>`), NAMED],
    [
      'bold names on a line of their own',
      words.map((w, i) => `<p><b>${i % 2 ? 'Ilse Brandt' : 'Saltby Courier'}</b></p><p>${w}</p>`),
      NAMED,
    ],
    ['bold Q and A without a colon', words.map((w, i) => `<p><strong>${i % 2 ? 'A' : 'Q'}</strong> ${w}</p>`), QA],
    [
      'turns in one paragraph split by line breaks',
      [`<p><b>Q: ${words[0]}</b><br><b>A:</b> ${words[1]}</p>`, `<p><b>Q:</b> ${words[2]}<br>\n<b>A:</b> ${words[3]}</p>`],
      QA,
    ],
    [
      'turns without bold in one paragraph split by line breaks',
      [`<p>Q: ${words[0]}<br>A: ${words[1]}</p>`, `<p>Q: ${words[2]}<br>A: ${words[3]}</p>`],
      QA,
    ],
  ])('%s', (_shape, turns, expected) => {
    expect(paragraphs(page(turns.join('')))).toEqual(expected);
  });

  it('a label printed with its stop keeps it, and gets no colon beside it', () => {
    const turns = words.map((w, i) => `<p><strong>${i % 2 ? 'A.' : 'Q.'}</strong> ${w}</p>`).join('');
    expect(paragraphs(page(turns))).toEqual(QA.map((t) => t.replace(/^([QA]):/, '$1.')));
    const alone = words.map((w, i) => `<p><strong>${i % 2 ? 'A.' : 'Q.'}</strong></p><p>${w}</p>`).join('');
    expect(paragraphs(page(alone))).toEqual(QA.map((t) => t.replace(/^([QA]):/, '$1.')));
  });

  it('credits each turn to its speaker', () => {
    const html = page(words.map((w, i) => `<p><b>${i % 2 ? 'Ilse Brandt' : 'Saltby Courier'}</b></p><p>${w}</p>`).join(''));
    const doc = pageToDocument('interview.html', new TextEncoder().encode(html));
    if ('code' in doc) throw new Error(doc.message);
    const quotes = extractClaims(doc).quotes.map((q) => [q.speaker, q.text]);
    expect(quotes).toContainEqual(['Ilse Brandt', words[1]]);
    expect(quotes).toContainEqual(['Ilse Brandt', words[3]]);
  });

  it('leaves bold names the sentence goes on from as they are', () => {
    const turns = [
      '<p><b>Ilse Brandt</b> said the works would start in spring and end before the summer season.</p>',
      '<p><b>Karl Dunne</b>, the opposition leader, said the vote was rushed.</p>',
      '<p><b>Ilse Brandt</b> added that no taxes would rise to pay for it.</p>',
      '<p><b>Karl Dunne</b> (Independent) asked for a review of the spending.</p>',
    ];
    expect(paragraphs(page(turns.join('')))).toEqual([
      'Ilse Brandt said the works would start in spring and end before the summer season.',
      'Karl Dunne, the opposition leader, said the vote was rushed.',
      'Ilse Brandt added that no taxes would rise to pay for it.',
      'Karl Dunne (Independent) asked for a review of the spending.',
    ]);
  });

  it('leaves a bold lead-in printed once, and bold words inside a line, as they are', () => {
    const turns = [
      `<p><strong>Why it matters</strong> The quay carries every ferry of the town, and its repair has been put off for a decade.</p>`,
      `<p>The mayor said the works would start in spring.<br><b>Costs</b> are covered by the regional fund, she added.</p>`,
      `<p>Note: the works start in spring.<br>The regional fund pays: all of it, she said.</p>`,
      `<p><b>Saltby Courier</b></p><p>${words[0]}</p>`,
    ];
    expect(paragraphs(page(turns.join('')))).toEqual([
      'Why it matters The quay carries every ferry of the town, and its repair has been put off for a decade.',
      'The mayor said the works would start in spring.\nCosts are covered by the regional fund, she added.',
      'Note: the works start in spring.\nThe regional fund pays: all of it, she said.',
      'Saltby Courier',
      words[0],
    ]);
  });
});

/** A page read to quotations: each quotation's speaker and words. */
const quotations = (html: string): [string | null, string][] => {
  const doc = pageToDocument('page.html', new TextEncoder().encode(html));
  if ('code' in doc) throw new Error(doc.message);
  return extractClaims(doc).quotes.map((q) => [q.speaker, q.text]);
};

describe('an interview whose questions are bold paragraphs and whose answers carry no label', () => {
  const QUESTIONS = [
    'Will taxes rise to pay for the works?',
    'What happens to the ferries while the quay is closed?',
    'Some traders say you rushed the vote. Did you?',
  ];
  const ANSWERS = [
    ['No. I promised that when I stood for office, and the regional fund covers the whole cost.'],
    [
      'They keep running every day. We found a temporary berth on the north side for them.',
      'The crews have seen the plan, and they told me it works for the winter timetable too.',
    ],
    ['We spent two years on it. My door was open to every trader who asked for a meeting.'],
  ];
  const qa = (bold: 'strong' | 'b') =>
    QUESTIONS.map((q, i) => `<p><${bold}>${q}</${bold}></p>${ANSWERS[i]!.map((a) => `<p>${a}</p>`).join('')}`).join('');

  // the page's paragraphs as the turns are printed: each question "Q: …", the first paragraph of its answer "A: …"
  const TURNS = [
    `Q: ${QUESTIONS[0]}`,
    `A: ${ANSWERS[0]![0]}`,
    `Q: ${QUESTIONS[1]}`,
    `A: ${ANSWERS[1]![0]}`,
    ANSWERS[1]![1],
    `Q: ${QUESTIONS[2]}`,
    `A: ${ANSWERS[2]![0]}`,
  ];

  it.each(['strong', 'b'] as const)('writes each question as "Q: …" and each answer as "A: …" (<%s>)', (bold) => {
    expect(paragraphs(page(qa(bold)))).toEqual(TURNS);
  });

  it('credits the answers to the guest the introduction names', () => {
    const quotes = quotations(page(qa('strong')));
    for (const answer of ANSWERS.flat()) expect(quotes).toContainEqual(['Ilse Brandt', answer]);
    // the questions are the interviewer's, as a printed interview's "Q:" turns are
    expect(quotes.filter(([speaker]) => speaker !== 'Ilse Brandt')).toEqual(QUESTIONS.map((q) => ['the interviewer', q]));
  });

  it('labels only the answer of a question that already opens with "Q:"', () => {
    const labelled = QUESTIONS.map((q, i) => `<p><strong>Q: ${q}</strong></p><p>${ANSWERS[i]![0]}</p>`).join('');
    expect(paragraphs(page(labelled))).toEqual(QUESTIONS.flatMap((q, i) => [`Q: ${q}`, `A: ${ANSWERS[i]![0]}`]));
  });

  it('reads a bold question whose question mark is printed after the bold as one', () => {
    const outside = (q: string, i: number): string => {
      const words = q.replace(/\?$/, '');
      // one question labelled inside the bold, its mark outside too
      const bold = i === 1 ? `<b>Q: ${words}</b>` : `<strong>${words}</strong>`;
      return `<p>${bold}?</p>${ANSWERS[i]!.map((a) => `<p>${a}</p>`).join('')}`;
    };
    expect(paragraphs(page(QUESTIONS.map(outside).join('')))).toEqual(TURNS);
  });

  it('leaves bold words with more than a question mark after them, and subheads asked in a column’s own voice, as they are', () => {
    const goesOn = QUESTIONS.map(
      (q, i) => `<p><strong>${q.replace(/\?$/, '')}</strong>? Ask the harbour office.</p><p>${ANSWERS[i]![0]}</p>`,
    ).join('');
    expect(paragraphs(page(goesOn)).filter((p) => /^[QA]: /.test(p))).toEqual([]);
    const column = [
      ['Is the quay worth it', 'The town has argued for two years, and the council finally chose to spend the fund on it.'],
      ['Who will use it', 'Ferry crews and fishing boats, the harbour office says, though traders doubt the figures.'],
      ['What if it floods again', 'The plan raises the quay by a metre, which the engineers call enough for fifty years.'],
    ];
    const html = column.map(([q, a]) => `<p><strong>${q}</strong>?</p><p>${a}</p>`).join('');
    expect(paragraphs(page(html))).toEqual(column.flatMap(([q, a]) => [`${q}?`, a]));
  });

  it('leaves two bold questions, and an explainer answering its bold questions in its own voice, as they are', () => {
    const two = QUESTIONS.slice(0, 2)
      .map((q, i) => `<p><strong>${q}</strong></p><p>${ANSWERS[i]![0]}</p>`)
      .join('');
    expect(paragraphs(page(two))).toEqual([QUESTIONS[0], ANSWERS[0]![0], QUESTIONS[1], ANSWERS[1]![0]]);
    const explainer = [
      ['What is the quay plan?', 'The council will rebuild the north quay, which carries every ferry of the town.'],
      ['Who pays for it?', 'The regional fund covers the whole cost, the harbour office said.'],
      ['When does it start?', 'Works begin in April and should end before the summer season.'],
    ];
    const html = explainer.map(([q, a]) => `<p><strong>${q}</strong></p><p>${a}</p>`).join('');
    expect(paragraphs(page(html))).toEqual(explainer.flat());
  });

  it('leaves an article with bold subheads as it was: the same text and the same quotations', () => {
    const article = `<html><head><title>Quay works to start in spring | Saltby Courier</title></head><body><article><h1>Quay works to start in spring</h1>
<p>The council of Saltby voted on Monday to rebuild the north quay, ending two years of argument over the harbour.</p>
<p><strong>What the vote means</strong></p>
<p>“We will not raise a single tax to pay for this,” Mayor Ilse Brandt told the chamber after the vote.</p>
<p><strong>Who objected?</strong></p>
<p>Karl Dunne, who leads the opposition, said the plan was rushed. “Nobody asked us, the traders,” he said.</p>
<p><strong>What comes next?</strong></p>
<p>“We start in April and our ferries will use a temporary berth,” the harbour master, Oskar Lund, said.</p>
<p><b>And the cost?</b></p>
<p>The regional fund covers it all, according to a statement from the fund’s board on Tuesday.</p>
</article></body></html>`;
    expect(paragraphs(article).filter((p) => /^[QA]: /.test(p))).toEqual([]);
    expect(quotations(article)).toEqual([
      ['Ilse Brandt', 'We will not raise a single tax to pay for this,'],
      ['Karl Dunne', 'Nobody asked us, the traders,'],
      ['Oskar Lund', 'We start in April and our ferries will use a temporary berth,'],
    ]);
  });

  /** Each question in bold opening the paragraph of its answer's first words, the rest of the answer after it. */
  const inline = (bold: 'strong' | 'b', whole: number | null = null) =>
    QUESTIONS.map((q, i) => {
      const [first, ...rest] = ANSWERS[i]!;
      const opening = i === whole ? `<p><${bold}>${q}</${bold}></p><p>${first}</p>` : `<p><${bold}>${q}</${bold}> ${first}</p>`;
      return opening + rest.map((a) => `<p>${a}</p>`).join('');
    }).join('');

  it.each(['strong', 'b'] as const)('splits a bold question and the answer after it in one paragraph into two turns (<%s>)', (bold) => {
    expect(paragraphs(page(inline(bold)))).toEqual(TURNS);
    // one question printed as a paragraph of its own among them
    expect(paragraphs(page(inline(bold, 1)))).toEqual(TURNS);
  });

  it('keeps the labels a question and its answer in one paragraph already carry', () => {
    const labelled = QUESTIONS.map((q, i) => `<p><b>Q: ${q}</b> A: ${ANSWERS[i]![0]}</p>`).join('');
    expect(paragraphs(page(labelled))).toEqual(QUESTIONS.flatMap((q, i) => [`Q: ${q}`, `A: ${ANSWERS[i]![0]}`]));
  });

  it('credits the answers printed after their questions to the guest', () => {
    const quotes = quotations(page(inline('strong')));
    for (const answer of ANSWERS.flat()) expect(quotes).toContainEqual(['Ilse Brandt', answer]);
  });

  it('leaves a paragraph opened by a bold question as it is, unless the page is clearly an interview', () => {
    const asked = (pairs: readonly (readonly [string, string])[]) => pairs.map(([q, a]) => `<p><strong>${q}</strong> ${a}</p>`);
    // two such paragraphs only
    const two = QUESTIONS.slice(0, 2).map((q, i) => [q, ANSWERS[i]![0]!] as const);
    expect(paragraphs(page(asked(two).join('')))).toEqual(two.map(([q, a]) => `${q} ${a}`));
    // an explainer answering in its own voice
    const explainer = [
      ['What is the quay plan?', 'The council will rebuild the north quay, which carries every ferry of the town.'],
      ['Who pays for it?', 'The regional fund covers the whole cost, the harbour office said.'],
      ['When does it start?', 'Works begin in April and should end before the summer season.'],
    ] as const;
    expect(paragraphs(page(asked(explainer).join('')))).toEqual(explainer.map(([q, a]) => `${q} ${a}`));
    // bold words that are no question, or a question the sentence goes on from
    const leadIns = [
      ['Why it matters:', 'I think the quay carries every ferry of the town, and we rely on it.'],
      ['The quay?', 'it carries every ferry of the town, and we rely on it, the mayor said.'],
      ['Is it safe?', 'We asked the engineers, and they told us it will stand for fifty years.'],
    ] as const;
    expect(paragraphs(page(asked(leadIns).join('')))).toEqual(leadIns.map(([q, a]) => `${q} ${a}`));
  });
});
