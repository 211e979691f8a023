/** /help: what the bot does and every command with its options. */
import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { help } from '../src/answers/lists.js';
import type { BotContext } from '../src/bot/context.js';
import { toSendOptions } from '../src/bot/reply.js';
import { helpPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder().setName('help').setDescription('What quotetrail can tell you, and how to ask');

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await interaction.reply({
    ...toSendOptions(helpPayload(help(ctx.corpus.view(interaction.guildId), ctx.help()))),
    flags: MessageFlags.Ephemeral,
  });
}
