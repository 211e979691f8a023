/** Thread follow-up answers as a Discord payload and as terminal text, from one view. */
import type { FollowUpAnswer } from '../answers/types.js';
import { viewToPayload } from './discord-view.js';
import type { MessagePayload } from './payload.js';
import { viewToText } from './text.js';
import { line } from './view.js';
import { followUpView } from './views/follow-up.js';

/**
 * The message the bot posts in a thread for one follow-up. Buttons are left off: they act on answers. `note`, when
 * given, is a line put first (the corpus changed since the thread's answer).
 */
export function followUpPayload(answer: FollowUpAnswer, note?: string): MessagePayload {
  const view = followUpView(answer);
  return viewToPayload({ ...view, lead: note ? [line(note), ...view.lead] : view.lead, actions: [] });
}

export function followUpText(answer: FollowUpAnswer): string {
  return viewToText(followUpView(answer));
}
