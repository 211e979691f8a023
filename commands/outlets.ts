/** /outlets: the outlets in the corpus with their documents, quote counts and dates. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { outlets } from '../src/answers/lists.js';
import type { BotContext } from '../src/bot/context.js';
import { toSendOptions } from '../src/bot/reply.js';
import { outletsPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('outlets')
  .setDescription('The outlets in the corpus, with documents, quote counts and dates');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.reply(toSendOptions(outletsPayload(outlets(ctx.corpus.view(interaction.guildId)))));
}
