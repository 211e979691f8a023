/** Views of thread follow-ups: other speakers, publication dates, and what can be asked in a thread. */
import type {
  CannotResult,
  DatesResult,
  FollowUpAnswer,
  MentionKind,
  OthersResult,
  OutletCarrier,
  RoleResult,
  ThreadSubject,
} from '../../answers/types.js';
import { DOT, MAX_NAME, RENDERING_LABELS, corpusNote, count, footerOf, nameList, outletLabel, speakerLabel } from '../labels.js';
import { clip, em, line, quoted, strong, type Line, type View } from '../view.js';
import { compareView } from './compare.js';
import { httpUrl, speakerQuotesView } from './lists.js';
import { contextView } from './misc.js';
import { whoSaidView } from './who-said.js';
import { outletName } from '../../answers/outlet-name.js';

/** Other speakers quoted saying something similar. */
export function othersView(r: OthersResult): View {
  // the thread's claim is gone (its articles removed): said plainly, not credited to "an unnamed source"
  if (r.noLongerCarried)
    return {
      tone: 'info',
      title: line('👥 No longer carried'),
      lead: [
        line(quoted(r.quote, 300)),
        line('No document in the corpus carries these words any more, so there is no speaker to name, nor anyone else quoted saying them.'),
      ],
      sections: [],
      footer: corpusNote(r.corpus),
    };
  const lead = [line('About ', quoted(r.quote, 300), ` — ${speakerLabel(r.speaker)}`)];
  if (!r.others.length) {
    return {
      tone: 'info',
      title: line('👥 Nobody else'),
      lead: [...lead, line('No other speaker in the corpus is quoted saying something similar.')],
      sections: [],
      footer: corpusNote(r.corpus),
    };
  }
  const sections = r.others.map((m, i) => ({
    name: line(`${i + 1}. `, strong(speakerLabel(m.speaker, m.speakerRef?.roles))),
    lines: [line(quoted(m.quote, 400)), line(`${Math.round(m.score * 100)}% similar${DOT}`, count(m.outlets.length, 'outlet'))],
  }));
  return { tone: 'info', title: line(`👥 ${count(r.others.length, 'other speaker')}`), lead, sections, footer: corpusNote(r.corpus) };
}

/** Which documents carried the claim, how, and when each was published (earliest first). */
export function datesView(r: DatesResult): View {
  const byDate = (a: OutletCarrier, b: OutletCarrier) => (a.date ?? '9999').localeCompare(b.date ?? '9999');
  const dated = [...r.carriers].sort(byDate);
  // "link?", "show me the original article": each document's address, where the corpus has one
  // a live blog's carrier is dated by the entry holding the words, with the entry's clock time when stamped
  const entryOf = (c: OutletCarrier) => r.liveEntries?.find((e) => e.document === c.document);
  const when = (c: OutletCarrier): string => {
    const entry = entryOf(c);
    const time = entry?.time ? `, ${clip(entry.time, 10)}${entry.zone ? ` ${clip(entry.zone, 12)}` : ''}` : '';
    return c.date ? `${clip(c.date, 40)}${time}` : 'date unknown';
  };
  const lineOf = (c: OutletCarrier) => {
    const url = httpUrl(c.url);
    return line(
      `• ${outletLabel({ ...c, date: null })}: `,
      strong(when(c)),
      ` (${RENDERING_LABELS[c.rendering].tag}${entryOf(c) ? ', live-blog entry' : ''})`,
      url && ` — ${clip(url, 300)}`,
    );
  };
  const lines = dated.map(lineOf);
  const elsewhere = r.creditedElsewhere ?? [];
  // the thread's claim is gone (its articles removed): said plainly, not credited to "an unnamed source"
  if (!lines.length && !elsewhere.length)
    return {
      tone: 'info',
      title: line('📅 No longer carried'),
      lead: [
        line(quoted(r.quote, 300)),
        line('No document in the corpus carries these words any more, so there are no outlets or dates to list.'),
      ],
      sections: [],
      footer: corpusNote(r.corpus),
    };
  const lead: Line[] = [];
  // "was it Reuters?": yes or no first, then every document that carries the words
  const asked = r.asked ? clip(r.asked.outlet, MAX_NAME) : null;
  if (r.asked && asked) {
    const theirs = elsewhere.find((e) => e.carriers.some((c) => sameOutlet(c, r.asked!.outlet)));
    const own = r.carriers.some((c) => sameOutlet(c, r.asked!.outlet));
    lead.push(
      r.asked.carried
        ? line('Yes: ', strong(asked), ' carries these words', own || !theirs ? '.' : `, credited to ${clip(theirs.speaker, MAX_NAME)}.`)
        : line('No: ', strong(asked), ' does not carry these words. The documents that do are below.'),
    );
  }
  // first among every document carrying the words, whoever they credit
  const all = [...dated, ...elsewhere.flatMap((e) => e.carriers)].sort(byDate);
  const first = all[0];
  // "was it said before the vote?": what the corpus bears out first, then the dates it rests on
  if (r.askedWhen) lead.push(...askedWhenLines(r.askedWhen, first, all, !!r.whenSaid, when));
  // "was it Reuters or the Gazette?": each outlet asked about, yes or no
  if (r.askedEach?.length && lines.length + elsewhere.length)
    lead.push(
      line(
        ...r.askedEach.flatMap((a, i) => [i ? DOT : '', strong(clip(a.outlet, MAX_NAME)), a.carried ? ': yes' : ': no']),
        '. The documents that carry these words are below.',
      ),
    );
  lead.push(line(quoted(r.quote, 300), ` — ${speakerLabel(r.speaker)}`));
  if (r.whenSaid) {
    // the corpus dates articles, not what people said in them: said as such, with the bound that gives
    lead.push(
      line(
        'The corpus does not record when these words were said, only when the articles carrying them were published',
        r.liveEntries?.length ? ' (for a live blog, when its entry holding them was posted)' : '',
        first?.date ? '. They were said by then: first carried by ' : '.',
        first?.date ? strong(outletLabel({ ...first, date: null })) : '',
        first?.date ? ` on ${when(first)}.` : '',
      ),
    );
    const saidWhen = r.saidWhen ?? [];
    if (saidWhen.length) {
      lead.push(line('What the articles themselves say of when:'));
      for (const s of saidWhen.slice(0, 5)) {
        const carrier = all.find((c) => c.document === s.document);
        const label = carrier ? outletLabel({ ...carrier, date: null }) : clip(s.document, MAX_NAME);
        lead.push(line(`• ${label}${carrier?.date ? ` (published ${when(carrier)})` : ''}: “${clip(s.words, 80)}”`));
      }
    }
  } else if (r.first) lead.push(firstCarriedLine(r.first, all));
  const heading =
    elsewhere.length && r.speaker ? `Credited to ${clip(r.speaker, MAX_NAME)} (${lines.length})` : count(lines.length, 'document');
  const sections = lines.length ? [{ name: line(heading), lines }] : [];
  for (const e of elsewhere)
    sections.push({
      name: line(`Credited to ${clip(e.speaker, MAX_NAME)} (${e.carriers.length})`),
      lines: [...e.carriers].sort(byDate).map(lineOf),
    });
  return {
    tone: 'info',
    title: line(
      asked
        ? `📰 ${r.asked!.carried ? 'Carried by' : 'Not carried by'} ${asked}`
        : r.askedWhen
          ? `📅 ${r.whenSaid ? 'Said' : 'Published'} ${r.askedWhen.relation === 'either' ? 'before or after' : r.askedWhen.relation} ${clip(r.askedWhen.to, 80)}?`
          : r.whenSaid
            ? '📅 When was it said? Only when it was published is known'
            : '📅 Where and when it was published',
    ),
    lead,
    sections,
    footer: footerOf(!lines.length && 'No document in the corpus carries it.', corpusNote(r.corpus)),
  };
}

/**
 * "who published it first?": the one outlet of the earliest day; or the outlets that share it, which the corpus
 * cannot order; and the undated documents that may have come earlier. An outlet of several documents is named once.
 */
function firstCarriedLine(f: NonNullable<DatesResult['first']>, all: readonly OutletCarrier[]): Line {
  const labelOf = (document: string) => {
    const carrier = all.find((c) => c.document === document);
    return carrier ? outletName(carrier) : document;
  };
  const undated =
    f.undated === 0
      ? ''
      : ` ${f.undated === 1 ? '1 document has' : `${f.undated} documents have`} no date, so the corpus cannot tell whether ${f.undated === 1 ? 'it' : 'they'} carried them earlier.`;
  if (f.date === null) return line('No document carrying these words has a date, so the corpus cannot tell which carried them first.');
  const names = [...new Set(f.documents.map(labelOf))];
  const date = clip(f.date, 40);
  if (names.length === 1)
    return line(
      'First carried by ',
      strong(clip(names[0]!, MAX_NAME)),
      f.documents.length > 1 ? ` (${f.documents.length} documents)` : '',
      ` on ${date}.${undated}`,
    );
  const shown = names.length <= 5 ? `${nameList(names.slice(0, -1))} and ${clip(names.at(-1)!, MAX_NAME)}` : nameList(names, 5);
  return line(
    strong(shown),
    ` share the earliest date, ${date}: the corpus cannot tell which of them carried these words first.${undated}`,
  );
}

/**
 * "was it said before the vote?" answered: yes, no, "the articles differ" or "the corpus cannot tell", with what
 * that rests on (the first publication date, or the articles' own words), never more than they say.
 */
function askedWhenLines(
  a: NonNullable<DatesResult['askedWhen']>,
  first: OutletCarrier | undefined,
  all: OutletCarrier[],
  said: boolean,
  when: (c: OutletCarrier) => string,
): Line[] {
  const to = clip(a.to, 80);
  const verb = said ? 'said' : 'published';
  const year = a.period?.year ? ` (taken as ${a.period.year}, the year they were first carried)` : '';
  const lead =
    a.found === 'before' || a.found === 'after'
      ? a.relation === 'either'
        ? `${a.found === 'before' ? 'Before' : 'After'}: `
        : a.found === a.relation
          ? 'Yes: '
          : 'No: '
      : '';
  const firstBy: Line = first
    ? ['first carried by ', strong(outletLabel({ ...first, date: null })), ` on ${when(first)}`]
    : ['first carried on an unknown date'];
  if (a.period) {
    if (a.found === 'before')
      return [line(lead, ...firstBy, said ? `, so they were said by then, before ${to}${year}.` : `, before ${to}${year}.`)];
    if (a.found === 'after') return [line(lead, ...firstBy, `, after ${to}${year}.`)];
    return [
      line(
        'The corpus cannot tell: these words were ',
        ...firstBy,
        `, not before ${to}${year}`,
        said ? ', and when they were said is not recorded.' : '.',
      ),
    ];
  }
  const labelOf = (document: string) => {
    const carrier = all.find((c) => c.document === document);
    return carrier ? outletLabel({ ...carrier, date: null }) : clip(document, MAX_NAME);
  };
  const cited = a.words.map((w) => line(`• ${labelOf(w.document)}: “${clip(w.words, 80)}”`));
  if (a.found === 'differ') return [line(`The articles differ on whether these words were ${verb} before or after ${to}:`), ...cited];
  if (a.found === 'before' || a.found === 'after')
    return [line(lead, `by what the articles carrying them say, they were ${verb} ${a.found} ${to}:`), ...cited];
  return [
    line(
      `No article carrying these words says whether they were ${verb} before or after ${to}`,
      a.words.length ? ' (what they do say of it is below)' : '.',
    ),
    ...cited,
  ];
}

function sameOutlet(c: OutletCarrier, outlet: string): boolean {
  return outletName(c).toLowerCase() === outlet.toLowerCase();
}

/** "was it Penn?" asked back: the people and outlets the name may mean, and the question that asks about each. */
function whichLines(name: string, speakers: string[], outlets: string[]): { title: string; lines: Line[] } {
  const asked = `“${clip(name, MAX_NAME)}”`;
  const people = speakers.map((s) => clip(s, MAX_NAME));
  const papers = outlets.map((o) => clip(o, MAX_NAME));
  const asks = [...people.map((p) => strong(`did ${p} say it?`)), ...papers.map((o) => strong(`did ${o} carry it?`))];
  const choices: Line = ['• '];
  for (const [i, a] of asks.entries()) choices.push(...(i ? [DOT, a] : [a]));
  if (!asks.length)
    return {
      title: '❓ Who is that?',
      lines: [line(`No person quoted in the corpus and no outlet in it is called ${asked}.`)],
    };
  const why =
    people.length && papers.length
      ? `${asked} may be a person quoted in the corpus (${people.join(', ')}) or an outlet (${papers.join(', ')}): which do you mean? Ask:`
      : people.length
        ? `${asked} may be any of these people quoted in the corpus: ${people.join(', ')}. Which do you mean? Ask:`
        : `${asked} may be any of these outlets: ${papers.join(', ')}. Which do you mean? Ask:`;
  return { title: people.length && papers.length ? '❓ A person or an outlet?' : '❓ Which one?', lines: [line(why), choices] };
}

/**
 * A thread on a topic or a person with several claims: which one is the question about? Each claim numbered, short,
 * with its speaker, and how to choose.
 */
function whichClaimView(r: CannotResult & { reason: { kind: 'which-claim' } }): View {
  const { about, subject, claims, total } = r.reason;
  // nothing left to choose from: the thread's claims are gone (their articles removed), or there never were any
  if (!total)
    return {
      tone: 'info',
      title: line('❓ Nothing to ask about'),
      lead: [
        line(
          about === 'speaker'
            ? `No quotation of ${clip(subject, MAX_NAME)} is in the corpus now (the articles quoting them may have been removed), so there is no quotation to answer about.`
            : `No claim on the topic “${clip(subject, 200)}” is in the corpus now (the articles carrying them may have been removed), so there is no claim to answer about.`,
        ),
        line(
          'Ask about a new quotation here, in quotation marks, or use ',
          strong(about === 'speaker' ? '/quotes' : '/compare'),
          ' again.',
        ),
      ],
      sections: [],
      footer: corpusNote(r.corpus),
    };
  const lead: Line[] = [
    line(
      about === 'speaker'
        ? `${clip(subject, MAX_NAME)} is quoted saying ${count(total, 'thing')} in the corpus. Which one do you mean?`
        : `The topic “${clip(subject, 200)}” has ${count(total, 'claim')}. Which one do you mean?`,
    ),
  ];
  // reported speech is no quotation: shown without quotation marks, and said so, as /quotes shows it
  for (const [i, c] of claims.entries())
    lead.push(
      line(
        `${i + 1}. `,
        ...(c.reported ? ['Reported, not quoted: ', em(clip(c.quote, 160))] : [quoted(c.quote, 160)]),
        about === 'speaker' ? '' : ` — ${speakerLabel(c.speaker)}`,
      ),
    );
  if (total > claims.length) lead.push(line(`…and ${total - claims.length} more.`));
  lead.push(
    line(''),
    line(
      'Answer with its number or a few of its words (',
      strong('2'),
      DOT,
      strong('the first one'),
      DOT,
      strong('the second one — who carried it?'),
      ...(claims.length > 2 ? [DOT, strong('1 and 3, when were they said?')] : []),
      ').',
    ),
  );
  if (about === 'speaker') lead.push(line('Or ask ', strong('what else did they say?'), ' for the whole list.'));
  // on a topic, a claim is chosen by its speaker too: the example names one only one claim is credited to
  // (a person's name, capitalised words only: a description such as "one of the fishermen" is no example to type)
  const named = claims.map((c) => c.speaker).filter((n): n is string => !!n && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(n));
  const own = about === 'speaker' ? undefined : named.find((n) => named.indexOf(n) === named.lastIndexOf(n));
  if (own) lead.push(line('Or by who said it (', strong(`the one by ${clip(own, MAX_NAME)}`), ').'));
  return { tone: 'info', title: line('❓ Which quotation?'), lead, sections: [], footer: corpusNote(r.corpus) };
}

/** "who is the farmer?": the people the outlets describe with that role, or that nobody in the corpus is. */
export function roleView(r: RoleResult): View {
  const role = clip(r.role, MAX_NAME);
  if (!r.speakers.length)
    return {
      tone: 'info',
      title: line(`🧑 Nobody described as “${role}”`),
      lead: [
        line(
          `No person quoted in the corpus is called or described as “${role}”. /quotes with a name lists what someone is quoted saying.`,
        ),
      ],
      sections: [],
      footer: corpusNote(r.corpus),
    };
  const lead: Line[] = [line(`Described as “${role}” in the corpus:`)];
  for (const s of r.speakers)
    lead.push(line('• ', strong(clip(s.name, MAX_NAME)), s.roles.length ? ` — ${clip(s.roles.join('; '), 200)}` : ''));
  if (r.total > r.speakers.length) lead.push(line(`…and ${r.total - r.speakers.length} more.`));
  const first = clip(r.speakers[0]!.name, MAX_NAME);
  lead.push(line('Ask ', strong(`what else did ${first} say?`), ' for their quotations.'));
  return { tone: 'info', title: line(`🧑 Who is “${role}”?`), lead, sections: [], footer: corpusNote(r.corpus) };
}

/** What a mention asked about names, said without repeating it (never a ping, nor an id). */
const MENTIONED: Readonly<Record<MentionKind, string>> = {
  member: 'A Discord mention names a member of this server, not someone the outlets quote',
  role: 'A role mention names a role of this server, not someone the outlets quote',
  channel: 'A channel link names a channel of this server, not an outlet or someone the outlets quote',
  everyone: 'A mention of everyone here names the members of this server, not someone the outlets quote',
};

/** Why a follow-up is not answered, then what can be asked about this claim (with its own outlets' names). */
export function cannotView(r: CannotResult): View {
  if (r.reason?.kind === 'which-claim') return whichClaimView({ ...r, reason: r.reason });
  if (r.reason?.kind === 'which') {
    const { title, lines } = whichLines(r.reason.name, r.reason.speakers, r.reason.outlets);
    // a name asked back with what to ask of it needs no list of every question besides
    if (lines.length > 1) return { tone: 'info', title: line(title), lead: lines, sections: [], footer: corpusNote(r.corpus) };
    return {
      ...cannotView({ ...r, reason: null }),
      title: line(title),
      lead: [...lines, ...cannotView({ ...r, reason: null }).lead.slice(1)],
    };
  }
  const why: Line =
    r.reason?.kind === 'why'
      ? line(
          'I can tell who said these words, and where and when they were carried, not why they were said. The paragraph around them may say: ask ',
          strong('show the context'),
          '.',
        )
      : r.reason?.kind === 'stance'
        ? line(
            'I can tell who said these words and how each outlet carried them, not who agrees or disagrees with them. The paragraph around them may say: ask ',
            strong('show the context'),
            '.',
          )
        : r.reason?.kind === 'translation'
          ? line(
              `I can’t translate: the corpus has these words only as its outlets printed them${r.reason.language ? `, and I can’t tell whether any outlet carried them in ${clip(r.reason.language, 40)}` : ''}.`,
            )
          : r.reason?.kind === 'truth'
            ? line('I can tell who said these words and how each outlet carried them, not whether what was said is true.')
            : r.reason?.kind === 'mention'
              ? line(`${MENTIONED[r.reason.of]}: ask with a name as the outlets write it (`, strong('was it <name>?'), ').')
              : line('I didn’t understand that as a question about this quotation (I read questions asked in English).');
  const title =
    r.reason?.kind === 'translation'
      ? '🌐 No translation'
      : r.reason?.kind === 'truth'
        ? '⚖️ Not a check of the facts'
        : r.reason?.kind === 'stance'
          ? '🗣️ Not who agrees'
          : r.reason?.kind === 'why'
            ? '🤷 Not why it was said'
            : r.reason?.kind === 'mention'
              ? '🤔 Not a name'
              : '🤔 Not understood';
  const lead: Line[] = [why, line('')];
  if (r.quote) lead.push(line('About ', quoted(r.quote, 200), ` — ${speakerLabel(r.speaker)}, ask here:`));
  else lead.push(line('Ask here:'));
  const [a, b] = r.outlets.map((o) => clip(o, MAX_NAME));
  lead.push(line('• ', strong('who else said it?'), DOT, strong('when was it published?'), DOT, strong('which outlets carried it?')));
  lead.push(line('• ', strong(`what did ${a ?? '<outlet>'} say?`), DOT, strong(`show the context${a ? ` in ${a}` : ''}`)));
  if (r.speaker) lead.push(line('• ', strong(`what else did ${clip(r.speaker, MAX_NAME)} say?`)));
  if (b) lead.push(line('• ', strong(`compare ${a} and ${b}`)));
  lead.push(line('• a new quotation, in quotation marks, to check it'));
  return { tone: 'info', title: line(title), lead, sections: [], footer: corpusNote(r.corpus) };
}

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

/**
 * "what about DN?" of an outlet that quotes the claim's speaker but not the claim: said plainly first, and what it
 * quotes them saying shown apart, after the comparison, labelled as other words (never as a version of the claim).
 */
function withSpeakerElsewhere(view: View, s: NonNullable<Extract<FollowUpAnswer, { kind: 'compare' }>['speakerElsewhere']>): View {
  const outlet = clip(s.outlet, MAX_NAME);
  const speaker = clip(s.speaker, MAX_NAME);
  return {
    ...view,
    lead: [
      ...view.lead,
      line(outlet, ' quotes ', strong(speaker), ' saying other things: listed apart below, as they are not these words.'),
    ],
    sections: [
      ...view.sections,
      {
        name: line(`Other words of ${speaker} in ${outlet} (not this quotation)`),
        lines: s.quotes.map((q) => line('• ', quoted(q.text, 300))),
      },
    ],
  };
}

/** The view of any follow-up answer. */
export function followUpView(answer: FollowUpAnswer): View {
  switch (answer.kind) {
    case 'who-said':
      return whoSaidView(answer.result);
    case 'compare':
      return answer.speakerElsewhere
        ? withSpeakerElsewhere(compareView(answer.result), answer.speakerElsewhere)
        : compareView(answer.result);
    case 'others':
      return othersView(answer.result);
    case 'dates':
      return datesView(answer.result);
    case 'quotes':
      return speakerQuotesView(answer.result, true);
    case 'role':
      return roleView(answer.result);
    case 'cannot':
      return cannotView(answer.result);
    case 'context':
      if (!answer.result && answer.notCarriedBy) {
        const { outlet, carriers } = answer.notCarriedBy;
        const first = clip(carriers[0]!, MAX_NAME);
        return {
          tone: 'info',
          title: line(`📍 Not in ${clip(outlet, MAX_NAME)}`),
          lead: [
            line(`${clip(outlet, MAX_NAME)} does not carry this quotation, so there is no paragraph of it to show.`),
            line(
              `Carried by: ${carriers
                .slice(0, 10)
                .map((c) => clip(c, MAX_NAME))
                .join(', ')}${carriers.length > 10 ? ` and ${carriers.length - 10} more` : ''} — ask `,
              strong(`show the context in ${first}`),
              '.',
            ),
          ],
          sections: [],
        };
      }
      return answer.result
        ? contextView(answer.result)
        : {
            tone: 'info',
            title: line('📍 No context'),
            lead: [line('No document in the corpus carries this quotation, so there is no paragraph to show.')],
            sections: [],
          };
    case 'help':
      return followUpHelpView(answer.unknownOutlet, answer.about, answer.suggestions, answer.carriers, answer.paging);
    case 'several':
      return severalView(answer.answers);
  }
}

/**
 * One question asked of several claims ("2 and 3, when were they said?"): each claim's answer in a part of its
 * own, headed by the claim's number in the thread's list and its words, in the order the member named them.
 */
function severalView(answers: { index: number; quote: string; answer: FollowUpAnswer }[]): View {
  // the corpus each part was answered from (one corpus: said once)
  const footers = new Set<string>();
  const plain = (s: Line[number]) => (typeof s === 'string' ? s : s.text);
  const sections = answers.map(({ index, quote, answer }) => {
    const view = followUpView(answer);
    const corpus = /corpus \S+ · loaded [^·]+/.exec(view.footer ?? '')?.[0]?.trim();
    if (corpus) footers.add(corpus);
    return {
      name: line(`${index + 1}. `, quoted(quote, 120)),
      lines: [
        [strong(view.title.map(plain).join(''))],
        ...view.lead.filter((l) => l.some((s) => plain(s).trim())),
        ...view.sections.flatMap((s) => [line(...s.name), ...s.lines]),
      ],
    };
  });
  return {
    tone: 'info',
    title: line(`💬 ${count(answers.length, 'claim')}: ${answers.map((a) => a.index + 1).join(', ')}`),
    lead: [line('Your question, answered about each claim you named:')],
    sections,
    footer: [...footers].join(' · ') || undefined,
  };
}
