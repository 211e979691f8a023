/**
 * `fitMessage`: the last step before a payload leaves the render layer. It enforces every Discord limit on
 * any payload, never failing: text is cleaned and cut with a visible marker, extra fields, embeds, rows and
 * buttons are dropped (with a note), and nobody can be pinged.
 */
import { Limits, truncate } from './limits.js';
import { EPHEMERAL, type ActionRow, type Button, type Embed, type EmbedField, type MessagePayload } from './payload.js';
import { cleanText, neutraliseMentions } from './sanitize.js';

// Embed characters kept back for the "not shown" notes fitMessage itself adds.
const NOTE_RESERVE = 80;
// A field is only worth keeping if this many characters of it fit.
const MIN_FIELD = 24;

/** Clean, mention-neutral text in at most `max` units (already-rendered text: no escaping here). */
function safe(text: string, max: number, note = false): string {
  return truncate(neutraliseMentions(cleanText(text)), max, { note });
}

/** `text`, or `fallback` when nothing visible is left of it once cleaned. */
function orElse(text: string, fallback: string): string {
  return cleanText(text).trim() ? text : fallback;
}

function fitButton(b: Button): Button | null {
  // A custom id cannot be shortened without breaking what the bot parses back: drop the button instead.
  if (!b.custom_id || b.custom_id.length > Limits.customId) return null;
  const label = safe(orElse(b.label, '…'), Limits.buttonLabel);
  return { type: 2, style: b.style, label, custom_id: b.custom_id, ...(b.disabled !== undefined ? { disabled: b.disabled } : {}) };
}

function fitComponents(rows: ActionRow[]): ActionRow[] {
  const seen = new Set<string>();
  const out: ActionRow[] = [];
  for (const row of rows) {
    if (out.length >= Limits.rowsPerMessage) break;
    const buttons: Button[] = [];
    for (const b of row.components) {
      const fitted = fitButton(b);
      // Discord refuses a message whose components share a custom id.
      if (!fitted || seen.has(fitted.custom_id) || buttons.length >= Limits.buttonsPerRow) continue;
      seen.add(fitted.custom_id);
      buttons.push(fitted);
    }
    if (buttons.length) out.push({ type: 1, components: buttons });
  }
  return out;
}

/** Text budget shared by every embed of one message. */
class Budget {
  constructor(public left: number) {}
  take(text: string | undefined, max: number, note = false): string | undefined {
    if (text === undefined) return undefined;
    const out = safe(text, Math.min(max, this.left), note);
    // Discord treats whitespace-only text as missing (and refuses an embed or field made only of it).
    if (!out.trim()) return undefined;
    this.left -= out.length;
    return out;
  }
}

function fitEmbed(e: Embed, budget: Budget): { embed: Embed; dropped: number } {
  const embed: Embed = {};
  const title = budget.take(e.title, Limits.embedTitle);
  if (title) embed.title = title;
  if (e.url && /^https?:\/\//.test(e.url) && e.url.length <= Limits.embedUrl) embed.url = e.url;
  const author = budget.take(e.author?.name, Limits.authorName);
  if (author) embed.author = { name: author };
  const description = budget.take(e.description, Limits.embedDescription, true);
  if (description) embed.description = description;
  if (typeof e.color === 'number' && Number.isInteger(e.color) && e.color >= 0 && e.color <= 0xffffff) embed.color = e.color;
  const fields: EmbedField[] = [];
  const given = e.fields ?? [];
  for (const f of given) {
    if (fields.length >= Limits.fieldsPerEmbed || budget.left < MIN_FIELD) break;
    // Discord refuses empty field names and values (judged after cleaning: "\t\uD800" is empty too).
    const name = budget.take(orElse(f.name, '\u200B'), Limits.fieldName) ?? '\u200B';
    const value = budget.take(orElse(f.value, '—'), Limits.fieldValue, true) ?? '—';
    fields.push({ name, value, ...(f.inline !== undefined ? { inline: f.inline } : {}) });
  }
  if (fields.length) embed.fields = fields;
  const footer = budget.take(e.footer?.text, Limits.footerText);
  if (footer) embed.footer = { text: footer };
  return { embed, dropped: given.length - fields.length };
}

/** Total characters Discord counts in a message's embeds. */
export function embedLength(embeds: readonly Embed[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/**
 * A copy of `payload` that fits every Discord limit, with `allowed_mentions: {parse: []}`.
 *
 * @example fitMessage({ content: 'x'.repeat(5000), allowed_mentions: { parse: [] } }).content?.length // 2000
 */
export function fitMessage(payload: MessagePayload): MessagePayload {
  const out: MessagePayload = { allowed_mentions: { parse: [], replied_user: false } };
  if (payload.content !== undefined) {
    const content = safe(payload.content, Limits.content, true);
    if (content.trim()) out.content = content;
  }
  const budget = new Budget(Limits.embedTotal - NOTE_RESERVE);
  const embeds: Embed[] = [];
  let dropped = 0;
  const given = payload.embeds ?? [];
  for (const e of given) {
    if (embeds.length >= Limits.embedsPerMessage || budget.left < MIN_FIELD) {
      dropped += 1 + (e.fields?.length ?? 0);
      continue;
    }
    const fitted = fitEmbed(e, budget);
    dropped += fitted.dropped;
    if (Object.keys(fitted.embed).some((k) => k !== 'color' && k !== 'url')) embeds.push(fitted.embed);
  }
  const last = embeds.at(-1);
  if (dropped > 0 && last) {
    // The reserve holds this note, so it always fits the 6000 total.
    const note = `${dropped} more not shown (message size limit)`;
    const text = last.footer ? `${last.footer.text} · ${note}` : note;
    last.footer = { text: truncate(text, Math.min(Limits.footerText, (last.footer?.text.length ?? 0) + NOTE_RESERVE)) };
  }
  if (embeds.length) out.embeds = embeds;
  const rows = fitComponents(payload.components ?? []);
  if (rows.length) out.components = rows;
  // Only the ephemeral bit is ours to set; other flags (crossposted, …) are not for replies.
  if (payload.flags !== undefined && (payload.flags & EPHEMERAL) !== 0) out.flags = EPHEMERAL;
  if (!out.content && !out.embeds) out.content = '(nothing to show)';
  return out;
}
