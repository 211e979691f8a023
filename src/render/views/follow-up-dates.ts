/**
 * Views of when a thread's claim was published and said: carriers with dates, the first to carry it, a live blog's
 * entry times, and "was it said before …?" answered.
 */
import type { DatesResult, OutletCarrier } from '../../answers/types.js';
import { DOT, MAX_NAME, RENDERING_LABELS, corpusNote, count, footerOf, nameList, outletLabel, speakerLabel } from '../labels.js';
import { clip, line, quoted, strong, type Line, type View } from '../view.js';
import { httpUrl } from './lists.js';
import { outletName } from '../../answers/outlet-name.js';

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
