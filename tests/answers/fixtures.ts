/** A small corpus written for these tests: four outlets report one council meeting in different ways. */
import { prepareDocument } from '../../src/corpus/prepare.js';
import { ClaimStore } from '../../src/store/store.js';

export const ARTICLES: { file: string; outlet: string; date: string; text: string }[] = [
  {
    file: 'harbor-times.txt',
    outlet: 'Harbor Times',
    date: '2024-03-01',
    text: [
      'Council backs pier plan',
      '',
      'Mayor Dana Whitfield said on Thursday that the city "will rebuild the northern pier before the summer season begins".',
      '',
      '"Nobody will lose their mooring rights while the work goes on," she added.',
      '',
      'Port director Omar Haddad called the timetable "ambitious but achievable" and said the dredging contract would be signed within weeks.',
    ].join('\n'),
  },
  {
    file: 'coast-daily.txt',
    outlet: 'Coast Daily',
    date: '2024-03-02',
    text: [
      'Mayor promises pier by summer',
      '',
      '"We will rebuild the northern pier before the summer season starts," Whitfield told reporters after the vote.',
      '',
      'Haddad said that the budget for the pier would be reviewed again in April.',
    ].join('\n'),
  },
  {
    file: 'bay-herald.txt',
    outlet: 'Bay Herald',
    date: '2024-03-02',
    text: [
      'Pier works to start in spring',
      '',
      'The mayor hopes to rebuild the northern pier before the summer season, according to council papers seen by this newspaper.',
    ].join('\n'),
  },
  {
    file: 'valley-post.txt',
    outlet: 'Valley Post',
    date: '2024-03-03',
    text: [
      'Orchard festival returns',
      '',
      'Festival organiser Priya Raman said the orchard festival "will return bigger than ever" in September.',
    ].join('\n'),
  },
];

/** The store built from {@link ARTICLES} through the real pipeline (cleaning, extraction, grouping). */
export function fixtureStore(): ClaimStore {
  const documents = ARTICLES.map((a) => prepareDocument(a.file, a.text, { file: a.file, outlet: a.outlet, date: a.date }));
  return ClaimStore.fromCorpus({ dir: 'fixtures', documents, errors: [] });
}
