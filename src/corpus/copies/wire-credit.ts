/**
 * Wire-service credits in an article: a dateline credit ("BEIJING (Reuters) -"), a reporting verb after the
 * agency ("AFP reported", "Xinhua said"), the agency after "according to" / "told", or an agency's full name
 * ("Associated Press"). Two outlets crediting the same agency may carry the same wire text.
 */

/** News agencies: the name used to compare credits, and the names they are credited by (case matters: "AP"). */
const AGENCIES: readonly { agency: string; names: readonly string[]; fullNames: readonly string[] }[] = [
  { agency: 'AFP', names: ['AFP'], fullNames: ['Agence France-Presse', 'Agence France Presse'] },
  { agency: 'ANI', names: ['ANI'], fullNames: ['Asian News International'] },
  { agency: 'ANSA', names: ['ANSA'], fullNames: [] },
  { agency: 'AP', names: ['AP'], fullNames: ['Associated Press'] },
  { agency: 'Anadolu', names: ['Anadolu'], fullNames: ['Anadolu Agency'] },
  { agency: 'Bernama', names: ['Bernama'], fullNames: [] },
  { agency: 'dpa', names: ['dpa', 'DPA'], fullNames: ['Deutsche Presse-Agentur'] },
  { agency: 'EFE', names: ['EFE'], fullNames: [] },
  { agency: 'IANS', names: ['IANS'], fullNames: ['Indo-Asian News Service'] },
  { agency: 'Interfax', names: ['Interfax'], fullNames: [] },
  { agency: 'Kyodo', names: ['Kyodo'], fullNames: ['Kyodo News'] },
  { agency: 'PTI', names: ['PTI'], fullNames: ['Press Trust of India'] },
  { agency: 'Reuters', names: ['Reuters'], fullNames: [] },
  { agency: 'RIA Novosti', names: ['RIA Novosti', 'RIA'], fullNames: [] },
  { agency: 'TASS', names: ['TASS', 'Tass'], fullNames: [] },
  { agency: 'UPI', names: ['UPI'], fullNames: ['United Press International'] },
  { agency: 'Xinhua', names: ['Xinhua'], fullNames: ['Xinhua News Agency'] },
  { agency: 'Yonhap', names: ['Yonhap'], fullNames: ['Yonhap News Agency'] },
];

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const REPORTING = 'reported|reports|said|says|quoted|cited|wrote|added';
const LEADS = 'according to|told|reported by|cited by|quoted by|quoting|citing|via';

const byName = new Map<string, string>();
for (const { agency, names, fullNames } of AGENCIES) for (const name of [...names, ...fullNames]) byName.set(name, agency);
// longer names first, so "Associated Press" is not read as a shorter name inside it
const alternatives = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
const ANY = alternatives([...byName.keys()]);
const FULL = alternatives(AGENCIES.flatMap((a) => a.fullNames));
const EDGE_BEFORE = '(?<![A-Za-z0-9])';
const EDGE_AFTER = '(?![A-Za-z0-9])';

/**
 * Credits that say the text is the agency's: a dateline credit ("BEIJING (Reuters) -") or Reuters' closing
 * line ("(Reporting by …; Editing by …)"). One pass finds the leftmost.
 */
const OWN = new RegExp(
  [`\\((${ANY})\\)`, '\\((?:Additional )?[Rr]eporting by [^;()]{1,200}(?:;[^()]{0,200})?; [Ee]diting by [^()]{1,200}\\)'].join('|'),
  'g',
);

/**
 * Credits that may also cite the agency inside an outlet's own reporting: an agency and a reporting verb
 * ("AFP reported"), a lead-in and an agency ("according to Reuters"), an agency's full name.
 */
const MENTION = new RegExp(
  [
    `${EDGE_BEFORE}(${ANY}) (?:news agency )?(?:${REPORTING})${EDGE_AFTER}`,
    `${EDGE_BEFORE}(?:${LEADS}) (?:the )?(${ANY})${EDGE_AFTER}`,
    `${EDGE_BEFORE}(${FULL})${EDGE_AFTER}`,
  ].join('|'),
  'g',
);

/** A wire credit found in a text. */
export interface WireCredit {
  /** The agency's name as credits are compared ("AP" for "Associated Press"). */
  agency: string;
  /** The credit as written. */
  credit: string;
  /** `own`: a dateline credit or a wire's closing line; `mention`: a citation that may be the outlet's. */
  kind: 'own' | 'mention';
}

/**
 * The wire credit of `text`, or null: its first dateline credit or wire closing line, else its first mention of
 * an agency. (On the PolNeAR train split, 63 of the 64 wire stories found had a dateline credit, while most
 * mentions cited an agency in an outlet's own story.)
 */
export function wireAgency(text: string): WireCredit | null {
  OWN.lastIndex = 0;
  const own = OWN.exec(text);
  if (own) return { agency: own[1] ? byName.get(own[1])! : 'Reuters', credit: own[0], kind: 'own' };
  MENTION.lastIndex = 0;
  const m = MENTION.exec(text);
  if (!m) return null;
  return { agency: byName.get(m[1] ?? m[2] ?? m[3]!)!, credit: m[0], kind: 'mention' };
}

/**
 * The wire-service credit of `text` as written ("(Reuters)", "AFP reported", "Associated Press"), or null; a
 * dateline credit or a wire's closing line comes before a mention.
 */
export function wireCredit(text: string): string | null {
  return wireAgency(text)?.credit ?? null;
}

const byLowerName = new Map([...byName].map(([name, agency]) => [name.toLowerCase(), agency]));

/**
 * The agency a name is, whatever its case, or null: "Associated Press", "ASSOCIATED PRESS", "Reuters", "afp".
 * A byline credit naming one names no person.
 */
export function agencyNamed(name: string): string | null {
  return byLowerName.get(name.trim().toLowerCase()) ?? null;
}
