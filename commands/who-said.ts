/** /who-said quote [speaker] [outlet]: who said it, every outlet that carried it and how, and a verdict. */
import { SlashCommandBuilder, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { whoSaid } from '../src/answers/who-said.js';
import { choicesFor } from '../src/bot/autocomplete.js';
import type { BotContext } from '../src/bot/context.js';
import { OPTION_MAX, readText } from '../src/bot/options.js';
import { toSendOptions } from '../src/bot/reply.js';
import { openThread } from '../src/bot/threads.js';
import { whoSaidPayload } from '../src/render/discord.js';

export const data = new SlashCommandBuilder()
  .setName('who-said')
  .setDescription('Who said a quotation, and which outlets carried it')
  .addStringOption((o) =>
    o
      .setName('quote')
      .setDescription('The words: typos, a part, or your own paraphrase are fine')
      .setRequired(true)
      .setMaxLength(OPTION_MAX.quote),
  )
  .addStringOption((o) => o.setName('speaker').setDescription('Who you think said it').setMaxLength(OPTION_MAX.name).setAutocomplete(true))
  .addStringOption((o) =>
    o.setName('outlet').setDescription('Only look in this outlet').setMaxLength(OPTION_MAX.name).setAutocomplete(true),
  );

export const heavy = true;

export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const quote = readText(interaction, 'quote', OPTION_MAX.quote) ?? '';
  const speaker = readText(interaction, 'speaker', OPTION_MAX.name);
  const outlet = readText(interaction, 'outlet', OPTION_MAX.name);
  await interaction.deferReply();
  const view = ctx.corpus.view(interaction.guildId);
  const result = whoSaid(view, quote, { speaker, outlet });
  const conversation = {
    command: 'who-said' as const,
    query: quote,
    speaker,
    outlet,
    outlets: [],
    channelId: interaction.channelId,
    threadId: null,
    guildId: interaction.guildId,
    corpusVersion: result.corpus.version,
  };
  // remembered under the interaction id first: a button can be clicked before editReply resolves
  await ctx.state.setConversation(interaction.id, conversation);
  const message = await interaction.editReply(toSendOptions(whoSaidPayload(result)));
  await ctx.state.setConversation(message.id, conversation);
  if (ctx.config.AUTO_THREAD && result.verdict !== 'not_found' && interaction.inGuild()) await openThread(message, conversation, ctx);
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const kind = focused.name === 'outlet' ? 'outlet' : 'speaker';
  await interaction.respond(choicesFor(ctx.corpus.view(interaction.guildId), kind, focused.value));
}
