/**
 * `assertValidMessagePayload`: checks a payload against Discord's limits and this bot's safety rules, with a
 * clear error naming every problem and where it is. The render tests and the bot's end-to-end tests use it.
 */
import { z } from 'zod';
import { Limits } from './limits.js';
import { embedLength } from './fit.js';
import type { MessagePayload } from './payload.js';

/** Text Discord would not treat as empty. */
const visible = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.trim().length > 0, 'empty or whitespace-only text');

const button = z.strictObject({
  type: z.literal(2),
  style: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  label: visible(Limits.buttonLabel),
  custom_id: z.string().min(1).max(Limits.customId),
  disabled: z.boolean().optional(),
});

const field = z.strictObject({
  name: visible(Limits.fieldName),
  value: visible(Limits.fieldValue),
  inline: z.boolean().optional(),
});

const embed = z.strictObject({
  title: visible(Limits.embedTitle).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(Limits.embedUrl)
    .optional(),
  description: visible(Limits.embedDescription).optional(),
  color: z.number().int().min(0).max(0xffffff).optional(),
  author: z.strictObject({ name: visible(Limits.authorName) }).optional(),
  fields: z.array(field).max(Limits.fieldsPerEmbed).optional(),
  footer: z.strictObject({ text: visible(Limits.footerText) }).optional(),
});

const payloadSchema = z
  .strictObject({
    content: visible(Limits.content).optional(),
    embeds: z.array(embed).max(Limits.embedsPerMessage).optional(),
    components: z
      .array(z.strictObject({ type: z.literal(1), components: z.array(button).min(1).max(Limits.buttonsPerRow) }))
      .max(Limits.rowsPerMessage)
      .optional(),
    allowed_mentions: z.strictObject({ parse: z.tuple([]), replied_user: z.boolean().optional() }),
    flags: z.union([z.literal(0), z.literal(64)]).optional(),
  })
  .refine((p) => !!p.content || !!p.embeds?.length, 'a message needs content or at least one embed');

/** Text in a payload that people see, with where it is. */
function visibleTexts(p: MessagePayload): [string, string][] {
  const out: [string, string][] = [];
  if (p.content !== undefined) out.push(['content', p.content]);
  p.embeds?.forEach((e, i) => {
    const at = `embeds[${i}]`;
    if (e.title !== undefined) out.push([`${at}.title`, e.title]);
    if (e.description !== undefined) out.push([`${at}.description`, e.description]);
    if (e.author) out.push([`${at}.author.name`, e.author.name]);
    for (const [j, f] of (e.fields ?? []).entries()) out.push([`${at}.fields[${j}].name`, f.name], [`${at}.fields[${j}].value`, f.value]);
    if (e.footer) out.push([`${at}.footer.text`, e.footer.text]);
  });
  for (const [i, r] of (p.components ?? []).entries()) {
    for (const [j, b] of r.components.entries()) out.push([`components[${i}][${j}].label`, b.label]);
  }
  return out;
}

const UNSAFE: [RegExp, string][] = [
  [/@(everyone|here)/i, 'a mass mention'],
  [/<@[!&]?\d+>/, 'a user or role mention'],
  [/<#\d+>/, 'a channel mention'],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the validator must find control characters in a payload
  [/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/, 'a control character'],
  [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'a lone surrogate'],
  [/[\u202A-\u202E\u2066-\u2069]/, 'a bidi override'],
];

/** Whether `b` (parsed back from JSON) equals `a`; an `undefined` value in `a` counts as a difference. */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => k in rb && sameJson(ra[k], rb[k]));
  }
  return Object.is(a, b);
}

/** Every problem with `payload`, empty when it is valid. */
export function messagePayloadProblems(payload: unknown): string[] {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`);
  const p = parsed.data as MessagePayload;
  const problems: string[] = [];
  const total = embedLength(p.embeds ?? []);
  if (total > Limits.embedTotal) problems.push(`embeds: ${total} characters in all embeds, over ${Limits.embedTotal}`);
  for (const [where, text] of visibleTexts(p)) {
    for (const [re, what] of UNSAFE) if (re.test(text)) problems.push(`${where}: contains ${what}`);
  }
  const ids = (p.components ?? []).flatMap((r) => r.components.map((b) => b.custom_id));
  if (new Set(ids).size !== ids.length) problems.push('components: duplicate custom_id');
  if (!sameJson(payload, JSON.parse(JSON.stringify(payload)))) problems.push('(payload): does not survive a JSON round trip');
  return problems;
}

/**
 * Throws an Error listing every problem when `payload` is not a valid, safe message for Discord.
 *
 * @example assertValidMessagePayload(whoSaidPayload(result));
 */
export function assertValidMessagePayload(payload: unknown): asserts payload is MessagePayload {
  const problems = messagePayloadProblems(payload);
  if (problems.length) throw new Error(`invalid message payload:\n- ${problems.join('\n- ')}`);
}
