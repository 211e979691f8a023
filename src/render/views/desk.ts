/** The moderators' desk (/correct, /reports, a member's report): what was done, or why not, and a listing. */
import type { DeskResult } from '../../answers/types.js';
import { clip, line, type Section, type View } from '../view.js';

/** Lines of a listing shown at most (the rest are counted). */
const MAX_DESK_LINES = 20;

export function deskView(title: string, result: DeskResult): View {
  const sections: Section[] = [];
  if (result.lines.length) {
    const shown = result.lines.slice(0, MAX_DESK_LINES).map((l) => line(`• ${clip(l, 300)}`));
    if (result.lines.length > MAX_DESK_LINES) shown.push(line(`and ${result.lines.length - MAX_DESK_LINES} more`));
    // a field holds 1,024 characters: split the listing over several
    for (let i = 0; i < shown.length; i += 3)
      sections.push({ name: line(i === 0 ? 'List' : 'List (continued)'), lines: shown.slice(i, i + 3) });
  }
  return {
    tone: result.ok ? 'info' : 'error',
    title: line(result.ok ? clip(title, 200) : `⛔ ${clip(title, 200)}`),
    lead: [line(clip(result.message, 1000))],
    sections,
    ephemeral: true,
  };
}
