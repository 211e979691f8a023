/** Turning a renderer-neutral view into a Discord message payload within every limit. */
import { fitMessage } from './fit.js';
import { Limits } from './limits.js';
import { blockMarkdown, fitLine } from './markdown.js';
import {
  ButtonStyle,
  ComponentType,
  EPHEMERAL,
  noMentions,
  type ActionRow,
  type Embed,
  type EmbedField,
  type MessagePayload,
} from './payload.js';
import { toPlainSlot } from './sanitize.js';
import type { Tone, View } from './view.js';

/** Embed bar colour of each tone. */
export const TONE_COLORS: Readonly<Record<Tone, number>> = Object.freeze({
  ok: 0x2ecc71,
  close: 0x3498db,
  warn: 0xf1c40f,
  bad: 0xe74c3c,
  info: 0x5865f2,
  error: 0xed4245,
});

// Kept back from the 6000-character total for footers and the notes fitMessage may add.
const RESERVE = 400;
// Below this, a further field would only show a stub: stop and say how many were left out.
const MIN_FIELD_ROOM = 120;

/** The characters a section takes as an embed field, given the room a field has. */
function fieldLength(s: View['sections'][number]): number {
  return fitLine(s.name, Limits.fieldName).length + blockMarkdown(s.lines, Limits.fieldValue).length;
}

/** A section's name as plain text, without the " (continued)" of a list spread over several sections. */
function plainName(s: View['sections'][number]): string {
  return s.name
    .map((span) => (typeof span === 'string' ? span : span.text))
    .join('')
    .replace(/ \(continued\)$/, '');
}

/**
 * The embed fields of a view's sections within `budget`: how many sections were left out at the end (`omitted`),
 * and the names of the expendable ones left out to keep room for the others (`cut`).
 */
function fields(view: View, budget: { left: number }): { fields: EmbedField[]; omitted: number; cut: string[] } {
  const out: EmbedField[] = [];
  const max = Limits.fieldsPerEmbed * Limits.embedsPerMessage;
  // the room and fields the sections still to come that must show will take: an expendable section gets only what
  // they leave, so it is cut or left out rather than them
  let neededRoom = 0;
  let neededFields = 0;
  for (const s of view.sections) {
    if (s.expendable) continue;
    neededRoom += fieldLength(s);
    neededFields += 1;
  }
  const cut = new Set<string>();
  for (const [i, s] of view.sections.entries()) {
    if (!s.expendable) {
      neededRoom -= fieldLength(s);
      neededFields -= 1;
    }
    const room = s.expendable ? budget.left - neededRoom : budget.left;
    if (s.expendable && (out.length + neededFields >= max || room < MIN_FIELD_ROOM)) {
      cut.add(plainName(s));
      continue;
    }
    if (out.length >= max || room < MIN_FIELD_ROOM) return { fields: out, omitted: view.sections.length - i, cut: [...cut] };
    const name = fitLine(s.name, Math.min(Limits.fieldName, Math.floor(room / 4))) || '\u200B';
    const value = blockMarkdown(s.lines, Math.min(Limits.fieldValue, room - name.length)) || '—';
    budget.left -= name.length + value.length;
    out.push({ name, value, ...(s.inline ? { inline: true } : {}) });
  }
  return { fields: out, omitted: 0, cut: [...cut] };
}

function rows(view: View): ActionRow[] {
  return (view.actions ?? [])
    .filter((r) => r.length)
    .slice(0, Limits.rowsPerMessage)
    .map((r) => ({
      type: ComponentType.ActionRow,
      components: r.slice(0, Limits.buttonsPerRow).map((a) => ({
        type: ComponentType.Button,
        style: a.style === 'primary' ? ButtonStyle.Primary : ButtonStyle.Secondary,
        label: toPlainSlot(a.label),
        custom_id: a.customId,
        ...(a.disabled ? { disabled: true } : {}),
      })),
    }));
}

/**
 * The message payload of a view: one embed (more when there are over 25 sections), buttons from its actions,
 * `allowed_mentions` that pings nobody, ephemeral when the view says so. Always within Discord's limits.
 */
export function viewToPayload(view: View): MessagePayload {
  const budget = { left: Limits.embedTotal - RESERVE };
  const title = fitLine(view.title, Limits.embedTitle);
  budget.left -= title.length;
  const description = blockMarkdown(view.lead, Math.min(Limits.embedDescription, Math.max(200, budget.left - 2000)));
  budget.left -= description.length;
  const { fields: all, omitted, cut } = fields(view, budget);
  const footerParts = [
    view.footer,
    ...cut.map((name) => `${name}: cut short (message size limit)`),
    omitted ? `${omitted} more not shown (message size limit)` : undefined,
  ].filter(Boolean);
  const color = TONE_COLORS[view.tone];

  const embeds: Embed[] = [
    { color, ...(title ? { title } : {}), ...(view.url ? { url: view.url } : {}), ...(description ? { description } : {}) },
  ];
  for (let i = 0; i < all.length; i += Limits.fieldsPerEmbed) {
    const chunk = all.slice(i, i + Limits.fieldsPerEmbed);
    const first = embeds[0];
    if (i === 0 && first) first.fields = chunk;
    else embeds.push({ color, fields: chunk });
  }
  const last = embeds.at(-1);
  if (footerParts.length && last) last.footer = { text: toPlainSlot(footerParts.join(' · ')) };

  const payload: MessagePayload = { embeds, allowed_mentions: noMentions() };
  const components = rows(view);
  if (components.length) payload.components = components;
  if (view.ephemeral) payload.flags = EPHEMERAL;
  return fitMessage(payload);
}
