/**
 * Views of follow-ups the thread cannot answer as asked: why, with what can be asked; a name asked back ("was it
 * Penn?"), a claim to choose, the people of a role.
 */
import type { CannotResult, MentionKind, RoleResult } from '../../answers/types.js';
import { DOT, MAX_NAME, corpusNote, count, speakerLabel } from '../labels.js';
import { clip, em, line, quoted, strong, type Line, type View } from '../view.js';

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
