/**
 * `<q>`: the browser prints its quotation marks, the text holds none. Read without them, the quotation was
 * words of the sentence around it and no quotation was found.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const REST = [
  'The ferry company will run a night crossing to the outer islands from May, its director said on Thursday, after a year of petitions.',
  'The crossing will leave the mainland pier at half past eleven and return at dawn, six nights a week until the end of September.',
  'The island councils will pay a third of the cost of the extra crew for the first two years, the company said.',
];
const read = (p: string, lang = 'en') => {
  const r = extractArticle(
    `<html lang="${lang}"><head><title>Night ferry | Skerry Post</title></head><body><article><h1>Night ferry</h1><p>${REST[0]}</p>${p}${REST.slice(
      1,
    )
      .map((s) => `<p>${s}</p>`)
      .join('')}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n')[1];
};

describe('<q> quotations', () => {
  it('are printed with the marks a reader sees', () => {
    expect(read('<p>Director Sanna Holt said: <q>Islanders who work late have had no way home.</q></p>')).toBe(
      'Director Sanna Holt said: “Islanders who work late have had no way home.”',
    );
    expect(read('<p lang="de">Holt sagte: <q>Die Fähre fährt ab Mai.</q> Das sei sicher.</p>', 'de')).toBe(
      'Holt sagte: “Die Fähre fährt ab Mai.” Das sei sicher.',
    );
  });

  it('one inside another with single marks', () => {
    expect(read('<p><q>They told us <q>wait a year</q> and we did,</q> said Holt.</p>')).toBe(
      '“They told us ‘wait a year’ and we did,” said Holt.',
    );
  });

  it('a <q> that prints its own marks keeps them once', () => {
    expect(read('<p>Holt said: <q>“No way home.”</q></p>')).toBe('Holt said: “No way home.”');
  });
});
