/** What every command and handler gets: configuration, logger, the corpus, conversations, cooldowns. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { HelpEntry } from '../answers/types.js';
import type { Logger } from '../log.js';
import type { Config } from './config.js';
import type { ConversationStore } from './conversations.js';
import type { Cooldowns } from './cooldown.js';
import type { CorpusHolder } from './corpus-holder.js';

export interface BotContext {
  config: Config;
  logger: Logger;
  corpus: CorpusHolder;
  conversations: ConversationStore;
  cooldowns: Cooldowns;
  /** The loaded commands, for /help. */
  help(): HelpEntry[];
}

/** A slash command module in `commands/` (discord.js guide convention, plus the bot's context). */
export interface SlashCommand {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /** Heavy commands are subject to the per-user cooldown. */
  heavy?: boolean;
}
