/**
 * Captions printed without a caption's markup, told by the credit they end with ("Photo by Ines Rowe",
 * "(Jonas Pell/Coastline Ledger)"), leave the text even when they hold a quotation; so do a subscription's
 * box (classed paywall) and its offer printed as a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The regional transport board approved a new bus network for the valley on Thursday, the largest change to local routes in twenty years.',
  '“Every village on the river will have a bus at least once an hour, and that has never been true before,” said board chair Lucia Ferrand.',
  'Critics said the plan would cut direct services from the hill towns to the hospital, forcing patients to change buses in the town centre.',
  'The new timetable will be published in June, and the board plans drop-in sessions in each of the eleven towns on the route.',
  'Drivers’ representatives said they welcomed the extra routes but wanted to see the rosters before the union gave its backing to the plan.',
  'Shop owners in the town centre said the change could bring them more customers, since every route will now pass the market square twice an hour.',
  'The board said it would add a shuttle to the hospital if passenger numbers justified it after the first six months.',
];
const read = (middle: string, end = '') => {
  const [a, b, ...rest] = BODY.map((p) => `<p>${p}</p>`);
  const r = extractArticle(
    `<html><head><title>Valley bus network approved | Riverbend Post</title></head><body><article><h1>Valley bus network approved</h1>${a}${b}${middle}${rest.join('')}${end}</article></body></html>`,
  );
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('captions without caption markup', () => {
  it.each([
    '<div><img src="/m.jpg"><p><em>“We were never asked,” said hill-town mayor Ruben Castell, pictured at the meeting.</em> Photo by Ines Rowe</p></div>',
    '<div class="image"><img src="/b.jpg"><div class="img-text">“This is the network the valley deserves,” Lucia Ferrand told reporters. (Ines Rowe for the Riverbend Post)</div></div>',
    '<div><img src="/c.jpg"><p>Buses wait at the valley depot on Thursday. (Jonas Pell/Riverbend Post)</p></div>',
  ])('leave the text: %s', (caption) => {
    expect(read(caption)).toEqual(BODY);
  });

  it('a party beside a speaker’s name is no photographer’s credit', () => {
    const line = '“We will vote against it,” said Marta Ruiz (Greens/EFA).';
    expect(read(`<p>${line}</p>`)).toContain(line);
  });
});

describe('a subscription’s box and offer', () => {
  it('leave the text', () => {
    expect(
      read(
        '',
        '<div class="paywall-box"><h3>Subscribe today</h3><p>Get unlimited access to the Riverbend Post for just 1 a week.</p></div>',
      ),
    ).toEqual(BODY);
    expect(
      read('', '<div class="offer"><h3>Subscribe today</h3><p>Get unlimited access to the Riverbend Post for just 1 a week.</p></div>'),
    ).toEqual(BODY);
  });
});
