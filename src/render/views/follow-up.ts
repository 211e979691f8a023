/** Views of thread follow-ups: the entry (`followUpView`), other speakers, several claims answered in one reply. */
import type { FollowUpAnswer, OthersResult } from '../../answers/types.js';
import { DOT, MAX_NAME, corpusNote, count, speakerLabel } from '../labels.js';
import { clip, line, quoted, strong, type Line, type View } from '../view.js';
import { compareView } from './compare.js';
import { speakerQuotesView } from './lists.js';
import { contextView } from './misc.js';
import { whoSaidView } from './who-said.js';
import { datesView } from './follow-up-dates.js';
import { roleView, cannotView } from './follow-up-cannot.js';
import { followUpHelpView } from './follow-up-help.js';

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
