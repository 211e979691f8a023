/**
 * Calendar dates written in article headers ("2023-07-04", "July 3, 2023", "Tuesday 4 July 2023 - 04:32",
 * "14/06/2026", "14. Juni 2026", "2026年6月14日") parsed to ISO `YYYY-MM-DD`. A date without a year is not a
 * date; an impossible day is not a date; a slashed date whose order its numbers do not tell ("3/10/2026") is
 * not a date unless the page tells the order (`DayOrder`: from its other dates, its locale or its address,
 * `web/day-order.ts`; a text file's, `metadata.ts`).
 */
import { BYLINE_OPENER_CAPITALISED } from './byline-words.js';
import { MONTH_PATTERN, WEEKDAY_STEMS, monthNumber as englishMonth } from './calendar.js';

const MONTH = MONTH_PATTERN;
const WEEKDAY = String.raw`(?:(?:${WEEKDAY_STEMS.join('|')})[a-z]*\.?,?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/**
 * Month names of the other languages the reader reads notices in (French, German, Spanish, Italian,
 * Portuguese, Dutch) and bylines in (Russian, in the genitive a date takes), written in full, by month: "14 juin
 * 2026", "14. Juni 2026", "14 de junio de 2026", "14 июня 2026".
 */
const FOREIGN_MONTHS: readonly string[][] = [
  ['janvier', 'januar', 'jänner', 'enero', 'gennaio', 'janeiro', 'januari', 'января'],
  ['février', 'februar', 'febrero', 'febbraio', 'fevereiro', 'februari', 'февраля'],
  ['mars', 'märz', 'marzo', 'março', 'maart', 'марта'],
  ['avril', 'abril', 'aprile', 'апреля'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei', 'мая'],
  ['juin', 'juni', 'junio', 'giugno', 'junho', 'июня'],
  ['juillet', 'juli', 'julio', 'luglio', 'julho', 'июля'],
  ['août', 'agosto', 'augustus', 'августа'],
  ['septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'сентября'],
  ['octobre', 'oktober', 'octubre', 'ottobre', 'outubro', 'октября'],
  ['novembre', 'noviembre', 'novembro', 'ноября'],
  ['décembre', 'dezember', 'diciembre', 'dicembre', 'dezembro', 'декабря'],
];
const FOREIGN_MONTH = `(${FOREIGN_MONTHS.flat().join('|')})`;

/** The order of a numeric date's day and month where its numbers do not tell: "3/10/2026" is 3 October day first. */
export type DayOrder = 'day-first' | 'month-first';

/** A slashed or dashed date with its year last: "14/06/2026", "6-14-2026", "3/10/2026". */
const SLASHED_DATE = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/g;

/** Each yields [year, month, day] from its groups (`order`: the page's, when known). */
const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray, order: DayOrder | null) => [string, string, string] }[] = [
  { re: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    re: new RegExp(String.raw`\b${WEEKDAY}${MONTH}\s+${DAY},?\s+(\d{4})\b`, 'gi'),
    ymd: (m) => [m[3]!, m[1]!, m[2]!],
  },
  {
    re: new RegExp(String.raw`\b${WEEKDAY}${DAY}\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'gi'),
    ymd: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // Day-first dotted dates (04.07.2023) are the European convention.
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  // Slashed and dashed ones are read only when one number cannot be a month: 14/06/2026 is day first,
  // 6/14/2026 month first; 04/07/2023 (April or July?) is no date unless the page's order is known.
  { re: SLASHED_DATE, ymd: (m, order) => unambiguous(m[1]!, m[3]!, m[4]!, order) },
  // Day first, as those languages write it: "14 juin 2026", "14. Juni 2026", "1er mai 2026", "14 de junio de 2026"
  {
    re: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?${FOREIGN_MONTH}\s+(?:de\s+)?(\d{4})\b`, 'giu'),
    ymd: (m) => [m[3]!, String(FOREIGN_MONTHS.findIndex((names) => names.includes(m[2]!.toLowerCase())) + 1), m[1]!],
  },
  // Chinese and Japanese: 2026年6月14日
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
];

/**
 * [year, month, day] of a slashed date whose order its numbers tell, else the one `order` gives, else an
 * impossible date.
 */
function unambiguous(a: string, b: string, year: string, order: DayOrder | null): [string, string, string] {
  if (Number(a) > 12 && Number(b) <= 12) return [year, b, a];
  if (Number(b) > 12 && Number(a) <= 12) return [year, a, b];
  // "3/3/2026" reads the same both ways
  if (Number(a) === Number(b)) return [year, a, b];
  if (Number(a) <= 12 && Number(b) <= 12 && order) return order === 'day-first' ? [year, b, a] : [year, a, b];
  return ['0', '0', '0'];
}

/**
 * The orders the slashed dates written in `text` tell by their numbers ("14/06/2026": day first; "6/14/2026":
 * month first); none from those whose numbers could both be a month.
 */
export function writtenDayOrders(text: string): Set<DayOrder> {
  const orders = new Set<DayOrder>();
  for (const m of text.matchAll(new RegExp(SLASHED_DATE.source, 'g'))) {
    const [first, second] = [Number(m[1]), Number(m[3])];
    if (first > 12 === second > 12 || !toIso(...unambiguous(m[1]!, m[3]!, m[4]!, null))) continue;
    orders.add(first > 12 ? 'day-first' : 'month-first');
  }
  return orders;
}

/** A date found in a string: its ISO form and where it was written. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
  /** Set when only the order given to `findDate` read it ("3/10/2026"). */
  byOrder?: true;
  /** Set by `dateLineDate` when the line gives only the day the page was changed ("Last modified on 14 March 2026"). */
  changed?: true;
}

/** The order a page or text writes its numeric dates' day and month in, and what told it (its other dates, …). */
export interface ToldDayOrder {
  order: DayOrder;
  detail: string;
}

/** What told a date's order of day and month, when its numbers did not ("3/10/2026"); else nothing. */
export function orderNote(found: FoundDate, told: ToldDayOrder | null | undefined): string {
  return found.byOrder && told ? ` (${told.order}, as ${told.detail})` : '';
}

function monthNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return englishMonth(s);
}

function toIso(y: string, mo: string, d: string): string | null {
  const year = Number(y);
  const month = monthNumber(mo);
  const day = Number(d);
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first full calendar date (with a year) written in `s`, or null. `order` reads a slashed date whose
 * numbers do not tell it ("3/10/2026"); without it such a date is none.
 *
 * @example findDate('Tuesday 4 July 2023 - 04:32') // → { iso: '2023-07-04', index: 0, length: 19 }
 */
export function findDate(s: string, order: DayOrder | null = null): FoundDate | null {
  // Every form needs a four-digit year: most lines are ruled out without running the patterns.
  if (!/\d{4}/.test(s)) return null;
  let best: FoundDate | null = null;
  for (const { re, ymd } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m && (!best || m.index < best.index); m = re.exec(s)) {
      const iso = toIso(...ymd(m, order));
      if (iso) {
        const byOrder = re === SLASHED_DATE && Number(m[1]) <= 12 && Number(m[3]) <= 12 && Number(m[1]) !== Number(m[3]);
        best = { iso, index: m.index, length: m[0].length, ...(byOrder ? { byOrder: true as const } : {}) };
        break;
      }
    }
  }
  return best;
}

/** Parses a whole string as one date (manifest values); null when it is not exactly a date. */
export function parseDate(s: string): string | null {
  const t = s.trim();
  const found = findDate(t);
  return found && found.index === 0 && found.length === t.replace(/[.,]$/, '').length ? found.iso : null;
}

/** The words around a date line in those languages: weekdays, "le … à", "am … um … Uhr", "Stand:" (German for "as of"), "publié le", "обновлено … в". */
const FOREIGN_LINE_WORDS =
  /(?<![\p{L}])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|publié|mis à jour|veröffentlicht|aktualisiert|stand|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|опубликовано|обновлено|le|à|в|am|um|uhr|el|il|del|de|às|op|om|a las|alle|ore)(?![\p{L}])/giu;

/**
 * The day a date line says the page was published: its first date, or the one after it when the line opens
 * with the day it was changed ("Updated June 15, 2026 12:01 am ET | Published June 14, 2026"); a line giving
 * only the day it was changed ("Last modified on 14 March 2026") gives that day, marked `changed`.
 */
export function dateLineDate(line: string, order: DayOrder | null = null): FoundDate | null {
  const found = findDate(line, order);
  if (!found || !UPDATED.test(line.slice(0, found.index))) return found;
  const at = found.index + found.length;
  const next = findDate(line.slice(at), order);
  return next && /publi|posted|veröffentlicht/i.test(line.slice(at, at + next.index))
    ? { ...next, index: at + next.index }
    : { ...found, changed: true };
}

/**
 * The day a date line says the page was last changed: the date after its word for a change ("Published 14 June
 * 2026 · Updated 15 June 2026", "Last modified on 14 March 2026", "Mis à jour le …"), or null.
 */
export function changedDate(line: string, order: DayOrder | null = null): FoundDate | null {
  const word = UPDATED.exec(line);
  if (!word) return null;
  const at = word.index + word[0].length;
  const found = findDate(line.slice(at), order);
  return found ? { ...found, index: at + found.index } : null;
}

/** Words saying a page was changed, in the languages above ("Updated", "Mis à jour", "Aktualisiert"). */
const UPDATED =
  /(?<![\p{L}])(?:updated|last updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|обновлено)(?![\p{L}])/iu;

/** Minutes of reading or listening: "5 min", "4-minute", "3 mins", "2 Min.", "3 minuten", "4 minutos". */
const MINUTES = String.raw`\d{1,3}[\s-]*min(?:utes?|uten|uti|utos|s)?\.?`;
/** The label of a reading time in the languages above: "Reading time: 3 min", "Lecture : 3 min", "Lesezeit: 2 Min.". */
const READING_LABEL =
  '(?:reading time|read time|(?:temps de )?lecture|lesezeit|(?:tiempo de )?lectura|(?:tempo di )?lettura|leestijd|(?:tempo de )?leitura)';
/**
 * A reading or listening time printed beside a date ("5 min read", "4 minute read", "6-minute listen",
 * "Lesezeit: 2 Min.", "Lecture : 3 min", "3 min de lecture").
 */
const READING_TIME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${READING_LABEL}\s*:?\s*${MINUTES}|${MINUTES}(?:\s+(?:read|listen|de lecture|de lectura|di lettura|de leitura|leestijd|lesezeit))?)(?![\p{L}])`,
  'giu',
);

/** True when the line is only a reading time ("Lecture : 3 min", "Lesezeit: 2 Min.", "4 minute read"). */
export function isReadingTime(line: string): boolean {
  return line.replace(READING_TIME, ' ').replace(/[\s\-–—|,:/()•·]+/g, '') === '' && /\d/.test(line);
}

/**
 * True when the line is only a date, optionally with a weekday, a time, a reading time ("June 14, 2026 · 5 min
 * read") and separators.
 */
export function isDateLine(line: string): boolean {
  if (onlyDate(line)) return true;
  // "Updated 3:05 PM EST, Tue March 4, 2025 / 12:05 PM / Harbour Times": the outlet's name beside the date
  const named = NAMED_END.exec(line) ?? NAMED_START.exec(line);
  return named !== null && onlyDate(line.slice(0, named.index) + line.slice(named.index + named[0].length));
}

/**
 * A name (one to five capitalised words, "of", "the", "and", "&" between them): an outlet's or a desk's. A
 * byline ("By Lena Marsh · June 14, 2026", its opening words from `byline-words.ts`) is no such name: it is read
 * as a byline's line.
 */
const NAME = String.raw`(?!${BYLINE_OPENER_CAPITALISED}\s)(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|the|and|&|de|du|la|le|der|die|del)\s+)?\p{Lu}[\p{L}'’&.-]*){0,4}`;
/** A name at the end or the start of a line, set off by a slash, bar, dot or dash. */
const NAMED_END = new RegExp(String.raw`\s*[/|·•—–]\s*${NAME}\s*$`, 'u');
const NAMED_START = new RegExp(String.raw`^\s*${NAME}\s*[/|·•—–]\s*`, 'u');

function onlyDate(line: string): boolean {
  // Either order finds where a date is written: "Posted: 3/10/2026" is a date line whatever its day.
  const found = findDate(line, 'day-first');
  if (!found) return false;
  let rest = `${line.slice(0, found.index)} ${line.slice(found.index + found.length)}`;
  // "Published 14 June 2026 · Updated 15 June 2026": the day it was changed beside the day it was published
  const changed = UPDATED.test(rest) ? findDate(rest, 'day-first') : null;
  if (changed) rest = `${rest.slice(0, changed.index)} ${rest.slice(changed.index + changed.length)}`;
  rest = rest
    .replace(/\b(?:date|first published|published|posted|updated|last updated|last modified|modified|in print|on|at)\b:?/gi, ' ')
    .replace(FOREIGN_LINE_WORDS, ' ')
    .replace(READING_TIME, ' ')
    .replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.m\.|am\b|pm\b)?\s*(?:[A-Z]{2,4}\b)?/gi, ' ')
    .replace(/[\s\-–—|,:/()•·]+/g, '');
  return rest.length <= 2;
}
