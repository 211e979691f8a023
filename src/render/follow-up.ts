/** Thread follow-up answers as a Discord payload and as terminal text, from one view. */
import type { FollowUpAnswer } from '../answers/types.js';
import { viewToPayload } from './discord-view.js';
import type { MessagePayload } from './payload.js';
import { viewToText } from './text.js';
import { clip, line } from './view.js';
import { followUpView } from './views/follow-up.js';

/**
 * The message the bot posts in a thread for one follow-up. Buttons are left off: they act on answers. `note`, when
 * given, is a line put first (the corpus changed since the thread's answer).
 */
export function followUpPayload(answer: FollowUpAnswer, note?: string | readonly string[]): MessagePayload {
  const view = followUpView(answer);
  const notes = (typeof note === 'string' ? [note] : (note ?? [])).filter(Boolean);
  return viewToPayload({ ...view, lead: [...notes.map((n) => line(n)), ...view.lead], actions: [] });
}

/** Most of a message's other questions named back. */
const MAX_MORE = 3;

/**
 * The line put first when a message asked several questions: this answers the first, and the others are to be
 * asked one at a time (each as typed, clipped).
 */
export function moreQuestionsNote(more: readonly string[]): string {
  const named = more.slice(0, MAX_MORE).map((q) => `“${clip(q.replace(/[*_`~|>\\]/g, ''), 100)}”`);
  const rest = more.length > MAX_MORE ? ` and ${more.length - MAX_MORE} more` : '';
  return `ℹ️ One question at a time: this answers your first. Ask next: ${named.join(', ')}${rest}.`;
}

/**
 * The line put first when outlets the thread's answer was limited to are in the corpus no more: removed since
 * that answer (`since`: the corpus changed), so this answer is over the outlets left.
 */
export function outletsGoneNote(gone: readonly string[], since: boolean): string {
  const names = gone.slice(0, MAX_MORE).map((o) => `“${clip(o.replace(/[*_`~|>\\]/g, ''), 60)}”`);
  const rest = gone.length > MAX_MORE ? ` and ${gone.length - MAX_MORE} more` : '';
  const one = gone.length === 1;
  const why = since ? ` (${one ? 'its' : 'their'} articles were removed since that answer)` : '';
  return `ℹ️ ${names.join(', ')}${rest}, ${one ? 'the outlet' : 'outlets'} the answer above was limited to, ${one ? 'is' : 'are'} no longer in the corpus${why}: this answers from the outlets in it now.`;
}

export function followUpTextWithNotes(answer: FollowUpAnswer, more?: readonly string[], outletsGone?: readonly string[]): string {
  const notes = [outletsGone?.length ? outletsGoneNote(outletsGone, true) : '', more?.length ? moreQuestionsNote(more) : ''];
  return [...notes.filter(Boolean), followUpText(answer)].join('\n');
}

export function followUpText(answer: FollowUpAnswer): string {
  return viewToText(followUpView(answer));
}
