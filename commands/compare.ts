/** /compare topic [outlet_a] [outlet_b]: how each outlet carried the claims on a topic. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { compare } from '../src/answers/compare.js';
import { choicesFor } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { toSendOptions } from '../src/bot/reply.js';
import { comparePayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('compare')
  .setDescription('Compare how outlets carried a quotation or topic: verbatim, reworded, paraphrased, left out')
  .addStringOption((o) => o.setName('topic').setDescription('A quotation or a few words').setRequired(true).setMaxLength(OPTION_MAX.topic))
  .addStringOption((o) =>
    o.setName('outlet_a').setDescription('First outlet (default: all)').setMaxLength(OPTION_MAX.name).setAutocomplete(true),
  )
  .addStringOption((o) => o.setName('outlet_b').setDescription('Second outlet').setMaxLength(OPTION_MAX.name).setAutocomplete(true));

export const heavy = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const topic = readText(interaction, 'topic', OPTION_MAX.topic) ?? '';
  // the same outlet twice ("DW" and "dw") is one outlet to compare, not two
  const outlets = ['outlet_a', 'outlet_b']
    .map((n) => readText(interaction, n, OPTION_MAX.name))
    .filter((o, i, all): o is string => o !== null && all.findIndex((p) => p?.toLowerCase() === o.toLowerCase()) === i);
  await interaction.deferReply();
  const result = compare(ctx.corpus.view(interaction.guildId), topic, { outlets });
  const conversation = {
    command: 'compare' as const,
    query: topic,
    speaker: null,
    outlet: null,
    outlets,
    channelId: interaction.channelId,
    threadId: null,
    guildId: interaction.guildId,
    corpusVersion: result.corpus.version,
  };
  await ctx.state.setConversation(interaction.id, conversation);
  const message = await interaction.editReply(toSendOptions(comparePayload(result)));
  await ctx.state.setConversation(message.id, conversation);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  await interaction.respond(choicesFor(ctx.corpus.view(interaction.guildId), 'outlet', interaction.options.getFocused()));
}
