/** What every command and handler gets: configuration, logger, the corpus, the state database, the articles, the metrics. */
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { HelpEntry } from '../answers/types.js';
import type { ArticleLibrary } from '../library/articles.js';
import type { CorrectionDesk } from '../library/corrections.js';
import type { CorpusHolder } from '../library/holder.js';
import type { Logger } from '../log.js';
import type { BotMetrics } from '../ops/metrics.js';
import type { Conversation, StateStore } from '../state/types.js';
import type { Config } from './config.js';

export interface BotContext {
  config: Config;
  logger: Logger;
  /** The shared corpus and each server's added articles: `corpus.view(guildId)` is what a server sees. */
  corpus: CorpusHolder;
  state: StateStore;
  library: ArticleLibrary;
  /** Moderators' corrections of speakers and members' reports. */
  desk: CorrectionDesk;
  /** This process's Prometheus metrics (also what /healthz reports). */
  metrics: BotMetrics;
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
  /** Checks run before `execute`, in order; the first that fails is the answer. */
  preconditions?: readonly Precondition[];
}

export type PreconditionResult = { ok: true } | { ok: false; code: string; message: string };

/** A named check of who may run a command, where (src/bot/preconditions.ts has the checks). */
export interface Precondition {
  name: string;
  run(interaction: ChatInputCommandInteraction, ctx: BotContext): PreconditionResult;
}

/**
 * The answer remembered under message `id`, when it was given where the interaction comes from: in its server
 * (or, remembered before servers were, anywhere). Discord sends a message's buttons and forms only from its own
 * channel; a crafted interaction naming another server's answer finds nothing, so neither that server's question
 * nor its corpus (added articles, corrections) reaches this one.
 */
export async function answerIn(ctx: BotContext, id: string, guildId: string | null): Promise<Conversation | undefined> {
  const conversation = await ctx.state.getConversation(id);
  return conversation && (conversation.guildId === null || conversation.guildId === guildId) ? conversation : undefined;
}
