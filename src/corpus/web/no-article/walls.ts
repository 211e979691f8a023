/**
 * Walls before an article: paywall classes and notices, log-in and registration notices, the notices that cut the
 * text short (`CUT_TEXT`, several languages), and whether a paywall-marked box holds the article's own text
 * (`holdsWalledText`).
 */
import { all, countWords, ELEMENT_NODE, TEXT_NODE, textOf, type DomElement, type DomNode, SPACE_RUNS } from '../dom.js';

export const PAYWALL_MARK =
  /(?:^|[\s_-])(?:paywall|regwall|piano|metered|premium-content|subscriber-only|subscribers-only|locked-content)(?:$|[\s_-])/i;

/** A paywall's words ("to continue reading", "Already a subscriber?", "Subscribers only"). */
export const PAYWALL_TEXT =
  /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading|already a subscriber|subscribers? only|(?:only )?available (?:to|for) (?:subscribers|members)|become a (?:subscriber|member) to read|unlock (?:this|the full) (?:article|story))\b/i;

/** A log-in or registration wall: "Sign in to read", "Create a free account to keep reading", "Register for free to continue". */
export const LOGIN_TEXT =
  /\b(?:(?:log ?in|sign ?in) (?:to (?:continue|read|view)|with your)|(?:register|sign up|create (?:a |an )?(?:free )?account)(?: for free| now)? (?:to|and) (?:continue|keep) reading)\b/i;

const CUT_TEXT_EN =
  /\b(?:(?:subscribe|log ?in|sign ?in|register|sign up|create (?:a |an )?(?:free )?account|become a (?:subscriber|member))(?: now| today| for free)? (?:to|and) (?:continue|keep) reading|to (?:continue|keep) reading|(?:subscribe|log ?in|sign ?in|register|sign up|become a (?:subscriber|member))(?: now| today| for free)? to read (?:the (?:full|whole|rest of the) (?:article|story)|on|more)|unlock (?:this|the full|the rest of (?:this|the)) (?:article|story)|the rest of (?:this|the) (?:article|story) is (?:only )?(?:for|available (?:to|for)|reserved for) (?:subscribers|members)|this (?:article|story) is (?:only )?(?:for|available (?:to|for)|reserved for) (?:subscribers|members))\b/i;

/**
 * The same notices in other languages: French ("Abonnez-vous pour lire la suite", "Il vous reste 62 % de cet
 * article à lire"), German ("Jetzt weiterlesen mit SZ Plus", "Jetzt abonnieren und weiterlesen"), Spanish
 * ("Suscríbete para seguir leyendo"), Italian ("Continua a leggere con Repubblica+", "Abbonati per continuare
 * a leggere"), Portuguese ("Assine para continuar lendo") and Dutch ("Word abonnee om verder te lezen").
 * A bare "Continua a leggere" or "Lees verder" is a free site's "read more" button: a subscription must be named.
 */
const CUT_TEXT_OTHER =
  /(?<![\p{L}])(?:(?:abonnez-vous|connectez-vous|inscrivez-vous|identifiez-vous)(?: gratuitement)? (?:pour|afin de) (?:lire|continuer|poursuivre)(?: la suite| votre lecture| à lire)?|pour (?:lire|continuer à lire|poursuivre)(?: la suite)?(?: de cet article)?,? (?:abonnez-vous|connectez-vous|inscrivez-vous)|il vous reste \d+ ?% de cet article à lire|(?:cet article|ce contenu|la suite(?: de cet article)?) est réservée? (?:à nos|aux) abonné(?:e|s)|(?:jetzt )?(?:weiterlesen|weiter lesen|lesen sie (?:jetzt )?weiter) mit (?:[\p{L}\p{N}.-]+ )?[\p{L}\p{N}.-]*(?:plus|\+)|(?:jetzt )?(?:abonnieren|registrieren|anmelden|einloggen|testen)(?: und| um)? (?:weiterlesen|weiterzulesen)|(?:dieser artikel|dieser inhalt|der rest des artikels) ist (?:nur |exklusiv )*für (?:abonnenten|abonnentinnen|abonnent\*innen|abonnements|plus-leser)|(?:suscríbete|suscríbase|regístrate|regístrese|inicia sesión|inicie sesión|hazte (?:socio|suscriptor))(?: gratis)? (?:para|y) (?:seguir|continuar) leyendo|para (?:seguir|continuar) leyendo,? (?:suscríbete|suscríbase|regístrate|regístrese|inicia sesión|inicie sesión|hazte)|(?:este|el) (?:artículo|contenido) es (?:exclusivo |solo )*(?:para|de) (?:suscriptores|abonados|socios)|(?:abbonati|registrati|accedi|iscriviti) (?:per|e) (?:continuare a leggere|continua a leggere|leggere (?:tutto )?(?:l'articolo|l’articolo|il resto))|(?:per )?continua(?:re)? a leggere[^.!?\n]{0,60}?(?:(?:abbonat|abbonament|abbonand|registrat|accedi|premium)\p{L}*|[\p{L}\p{N}]\+)|(?:questo articolo|questo contenuto|il resto dell(?:'|’)articolo) è riservato (?:agli|ai) (?:abbonati|iscritti)|(?:assine|cadastre-se|faça login|entre)(?: já)? (?:para|e) (?:continuar|seguir) (?:lendo|a ler)|(?:conteúdo|artigo|matéria) exclusiv[oa] (?:para|de) assinantes|(?:word abonnee|neem een abonnement|log in|registreer je)(?: gratis)? (?:om|en) (?:verder te lezen|lees verder))(?![\p{L}])/iu;

/**
 * A notice that says the article's text stops here: the reader must pay, subscribe, log in or register to
 * read on, in English or another language (CUT_TEXT_OTHER). Narrower than PAYWALL_TEXT ("Already a
 * subscriber?" heads every page of some sites, free articles too): an article kept despite its wall is marked
 * partial only on these.
 */
export const CUT_TEXT = {
  test: (text: string): boolean => CUT_TEXT_EN.test(text) || CUT_TEXT_OTHER.test(text),
  exec: (text: string): RegExpExecArray | null => {
    const en = CUT_TEXT_EN.exec(text);
    const other = CUT_TEXT_OTHER.exec(text);
    return en && other ? (en.index <= other.index ? en : other) : (en ?? other);
  },
};

/** Words of a wall's notice that ask to log in or register rather than pay, in the languages of CUT_TEXT. */
export const LOGIN_WORDS =
  /\b(?:log ?in|sign ?in|register|sign up|account|connectez|identifiez|inscrivez|registrieren|anmelden|einloggen|regístrate|regístrese|inicia|inicie|registrati|accedi|iscriviti|cadastre|faça login|registreer)\b/i;

/** The same, asking to register (a registration wall rather than a log-in). */
export const REGISTER_WORDS =
  /\b(?:register|sign up|create (?:a |an )?(?:free )?account|inscrivez|registrieren|regístrate|regístrese|registrati|iscriviti|cadastre|registreer)\b/i;

/** Text a reader sees: scripts, templates and elements hidden (by `hidden` or an inline style) aside. */
export function shownText(node: DomNode | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === TEXT_NODE) parts.push(n.textContent ?? '');
    else if (n.nodeType === ELEMENT_NODE) {
      const el = n as unknown as { nodeName: string; getAttribute(name: string): string | null };
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/i.test(el.nodeName) || el.getAttribute('hidden') !== null) return;
      if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) return;
    }
    for (const child of Array.from(n.childNodes)) walk(child);
  };
  if (node) walk(node);
  return parts.join(' ').replace(SPACE_RUNS, ' ');
}

/** Class or id words of a box holding an article's free start only. */
export const TEASER_BOX = /(?:^|[\s_-])(?:teaser|preview|excerpt|truncated|snippet)(?:$|[\s_-])/i;

/** Words a paragraph of a paywall's box needs to be read as the article's, and a box's paragraphs in all. */
const WALLED_PARAGRAPH_WORDS = 12;

const WALLED_TEXT_WORDS = 25;

const SENTENCE_CLOSE = /[.!?…]["”’»)]?\s*$/;

/**
 * Whether a paywall-marked box holds the article's own paragraphs: many sites print the article for subscribers'
 * browsers inside such a box (`<div class="paywall">`, or a `<p class="paywall">` a paragraph), whose scripts hide
 * it from others. Its paragraphs stay; the wall's notice, a box of its own or a line tidying drops, goes.
 */
export function holdsWalledText(el: DomElement): boolean {
  const paragraphs = el.tagName === 'P' ? [el] : all(el, 'p');
  let words = 0;
  for (const p of paragraphs) {
    const text = textOf(p);
    const count = countWords(text);
    if (count < WALLED_PARAGRAPH_WORDS || !SENTENCE_CLOSE.test(text) || CUT_TEXT.test(text) || PAYWALL_TEXT.test(text)) continue;
    words += count;
  }
  return words >= (el.tagName === 'P' ? WALLED_PARAGRAPH_WORDS : WALLED_TEXT_WORDS);
}
