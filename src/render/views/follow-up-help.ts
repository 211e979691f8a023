/**
 * Views of what can be asked in a thread: on one quotation, or on a topic or a person with several claims.
 */
import type { ThreadSubject } from '../../answers/types.js';
import { DOT, MAX_NAME, count, nameList } from '../labels.js';
import { clip, line, strong, type Line, type View } from '../view.js';

/** What a thread understands: about its one quotation, or about a topic's or a person's claims. */
export function followUpHelpView(
  unknownOutlet: string | null,
  about?: ThreadSubject,
  suggestions?: readonly string[],
  carriers?: readonly string[],
  paging?: true,
): View {
  const close = (suggestions ?? []).slice(0, 3).map((s) => clip(s, MAX_NAME));
  const carrying = (carriers ?? []).map((o) => clip(o, MAX_NAME));
  const mean = close.length
    ? [line(`Did you mean ${close.join(' or ')}? Ask `, strong(`what did ${close[0]} say?`))]
    : carrying.length
      ? [line(`This quotation was carried by ${nameList(carrying, 5)}: ask `, strong(`what did ${carrying[0]} say?`))]
      : [];
  const lead = unknownOutlet
    ? [line(`No outlet called “${clip(unknownOutlet, MAX_NAME)}” is in the corpus; /outlets lists them.`), ...mean, line('')]
    : [];
  // "more", "show all": a thread does not turn an answer's pages; where the rest is, said before what can be asked
  if (paging) lead.push(moreLine(about), line(''));
  if (about) return threadSubjectHelp(lead, about);
  return {
    tone: 'info',
    title: line('💬 Ask about this quotation here'),
    lead: [
      ...lead,
      line('• ', strong('who said it?'), ' (or: ', strong('was it <person>?'), ', ', strong('was it <outlet>?'), ')'),
      line('• ', strong('who else said this?')),
      line('• ', strong('what did <outlet> say?')),
      line('• ', strong('show the context'), ' (optionally: in <outlet>)'),
      line('• ', strong('when was it published?'), ' (and which outlets carried it)'),
      line('• ', strong('what else did they say?')),
      line('• ', strong('compare <outlet> and <outlet>')),
      line('• a new quotation, in quotation marks, to check it'),
    ],
    sections: [],
  };
}

/** Where the rest of an answer is, for "more" asked in its thread. */
function moreLine(about?: ThreadSubject): Line {
  if (about?.kind === 'topic')
    return line(
      'This thread is about the claims numbered in the answer above. For other claims on the topic, use ',
      strong('/compare'),
      ' again with a few more of the words said, a speaker’s name or an outlet.',
    );
  if (about?.kind === 'speaker')
    return line(
      'This thread is about the quotations listed in the answer above. For the others, ask ',
      strong(`what did ${clip(about.subject, MAX_NAME)} say about …?`),
      ' with a topic.',
    );
  return line(
    'Every outlet that carried this quotation is in the answer above (its ',
    strong('More'),
    ' button, when it has one, turns the pages).',
  );
}

/**
 * A thread on a /compare topic or a /quotes person: its claims are several, so a question about one of them starts
 * by choosing it; comparing the outlets is asked of them all.
 */
function threadSubjectHelp(lead: Line[], about: ThreadSubject): View {
  const person = about.kind === 'speaker';
  const subject = person ? clip(about.subject, MAX_NAME) : `“${clip(about.subject, 200)}”`;
  const what = person ? 'quotation' : 'claim';
  const has =
    about.claims === undefined
      ? null
      : about.claims === 0
        ? person
          ? `No quotation of ${subject} is in the corpus now.`
          : `No claim on the topic ${subject} is in the corpus now.`
        : person
          ? `${subject} is quoted saying ${count(about.claims, 'thing')} in the corpus.`
          : `The topic ${subject} has ${count(about.claims, 'claim')}.`;
  if (about.claims === 0)
    return {
      tone: 'info',
      title: line(person ? `💬 Ask about ${subject}’s quotations here` : `💬 Ask about the topic ${subject} here`),
      lead: [
        ...lead,
        line(`${has} Ask about a new quotation here, in quotation marks, or use `, strong(person ? '/quotes' : '/compare'), ' again.'),
      ],
      sections: [],
    };
  const choose =
    about.claims === 1
      ? line(
          '• about it: ',
          strong('who said it?'),
          DOT,
          strong('show the context'),
          DOT,
          strong('when was it published?'),
          DOT,
          strong('which outlets carried it?'),
        )
      : line(
          `• choose a ${what} by its number or a few of its words: `,
          strong('2'),
          DOT,
          strong('the first one'),
          DOT,
          strong('the second one — which outlets carried it?'),
        );
  return {
    tone: 'info',
    title: line(person ? `💬 Ask about ${subject}’s quotations here` : `💬 Ask about the topic ${subject} here`),
    lead: [
      ...lead,
      ...(has ? [line(has)] : []),
      choose,
      ...(about.claims === 1
        ? []
        : [line('  then ask about it: ', strong('who said it?'), DOT, strong('show the context'), DOT, strong('when was it published?'))]),
      line(
        '• ',
        strong(person ? 'compare them' : 'compare <outlet> and <outlet>'),
        ' — how each outlet carried ',
        person ? 'them' : 'the claims',
      ),
      line('• ', strong('what did <outlet> say?'), ` — that outlet’s ${person ? 'versions of them' : 'versions of the claims'}`),
      ...(person ? [line('• ', strong('what else did they say?'), ' — the whole list')] : []),
      line('• a new quotation, in quotation marks, to check it'),
    ],
    sections: [],
  };
}
