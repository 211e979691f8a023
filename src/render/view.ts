/**
 * The renderer-neutral shape of an answer: a view holds the same information in the same order for the
 * Discord payload and the terminal text, so the two cannot drift apart. Text in a view is raw (untrusted);
 * each renderer escapes it for its medium.
 */
import type { DiffPart } from '../answers/types.js';
import { shownWords } from '../answers/diff.js';

/** A piece of inline text: plain, or marked for emphasis or as a diff insertion/removal. */
/** `highlight` marks the quoted words inside a context paragraph; `time` holds an ISO timestamp, which each renderer
 * shows its own way (Discord: a timestamp tag every reader sees in their own zone; the terminal: a UTC date and time). */
/** `link` holds the address of a Discord message (a jump URL, built from ids by `messageUrl`): Discord shows it as a
 * link labelled `label`, the terminal as the address; any other address is shown as text, never as a link. */
export type Span =
  | string
  | { mark: 'strong' | 'em' | 'removed' | 'added' | 'highlight' | 'time'; text: string }
  | { mark: 'link'; text: string; label: string };

/** One line of inline spans. */
export type Line = Span[];

/** A titled block: an embed field in Discord, an indented block in the terminal. */
export interface Section {
  name: Line;
  lines: Line[];
  inline?: boolean;
  /**
   * Worth less than the sections that are not: where a message has no room for all, this one is cut or left
   * out first, wherever it stands (a document's metadata gives way to the quotations listed after it).
   */
  expendable?: boolean;
}

/** Colour family of a view: Discord's embed bar; the terminal ignores it. */
export type Tone = 'ok' | 'close' | 'warn' | 'bad' | 'info' | 'error';

/** An action the member can take (a button in Discord; not shown in the terminal). */
export interface Action {
  label: string;
  customId: string;
  style: 'primary' | 'secondary';
  disabled?: boolean;
}

/** A whole answer, renderer-neutral. */
export interface View {
  tone: Tone;
  /** The line a person reads first (the verdict for who-said). */
  title: Line;
  /** http(s) address the title links to, when the answer has one. */
  url?: string;
  lead: Line[];
  sections: Section[];
  footer?: string;
  /** Rows of actions, at most five each. */
  actions?: Action[][];
  /** Only the member who asked sees it (errors). */
  ephemeral?: boolean;
}

/** A line from spans, skipping empty ones. */
export function line(...spans: (Span | null | undefined | false)[]): Line {
  return spans.filter((s): s is Span => (typeof s === 'string' ? s.length > 0 : !!s && s.text.trim().length > 0));
}

/** Bold text (names, headings inside a field). */
export function strong(text: string): Span {
  return { mark: 'strong', text };
}

/** Italic text (quotations). */
export function em(text: string): Span {
  return { mark: 'em', text };
}

/** A moment (an ISO timestamp) shown as each renderer shows times. */
export function time(iso: string): Span {
  return { mark: 'time', text: iso };
}

/** A link to a Discord message, labelled (see `messageUrl`). */
export function link(url: string, label: string): Span {
  return { mark: 'link', text: url, label };
}

/** A Discord id: digits only (a snowflake). */
const SNOWFLAKE = /^\d{1,20}$/;
/** The only addresses a `link` span is shown as a link for. */
export const MESSAGE_URL = /^https:\/\/discord\.com\/channels\/\d{1,20}\/\d{1,20}\/\d{1,20}$/;

/**
 * The jump URL of a message (https://discord.com/channels/guild/channel/message), built from its ids alone; null
 * when one is not a snowflake (nothing else is ever put into the address).
 */
export function messageUrl(guildId: string, channelId: string, messageId: string): string | null {
  if (![guildId, channelId, messageId].every((id) => SNOWFLAKE.test(id))) return null;
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

/** Milliseconds since the epoch of an ISO timestamp with a time of day, or null (a bare date, anything else). */
export function instantOf(text: string): number | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text.trim())) return null;
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? ms : null;
}

// the platform's English month names: render reads no corpus module (layers), and needs no list of its own
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** "5 March 2026, 14:07 UTC" for an ISO timestamp; the text as it is when it is none. */
export function readableUtc(text: string): string {
  const ms = instantOf(text);
  if (ms === null) return text;
  const d = new Date(ms);
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${d.getUTCDate()} ${MONTH.format(d)} ${d.getUTCFullYear()}, ${hm} UTC`;
}

/** Longest quoted text shown for one outlet's wording or one claim, in UTF-16 units. */
export const MAX_QUOTE = 500;

/** Untrusted text shortened for display, cut at a word boundary when one is near. */
export function clip(text: string, max: number = MAX_QUOTE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.7) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** A quotation in typographic marks. */
export function quoted(text: string, max: number = MAX_QUOTE): Span {
  return em(`“${clip(shownWords(text), max)}”`);
}

/** A word diff as spans: removed and added words marked, unchanged words plain. */
export function diffSpans(parts: DiffPart[], max: number = MAX_QUOTE): Line {
  const out: Span[] = [];
  let used = 0;
  // (the last words without the comma that belongs to the sentence around the quotation, as `quoted` shows them)
  const last = parts.findLastIndex((p) => p.text.trim());
  for (const [i, part] of parts.entries()) {
    const text = (i === last ? shownWords(part.text) : part.text).replace(/\s+/g, ' ');
    if (!text) continue;
    if (used + text.length > max) {
      out.push('…');
      break;
    }
    used += text.length;
    // parts are runs of whole words: a space between two runs keeps "will ~~not~~ raise" three words
    const prev = out.at(-1);
    const prevText = prev === undefined ? '' : typeof prev === 'string' ? prev : prev.text;
    if (prev !== undefined && !/\s$/.test(prevText) && !/^\s/.test(text)) out.push(' ');
    out.push(part.op === 'same' ? text : { mark: part.op, text });
  }
  return out;
}

/** Whether a diff changes anything. */
export function hasChanges(parts: DiffPart[] | undefined): parts is DiffPart[] {
  return !!parts && parts.some((p) => p.op !== 'same' && p.text.trim().length > 0);
}
