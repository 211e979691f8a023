/**
 * /quotes of a person quoted more often than one answer lists says which are shown and how to reach the others;
 * a role written two ways ("front-runner", "frontrunner") is shown once.
 */
import { describe, expect, it } from 'vitest';
import { answerFollowUp } from '../../src/answers/follow-up.js';
import { speakerQuotes } from '../../src/answers/lists.js';
import { followUpText } from '../../src/render/follow-up.js';
import { speakerLabel } from '../../src/render/labels.js';
import { speakerQuotesText } from '../../src/render/text.js';
import { MAX_LIST_SECTIONS } from '../../src/render/views/lists.js';
import { story, writtenStore } from '../support/written.js';

const said = [
  'The crossing on Elm Street gets a new light before school starts',
  'Our library will open on Sundays from next month',
  'Nobody will pay more for water this year',
  'The old tram depot becomes a climbing hall',
  'We are hiring twelve nurses for the night shift',
  'Snow clearing starts at four in the morning now',
  'The harbour bridge needs new cables within two years',
  'Every pupil gets a free bus card in August',
  'The council sold the fire station to a bakery',
  'Parking fines go towards the skate park',
  'I have never met the developer in private',
  'The museum roof leaks and the paintings are moving',
  'Our budget has no room for a second ice rink',
  'The market square stays closed to cars on Saturdays',
  'Fishermen keep their berths at the old rate',
  'A heat pump goes into every school by winter',
  'The recycling plant smells because a filter broke',
  'We will publish every contract over ten thousand crowns',
  'Dog owners asked for a fenced park and they get one',
  'The ferry to the islands runs hourly in July',
  'Nobody told me the clinic would shut at lunchtime',
  'The choir festival moves to the sports hall',
];
const store = writtenStore(
  said.map((words, i) => ({
    file: `s${i}.txt`,
    outlet: 'Vale Courier',
    date: `2026-03-${String(i + 1).padStart(2, '0')}`,
    text: story(`Town news ${i + 1}`, `"${words}," mayor Runa Halvorsen said.`),
  })),
);

describe('/quotes of a person quoted often', () => {
  it('says which quotes are shown and how to ask for the others', () => {
    const r = speakerQuotes(store, 'Runa Halvorsen');
    expect(r.total).toBeGreaterThan(MAX_LIST_SECTIONS);
    expect(speakerQuotesText(r)).toContain(
      `The ${MAX_LIST_SECTIONS} carried by most outlets are shown; for the others, ask “what did Runa Halvorsen say about …?” with a topic, in a thread on this answer.`,
    );
  });

  it('says nothing of others when all are shown', () => {
    const one = writtenStore([
      { file: 'a.txt', outlet: 'Vale Courier', text: story('Bins', '"The bins go out on Mondays," mayor Runa Halvorsen said.') },
    ]);
    expect(speakerQuotesText(speakerQuotes(one, 'Runa Halvorsen'))).not.toContain('for the others');
  });

  it('shows a role written two ways once', () => {
    expect(speakerLabel('Runa Halvorsen', ['mayoral front-runner', 'mayoral frontrunner'])).toBe('Runa Halvorsen (mayoral front-runner)');
  });
});

describe('/quotes of a person quoted often, answered in a thread', () => {
  it('says to ask here', () => {
    const thread = { query: 'Our library will open on Sundays from next month', speaker: null, outlet: null };
    const { answer } = answerFollowUp(store, thread, 'what else did Runa Halvorsen say?');
    expect(answer.kind).toBe('quotes');
    expect(followUpText(answer)).toContain('ask “what did Runa Halvorsen say about …?” with a topic here.');
  });
});
