/**
 * Button custom ids: built here and parsed back here (the bot receives them in interactions), so the format
 * lives in one place. Formats: `qt:more:<page>` (show that page of outlets), `qt:context:<i>` (context of
 * the best match's i-th outlet, counted over all pages), `qt:thread` (open a thread on the answer).
 */
import { z } from 'zod';
import { Limits } from './limits.js';

/** What a button asks for. */
export type CustomId = { action: 'more'; page: number } | { action: 'context'; outlet: number } | { action: 'thread' };

const PREFIX = 'qt';
// Digits only (at most 7), so "qt:more:", "qt:more:1e3" or "qt:more:-1" are refused.
const PATTERN = /^qt:(?:(more|context):(\d{1,7})|(thread))$/;

const customIdSchema = z
  .string()
  .max(Limits.customId)
  .regex(PATTERN)
  .transform((s): CustomId => {
    const [, action, n, thread] = PATTERN.exec(s) ?? [];
    if (thread) return { action: 'thread' };
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
      return `${PREFIX}:more:${id.page}`;
    case 'context':
      return `${PREFIX}:context:${id.outlet}`;
    case 'thread':
      return `${PREFIX}:thread`;
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
