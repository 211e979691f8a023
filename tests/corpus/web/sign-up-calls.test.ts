/**
 * A newsletter's box that asks for no email address on the page (its button leads to a sign-up page) leaves
 * the body whatever its class is called; the article's own sentences about signing up stay.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/corpus/web/extract.js';

const BODY = [
  'The ferry council of Lornhaven voted on Monday to keep the night crossing running through the winter months.',
  '“The island cannot be cut off after dark,” said councillor Ebba Stroud, who proposed the motion to the council.',
  'The crossing loses money in winter, the operator said, and the council will cover the gap from its reserves.',
  'Shops on the island had warned that without the late boat their staff from the mainland could not work evening shifts.',
];
const page = (box: string) =>
  `<html lang="en"><head><title>Night ferry stays | Lornhaven Courier</title></head><body><article><h1>Night ferry stays</h1><p>${BODY[0]}</p><p>${BODY[1]}</p>${box}<p>${BODY[2]}</p><p>${BODY[3]}</p></article></body></html>`;
const text = (html: string): string[] => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r.text.split('\n\n');
};

describe('sign-up boxes without an email field', () => {
  it.each([
    [
      'a titled box with a link',
      '<section class="cta"><p><strong>Sign up to our free morning newsletter</strong></p><p>Start every day with the stories that matter to Lornhaven. <a href="/signup">Sign up now</a></p></section>',
    ],
    [
      'a pitch and a button',
      '<div class="box-b"><h4>The Island Briefing</h4><p>The week on the island, every Friday.</p><button>Sign up</button></div>',
    ],
    ['one line ending in its call', '<p>Island news in your inbox every morning. <a href="/nl">Subscribe »</a></p>'],
    ['in French', '<div class="encart"><p>Recevez notre infolettre chaque matin.</p><a href="/nl">Je m’inscris</a></div>'],
  ])('%s leaves the text', (_, box) => {
    expect(text(page(box))).toEqual(BODY);
  });

  it('a sentence of the article linking “sign up” stays', () => {
    const own = 'Residents who want the council’s email bulletin on ferry times can <a href="/b">sign up</a> at the harbour office.';
    expect(text(page(`<p>${own}</p>`))).toContain(own.replace(/<[^>]+>/g, ''));
  });

  it('a call without a newsletter named stays with its paragraph', () => {
    const own = 'Volunteers for the winter crossing rota are wanted. <a href="/rota">Sign up</a>';
    expect(text(page(`<p>${own}</p>`))).toContain('Volunteers for the winter crossing rota are wanted. Sign up');
  });
});
