/**
 * Slash-command options as they arrive from Discord, validated with zod before any answer function sees
 * them: trimmed, stripped of control and invisible formatting characters, bounded in length. Discord
 * enforces `max_length` too, but the bot does not rely on it.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { optionText } from '../answers/question-text.js';
import type { SlashCommand } from './context.js';

export { MAX_WORD, OPTION_MAX, optionText } from '../answers/question-text.js';

/** A string option of the interaction, cleaned; null when absent or empty after cleaning. */
export function readText(interaction: ChatInputCommandInteraction, name: string, max: number): string | null {
  const raw = interaction.options.getString(name);
  if (raw === null) return null;
  const value = optionText(max).parse(raw);
  return value.length ? value : null;
}

/** Longest string option Discord sends. */
const DISCORD_STRING_MAX = 6000;

/**
 * The first required text option of the command (or of the subcommand used) that is empty once cleaned,
 * or null. Discord only checks that a required option is there: a value of spaces or zero-width characters
 * passes, and must not reach an answer function as an empty question.
 */
export function blankRequiredOption(interaction: ChatInputCommandInteraction, command: SlashCommand): string | null {
  const json = command.data.toJSON();
  const sub = interaction.options.getSubcommand(false);
  const declared = sub
    ? json.options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === sub)
    : { options: json.options };
  const options = declared && 'options' in declared ? (declared.options ?? []) : [];
  for (const o of options) {
    if (o.type !== ApplicationCommandOptionType.String || !o.required) continue;
    if (readText(interaction, o.name, o.max_length ?? DISCORD_STRING_MAX) === null) return o.name;
  }
  return null;
}
