/** Words of dates and times: weekday and month names, and the words of time phrases ("two weeks ago", "last month"). */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../corpus/calendar.js';
import { list } from './list.js';

/** Weekday names, sorted (the one list of them is corpus/calendar.ts, in calendar order). */
export const WEEKDAYS: readonly string[] = Object.freeze([...WEEKDAY_NAMES].sort());

/** Month names, sorted (from corpus/calendar.ts). */
export const MONTHS: readonly string[] = Object.freeze([...MONTH_NAMES].sort());

/** Heads of time phrases, singular (plurals are computed). */
export const TIME_UNITS = list('afternoon day evening hour month morning night week weekend year');

/** Other words that end a time phrase ("in the past", "at the time"). */
export const TIME_HEADS = list('past time');

/** Words inside time phrases before their head ("less than two weeks", "earlier this month"). */
export const TIME_WORDS = list(`
  a about almost an at during earlier few five for four in just last later less more nearly next on over recent several
  six ten than the this three two`);

/** Words that make the time unit after them a time phrase with no other word ("this week", "last month"). */
export const TIME_DETERMINERS = list('last next this');

/** Time words right after a speech verb, before what it reports ("said last month that"). */
export const WHEN_WORDS = list('again also earlier last later next on previously recently this today tonight yesterday');

/** Words that set a weekday after them in time ("late Tuesday", "early Monday"). */
export const DAY_EDGES = list('early late');
