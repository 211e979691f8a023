/** Views of the listing answers: a speaker's quotes, the outlets in the corpus, one source document. */
import type { OutletsResult, SourceResult, SpeakerQuotesResult } from '../../answers/types.js';
import {
  DOT,
  MAX_NAME,
  carriersCount,
  count,
  nameList,
  outletLabel,
  speakerLabel,
  corpusNote,
  correctionNote,
  footerOf,
} from '../labels.js';
import { conflictHead } from '../depth.js';
import { spread } from './misc.js';
import { clip, em, line, quoted, strong, time, type Line, type Section, type View } from '../view.js';

/** Quotes, outlets or documents listed at most (one section each). */
export const MAX_LIST_SECTIONS = 20;
/** Lines listed at most inside one section. */
export const MAX_LIST_LINES = 12;

function capped<T>(items: T[], max: number, render: (item: T, i: number) => Line): Line[] {
  const lines = items.slice(0, max).map(render);
  if (items.length > max) lines.push(line(`and ${items.length - max} more`));
  return lines;
}

/**
 * The names worth showing beside a person's own: a bare given name or surname already in the name, or in a
 * fuller other name ("Falk" for Lene Falk, "Evmenov" beside "Nikolay Evmenov"), tells a reader nothing new.
 */
function otherNames(name: string, aliases: readonly string[]): string[] {
  const wordsOf = (n: string): string[] =>
    n
      .toLocaleLowerCase()
      .split(/[\s.]+/)
      .filter(Boolean);
  const known = new Set([name, ...aliases].filter((n) => wordsOf(n).length > 1).flatMap(wordsOf));
  return aliases.filter((a) => wordsOf(a).length > 1 || !known.has(wordsOf(a)[0] ?? ''));
}

/** A speaker's quotes: who they are, then each claim with the outlets that carried it (`inThread`: as a thread's answer). */
export function speakerQuotesView(result: SpeakerQuotesResult, inThread = false): View {
  const s = result.speaker;
  if (!s) {
    // a mention pings (or names) a member of the server, no one the outlets quote: not echoed back
    const lead = result.mention
      ? [line('That is a Discord mention, not a name: give a speaker as the outlets write them (a name, or a role such as “the mayor”).')]
      : [line('No speaker in the corpus matches ', quoted(result.query, 200), '.')];
    if (result.suggestions.length) lead.push(line('Did you mean: ', nameList(result.suggestions), '?'));
    // nothing close either: what the member can try instead
    else if (!result.mention)
      lead.push(line('Check the spelling, or give the surname alone; /who-said with words they said finds who said them.'));
    const title = result.mention ? line('❌ Not a speaker’s name') : line('❌ Speaker not found');
    return { tone: 'bad', title, lead, sections: [], footer: corpusNote(result.corpus) };
  }
  const lead: Line[] = [];
  // asked for a name a moderator merged into this person: said first, so the list is not taken for someone else's
  if (result.mergedFrom)
    lead.push(
      line(`“${clip(result.mergedFrom, MAX_NAME)}” is ${clip(s.name, MAX_NAME)} in this server: a moderator merged the two names.`),
    );
  // asked with a misspelt name: said first, so the list is not taken for someone called so
  if (result.closestTo)
    lead.push(line('Closest speaker to ', quoted(result.closestTo, MAX_NAME), ': no one in the corpus goes by that name.'));
  // asked by a role: said who the outlets give it to, so the list is not taken for a name's
  if (result.role)
    lead.push(line(quoted(result.role, MAX_NAME), ` is a role: the one person the outlets give it to is ${clip(s.name, MAX_NAME)}.`));
  lead.push(line('Speaker: ', strong(speakerLabel(s.name, s.roles)), correctionNote(s.correction)));
  const others = otherNames(s.name, s.aliases);
  if (others.length) lead.push(line(`Also called: ${nameList(others)}`));
  if (result.suggestions.length) lead.push(line(`Other speakers found by that name: ${nameList(result.suggestions)}`));
  if (result.sameName)
    lead.push(
      line(
        `${count(result.sameName, 'other speaker is', 'other speakers are')} called “${clip(s.name, MAX_NAME)}” too: /who-said with their words finds theirs.`,
      ),
    );
  // asked about a topic: how many quotations are on it, or that none is and all are listed (never an empty list)
  if (result.about) {
    const topic = quoted(result.about.topic, 100);
    lead.push(
      result.about.matched
        ? line(`On `, topic, `: ${result.total} of ${clip(s.name, MAX_NAME)}’s ${count(result.about.of, 'quote')}.`)
        : line(
            `None of ${clip(s.name, MAX_NAME)}’s quotes mentions `,
            topic,
            `, nor do the words around them: ${result.about.of === 1 ? 'the only one is' : `all ${result.about.of} are`} listed.`,
          ),
    );
  }
  const away = result.correctedAway ?? [];
  // a list a moderator's correction emptied (or thinned) says where the quotations went, and why
  if (away.length && !result.quotes.length)
    lead.push(
      line(`None now: a moderator’s correction in this server credits ${clip(s.name, MAX_NAME)}’s quotations to someone else (below).`),
    );
  const shown = result.quotes.slice(0, Math.max(0, MAX_LIST_SECTIONS - (away.length ? 1 : 0)));
  // more than one answer lists: said which are shown, and how to reach the others (a thread narrows them to a topic)
  if (result.total > shown.length && shown.length)
    lead.push(
      line(
        `The ${shown.length} carried by most outlets are shown; for the others, ask “what did ${clip(s.name, MAX_NAME)} say about …?” with a topic${inThread ? ' here' : ', in a thread on this answer'}.`,
      ),
    );
  const sections: Section[] = shown.map((q, i) => ({
    name: line(`${i + 1}. Carried by ${carriersCount(q.outlets)}`),
    lines: [
      // reported speech is no quotation: shown without quotation marks, and said so
      q.reported ? line('Reported, not quoted: ', em(clip(q.quote, 400))) : line(quoted(q.quote, 400)),
      // a statement made with others: said whose, so it is not read as the speaker's alone
      ...(q.jointly ? [line(em(`Said jointly: ${clip(q.jointly, MAX_NAME)}`))] : []),
      // the same words credited to someone else by other outlets: not this person's beyond doubt
      // (their own organisation, or the person behind it, is no rival: said as who-said says it)
      ...(q.alsoCreditedTo?.length
        ? [
            conflictHead(
              q.relation ?? 'rivals',
              ` also credited to ${q.alsoCreditedTo
                .map((c) => `${clip(c.speaker, MAX_NAME)} (${count(c.documents.length, 'document')})`)
                .join(', ')}`,
            ),
          ]
        : []),
      ...capped(q.outlets, MAX_LIST_LINES, (o) => line(`• ${outletLabel(o)}`)),
    ],
  }));
  if (away.length) {
    sections.push({
      name: line(`Credited to someone else by a correction (${away.length})`),
      lines: capped(away, MAX_LIST_LINES, (q) =>
        line('• ', quoted(q.quote, 200), ' → ', q.to ? strong(clip(q.to.name, MAX_NAME)) : 'no speaker', correctionNote(q.to?.correction)),
      ),
    });
  }
  return {
    tone: 'info',
    title: line('🗣️ Quotes by ', strong(clip(s.name, MAX_NAME))),
    lead,
    sections,
    footer: footerOf(
      `${count(result.total, 'quote')}${result.total > shown.length ? `, ${shown.length} shown` : ''}`,
      away.length > 0 && `${away.length} credited to someone else by a correction`,
      corpusNote(result.corpus),
    ),
  };
}

/**
 * How many documents, from how many outlets: a document naming no outlet is listed by its file name, and counted
 * apart, not as an outlet of its own.
 */
function documentsCount(result: OutletsResult): string {
  const named = result.outlets.filter((o) => o.outlet !== null);
  const unnamed = result.outlets.length - named.length;
  const fromNamed = named.reduce((n, o) => n + o.documents.length, 0);
  const total = count(result.totalDocuments, 'document');
  if (!unnamed) return `${total} from ${count(named.length, 'outlet')}.`;
  if (!named.length) return `${total}, none naming its outlet (listed by file name).`;
  return `${total}: ${fromNamed} from ${count(named.length, 'outlet')}, ${unnamed} naming no outlet (listed by file name).`;
}

/**
 * Quotes counted each time one is quoted, with the distinct quotations among them when fewer: "3 quotes" beside a
 * /quotes answer listing one quotation carried by two of the outlet's documents read as two quotations missing.
 */
function quotesCount(counted: { quotes: number; quotations?: number }): string {
  const distinct = counted.quotations;
  return distinct !== undefined && distinct < counted.quotes
    ? `${count(counted.quotes, 'quote')} (${count(distinct, 'distinct quotation')})`
    : count(counted.quotes, 'quote');
}

/** Every outlet in the corpus with its documents and how many quotes each carries. */
export function outletsView(result: OutletsResult): View {
  const shown = result.outlets.slice(0, MAX_LIST_SECTIONS);
  const sections: Section[] = shown.map((o) => {
    const span = o.firstDate && o.lastDate && o.firstDate !== o.lastDate ? `${o.firstDate} to ${o.lastDate}` : (o.firstDate ?? o.lastDate);
    return {
      name: line(clip(o.label, MAX_NAME)),
      lines: [
        // a document naming no outlet is headed by its file name: "1 document" under it read as an outlet's count
        line(
          `${o.outlet === null && o.documents.length === 1 ? 'names no outlet' : count(o.documents.length, 'document')}${DOT}${quotesCount(o)}${span ? `${DOT}${span}` : ''}`,
        ),
        ...capped(o.documents, MAX_LIST_LINES, (d) =>
          line(
            `• ${outletLabel({ outlet: null, document: d.document, date: null })}${d.date ? ` (${clip(d.date, 40)})` : ''}`,
            d.title ? ` — ${clip(d.title, 150)}` : '',
            ` — ${quotesCount(d)}`,
          ),
        ),
      ],
    };
  });
  const more = result.outlets.length - shown.length;
  return {
    tone: 'info',
    title: line('📰 Outlets in the corpus'),
    lead: [line(documentsCount(result))],
    sections,
    footer: footerOf(more > 0 && `${shown.length} of ${result.outlets.length} shown`, corpusNote(result.corpus)),
  };
}

/** An http(s) address fit to show or link, else undefined. */
export function httpUrl(raw: string | null): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    return (u.protocol === 'https:' || u.protocol === 'http:') && raw.length <= 2048 ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** One source document: its metadata with the evidence for each field, then the quotes it carries. */
export function sourceView(result: SourceResult): View {
  if (!result.found) {
    const several = result.outletDocuments;
    const lead = several
      ? [
          line(
            quoted(result.document, 200),
            ` is an outlet with ${count(several, 'document')}: /source shows one document, named by its file name or the start of it.`,
          ),
        ]
      : [line('No document in the corpus is named ', quoted(result.document, 200), '.')];
    if (several && result.suggestions.length)
      lead.push(
        line(
          'Its documents: ',
          nameList(result.suggestions.slice(0, several)),
          several > result.suggestions.length ? `, and ${several - result.suggestions.length} more.` : '.',
        ),
      );
    else if (result.suggestions.length) lead.push(line('Did you mean: ', nameList(result.suggestions), '?'));
    // nothing close either: where the documents' names can be read
    else if (!several) lead.push(line('/outlets lists every document of the corpus, under its outlet.'));
    const title = several ? line('❓ Which document of ', quoted(result.document, MAX_NAME), '?') : line('❌ Source not found');
    return { tone: several ? 'info' : 'bad', title, lead, sections: [], footer: corpusNote(result.corpus) };
  }
  const lead: Line[] = [
    line('Outlet: ', strong(result.outlet ? clip(result.outlet, MAX_NAME) : 'unknown')),
    line(`Date: ${result.date ? clip(result.date, 40) : 'unknown'}`),
    line(`Title: ${result.title ? clip(result.title, 300) : 'unknown'}`),
  ];
  if (result.url) lead.push(line(`Address: ${clip(result.url, 300)}`));
  if (result.added) {
    const { by, at, from } = result.added;
    // when: a timestamp each reader reads in their own zone (the JSON keeps the ISO string)
    lead.push(line('Added by ', strong(clip(by, MAX_NAME)), ' on ', time(clip(at, 40)), ` from ${clip(from, 300)}`));
  }
  // the outlet's text was cut short: said as the add's reply says it
  if (result.partial)
    lead.push(line('⚠️ Partial text: ', clip(result.partial, 400), '. What the outlet printed after that is not searched.'));
  const sections: Section[] = [];
  if (result.evidence.length) {
    // how the metadata was found matters less than the quotations after it: where a message lacks room for both,
    // it gives way (the outlet, date and title above stay)
    sections.push(
      ...spread(
        line('How the metadata was found'),
        capped(result.evidence, MAX_LIST_LINES, (e) =>
          line(`• ${clip(e.field, 60)}: ${clip(e.source, MAX_NAME)} — ${clip(e.detail, 200)}`),
        ),
      ).map((section) => ({ ...section, expendable: true })),
    );
  }
  // reported speech is no quotation: counted apart and shown without quotation marks, as /quotes shows it (the
  // outlets' list counts quotations alone)
  const reported = result.quotes.filter((q) => q.kind === 'paraphrase').length;
  const unlisted = result.quotes.slice(MAX_LIST_LINES);
  // the rest are said whose, and where to read them: /quotes lists each speaker's quotations
  const unlistedBy = [...new Set(unlisted.map((q) => speakerLabel(q.speaker)))];
  const rest = unlisted.length
    ? [
        line(
          `and ${unlisted.length} more, by ${nameList(unlistedBy, 5)}: /quotes with a speaker’s name lists ${unlistedBy.length === 1 ? 'theirs' : 'each one’s'}`,
        ),
      ]
    : [];
  sections.push(
    ...spread(
      line(`Quotes (${result.quotes.length - reported})${reported ? `${DOT}reported speech (${reported})` : ''}`),
      result.quotes.length
        ? [
            ...result.quotes
              .slice(0, MAX_LIST_LINES)
              .map((q) =>
                line(
                  '• ',
                  ...(q.kind === 'paraphrase'
                    ? ['Reported, not quoted: ', em(clip(q.text, 200)), ` — ${speakerLabel(q.speaker)}`]
                    : [quoted(q.text, 200), ` — ${speakerLabel(q.speaker)} (quote)`]),
                  q.corrected
                    ? `${correctionNote(q.corrected)} (was ${q.corrected.was === null ? 'unattributed' : clip(q.corrected.was, MAX_NAME)})`
                    : '',
                ),
              ),
          ]
        : [line('No quotes found in this document.')],
      rest,
    ),
  );
  return {
    tone: 'info',
    title: line('📄 ', clip(result.document, MAX_NAME)),
    url: httpUrl(result.url),
    lead,
    sections,
    footer: footerOf(result.document, corpusNote(result.corpus)),
  };
}
