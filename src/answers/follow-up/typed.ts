/**
 * Follow-up messages as members type them: key words misspelt ("wich", "sad"), question marks of other scripts,
 * courtesy before the question, and the languages a translation may be asked in.
 */
/** ISO 639-1 codes, for the English names of languages ("and in French?"). */
const LANGUAGE_CODES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu';

let languageNames: Map<string, string> | null = null;

/** Lower-cased English language names → the name as written ("french" → "French"). */
function languages(): Map<string, string> {
  if (!languageNames) {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    languageNames = new Map();
    for (const code of LANGUAGE_CODES.split(' ')) {
      const name = names.of(code);
      if (name && /^\p{L}+$/u.test(name)) languageNames.set(name.toLowerCase(), name);
    }
  }
  return languageNames;
}

/** The language a message asks the words in ("and in French?"), or undefined. */
export function languageAsked(lower: string): string | undefined {
  for (const m of lower.matchAll(/\b(?:in|into|to)\s+(\p{L}+)/gu)) {
    const name = languages().get(m[1]!);
    if (name) return name;
  }
  return undefined;
}

/**
 * The words the follow-up patterns look for, for typos in a question ("wich outlets carried it?", "who sad it?").
 * Only a question is corrected (a message ending in a question mark), and only to choose what it asks: a quotation
 * to check is never rewritten.
 */
const KEY_WORDS = [
  'who',
  'which',
  'what',
  'when',
  'where',
  'said',
  'say',
  'else',
  'outlet',
  'outlets',
  'carried',
  'published',
  'context',
  'compare',
  'quote',
  'quotation',
  'verbatim',
  'source',
  'sources',
  'article',
  'original',
  'first',
  'translate',
  'reported',
  'paragraph',
];

/** True when `a` becomes `b` by one edit: a letter changed, added or dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A question with its misspelt key words put right ("wich" → "which", "sad" → "said"). */
export function keyWordsSpelt(text: string): string {
  return text.replace(/\p{L}{3,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (KEY_WORDS.includes(lower)) return word;
    // a word of three letters becomes a longer key word ("sad" → "said") or its own letters swapped ("hwo" →
    // "who"), never another word of three ("how" stays "how")
    const fits = (k: string) =>
      oneEditApart(lower, k) && (lower.length > 3 || k.length > 3 || [...lower].sort().join('') === [...k].sort().join(''));
    return KEY_WORDS.find(fits) ?? word;
  });
}

/** Question marks of other scripts (full-width, Arabic, Greek, reversed) as "?"; an opening "¿" dropped. */
export function plainQuestionMarks(text: string): string {
  return text.replace(/[\uFF1F\u061F\u037E\u2E2E\uFE56]/g, '?').replace(/\u00BF/g, '');
}

/** Courtesy words opening a message before its question ("thanks, …", "great! …", "hi bot, …"). */
export const COURTESY =
  /^(?:(?:thanks|thank\s+you|thx|ty|cheers|great|cool|nice|perfect|interesting|wow|hi|hey|hello)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|bot|there))?(?:\s*[,!.:;—–-]+\s*|\s+(?=(?:and|but|so|now|who|what|which|when|where|why|how|did|does|is|was|can|could)\b)))+(?=\S)/i;
