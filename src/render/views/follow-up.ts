/** Views of thread follow-ups: other speakers, publication dates, and what can be asked in a thread. */
import type { DatesResult, FollowUpAnswer, OthersResult } from '../../answers/types.js';
import { DOT, corpusNote, count, footerOf, outletLabel, speakerLabel } from '../labels.js';
import { line, quoted, strong, type View } from '../view.js';
import { compareView } from './compare.js';
import { contextView } from './misc.js';
import { whoSaidView } from './who-said.js';

/** Other speakers quoted saying something similar. */
export function othersView(r: OthersResult): View {
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

/** When each document that carried the claim was published. */
export function datesView(r: DatesResult): View {
  const dated = [...r.carriers].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const lines = dated.map((c) => line(`• ${outletLabel({ ...c, date: null })}: `, strong(c.date ?? 'date unknown')));
  return {
    tone: 'info',
    title: line('📅 Published'),
    lead: [line(quoted(r.quote, 300), ` — ${speakerLabel(r.speaker)}`)],
    sections: lines.length ? [{ name: line(count(lines.length, 'document')), lines }] : [],
    footer: footerOf(!lines.length && 'No document in the corpus carries it.', corpusNote(r.corpus)),
  };
}

/** What a thread understands. */
export function followUpHelpView(unknownOutlet: string | null): View {
  const lead = unknownOutlet ? [line(`No outlet called "${unknownOutlet}" is in the corpus; /outlets lists them.`), line('')] : [];
  return {
    tone: 'info',
    title: line('💬 Ask about this quotation here'),
    lead: [
      ...lead,
      line('• ', strong('who else said this?')),
      line('• ', strong('what did <outlet> say?')),
      line('• ', strong('show the context'), ' (optionally: in <outlet>)'),
      line('• ', strong('when was it published?')),
      line('• ', strong('compare <outlet> and <outlet>')),
      line('• a new quotation, in quotation marks, to check it'),
    ],
    sections: [],
  };
}

/** The view of any follow-up answer. */
export function followUpView(answer: FollowUpAnswer): View {
  switch (answer.kind) {
    case 'who-said':
      return whoSaidView(answer.result);
    case 'compare':
      return compareView(answer.result);
    case 'others':
      return othersView(answer.result);
    case 'dates':
      return datesView(answer.result);
    case 'context':
      return answer.result
        ? contextView(answer.result)
        : {
            tone: 'info',
            title: line('📍 No context'),
            lead: [line('No document in the corpus carries this quotation, so there is no paragraph to show.')],
            sections: [],
          };
    case 'help':
      return followUpHelpView(answer.unknownOutlet);
  }
}
