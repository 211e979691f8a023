/**
 * Slash-command options as they arrive from Discord, validated with zod before any answer function sees
 * them: trimmed, stripped of control and invisible formatting characters, bounded in length. Discord
 * enforces `max_length` too, but the bot does not rely on it.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { optionText } from '../answers/question-text.js';

export { MAX_WORD, OPTION_MAX, optionText } from '../answers/question-text.js';

/** A string option of the interaction, cleaned; null when absent or empty after cleaning. */
export function readText(interaction: ChatInputCommandInteraction, name: string, max: number): string | null {
  const raw = interaction.options.getString(name);
  if (raw === null) return null;
  const value = optionText(max).parse(raw);
  return value.length ? value : null;
}
