/**
 * Paywall and log-in notices in other languages than English ("Abonnez-vous pour lire la suite", "Jetzt
 * weiterlesen mit SZ Plus", "Suscríbete para seguir leyendo", "Continua a leggere …"): the article is marked
 * partial and neither the notice nor its offer lines stay in the text, as for English notices. A free site's
 * bare "read more" button and a sentence of the article are no notice. Pages written for these tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageToDocument } from '../../../src/corpus/web/document.js';
import { extractArticle } from '../../../src/corpus/web/extract.js';
import { fetchPage } from '../../../src/fetch/index.js';
import { newsUrl, policyFor, startServer, type TestServer } from '../../fetch/server.js';

const PARAGRAPHS = [
  'Le conseil régional a annoncé jeudi une hausse de vingt pour cent des tarifs de l’eau pour les exploitations agricoles de la vallée, après deux étés secs qui ont laissé les réservoirs à leur plus bas niveau depuis des décennies.',
  '« Nous n’avons plus d’autre moyen d’équilibrer les comptes sans demander davantage aux plus gros consommateurs », a déclaré Hélène Morvan, qui préside le conseil. « Les ménages ne verront aucun changement cette année. »',
  'Les syndicats agricoles ont réagi avec colère. « Vingt pour cent, ce n’est pas un ajustement, c’est une nouvelle facture », a dit Aurélien Bastide, qui cultive des tomates sur quarante hectares près de l’embouchure.',
  'Selon les chiffres du conseil lui-même, les exploitations utilisent environ les deux tiers de l’eau de la vallée, tout en payant moins de la moitié de ses recettes, d’après son rapport annuel publié au printemps.',
  'Plusieurs membres du conseil avaient plaidé pour une hausse plus modeste étalée sur trois ans, et le vote s’est conclu par sept voix contre quatre, selon des personnes présentes à la réunion.',
];

const page = (wall: string, lang = 'fr'): string => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<title>Hausse des tarifs de l’eau | Le Courrier du Val</title><meta property="og:site_name" content="Le Courrier du Val"></head>
<body><article><h1>Hausse des tarifs de l’eau</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
${wall}</article></body></html>`;

const read = (html: string) => {
  const r = extractArticle(html);
  if (!r.ok) throw new Error(r.reason);
  return r;
};

const WALLS: [string, string, string, 'paywall' | 'log-in'][] = [
  [
    'French',
    '<div class="fin"><p>Il vous reste 62 % de cet article à lire.</p><p>Abonnez-vous pour lire la suite</p><p>Déjà abonné ? Se connecter</p></div>',
    'Il vous reste 62 % de cet article à lire',
    'paywall',
  ],
  [
    'German',
    '<div class="teaser"><p>Jetzt weiterlesen mit SZ Plus</p><p>Testen Sie 4 Wochen kostenlos.</p></div>',
    'Jetzt weiterlesen mit SZ Plus',
    'paywall',
  ],
  [
    'Spanish',
    '<div class="cierre"><h3>Suscríbete para seguir leyendo</h3><p>Lee sin límites</p></div>',
    'Suscríbete para seguir leyendo',
    'paywall',
  ],
  ['Spanish log-in', '<div><p>Regístrate gratis para seguir leyendo</p></div>', 'Regístrate gratis para seguir leyendo', 'log-in'],
  [
    'Italian',
    '<div><p>Continua a leggere questo articolo abbonandoti a Il Foglio Premium</p></div>',
    'Continua a leggere questo articolo abbonandoti',
    'paywall',
  ],
  ['Portuguese', '<p>Assine para continuar lendo</p>', 'Assine para continuar lendo', 'paywall'],
];

describe('a wall in another language', () => {
  for (const [lang, wall, notice, kind] of WALLS) {
    it(`${lang}: partial, the notice and its offer out of the text`, () => {
      const r = read(page(wall));
      expect(r.partial).toBe(`the page shows the start of the article, then “${notice}”: the rest is behind a ${kind}`);
      expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
    });
  }

  it('a teaser too short for an article is refused as walled', () => {
    const short = `<html><body><article><h1>Hausse</h1><p>${PARAGRAPHS[0]}</p><p>Abonnez-vous pour lire la suite</p></article></body></html>`;
    expect(extractArticle(short)).toMatchObject({ ok: false, reason: expect.stringMatching(/behind a paywall$/) });
  });

  it('a free site’s “read more” button, or the words in a sentence, mark nothing', () => {
    expect(read(page('<p><a href="#more">Continua a leggere</a></p>')).partial).toBeNull();
    expect(read(page('<p><a href="/next">Lees verder</a></p>')).partial).toBeNull();
    const said =
      '<p>Sie sagte, sie wolle am Abend weiterlesen mit ihrer Tochter, die das Buch schon kennt, und dann gemeinsam darüber sprechen.</p>';
    const r = read(page(said, 'de'));
    expect(r.partial).toBeNull();
    expect(r.text).toContain('weiterlesen mit ihrer Tochter');
  });
});

describe('added by its link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(WALLS[0]![1]));
    });
  });
  afterAll(() => server.close());

  it('the stored document is marked partial and holds no notice', async () => {
    const fetched = await fetchPage(newsUrl(server, '/eau'), policyFor(server));
    if (!fetched.ok) throw new Error(fetched.message);
    const doc = pageToDocument('added/eau', fetched.body, { contentType: fetched.contentType, url: fetched.url });
    if ('code' in doc) throw new Error(doc.code);
    expect(doc.meta.partial).toMatch(/“Il vous reste 62 % de cet article à lire”: the rest is behind a paywall$/);
    expect(doc.text).not.toMatch(/abonn/i);
  });
});
