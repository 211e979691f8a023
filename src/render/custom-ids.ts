/**
 * Button custom ids: built here and parsed back here (the bot receives them in interactions), so the format
 * lives in one place. Formats: `qt:more:<page>` (show that page of outlets), `qt:context:<i>` (context of
 * the best match's i-th outlet, counted over all pages), `qt:thread` (open a thread on the answer),
 * `qt:report` (report a problem with the answer: opens the report form), `qt:report-form` (that form, sent),
 * `qt:claimreview` (the answer as ClaimReview JSON-LD, attached), `qt:reports:<page>`, `qt:corrections:<page>` and `qt:log:<page>`
 * (that page of a moderator's /reports list, /correct list or /reports log).
 */
import { z } from 'zod';
import { Limits } from './limits.js';

/** What a button asks for. */
export type CustomId =
  | { action: 'more'; page: number }
  | { action: 'context'; outlet: number }
  | { action: 'thread' }
  | { action: 'report' }
  | { action: 'report-form' }
  | { action: 'claimreview' }
  | { action: 'reports' | 'corrections' | 'log'; page: number };

const SINGLE = ['thread', 'report', 'report-form', 'claimreview'] as const;

const PREFIX = 'qt';
// Digits only (at most 7), so "qt:more:", "qt:more:1e3" or "qt:more:-1" are refused.
const PATTERN = /^qt:(?:(more|context|reports|corrections|log):(\d{1,7})|(thread|report|report-form|claimreview))$/;

const customIdSchema = z
  .string()
  .max(Limits.customId)
  .regex(PATTERN)
  .transform((s): CustomId => {
    const [, action, n, single] = PATTERN.exec(s) ?? [];
    const named = SINGLE.find((x) => x === single);
    if (named) return { action: named };
    if (action === 'reports' || action === 'corrections' || action === 'log') return { action, page: Number(n) };
    return action === 'more' ? { action: 'more', page: Number(n) } : { action: 'context', outlet: Number(n) };
  });

/**
 * The custom id for an action.
 *
 * @example buildCustomId({ action: 'more', page: 2 }) // 'qt:more:2'
 */
export function buildCustomId(id: CustomId): string {
  switch (id.action) {
    case 'more':
    case 'reports':
    case 'corrections':
    case 'log':
      return `${PREFIX}:${id.action}:${id.page}`;
    case 'context':
      return `${PREFIX}:context:${id.outlet}`;
    case 'thread':
    case 'report':
    case 'report-form':
    case 'claimreview':
      return `${PREFIX}:${id.action}`;
  }
}

/**
 * The action a custom id asks for, or null when it is not one of ours (or malformed).
 *
 * @example parseCustomId('qt:context:3') // { action: 'context', outlet: 3 }
 */
export function parseCustomId(raw: string): CustomId | null {
  const parsed = customIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
